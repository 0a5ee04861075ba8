package io.github.pledgebook.internal;

import java.math.BigDecimal;

/**
 * Exact {@code long} arithmetic for sums of unscaled amounts: overflow tests that do not throw (so a caller can
 * fall back to {@code BigDecimal} without an exception's cost), powers of ten and a fits-in-a-long test.
 */
public final class ExactLongs {

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private ExactLongs() {
    }

    /** {@code 10^n} for {@code 0 <= n <= 18}. */
    public static long pow10(int n) {
        return POW10[n];
    }

    /** Whether {@code sum = a + b} wrapped around (Hacker's Delight 2-13: both operands differ in sign from it). */
    public static boolean sumOverflowed(long a, long b, long sum) {
        return ((a ^ sum) & (b ^ sum)) < 0;
    }

    /** Whether {@code difference = a - b} wrapped around (the operands differ in sign, and the result from a). */
    public static boolean differenceOverflowed(long a, long b, long difference) {
        return ((a ^ b) & (a ^ difference)) < 0;
    }

    /**
     * The unscaled value of a decimal whose unscaled value fits a {@code long} (at most 18 digits always do).
     * {@code scaleByPowerOfTen} keeps the compact {@code long} that {@code unscaledValue()} would copy into a new
     * {@code BigInteger}, and a whole number needs no new object at all.
     *
     * @param number the decimal
     * @return its unscaled value
     */
    public static long unscaledLong(BigDecimal number) {
        int scale = number.scale();
        return scale == 0 ? number.longValue() : number.scaleByPowerOfTen(scale).longValue();
    }
}
