package io.github.pledgebook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link ExactLongs#unscaledLong} gives what {@code unscaledValue()} gives, for every decimal it is used on. */
class ExactLongsPropertyTest {

    @Property(tries = 2000)
    void theUnscaledValueWithoutABigInteger(@ForAll long unscaled, @ForAll @IntRange(min = -20, max = 40) int scale) {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        assertThat(ExactLongs.unscaledLong(value)).isEqualTo(value.unscaledValue().longValueExact());
        // the same number made from its text or from a BigInteger, as readers and arithmetic make them
        BigDecimal parsed = new BigDecimal(value.toString());
        assertThat(ExactLongs.unscaledLong(parsed)).isEqualTo(unscaled);
        BigDecimal wide = new BigDecimal(BigInteger.valueOf(unscaled), scale);
        assertThat(ExactLongs.unscaledLong(wide)).isEqualTo(unscaled);
    }
}
