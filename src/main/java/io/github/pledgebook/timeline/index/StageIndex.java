package io.github.pledgebook.timeline.index;

import io.github.pledgebook.internal.CurrencySums;
import io.github.pledgebook.money.MoneyTotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * The index of one stage for one set of pledges (counted or excluded re-grants): per-currency money columns and
 * counters of pledges counted and of items without money value, each as prefix sums over sorted days.
 * <p>
 * As-of answers are prefix sums up to a day; window answers are differences of two prefix sums. A query finds its
 * days with one binary search on the merged axis of all columns' days, then reads each column's position from a
 * table: O(log d + c) for c currencies and d distinct days. Where that table would be larger than the columns
 * themselves, there is no axis and a query does one binary search per column instead: O(c log d). Immutable once
 * built.
 */
public final class StageIndex {

    /** The index of a stage without changes. */
    public static final StageIndex EMPTY = new StageIndex(new DayColumns.Money[0], DayColumns.Count.EMPTY,
            DayColumns.Count.EMPTY, DayColumns.Count.EMPTY, DayColumns.Count.EMPTY, ChangeRecords.EMPTY);

    private final DayColumns.Money[] money;
    private final DayColumns.Count countedIn;
    private final DayColumns.Count countedOut;
    private final DayColumns.Count unvaluedIn;
    private final DayColumns.Count unvaluedOut;
    /** The changes by donor, or null if there are too many donors and currencies to key them. */
    final ChangeRecords records;

    /**
     * All distinct days of the columns, and per column and day the number of the column's days up to it, so that a
     * query does one binary search instead of one per column; null where that table would be larger than the
     * columns themselves.
     */
    private final long[] axis;
    private final int[][] position;

    private StageIndex(DayColumns.Money[] money, DayColumns.Count countedIn, DayColumns.Count countedOut,
            DayColumns.Count unvaluedIn, DayColumns.Count unvaluedOut, ChangeRecords records) {
        this.records = records;
        long[][] all = new long[money.length + 4][];
        long cells = 0;
        for (int c = 0; c < money.length; c++) {
            all[c] = money[c].days;
            cells += all[c].length;
        }
        all[money.length] = countedIn.days;
        all[money.length + 1] = countedOut.days;
        all[money.length + 2] = unvaluedIn.days;
        all[money.length + 3] = unvaluedOut.days;
        for (int c = money.length; c < all.length; c++) {
            cells += all[c].length;
        }
        long[] merged = java.util.stream.Stream.of(all).flatMapToLong(java.util.Arrays::stream).distinct()
                .sorted().toArray();
        if ((long) merged.length * all.length <= 2 * cells + 64) {
            axis = merged;
            position = new int[all.length][merged.length];
            for (int c = 0; c < all.length; c++) {
                long[] days = all[c];
                int i = 0;
                for (int k = 0; k < merged.length; k++) {
                    while (i < days.length && days[i] <= merged[k]) {
                        i++;
                    }
                    position[c][k] = i;
                }
            }
        } else {
            axis = null;
            position = null;
        }
        this.money = money;
        this.countedIn = countedIn;
        this.countedOut = countedOut;
        this.unvaluedIn = unvaluedIn;
        this.unvaluedOut = unvaluedOut;
    }

    /** The money of a span: the running total as of a day, or the net change within a window. */
    public MoneyTotal total(Span span) {
        return span.arrivalsOnly() ? changeBetween(span.before, span.last) : totalUpTo(span.last);
    }

    /** The pledges of a span: counted as of a day, or arrived within a window. */
    public long count(Span span) {
        return span.arrivalsOnly() ? arrivalsBetween(span.before, span.last) : countUpTo(span.last);
    }

    /** The money changes of a span, summed per day and currency, by day; see {@link #changes(long, long)}. */
    public SortedMap<LocalDate, MoneyTotal> changes(Span span) {
        return changes(span.before, span.last);
    }

    /** The items without money value of a span: counted as of a day, or arrived within a window. */
    public long unvalued(Span span) {
        return unvaluedBetween(span.before, span.last, span.arrivalsOnly());
    }

    /** Whether grouped totals by donor can be read from the records ({@link ChangeRecords}). */
    boolean hasDonorRecords() {
        return records != null;
    }

    /** The running total up to and including a day (all changes so far), with the items without money value. */
    MoneyTotal totalUpTo(long day) {
        if (money.length == 0 && unvaluedIn.days.length == 0) {
            return MoneyTotal.empty();
        }
        MoneyTotal.Builder b = MoneyTotal.builder();
        CurrencySums sums = CurrencySums.inside(b);
        if (axis != null) {
            int k = DayColumns.countUpTo(axis, day) - 1;
            if (k < 0) {
                return b.build();
            }
            for (int c = 0; c < money.length; c++) {
                money[c].addFirst(sums, position[c][k]);
            }
            int n = money.length;
            return b.addUnvalued(unvaluedIn.first(position[n + 2][k]) - unvaluedOut.first(position[n + 3][k]))
                    .build();
        }
        for (DayColumns.Money column : money) {
            column.addUpTo(sums, day);
        }
        return b.addUnvalued(unvaluedIn.upTo(day) - unvaluedOut.upTo(day)).build();
    }

    /** How many of column {@code c}'s days are on or before the axis day {@code k} (-1: before all). */
    private int at(int c, int k) {
        return k < 0 ? 0 : position[c][k];
    }

