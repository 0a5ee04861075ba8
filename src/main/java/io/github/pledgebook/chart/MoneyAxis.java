package io.github.pledgebook.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A linear money axis from a round lower to a round upper bound that include zero and every value, with ticks of
 * 1, 2 or 5 times a power of ten. Positions are computed exactly in {@code BigDecimal} and rounded half-even to
 * whole user units.
 */
final class MoneyAxis {

    private static final MathContext STEP = new MathContext(3, RoundingMode.HALF_EVEN);

    final BigDecimal lo;
    final BigDecimal hi;
    final BigDecimal step;

    MoneyAxis(Collection<BigDecimal> values) {
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            min = min.min(v);
            max = max.max(v);
        }
        if (min.signum() == 0 && max.signum() == 0) {
            max = BigDecimal.ONE;
        }
        BigDecimal raw = max.subtract(min).divide(BigDecimal.valueOf(5), STEP);
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal mantissa = raw.movePointLeft(exponent);
        BigDecimal nice;
        if (mantissa.compareTo(BigDecimal.ONE) <= 0) {
            nice = BigDecimal.ONE;
        } else if (mantissa.compareTo(BigDecimal.valueOf(2)) <= 0) {
            nice = BigDecimal.valueOf(2);
        } else if (mantissa.compareTo(BigDecimal.valueOf(5)) <= 0) {
            nice = BigDecimal.valueOf(5);
        } else {
            nice = BigDecimal.TEN;
        }
        step = nice.movePointRight(exponent).stripTrailingZeros();
        lo = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        hi = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    /** The position of a value between the positions of {@link #lo} and {@link #hi}. */
    int position(BigDecimal value, int atLo, int atHi) {
        BigDecimal offset = value.subtract(lo).multiply(BigDecimal.valueOf((long) atHi - atLo))
                .divide(hi.subtract(lo), 0, RoundingMode.HALF_EVEN);
        return atLo + offset.intValueExact();
    }

    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = lo; t.compareTo(hi) <= 0; t = t.add(step)) {
            ticks.add(t);
        }
        return ticks;
    }
}
