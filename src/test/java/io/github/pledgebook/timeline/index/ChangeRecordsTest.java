package io.github.pledgebook.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.CurrencySums;
import io.github.pledgebook.money.MoneyTotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Per-donor sums from the records, which read a checkpoint and the records after it, equal plain {@code BigDecimal}
 * sums of the records as they were added: for every range of days, with amounts that overflow a {@code long}
 * (sums and single values), negative changes and the four count flags. Up to 9,000 records of two donors in two
 * currencies make a checkpoint every 512 records, so ranges start and end before, between and on checkpoints.
 */
class ChangeRecordsTest {

    private static final CurrencyUnit[] UNITS = {Amounts.currency("USD"), Amounts.currency("JPY")};
    private static final int[] FLAGS = {ChangeRecords.COUNTED_IN, ChangeRecords.COUNTED_OUT, ChangeRecords.UNVALUED_IN,
        ChangeRecords.UNVALUED_OUT};
    private static final int DONORS = 2;
    private static final int DAYS = 400;

    /** One record as added: a flag or an amount of a donor on a day. */
    private record Added(int donor, long day, int flag, int currency, BigDecimal value) {
    }

    @Property(tries = 30)
    void sumsOverAnyRangeEqualPlainSumsOfTheRecordsInIt(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3000) int pledges, @ForAll @LongRange(min = -2, max = DAYS) long before,
            @ForAll @LongRange(min = -2, max = DAYS + 2) long last) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Added> added = new ArrayList<>();
        ChangeRecords records = builder(r, pledges, added, 2, 1).build();
        // the range drawn, then ranges from the same seed: edge-case draws alone may never start mid-book
        assertSumsOf(records, added, before, last);
        for (int i = 0; i < 4; i++) {
            long from = r.nextLong(-2, DAYS);
            assertSumsOf(records, added, from, r.nextLong(from, DAYS + 3));
        }
    }

    /**
     * The money columns and the four counters derived from the records equal plain sums of the records up to any
     * day: with small values only (summed per day in one pass), with values near {@code Long.MAX_VALUE} (whose sums
     * overflow), with values beyond a {@code long}, and with days too spread out to count.
     */
    @Property(tries = 40)
    void columnsAndCountersEqualPlainSumsOfTheRecords(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3000) int pledges, @ForAll @IntRange(max = 2) int sizes,
            @ForAll boolean spread) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Added> added = new ArrayList<>();
        long step = spread ? 100_000 : 1;
        ChangeRecords.Builder b = builder(r, pledges, added, sizes, step);
        DayColumns.Money[] columns = b.moneyColumns();
        DayColumns.Count[] counts = b.counts();
        for (int i = 0; i < 6; i++) {
            long day = r.nextLong(-2, DAYS + 2) * step;
            MoneyTotal.Builder expected = MoneyTotal.builder();
            long[] n = new long[FLAGS.length];
            for (Added a : added) {
                if (a.day <= day && a.value != null) {
                    expected.add(UNITS[a.currency], a.value);
                } else if (a.day <= day) {
                    n[Integer.numberOfTrailingZeros(a.flag)]++;
                }
            }
            MoneyTotal.Builder actual = MoneyTotal.builder();
            for (DayColumns.Money column : columns) {
                column.addUpTo(CurrencySums.inside(actual), day);
            }
            assertThat(actual.build().withoutZeros()).as("money up to day %d", day)
                    .isEqualTo(expected.build().withoutZeros());
            for (int f = 0; f < FLAGS.length; f++) {
                assertThat(counts[f].upTo(day)).as("flag %d up to day %d", FLAGS[f], day).isEqualTo(n[f]);
            }
        }
    }

    /** Sums of one day, running sums across days and rescaled values that leave a {@code long} stay exact. */
    @Test
    void columnsStayExactWhenASumOrARescaledValueLeavesALong() {
        long big = Long.MAX_VALUE / 10 * 6;
        // the sum of day 1 overflows; the running sum after day 2 would look fine if that went unseen
        assertColumnUpTo(new long[][] {{1, big, 0}, {1, big, 0}, {2, big / 6 * 5, 0}}, 2,
                BigDecimal.valueOf(big).multiply(BigDecimal.valueOf(2)).add(BigDecimal.valueOf(big / 6 * 5)));
        // each day fits, the running sum does not
        assertColumnUpTo(new long[][] {{1, big, 0}, {2, big, 0}}, 2,
                BigDecimal.valueOf(big).multiply(BigDecimal.valueOf(2)));
        // 10^17 at scale 0 does not fit a long at the scale 2 of another value
        assertColumnUpTo(new long[][] {{1, 100_000_000_000_000_000L, 0}, {2, 1, 2}}, 2,
                new BigDecimal("100000000000000000.01"));
    }

    /** Records of {day, unscaled, scale} in USD: the column's sum up to {@code day} is {@code expected}. */
    private static void assertColumnUpTo(long[][] changes, long day, BigDecimal expected) {
        ChangeRecords.Builder b = new ChangeRecords.Builder();
        b.pledge(0);
        for (long[] c : changes) {
            b.money(c[0], UNITS[0], c[1], (int) c[2]);
        }
        MoneyTotal.Builder actual = MoneyTotal.builder();
        b.moneyColumns()[0].addUpTo(CurrencySums.inside(actual), day);
        assertThat(actual.build()).isEqualTo(MoneyTotal.builder().add(UNITS[0], expected).build());
    }

    /**
     * Random records of random pledges.
     *
     * @param sizes 0: small values only; 1: also values near {@code Long.MAX_VALUE}; 2: also values beyond a long
     * @param step the distance between the days used
     */
    private static ChangeRecords.Builder builder(SplittableRandom r, int pledges, List<Added> added, int sizes,
            long step) {
        ChangeRecords.Builder b = new ChangeRecords.Builder();
        for (int p = 0; p < pledges; p++) {
            int donor = r.nextInt(DONORS);
            b.pledge(donor);
            for (int e = r.nextInt(1, 4); e > 0; e--) {
                long day = r.nextInt(DAYS) * step;
                if (r.nextInt(3) == 0) {
                    int flag = FLAGS[r.nextInt(FLAGS.length)];
                    b.flag(day, flag);
                    added.add(new Added(donor, day, flag, -1, null));
                } else {
                    int c = r.nextInt(UNITS.length);
                    BigDecimal value = value(r, c, sizes);
                    b.money(day, UNITS[c], value);
                    added.add(new Added(donor, day, 0, c, value));
                }
            }
        }
        return b;
    }

    private static void assertSumsOf(ChangeRecords records, List<Added> added, long before, long last) {
        long from = before == -2 ? Long.MIN_VALUE : before;

        ChangeRecords.Sums sums = records.sums(from, last, DONORS);

        for (int d = 0; d < DONORS; d++) {
            MoneyTotal.Builder expected = MoneyTotal.builder();
            long[] counts = new long[FLAGS.length];
            for (Added a : added) {
                if (a.donor == d && a.day > from && a.day <= last) {
                    if (a.value != null) {
                        expected.add(UNITS[a.currency], a.value);
                    } else {
                        counts[Integer.numberOfTrailingZeros(a.flag)]++;
                    }
                }
            }
            MoneyTotal.Builder actual = MoneyTotal.builder();
            sums.addMoney(d, CurrencySums.inside(actual));
            assertThat(actual.build().withoutZeros()).as("money of donor %d in (%d, %d]", d, before, last)
                    .isEqualTo(expected.build().withoutZeros());
            assertThat(sums.counted(d, true)).as("counted in, donor %d", d).isEqualTo(counts[0]);
            assertThat(sums.counted(d, false)).as("counted net, donor %d", d).isEqualTo(counts[0] - counts[1]);
            assertThat(sums.unvalued(d, true)).as("unvalued in, donor %d", d).isEqualTo(counts[2]);
            assertThat(sums.unvalued(d, false)).as("unvalued net, donor %d", d).isEqualTo(counts[2] - counts[3]);
        }
    }

    /** Mostly small changes of either sign; now and then one near {@code Long.MAX_VALUE} or beyond it. */
    private static BigDecimal value(SplittableRandom r, int currency, int sizes) {
        int scale = currency == 0 ? 2 : 0;
        int kind = sizes == 0 ? 3 : r.nextInt(20);
        switch (sizes == 1 && kind == 2 ? 3 : kind) {
            case 0:
                return BigDecimal.valueOf(Long.MAX_VALUE - r.nextInt(1000), scale);
            case 1:
                return BigDecimal.valueOf(Long.MIN_VALUE + r.nextInt(1000), scale);
            case 2:
                return new BigDecimal("123456789012345678901234567890").movePointLeft(scale).negate();
            default:
                return BigDecimal.valueOf(r.nextLong(-1_000_000, 10_000_000), scale);
        }
    }
}
