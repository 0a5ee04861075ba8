package io.github.pledgebook.timeline;

import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.DatedAmount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.money.CurrencyUnit;

/**
 * The index of one stage for one set of pledges (counted or excluded re-grants): per-currency money columns and
 * counters of pledges counted and of items without money value, each as prefix sums over sorted days.
 * <p>
 * As-of answers are prefix sums up to a day; window answers are differences of two prefix sums. Every query is a
 * binary search per column: O(c log d) for c currencies and d distinct days. Immutable once built.
 */
final class StageIndex {

    static final StageIndex EMPTY = new StageIndex(new DayColumns.Money[0], DayColumns.Count.EMPTY,
            DayColumns.Count.EMPTY, DayColumns.Count.EMPTY, DayColumns.Count.EMPTY, DonorRecords.EMPTY);

    private final DayColumns.Money[] money;
    private final DayColumns.Count countedIn;
    private final DayColumns.Count countedOut;
    private final DayColumns.Count unvaluedIn;
    private final DayColumns.Count unvaluedOut;
    /** The changes by donor, or null if there are too many donors and currencies to key them. */
    final DonorRecords records;

    private StageIndex(DayColumns.Money[] money, DayColumns.Count countedIn, DayColumns.Count countedOut,
            DayColumns.Count unvaluedIn, DayColumns.Count unvaluedOut, DonorRecords records) {
        this.records = records;
        this.money = money;
        this.countedIn = countedIn;
        this.countedOut = countedOut;
        this.unvaluedIn = unvaluedIn;
        this.unvaluedOut = unvaluedOut;
    }

    /** The money counted on a day, with the items without money value counted then. */
    MoneyTotal totalUpTo(long day) {
        MoneyTotal.Builder b = MoneyTotal.builder();
        for (DayColumns.Money column : money) {
            column.addUpTo(b, day);
        }
        return b.addUnvalued(unvaluedIn.upTo(day) - unvaluedOut.upTo(day)).build();
    }

    /** The net change of money after {@code before} up to {@code last}, with the unvalued items that arrived. */
    MoneyTotal changeBetween(long before, long last) {
        MoneyTotal.Builder b = MoneyTotal.builder();
        if (last > before) {
            for (DayColumns.Money column : money) {
                column.addBetween(b, before, last);
            }
            b.addUnvalued(unvaluedIn.between(before, last));
        }
        return b.build();
    }

    /**
     * The money changes after {@code before} up to {@code last}, summed per currency and day, ordered by currency
     * code and day; zero sums are left out.
     */
    List<DatedAmount> changes(long before, long last) {
        List<DatedAmount> out = new ArrayList<>();
        if (last > before) {
            for (DayColumns.Money column : money) {
                column.addChanges(out, before, last);
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

    /** Collects a stage's changes from many pledges; not thread-safe. */
    static final class Builder implements Contributions.Sink {
        private final Map<CurrencyUnit, DayColumns.Money.Builder> money = new HashMap<>();
        private final DayColumns.Count.Builder countedIn = new DayColumns.Count.Builder();
        private final DayColumns.Count.Builder countedOut = new DayColumns.Count.Builder();
        private final DayColumns.Count.Builder unvaluedIn = new DayColumns.Count.Builder();
        private final DayColumns.Count.Builder unvaluedOut = new DayColumns.Count.Builder();
        private final DonorRecords.Builder records = new DonorRecords.Builder();

        /** Starts the changes of a pledge of the donor with this index. */
        void pledge(int donorIndex) {
            records.pledge(donorIndex);
        }

        @Override
        public void money(long day, CurrencyUnit currency, BigDecimal delta) {
            money.computeIfAbsent(currency, DayColumns.Money.Builder::new).add(day, delta);
            records.money(day, currency, delta);
        }

        @Override
        public void counted(long day, int delta) {
            (delta > 0 ? countedIn : countedOut).add(day);
            records.flag(day, delta > 0 ? DonorRecords.COUNTED_IN : DonorRecords.COUNTED_OUT);
        }

        @Override
        public void unvalued(long day, int delta) {
            (delta > 0 ? unvaluedIn : unvaluedOut).add(day);
            records.flag(day, delta > 0 ? DonorRecords.UNVALUED_IN : DonorRecords.UNVALUED_OUT);
        }

        StageIndex build() {
            DayColumns.Money[] columns = new DayColumns.Money[money.size()];
            int i = 0;
            for (DayColumns.Money.Builder b : money.values()) {
                columns[i++] = b.build();
            }
            Arrays.sort(columns, Comparator.comparing(c -> c.currency.getCurrencyCode()));
            return new StageIndex(columns, countedIn.build(), countedOut.build(), unvaluedIn.build(),
                    unvaluedOut.build(), records.build());
        }
    }
}
