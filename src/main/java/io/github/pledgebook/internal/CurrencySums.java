package io.github.pledgebook.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.Function;
import javax.money.CurrencyUnit;

/**
 * Exact running sums per currency, the engine of {@code MoneyTotal.Builder}: per currency a {@code long} at a fixed
 * scale (set by the first {@code long} added) plus a {@code BigDecimal} that takes what does not fit, so sums are
 * exact at any size; {@link #add(CurrencyUnit, long, int)} adds without allocating. Currencies are found by a linear
 * scan (identity first) up to {@value #LINEAR} of them, beyond by an open-addressing table on the ISO code's hash.
 * <p>
 * The timeline index adds its columns' {@code long}s straight into the sums of a {@code MoneyTotal.Builder}, reached
 * with {@link #inside(Object)}; the builder's public API takes amounts and decimals only. Not thread-safe.
 */
public final class CurrencySums {

    /** Up to this many currencies are found by a linear scan, compared by identity first; beyond, by hash. */
    private static final int LINEAR = 8;

    /** Room for this many currencies at first: most sums (a group's, a pledge's) hold one or two. */
    private static final int INITIAL = 2;

    /**
     * The currencies in the order first added and their running sums, in parallel arrays (no object per
     * currency, since a query builds a total per call): a {@code long} at a fixed scale, set by the first
     * {@code long} added, plus a {@code BigDecimal} that takes what does not fit.
     */
    private CurrencyUnit[] keys = new CurrencyUnit[INITIAL];
    private int[] codeHashes = new int[INITIAL];
    private long[] unscaled = new long[INITIAL];
    private int[] scales = new int[INITIAL];
    private boolean[] scaleSet = new boolean[INITIAL];
    private BigDecimal[] spilled = new BigDecimal[INITIAL];
    private int size;
    /** Open addressing on the ISO code's hash: position + 1, or 0 for free; only beyond {@link #LINEAR}. */
    private int[] table;


    /** How a {@code MoneyTotal.Builder} hands out its sums; set by that class when it is initialised. */
    private static volatile Function<Object, CurrencySums> ofBuilder;

    /** Called once by {@code MoneyTotal.Builder}: how to reach the sums inside one of its builders. */
    public static void exposeBuilders(Function<Object, CurrencySums> sumsOfBuilder) {
        if (ofBuilder == null) {
            ofBuilder = sumsOfBuilder;
        }
    }

    /** The sums inside a {@code MoneyTotal.Builder}, for the index's fast path. */
    public static CurrencySums inside(Object moneyTotalBuilder) {
        return ofBuilder.apply(moneyTotalBuilder);
    }

    /** Adds {@code unscaled * 10^-scale} to the sum of a currency, without allocating; exact at any size. */
    public void add(CurrencyUnit currency, long unscaled, int scale) {
        add(index(currency), unscaled, scale);
    }

    /** Adds an exact decimal to the sum of a currency. */
    public void add(CurrencyUnit currency, BigDecimal value) {
        int i = index(currency);
        BigInteger u = value.unscaledValue();
        if (u.bitLength() < 64) {
            add(i, u.longValue(), value.scale());
        } else {
            spilled[i] = spilled[i].add(value);
        }
    }

    /** How many currencies have a sum. */
    public int size() {
        return size;
    }

    /** The {@code i}-th currency, in the order first added. */
    public CurrencyUnit currency(int i) {
        return keys[i];
    }

    private void add(int i, long value, int valueScale) {
        if (!scaleSet[i]) {
            scales[i] = valueScale;
            scaleSet[i] = true;
        }
        if (valueScale == scales[i]) {
            long u = unscaled[i];
            long r = u + value;
            if (ExactLongs.sumOverflowed(u, value, r)) {
                spilled[i] = spilled[i].add(BigDecimal.valueOf(u, valueScale));
                unscaled[i] = value;
            } else {
                unscaled[i] = r;
            }
        } else {
            spilled[i] = spilled[i].add(BigDecimal.valueOf(value, valueScale));
        }
    }

    /** The exact sum of the {@code i}-th currency. */
    public BigDecimal value(int i) {
        if (!scaleSet[i]) {
            return spilled[i];
        }
        if (spilled[i] == BigDecimal.ZERO && scales[i] >= 0) {
            // what ZERO.add would return, without computing it
            return BigDecimal.valueOf(unscaled[i], scales[i]);
        }
        return spilled[i].add(BigDecimal.valueOf(unscaled[i], scales[i]));
    }

    /** The position of a currency's sum, added if new. */
    private int index(CurrencyUnit currency) {
        if (table == null) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == currency) {
                    return i;
                }
            }
            // equal currencies have equal codes: a new currency is told apart by its code's hash, not equals
            int h = currency.getCurrencyCode().hashCode();
            for (int i = 0; i < size; i++) {
                if (codeHashes[i] == h && keys[i].equals(currency)) {
                    return i;
                }
            }
            return insert(currency);
        }
        int mask = table.length - 1;
        for (int t = hash(currency) & mask; ; t = (t + 1) & mask) {
            int i = table[t] - 1;
            if (i < 0) {
                return insert(currency);
            }
            if (keys[i] == currency || keys[i].equals(currency)) {
                return i;
            }
        }
    }

    private static int hash(CurrencyUnit currency) {
        int h = currency.getCurrencyCode().hashCode();
        return h ^ (h >>> 16);
    }

    private int insert(CurrencyUnit currency) {
        if (size == keys.length) {
            int cap = size * 2;
            keys = Arrays.copyOf(keys, cap);
            codeHashes = Arrays.copyOf(codeHashes, cap);
            unscaled = Arrays.copyOf(unscaled, cap);
            scales = Arrays.copyOf(scales, cap);
            scaleSet = Arrays.copyOf(scaleSet, cap);
            spilled = Arrays.copyOf(spilled, cap);
        }
        int i = size++;
        keys[i] = currency;
        codeHashes[i] = currency.getCurrencyCode().hashCode();
        spilled[i] = BigDecimal.ZERO;
        if (size > LINEAR) {
            if (table == null || size * 2 > table.length) {
                table = new int[Integer.highestOneBit(size) * 4];
                for (int k = 0; k < size; k++) {
                    place(k);
                }
            } else {
                place(i);
            }
        }
        return i;
    }

    private void place(int i) {
        int mask = table.length - 1;
        int t = hash(keys[i]) & mask;
        while (table[t] != 0) {
            t = (t + 1) & mask;
        }
        table[t] = i + 1;
    }

}
