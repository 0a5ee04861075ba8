package io.github.pledgebook.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The index's test for amounts it keeps as {@code long}s, which decides by the number of digits before it makes a
 * {@code BigInteger}, says what the plain test says: a scale from 0 to 18 and an unscaled value below 2^62.
 */
class FitsLongPropertyTest {

    @Property(tries = 3000)
    void sameAnswerAsTheUnscaledValuesBitLength(@ForAll long unscaled, @ForAll @IntRange(min = 0, max = 4) int shift,
            @ForAll @IntRange(min = -3, max = 21) int scale) {
        // near 2^62, 10^18 and 2^63 too: the unscaled value times 1, 2, 4, 8 or 16
        BigDecimal value = new BigDecimal(BigInteger.valueOf(unscaled).shiftLeft(shift), scale);
        boolean plain = scale >= 0 && scale <= 18 && value.unscaledValue().bitLength() < 63;
        assertThat(DayColumns.fitsLong(value)).isEqualTo(plain);
        for (BigDecimal edge : new BigDecimal[] {BigDecimal.valueOf(999_999_999_999_999_999L, 2),
                BigDecimal.valueOf(1L << 62, 0), BigDecimal.valueOf((1L << 62) - 1, 18),
                BigDecimal.valueOf(-(1L << 62), 3), BigDecimal.valueOf(Long.MAX_VALUE, 0)}) {
            assertThat(DayColumns.fitsLong(edge))
                    .isEqualTo(edge.scale() >= 0 && edge.scale() <= 18 && edge.unscaledValue().bitLength() < 63);
        }
    }
}
