@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        get = {"is*", "get*"},
        defaults = @Value.Immutable(copy = true, prehash = false))
package io.github.pledgebook;

import org.immutables.value.Value;
