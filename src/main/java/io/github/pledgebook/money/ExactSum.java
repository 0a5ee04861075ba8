package io.github.pledgebook.money;

import io.github.pledgebook.internal.ExactLongs;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact running sum of products {@code amount × rate}, for the totals of many conversions.
 * <p>
 * A conversion's product has the rate's 34 digits and more, so summing the products as {@code BigDecimal}s makes
 * two big integers per term. Here a product of an amount whose unscaled value fits a {@code long} and a rate whose
 * unscaled value fits 127 bits (every 34-digit rate does) is added to a 256-bit integer kept per scale, in four
 * {@code long} limbs, without allocating. No overflow is possible: a product is below 2^190, and fewer than 2^31
 * terms (more than a list holds) keep the sum below 2^221. Other terms, and scales beyond the first
 * {@value #SCALES}, are summed as {@code BigDecimal}. Not thread-safe; used inside one call.
 */
final class ExactSum {

    /** How many distinct scales are summed in limbs. */
    private static final int SCALES = 16;
    private static final BigInteger TWO_TO_127 = BigInteger.ONE.shiftLeft(127);

    private final int[] scales = new int[SCALES];
    /** Four little-endian limbs per scale, two's complement. */
    private final long[] limbs = new long[SCALES * 4];
    private int n;
    private BigDecimal rest = BigDecimal.ZERO;

    /**
     * A rate's value with its unscaled value split into two 64-bit limbs, made once per rate; {@code fits} is false
     * when the unscaled value needs 127 bits or more, and such a rate is multiplied as a {@code BigDecimal}.
     */
    static final class Factor {
        final BigDecimal value;
        final long hi;
        final long lo;
        final int scale;
        final boolean fits;

        Factor(BigDecimal value) {
            this.value = value;
            BigInteger u = value.unscaledValue();
            this.fits = u.signum() >= 0 && u.compareTo(TWO_TO_127) < 0;
            this.lo = u.longValue();
            this.hi = u.shiftRight(64).longValue();
            this.scale = value.scale();
        }
    }

    /** The factor of the identity rate. */
    static final Factor ONE = new Factor(BigDecimal.ONE);

    /** The last rate given to {@link #add(BigDecimal, ExchangeRate)} and its factor. */
    private ExchangeRate lastRate;
    private Factor lastFactor;

    /** Adds {@code number × rate} exactly; consecutive terms at the same rate share one factor. */
    void add(BigDecimal number, ExchangeRate rate) {
        if (rate != lastRate) {
            lastFactor = new Factor(rate.value());
            lastRate = rate;
        }
        add(number, lastFactor);
    }

    /** Adds {@code number × factor} exactly. */
    void add(BigDecimal number, Factor factor) {
        if (factor.fits && number.precision() <= 18) {
            int slot = slot(number.scale() + factor.scale);
            if (slot >= 0) {
                addProduct(ExactLongs.unscaledLong(number), slot * 4, factor);
                return;
            }
        }
        rest = rest.add(number.multiply(factor.value));
    }

    /** The index of the limbs of a scale, taken on first use; -1 once all are taken by other scales. */
    private int slot(int scale) {
        for (int i = 0; i < n; i++) {
            if (scales[i] == scale) {
                return i;
            }
        }
        if (n == SCALES) {
            return -1;
        }
        scales[n] = scale;
        return n++;
    }

    private void addProduct(long amount, int at, Factor f) {
        // |amount| as an unsigned 64-bit number times hi·2^64 + lo: a 192-bit product p2 p1 p0
        long m = amount < 0 ? -amount : amount;
        long p0 = m * f.lo;
        long c0 = unsignedMultiplyHigh(m, f.lo);
        long q0 = m * f.hi;
        long q1 = unsignedMultiplyHigh(m, f.hi);
        long p1 = c0 + q0;
        long p2 = q1 + (Long.compareUnsigned(p1, c0) < 0 ? 1 : 0);
        if (amount >= 0) {
            add(at, p0, p1, p2);
        } else {
            subtract(at, p0, p1, p2);
        }
    }

    private void add(int at, long p0, long p1, long p2) {
        long s0 = limbs[at] + p0;
        long carry = Long.compareUnsigned(s0, p0) < 0 ? 1 : 0;
        long s1 = limbs[at + 1] + p1;
        long c1 = Long.compareUnsigned(s1, p1) < 0 ? 1 : 0;
        s1 += carry;
        c1 += s1 == 0 && carry == 1 ? 1 : 0;
        long s2 = limbs[at + 2] + p2;
        long c2 = Long.compareUnsigned(s2, p2) < 0 ? 1 : 0;
        s2 += c1;
        c2 += s2 == 0 && c1 == 1 ? 1 : 0;
        limbs[at] = s0;
        limbs[at + 1] = s1;
        limbs[at + 2] = s2;
        limbs[at + 3] += c2;
    }

    private void subtract(int at, long p0, long p1, long p2) {
        long a0 = limbs[at];
        long d0 = a0 - p0;
        long borrow = Long.compareUnsigned(a0, p0) < 0 ? 1 : 0;
        long a1 = limbs[at + 1];
        long d1 = a1 - p1;
        long b1 = Long.compareUnsigned(a1, p1) < 0 ? 1 : 0;
        b1 += d1 == 0 && borrow == 1 ? 1 : 0;
        d1 -= borrow;
        long a2 = limbs[at + 2];
        long d2 = a2 - p2;
        long b2 = Long.compareUnsigned(a2, p2) < 0 ? 1 : 0;
        b2 += d2 == 0 && b1 == 1 ? 1 : 0;
        d2 -= b1;
        limbs[at] = d0;
        limbs[at + 1] = d1;
        limbs[at + 2] = d2;
        limbs[at + 3] -= b2;
    }

    /** The high 64 bits of the unsigned 128-bit product (Java 18 has {@code Math.unsignedMultiplyHigh}). */
    private static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }

    /** Returns the exact sum of everything added. */
    BigDecimal value() {
        BigDecimal sum = rest;
        for (int i = 0; i < n; i++) {
            byte[] bytes = new byte[32];
            for (int limb = 0; limb < 4; limb++) {
                long v = limbs[i * 4 + limb];
                for (int b = 0; b < 8; b++) {
                    bytes[31 - limb * 8 - b] = (byte) (v >>> (8 * b));
                }
            }
            sum = sum.add(new BigDecimal(new BigInteger(bytes), scales[i]));
        }
        return sum;
    }
}
