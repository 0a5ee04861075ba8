/**
 * The core values of pledgebook: who promised what to whom, and how each promise moved from first report to
 * disbursement.
 * <p>
 * {@link io.github.pledgebook.Pledge} is the centre: a donor, a recipient, an optional channel, and an append-only
 * history of {@link io.github.pledgebook.PledgeEvent}s, each at a {@link io.github.pledgebook.Stage}. Around it stand
 * {@link io.github.pledgebook.Donor}, {@link io.github.pledgebook.Party}, {@link io.github.pledgebook.Source},
 * {@link io.github.pledgebook.Conference}, {@link io.github.pledgebook.Memorandum} and
 * {@link io.github.pledgebook.Milestone}. Amounts are JSR 354 {@link javax.money.MonetaryAmount}s kept exactly, in
 * the currency they were stated in ({@link io.github.pledgebook.Amounts}).
 * <p>
 * Every value is immutable, validated when built (errors name the field, the value and what was expected) and safe
 * to share between threads. Nothing here reads a clock, a file or the network: dates are always parameters.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        optionalAcceptNullable = true,
        depluralize = true,
        depluralizeDictionary = {"alias:aliases", "party:parties", "event:history"},
        typeInnerBuilder = "ExtendingBuilder",
        builder = "draft",
        defaults = @Value.Immutable(copy = true))
package io.github.pledgebook;

import org.immutables.value.Value;
