package io.github.pledgebook.timeline.index;

import io.github.pledgebook.internal.CurrencySums;
import io.github.pledgebook.internal.ExactLongs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * The columnar parts of the index: sorted distinct days with prefix sums, answered by binary search.
 * <p>
 * A {@link Money} column holds one currency's changes, merged per day, as prefix sums of unscaled {@code long}s at
 * one scale; if any sum or rescaling would overflow, the column keeps {@code BigDecimal} prefix sums instead, so
 * answers are always exact. A {@link Count} column holds prefix counts of unit events per day.
 */
final class DayColumns {

    private DayColumns() {
    }

    /** How many of the sorted {@code days} are on or before {@code day}. */
    static int countUpTo(long[] days, long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether a value is {@code unscaled * 10^-scale} with a {@code long} unscaled value (below 2^62 in magnitude, so
     * it can be negated) and a scale from 0 to 18, the form the columns hold.
     */
    static boolean fitsLong(BigDecimal value) {
        int scale = value.scale();
        // at most 18 digits are below 10^18 < 2^62: known without the BigInteger that unscaledValue() makes
        return scale >= 0 && scale <= 18 && (value.precision() <= 18 || value.unscaledValue().bitLength() < 63);
    }

    static long min(long[] days, int n) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, days[i]);
        }
        return min;
    }

    static long max(long[] days, int n) {
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, days[i]);
        }
        return max;
    }

    /**
     * Whether {@code n} days from {@code min} to {@code max} are dense enough to count per day (an array over the
     * range) rather than sort: true for any realistic book, whose events span a few thousand days.
     */
    static boolean countable(long min, long max, int n) {
        return max - min >= 0 && max - min <= 4L * n + 1024;
    }

    /**
     * Where each of {@code days[0..n)} goes when they are sorted ascending, stably: the inverse of {@link #order}.
     * With few distinct days (the usual case) this is a counting sort that reads the days in order.
     */
    static int[] places(long[] days, int n) {
        int[] place = new int[n];
        if (n == 0) {
            return place;
        }
        long min = min(days, n);
        long max = max(days, n);
        if (countable(min, max, n)) {
            int[] next = new int[(int) (max - min) + 2];
            for (int i = 0; i < n; i++) {
                next[(int) (days[i] - min) + 1]++;
            }
            for (int k = 1; k < next.length; k++) {
                next[k] += next[k - 1];
            }
            for (int i = 0; i < n; i++) {
                place[i] = next[(int) (days[i] - min)]++;
            }
            return place;
        }
        int[] order = sortedOrder(days, n, min, max);
        for (int k = 0; k < n; k++) {
            place[order[k]] = k;
        }
        return place;
    }

    /** The order that sorts {@code days[0..n)} ascending, stable: the inverse of {@link #places}. */
    static int[] order(long[] days, int n) {
        int[] place = places(days, n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[place[i]] = i;
        }
        return order;
    }

    /** The sorting order of {@code days[0..n)} by comparison, for days too spread out to count. */
    private static int[] sortedOrder(long[] days, int n, long min, long max) {
        int[] order = new int[n];
        if (max - min >= 0 && max - min < (1L << 31)) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ((days[i] - min) << 32) | i;
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                order[i] = (int) keys[i];
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, Comparator.comparingLong(i -> days[i]));
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /** One currency's changes at one stage, as prefix sums per distinct day. */
    static final class Money {
        final CurrencyUnit currency;
        final long[] days;
        final int scale;
        final long[] prefix;
        final BigDecimal[] bigPrefix;

        Money(CurrencyUnit currency, long[] days, int scale, long[] prefix, BigDecimal[] bigPrefix) {
            this.currency = currency;
            this.days = days;
            this.scale = scale;
            this.prefix = prefix;
            this.bigPrefix = bigPrefix;
        }

        /**
         * The column from per-day sums at one scale: {@code sum[offset + d]} is the sum of day {@code min + d}, and
         * {@code seen} tells the days that had changes. Null if the running sum overflows a long.
         */
        static Money fromDaySums(CurrencyUnit currency, long min, long[] sum, boolean[] seen, int offset, int range,
                int scale) {
            int distinct = 0;
            for (int d = offset; d < offset + range; d++) {
                if (seen[d]) {
                    distinct++;
                }
            }
            long[] outDays = new long[distinct];
            long[] prefix = new long[distinct];
            long running = 0;
            int out = 0;
            for (int d = 0; d < range; d++) {
                if (seen[offset + d]) {
                    long next = running + sum[offset + d];
                    if (ExactLongs.sumOverflowed(running, sum[offset + d], next)) {
                        return null;
                    }
                    running = next;
                    outDays[out] = min + d;
                    prefix[out++] = running;
                }
            }
            return new Money(currency, outDays, scale, prefix, null);
        }

        /** Adds the sum of the changes on or before {@code day} to {@code total}, unless it is zero. */
        void addUpTo(CurrencySums total, long day) {
            addFirst(total, countUpTo(days, day));
        }

        /** Adds the sum of the first {@code count} days' changes to {@code total}, unless it is zero. */
        void addFirst(CurrencySums total, int count) {
            int i = count - 1;
            if (i < 0) {
                return;
            }
            if (prefix != null) {
                if (prefix[i] != 0) {
                    total.add(currency, prefix[i], scale);
                }
            } else if (bigPrefix[i].signum() != 0) {
                total.add(currency, bigPrefix[i]);
            }
        }

        /** Adds the sum of the changes after {@code before} and on or before {@code last}, unless it is zero. */
        void addBetween(CurrencySums total, long before, long last) {
            addSlice(total, before == Long.MIN_VALUE ? 0 : countUpTo(days, before), countUpTo(days, last));
        }

        /** Adds the sum of the changes of days {@code [from, to)} to {@code total}, unless it is zero. */
        void addSlice(CurrencySums total, int from, int to) {
            int j = to - 1;
            int i = from - 1;
            if (j <= i) {
                return;
            }
            if (prefix != null) {
                long hi = prefix[j];
                long lo = i < 0 ? 0 : prefix[i];
                long d = hi - lo;
                if (ExactLongs.differenceOverflowed(hi, lo, d)) {
                    total.add(currency, BigDecimal.valueOf(hi, scale).subtract(BigDecimal.valueOf(lo, scale)));
                } else if (d != 0) {
                    total.add(currency, d, scale);
                }
            } else {
                BigDecimal d = i < 0 ? bigPrefix[j] : bigPrefix[j].subtract(bigPrefix[i]);
                if (d.signum() != 0) {
                    total.add(currency, d);
                }
            }
        }

        /** Collects changes of one currency; not thread-safe. */
        static final class Builder {
            private static final byte BIG = Byte.MIN_VALUE;
            final CurrencyUnit currency;
            private long[] days;
            private long[] unscaled;
            private byte[] scales;
            private final List<BigDecimal> bigs = new ArrayList<>();
            private int n;

            /** A builder with room for {@code expected} changes (at least 8) before it grows. */
            Builder(CurrencyUnit currency, int expected) {
                this.currency = currency;
                int cap = Math.max(8, expected);
                days = new long[cap];
                unscaled = new long[cap];
                scales = new byte[cap];
            }

            void add(long day, BigDecimal value) {
                int s = value.scale();
                BigInteger unscaledValue = s >= -18 && s <= 18 ? value.unscaledValue() : null;
                if (unscaledValue != null && unscaledValue.bitLength() < 63) {
                    long u = unscaledValue.longValue();
                    if (s >= 0) {
                        add(day, u, s);
                        return;
                    }
                    long high = Math.multiplyHigh(u, ExactLongs.pow10(-s));
                    long low = u * ExactLongs.pow10(-s);
                    if (high == (low >> 63)) {
                        add(day, low, 0);
                        return;
                    }
                }
                room();
                days[n] = day;
                unscaled[n] = bigs.size();
                scales[n] = BIG;
                bigs.add(value);
                n++;
            }

            /** Adds {@code unscaled * 10^-scale}, with {@code 0 <= scale <= 18}. */
            void add(long day, long unscaled, int scale) {
                room();
                days[n] = day;
                this.unscaled[n] = unscaled;
                scales[n] = (byte) scale;
                n++;
            }

            private void room() {
                if (n == days.length) {
                    int cap = n * 2;
                    days = Arrays.copyOf(days, cap);
                    unscaled = Arrays.copyOf(unscaled, cap);
                    scales = Arrays.copyOf(scales, cap);
                }
            }

            Money build() {
                int common = 0;
                boolean big = false;
                for (int k = 0; k < n; k++) {
                    if (scales[k] == BIG) {
                        big = true;
                    } else {
                        common = Math.max(common, scales[k]);
                    }
                }
                long min = min(days, n);
                long max = max(days, n);
                if (!big && n > 0 && countable(min, max, n)) {
                    Money counted = sumByDay(min, (int) (max - min) + 1, common);
                    if (counted != null) {
                        return counted;
                    }
                }
                int[] order = order(days, n);
                int distinct = 0;
                for (int k = 0; k < n; k++) {
                    if (k == 0 || days[order[k]] != days[order[k - 1]]) {
                        distinct++;
                    }
                }
                long[] outDays = new long[distinct];
                if (!big) {
                    long[] prefix = longPrefix(order, outDays, common);
                    if (prefix != null) {
                        return new Money(currency, outDays, common, prefix, null);
                    }
                }
                BigDecimal[] bigPrefix = new BigDecimal[distinct];
                BigDecimal running = BigDecimal.ZERO;
                int out = -1;
                for (int k = 0; k < n; k++) {
                    int idx = order[k];
                    if (k == 0 || days[idx] != days[order[k - 1]]) {
                        out++;
                        outDays[out] = days[idx];
                    }
                    BigDecimal v = scales[idx] == BIG ? bigs.get((int) unscaled[idx])
                            : BigDecimal.valueOf(unscaled[idx], scales[idx]);
                    running = running.add(v);
                    bigPrefix[out] = running;
                }
                return new Money(currency, outDays, 0, null, bigPrefix);
            }

            /**
             * The column from sums per day, without sorting: for days within {@code range} of {@code min}, all
             * changes at scale 0 to 18. Null if a sum overflows a long at scale {@code common}.
             */
            private Money sumByDay(long min, int range, int common) {
                long[] sum = new long[range];
                boolean[] seen = new boolean[range];
                try {
                    for (int k = 0; k < n; k++) {
                        int d = (int) (days[k] - min);
                        sum[d] = Math.addExact(sum[d], Math.multiplyExact(unscaled[k], ExactLongs.pow10(common - scales[k])));
                        seen[d] = true;
                    }
                } catch (ArithmeticException overflow) {
                    return null;
                }
                return fromDaySums(currency, min, sum, seen, 0, range, common);
            }

            /** The long prefix sums at scale {@code common}, or null on overflow. */
            private long[] longPrefix(int[] order, long[] outDays, int common) {
                long[] prefix = new long[outDays.length];
                long running = 0;
                int out = -1;
                try {
                    for (int k = 0; k < n; k++) {
                        int idx = order[k];
                        if (k == 0 || days[idx] != days[order[k - 1]]) {
                            out++;
                            outDays[out] = days[idx];
                        }
                        long v = Math.multiplyExact(unscaled[idx], ExactLongs.pow10(common - scales[idx]));
                        running = Math.addExact(running, v);
                        prefix[out] = running;
                    }
                } catch (ArithmeticException overflow) {
                    return null;
                }
                return prefix;
            }
        }
    }

    /** Prefix counts of unit events per distinct day. */
    static final class Count {
        static final Count EMPTY = new Count(new long[0], new long[0]);
        final long[] days;
        final long[] cumulative;

        private Count(long[] days, long[] cumulative) {
            this.days = days;
            this.cumulative = cumulative;
        }

        /** The counter from per-day counts: {@code count[offset + d]} events on day {@code min + d}. */
        static Count fromDayCounts(long min, int[] count, int offset, int range) {
            int distinct = 0;
            for (int d = offset; d < offset + range; d++) {
                if (count[d] > 0) {
                    distinct++;
                }
            }
            if (distinct == 0) {
                return EMPTY;
            }
            long[] outDays = new long[distinct];
            long[] cumulative = new long[distinct];
            long running = 0;
            int out = 0;
            for (int d = 0; d < range; d++) {
                if (count[offset + d] > 0) {
                    running += count[offset + d];
                    outDays[out] = min + d;
                    cumulative[out++] = running;
                }
            }
            return new Count(outDays, cumulative);
        }

        /** The counter of the unit events on {@code days[0..n)}, in any order. */
        static Count of(long[] days, int n) {
            if (n == 0) {
                return EMPTY;
            }
            long min = min(days, n);
            long max = max(days, n);
            if (countable(min, max, n)) {
                // few distinct days: count per day instead of sorting
                int[] count = new int[(int) (max - min) + 1];
                for (int k = 0; k < n; k++) {
                    count[(int) (days[k] - min)]++;
                }
                return fromDayCounts(min, count, 0, count.length);
            }
            long[] sorted = Arrays.copyOf(days, n);
            Arrays.sort(sorted);
            int distinct = 1;
            for (int k = 1; k < n; k++) {
                if (sorted[k] != sorted[k - 1]) {
                    distinct++;
                }
            }
            long[] outDays = new long[distinct];
            long[] cumulative = new long[distinct];
            int out = 0;
            outDays[0] = sorted[0];
            for (int k = 0; k < n; k++) {
                if (k > 0 && sorted[k] != sorted[k - 1]) {
                    out++;
                    outDays[out] = sorted[k];
                }
                cumulative[out] = k + 1;
            }
            return new Count(outDays, cumulative);
        }

        long upTo(long day) {
            return first(countUpTo(days, day));
        }

        /** The count of the first {@code count} days. */
        long first(int count) {
            return count == 0 ? 0 : cumulative[count - 1];
        }

        long between(long before, long last) {
            return before == Long.MIN_VALUE ? upTo(last) : upTo(last) - upTo(before);
        }

        /** Collects the days of unit events; not thread-safe. */
        static final class Builder {
            private long[] days;
            private int n;

            /** A builder with room for {@code expected} events (at least 8) before it grows. */
            Builder(int expected) {
                days = new long[Math.max(8, expected)];
            }

            void add(long day) {
                if (n == days.length) {
                    days = Arrays.copyOf(days, n * 2);
                }
                days[n++] = day;
            }

            Count build() {
                return of(days, n);
            }
        }
    }
}