    /** The net change of money after {@code before} up to {@code last}, with the unvalued items that arrived. */
    MoneyTotal changeBetween(long before, long last) {
        if (money.length == 0 && unvaluedIn.days.length == 0) {
            return MoneyTotal.empty();
        }
        MoneyTotal.Builder b = MoneyTotal.builder();
        CurrencySums sums = CurrencySums.inside(b);
        if (last > before && axis != null) {
            int i = before == Long.MIN_VALUE ? -1 : DayColumns.countUpTo(axis, before) - 1;
            int j = DayColumns.countUpTo(axis, last) - 1;
            for (int c = 0; c < money.length; c++) {
                money[c].addSlice(sums, at(c, i), at(c, j));
            }
            int n = money.length;
            b.addUnvalued(unvaluedIn.first(at(n + 2, j)) - unvaluedIn.first(at(n + 2, i)));
        } else if (last > before) {
            for (DayColumns.Money column : money) {
                column.addBetween(sums, before, last);
            }
            b.addUnvalued(unvaluedIn.between(before, last));
        }
        return b.build();
    }

    /**
     * The money changes after {@code before} up to {@code last}, summed per day and currency, by day; zero sums
     * and days without a nonzero change are left out.
     */
    SortedMap<LocalDate, MoneyTotal> changes(long before, long last) {
        SortedMap<LocalDate, MoneyTotal> out = new TreeMap<>();
        if (last <= before) {
            return out;
        }
        int[] from = new int[money.length];
        int[] to = new int[money.length];
        int n = 0;
        for (int c = 0; c < money.length; c++) {
            from[c] = before == Long.MIN_VALUE ? 0 : DayColumns.countUpTo(money[c].days, before);
            to[c] = DayColumns.countUpTo(money[c].days, last);
            n += to[c] - from[c];
        }
        // the days of all currencies, sorted and distinct (a slice of the axis if there is one; it may hold days
        // without money, which stay without a total); each column walks them alongside its own sorted days
        long[] days;
        if (axis != null) {
            int lo = before == Long.MIN_VALUE ? 0 : DayColumns.countUpTo(axis, before);
            days = Arrays.copyOfRange(axis, lo, DayColumns.countUpTo(axis, last));
        } else {
            days = new long[n];
            n = 0;
            for (int c = 0; c < money.length; c++) {
                System.arraycopy(money[c].days, from[c], days, n, to[c] - from[c]);
                n += to[c] - from[c];
            }
            Arrays.sort(days);
            int distinct = 0;
            for (int i = 0; i < days.length; i++) {
                if (i == 0 || days[i] != days[i - 1]) {
                    days[distinct++] = days[i];
                }
            }
            days = Arrays.copyOf(days, distinct);
        }
        MoneyTotal.Builder[] totals = new MoneyTotal.Builder[days.length];
        for (int c = 0; c < money.length; c++) {
            int p = 0;
            for (int k = from[c]; k < to[c]; k++) {
                while (days[p] < money[c].days[k]) {
                    p++;
                }
                if (totals[p] == null) {
                    totals[p] = MoneyTotal.builder();
                }
                money[c].addSlice(CurrencySums.inside(totals[p]), k, k + 1);
            }
        }
        for (int p = 0; p < days.length; p++) {
            MoneyTotal day = totals[p] == null ? MoneyTotal.empty() : totals[p].build();
            if (!day.isEmpty()) {
                out.put(LocalDate.ofEpochDay(days[p]), day);
            }
        }
        return out;
    }

    long unvaluedBetween(long before, long last, boolean arrivalsOnly) {
        if (last <= before) {
            return 0;
        }
        return arrivalsOnly ? unvaluedIn.between(before, last) : unvaluedIn.upTo(last) - unvaluedOut.upTo(last);
    }

    long countUpTo(long day) {
        return countedIn.upTo(day) - countedOut.upTo(day);
    }

    long arrivalsBetween(long before, long last) {
        return last > before ? countedIn.between(before, last) : 0;
    }

    /**
     * Collects a stage's changes from many pledges as one set of columnar records; the per-currency money columns
     * and the four counters are derived from them when the index is built. Not thread-safe.
     */
    static final class Builder implements Contributions.Sink {
        private final ChangeRecords.Builder records = new ChangeRecords.Builder();

        /** Starts the changes of a pledge of the donor with this index. */
        void pledge(int donorIndex) {
            records.pledge(donorIndex);
        }

        @Override
        public void money(long day, CurrencyUnit currency, BigDecimal delta) {
            records.money(day, currency, delta);
        }

        @Override
        public void money(long day, CurrencyUnit currency, long unscaled, int scale) {
            records.money(day, currency, unscaled, scale);
        }

        @Override
        public void counted(long day, int delta) {
            records.flag(day, delta > 0 ? ChangeRecords.COUNTED_IN : ChangeRecords.COUNTED_OUT);
        }

        @Override
        public void unvalued(long day, int delta) {
            records.flag(day, delta > 0 ? ChangeRecords.UNVALUED_IN : ChangeRecords.UNVALUED_OUT);
        }

        StageIndex build() {
            DayColumns.Money[] money = records.moneyColumns();
            Arrays.sort(money, Comparator.comparing(c -> c.currency.getCurrencyCode()));
            DayColumns.Count[] counts = records.counts();
            return new StageIndex(money, counts[0], counts[1], counts[2], counts[3], records.build());
        }
    }
}
