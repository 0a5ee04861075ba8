package io.github.pledgebook.timeline.index;

import io.github.pledgebook.internal.CurrencySums;
import io.github.pledgebook.internal.ExactLongs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * Everything one stage's index is made of. Its builder collects a stage's changes, pledge by pledge, and derives
 * from them every money column and counter of the stage ({@link Builder#moneyColumns()}, {@link Builder#counts()});
 * the built records answer grouped totals by donor.
 * <p>
 * The changes of one stage as columnar records sorted by day, one per pledge, day and currency: an {@code int} key
 * (donor index, currency index and four count flags) and an exact {@code long} change at the currency's common
 * scale, or an index into a {@code BigDecimal} side table when it does not fit. Grouped totals by donor are one
 * pass over a prefix (as of a date) or a slice (within a window) of the records into {@code long} sums indexed by
 * donor and currency, with {@link Math#addExact} falling back to {@code BigDecimal} per sum on overflow.
 * <p>
 * Checkpoints keep those sums at every {@code every}-th record, so a query reads at most one checkpoint and fewer
 * than {@code every} records per end of its range, not every record up to its date. The interval is a power of two
 * (at least 64) large enough to keep the checkpoints within a quarter of a byte per record.
 * Immutable once built.
 */
final class ChangeRecords {

    static final int COUNTED_IN = 1;
    static final int COUNTED_OUT = 2;
    static final int UNVALUED_IN = 4;
    static final int UNVALUED_OUT = 8;
    static final int BIG = 16;
    private static final int FLAG_BITS = 5;
    private static final byte BIG_SCALE = Byte.MIN_VALUE;

    /** Bytes of checkpoints allowed per record: 1 in {@value}. */
    private static final int RECORDS_PER_CHECKPOINT_BYTE = 4;
    private static final int MIN_EVERY = 64;

    static final ChangeRecords EMPTY = new ChangeRecords(new CurrencyUnit[0], new int[0], new long[0],
            new int[0], new int[0], new long[0], new BigDecimal[0], 0);

    final CurrencyUnit[] currencies;
    final int[] scales;
    /** The currency slots per donor: the number of currencies, at least one (for records without money). */
    private final int nc;
    private final long[] days;
    /** The end (exclusive) of each distinct day's records. */
    private final int[] dayEnd;
    private final int[] keys;
    private final long[] values;
    private final BigDecimal[] bigs;
    /** Records between checkpoints, a power of two; 0 if there are no checkpoints. */
    private final int every;
    /** At index {@code c >= 1}, the sums of records {@code [0, c * every)}; index 0 is unused. */
    private final Checkpoint[] checkpoints;

    private ChangeRecords(CurrencyUnit[] currencies, int[] scales, long[] days, int[] dayEnd, int[] keys,
            long[] values, BigDecimal[] bigs, int donors) {
        this.currencies = currencies;
        this.scales = scales;
        this.nc = Math.max(1, currencies.length);
        this.days = days;
        this.dayEnd = dayEnd;
        this.keys = keys;
        this.values = values;
        this.bigs = bigs;
        long perCheckpoint = (long) donors * nc * Long.BYTES + (long) donors * Checkpoint.FLAGS * Long.BYTES;
        long interval = Math.max(MIN_EVERY, Long.highestOneBit(perCheckpoint * RECORDS_PER_CHECKPOINT_BYTE) * 2);
        if (interval * 2 <= keys.length) {
            every = (int) interval;
            checkpoints = new Checkpoint[keys.length / every + 1];
            Sums running = new Sums(donors);
            for (int c = 1; c < checkpoints.length; c++) {
                scan(running, (c - 1) * every, c * every, false);
                checkpoints[c] = new Checkpoint(running, donors);
            }
        } else {
            every = 0;
            checkpoints = null;
        }
    }

    private int endOf(long day) {
        int i = DayColumns.countUpTo(days, day);
        return i == 0 ? 0 : dayEnd[i - 1];
    }

    /** Sums per donor of the records after {@code before} up to {@code last}. */
    Sums sums(long before, long last, int donors) {
        Sums s = new Sums(donors);
        if (last <= before) {
            return s;
        }
        int from = before == Long.MIN_VALUE ? 0 : endOf(before);
        int to = endOf(last);
        if (checkpoints != null && to - from > every) {
            prefix(s, to, false);
            prefix(s, from, true);
        } else {
            scan(s, from, to, false);
        }
        return s;
    }

    /** Adds (or subtracts) the records before {@code end}: the checkpoint at or before it, then the rest. */
    private void prefix(Sums s, int end, boolean subtract) {
        int c = end / every;
        if (c > 0) {
            s.add(checkpoints[c], subtract);
        }
        scan(s, c * every, end, subtract);
    }

    /** Adds (or subtracts) records {@code [from, to)} to {@code s}. */
    private void scan(Sums s, int from, int to, boolean subtract) {
        long[] money = s.money;
        int[] flags = s.flags;
        int step = subtract ? -1 : 1;
        for (int r = from; r < to; r++) {
            int key = keys[r];
            int slot = key >>> FLAG_BITS;
            flags[key & ((1 << FLAG_BITS) - 1 - BIG) | slot << 4] += step;
            if ((key & BIG) != 0) {
                BigDecimal big = bigs[(int) values[r]];
                s.addBig(slot, subtract ? big.negate() : big);
                continue;
            }
            s.addLong(slot, values[r], subtract);
        }
    }

    /** The sums of all records before a checkpoint: money per slot, and the four counts per donor. */
    private static final class Checkpoint {
        static final int FLAGS = 4;
        final long[] money;
        final BigDecimal[] big;
        final long[] counts;

        Checkpoint(Sums s, int donors) {
            money = s.money.clone();
            big = s.big == null ? null : s.big.clone();
            counts = new long[donors * FLAGS];
            for (int d = 0; d < donors; d++) {
                for (int f = 0; f < FLAGS; f++) {
                    counts[d * FLAGS + f] = s.flagged(d, 1 << f);
                }
            }
        }
    }

    /** Per-donor money sums and counts; not thread-safe, used inside one query. */
    final class Sums {
        final long[] money;
        BigDecimal[] big;
        /** Per slot (donor and currency) and pattern of the four count flags, how many records had it. */
        final int[] flags;

        /** The four counts per donor from a checkpoint, or null. */
        private long[] counts;

        Sums(int donors) {
            money = new long[donors * nc];
            flags = new int[donors * nc * 16];
        }

        /** Adds {@code v} (or subtracts it) to a slot's {@code long} sum, or to its big sum if that would overflow. */
        void addLong(int slot, long v, boolean subtract) {
            long m = money[slot];
            long sum = subtract ? m - v : m + v;
            boolean overflow = subtract ? ExactLongs.differenceOverflowed(m, v, sum)
                    : ExactLongs.sumOverflowed(m, v, sum);
            if (overflow) {
                BigDecimal a = BigDecimal.valueOf(m, scales[slot % nc]);
                BigDecimal b = BigDecimal.valueOf(v, scales[slot % nc]);
                addBig(slot, subtract ? a.subtract(b) : a.add(b));
                money[slot] = 0;
            } else {
                money[slot] = sum;
            }
        }

        /** Adds (or subtracts) a checkpoint's sums, which cover the same or fewer donors. */
        void add(Checkpoint c, boolean subtract) {
            for (int slot = 0; slot < c.money.length; slot++) {
                addLong(slot, c.money[slot], subtract);
                if (c.big != null && c.big[slot] != null) {
                    addBig(slot, subtract ? c.big[slot].negate() : c.big[slot]);
                }
            }
            if (counts == null) {
                counts = new long[money.length / nc * Checkpoint.FLAGS];
            }
            for (int i = 0; i < c.counts.length; i++) {
                counts[i] += subtract ? -c.counts[i] : c.counts[i];
            }
        }

        private long flagged(int d, int flag) {
            long n = counts == null ? 0 : counts[d * Checkpoint.FLAGS + Integer.numberOfTrailingZeros(flag)];
            for (int slot = d * nc; slot < (d + 1) * nc; slot++) {
                for (int f = 0; f < 16; f++) {
                    if ((f & flag) != 0) {
                        n += flags[slot << 4 | f];
                    }
                }
            }
            return n;
        }

        void addBig(int slot, BigDecimal v) {
            if (big == null) {
                big = new BigDecimal[money.length];
            }
            big[slot] = big[slot] == null ? v : big[slot].add(v);
        }

        /** Adds donor {@code d}'s money to {@code to}. */
        /** Whether donor {@code d} has any money change in range. */
        boolean hasMoney(int d) {
            for (int c = 0; c < currencies.length; c++) {
                int slot = d * nc + c;
                if (money[slot] != 0 || big != null && big[slot] != null) {
                    return true;
                }
            }
            return false;
        }

        void addMoney(int d, CurrencySums to) {
            for (int c = 0; c < currencies.length; c++) {
                int slot = d * nc + c;
                if (money[slot] != 0) {
                    to.add(currencies[c], money[slot], scales[c]);
                }
                if (big != null && big[slot] != null) {
                    to.add(currencies[c], big[slot]);
                }
            }
        }

        long counted(int d, boolean arrivalsOnly) {
            return arrivalsOnly ? flagged(d, COUNTED_IN) : flagged(d, COUNTED_IN) - flagged(d, COUNTED_OUT);
        }

        long unvalued(int d, boolean arrivalsOnly) {
            return arrivalsOnly ? flagged(d, UNVALUED_IN) : flagged(d, UNVALUED_IN) - flagged(d, UNVALUED_OUT);
        }
    }

    /** Collects the records of one stage, pledge by pledge; not thread-safe. */
    static final class Builder {
        /** The currencies in the order first seen: a few, so a linear search beats hashing. */
        private final List<CurrencyUnit> currencyList = new ArrayList<>();
        private long[] day = new long[16];
        private int[] donor = new int[16];
        private int[] flags = new int[16];
        private int[] currency = new int[16];
        private long[] unscaled = new long[16];
        private byte[] scale = new byte[16];
        private final List<BigDecimal> bigs = new ArrayList<>();
        private int n;
        private int current;
        private int pending = -1;
        private int maxDonor = -1;

        /** Starts the records of a pledge of the donor with this index. */
        void pledge(int donorIndex) {
            current = donorIndex;
            maxDonor = Math.max(maxDonor, donorIndex);
            pending = -1;
        }

        void flag(long d, int flag) {
            record(d, false, flag);
            flags[pending] |= flag;
        }

        void money(long d, CurrencyUnit unit, BigDecimal value) {
            if (DayColumns.fitsLong(value)) {
                money(d, unit, ExactLongs.unscaledLong(value), value.scale());
                return;
            }
            money(d, unit, bigs.size(), BIG_SCALE);
            bigs.add(value);
        }

        /** Records {@code unscaled * 10^-scale} (0 to 18), or the index of a big value with {@code BIG_SCALE}. */
        void money(long d, CurrencyUnit unit, long unscaled, int scale) {
            record(d, true, 0);
            int c = currencyIndex(unit);
            currency[pending] = c;
            this.unscaled[pending] = unscaled;
            this.scale[pending] = (byte) scale;
        }

        /** The index of a currency, added if new; compared by identity first, as the same units recur. */
        private int currencyIndex(CurrencyUnit unit) {
            for (int c = 0; c < currencyList.size(); c++) {
                if (currencyList.get(c) == unit) {
                    return c;
                }
            }
            int c = currencyList.indexOf(unit);
            if (c < 0) {
                c = currencyList.size();
                currencyList.add(unit);
            }
            return c;
        }

        /** Makes {@code pending} a record of this day with room for money or for the flag. */
        private void record(long d, boolean forMoney, int flag) {
            if (pending >= 0 && day[pending] == d && (forMoney ? currency[pending] < 0 : (flags[pending] & flag) == 0)) {
                return;
            }
            if (n == day.length) {
                int cap = n * 2;
                day = Arrays.copyOf(day, cap);
                donor = Arrays.copyOf(donor, cap);
                flags = Arrays.copyOf(flags, cap);
                currency = Arrays.copyOf(currency, cap);
                unscaled = Arrays.copyOf(unscaled, cap);
                scale = Arrays.copyOf(scale, cap);
            }
            day[n] = d;
            donor[n] = current;
            flags[n] = 0;
            currency[n] = -1;
            unscaled[n] = 0;
            scale[n] = 0;
            pending = n++;
        }

        /**
         * The money columns, one per currency in the order first seen, from the records that carry money. With days
         * dense enough to count, every currency is summed per day in one pass over the records; a currency with a
         * value too big for a {@code long}, or whose sums overflow one, goes through a column builder instead.
         */
        DayColumns.Money[] moneyColumns() {
            int nc = currencyList.size();
            DayColumns.Money[] columns = new DayColumns.Money[nc];
            long min = DayColumns.min(day, n);
            long max = DayColumns.max(day, n);
            if (n > 0 && DayColumns.countable(min, max, n) && (max - min + 1) * nc <= 4L * n + 1024) {
                sumByDay(columns, min, (int) (max - min) + 1);
            }
            for (int c = 0; c < nc; c++) {
                if (columns[c] == null) {
                    columns[c] = column(c);
                }
            }
            return columns;
        }

        /** Fills in the columns of the currencies whose sums per day fit a {@code long} at their largest scale. */
        private void sumByDay(DayColumns.Money[] columns, long min, int range) {
            int nc = columns.length;
            int[] common = new int[nc];
            boolean[] general = new boolean[nc];
            for (int k = 0; k < n; k++) {
                int c = currency[k];
                if (c >= 0) {
                    if (scale[k] == BIG_SCALE) {
                        general[c] = true;
                    } else {
                        common[c] = Math.max(common[c], scale[k]);
                    }
                }
            }
            long[] sum = new long[nc * range];
            boolean[] seen = new boolean[nc * range];
            for (int k = 0; k < n; k++) {
                int c = currency[k];
                if (c < 0 || general[c]) {
                    continue;
                }
                long factor = ExactLongs.pow10(common[c] - scale[k]);
                long v = unscaled[k] * factor;
                int i = c * range + (int) (day[k] - min);
                long next = sum[i] + v;
                if (Math.multiplyHigh(unscaled[k], factor) != (v >> 63) || ExactLongs.sumOverflowed(sum[i], v, next)) {
                    general[c] = true;
                    continue;
                }
                sum[i] = next;
                seen[i] = true;
            }
            for (int c = 0; c < nc; c++) {
                if (!general[c]) {
                    columns[c] = DayColumns.Money.fromDaySums(currencyList.get(c), min, sum, seen, c * range, range,
                            common[c]);
                }
            }
        }

        /** The column of currency {@code c} through a column builder, which handles any value. */
        private DayColumns.Money column(int c) {
            int count = 0;
            for (int k = 0; k < n; k++) {
                if (currency[k] == c) {
                    count++;
                }
            }
            DayColumns.Money.Builder b = new DayColumns.Money.Builder(currencyList.get(c), count);
            for (int k = 0; k < n; k++) {
                if (currency[k] != c) {
                    continue;
                }
                if (scale[k] == BIG_SCALE) {
                    b.add(day[k], bigs.get((int) unscaled[k]));
                } else {
                    b.add(day[k], unscaled[k], scale[k]);
                }
            }
            return b.build();
        }

        /**
         * The counters of the records with each count flag, in the order {@link #COUNTED_IN}, {@link #COUNTED_OUT},
         * {@link #UNVALUED_IN}, {@link #UNVALUED_OUT}; all four in one pass when the days are dense enough to count.
         */
        DayColumns.Count[] counts() {
            DayColumns.Count[] counts = new DayColumns.Count[Checkpoint.FLAGS];
            long min = DayColumns.min(day, n);
            long max = DayColumns.max(day, n);
            if (n > 0 && DayColumns.countable(min, max, n)) {
                int range = (int) (max - min) + 1;
                int[] count = new int[Checkpoint.FLAGS * range];
                for (int k = 0; k < n; k++) {
                    int d = (int) (day[k] - min);
                    for (int f = 0; f < Checkpoint.FLAGS; f++) {
                        if ((flags[k] & (1 << f)) != 0) {
                            count[f * range + d]++;
                        }
                    }
                }
                for (int f = 0; f < Checkpoint.FLAGS; f++) {
                    counts[f] = DayColumns.Count.fromDayCounts(min, count, f * range, range);
                }
                return counts;
            }
            for (int f = 0; f < Checkpoint.FLAGS; f++) {
                DayColumns.Count.Builder b = new DayColumns.Count.Builder(0);
                for (int k = 0; k < n; k++) {
                    if ((flags[k] & (1 << f)) != 0) {
                        b.add(day[k]);
                    }
                }
                counts[f] = b.build();
            }
            return counts;
        }

        /** The records, or null if donors times currencies are too many to key in an {@code int}. */
        ChangeRecords build() {
            if (n == 0) {
                return EMPTY;
            }
            int nc = Math.max(1, currencyList.size());
            if ((long) (maxDonor + 1) * nc >= (1L << (31 - FLAG_BITS))) {
                return null;
            }
            int[] common = new int[nc];
            for (int k = 0; k < n; k++) {
                if (currency[k] >= 0 && scale[k] != BIG_SCALE) {
                    common[currency[k]] = Math.max(common[currency[k]], scale[k]);
                }
            }
            // each record goes straight to its sorted place: sequential reads, instead of gathering
            // six columns in sorted order from random places
            int[] place = DayColumns.places(day, n);
            int[] outKeys = new int[n];
            long[] outValues = new long[n];
            List<BigDecimal> outBigs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int c = Math.max(currency[i], 0);
                int key = ((donor[i] * nc + c) << FLAG_BITS) | flags[i];
                long v = 0;
                if (currency[i] >= 0) {
                    boolean big = scale[i] == BIG_SCALE;
                    if (!big) {
                        long high = Math.multiplyHigh(unscaled[i], ExactLongs.pow10(common[c] - scale[i]));
                        v = unscaled[i] * ExactLongs.pow10(common[c] - scale[i]);
                        big = high != (v >> 63);
                    }
                    if (big) {
                        BigDecimal value = scale[i] == BIG_SCALE ? bigs.get((int) unscaled[i])
                                : BigDecimal.valueOf(unscaled[i], scale[i]);
                        key |= BIG;
                        v = outBigs.size();
                        outBigs.add(value);
                    }
                }
                int k = place[i];
                outKeys[k] = key;
                outValues[k] = v;
            }
            // the distinct days and where each one's records end: the counts of records per day, added up
            DayColumns.Count perDay = DayColumns.Count.of(day, n);
            int[] dayEnd = new int[perDay.days.length];
            for (int d = 0; d < dayEnd.length; d++) {
                dayEnd[d] = (int) perDay.cumulative[d];
            }
            return new ChangeRecords(currencyList.toArray(new CurrencyUnit[0]), common, perDay.days, dayEnd, outKeys,
                    outValues, outBigs.toArray(new BigDecimal[0]), maxDonor + 1);
        }
    }
}
