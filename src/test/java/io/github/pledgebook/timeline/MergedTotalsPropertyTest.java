package io.github.pledgebook.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Donor;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Partial totals merge to the whole: split a random book's pledges into parts, take each part's stage totals, ship
 * them through {@link StageTotalCodec} as an engine would between machines, merge them in a random order and
 * grouping, and the result equals the whole book's total and a naive scan of every pledge. This is what makes a
 * Spark job over many files exact.
 */
class MergedTotalsPropertyTest {

    private static final Stage[] STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};

    /** The pledges split into {@code parts} books at random; some parts may be empty. */
    private static List<PledgeBook> split(PledgeBook book, int parts, Random r) {
        List<List<Pledge>> lists = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            lists.add(new ArrayList<>());
        }
        for (Pledge p : book.pledges()) {
            lists.get(r.nextInt(parts)).add(p);
        }
        List<PledgeBook> books = new ArrayList<>();
        lists.forEach(l -> books.add(PledgeBook.of(l)));
        return books;
    }

    /** Ships each total through the codec and merges them in a random order and a random grouping. */
    private static StageTotal shipAndMerge(List<StageTotal> totals, Random r) {
        List<StageTotal> pool = new ArrayList<>();
        totals.forEach(t -> pool.add(StageTotalCodec.decode(StageTotalCodec.encode(t))));
        Collections.shuffle(pool, r);
        while (pool.size() > 1) {
            int i = r.nextInt(pool.size() - 1);
            StageTotal merged = r.nextBoolean() ? pool.get(i).plus(pool.get(i + 1)) : pool.get(i + 1).plus(pool.get(i));
            pool.set(i, merged);
            pool.remove(i + 1);
        }
        return pool.get(0);
    }

    private static void assertSameAsScan(StageTotal merged, ReferenceScan.Part counted, ReferenceScan.Part excluded) {
        assertThat(merged.total()).as("total of %s", merged).isEqualTo(counted.money);
        assertThat(merged.pledgeCount()).as("pledge count of %s", merged).isEqualTo(counted.count);
        assertThat(merged.excludedRegrants()).as("excluded of %s", merged).isEqualTo(excluded.money);
        assertThat(merged.excludedRegrantCount()).as("excluded count of %s", merged).isEqualTo(excluded.count);
    }

    @Property
    void anySplitSummedPerPartAndMergedInAnyOrderEqualsTheWholeBook(@ForAll long seed,
            @ForAll @IntRange(max = 14) int size, @ForAll @IntRange(min = 1, max = 6) int parts,
            @ForAll @IntRange(min = -5, max = 110) int day, @ForAll @IntRange(max = 60) int length) {
        Random r = new Random(seed);
        PledgeBook whole = RandomBooks.book(seed, size);
        List<PledgeBook> books = split(whole, parts, r);
        LocalDate date = RandomBooks.BASE.plusDays(day);
        LocalDateRange window = LocalDateRange.of(date, date.plusDays(length));
        for (Stage s : STAGES) {
            List<StageTotal> asOf = new ArrayList<>();
            List<StageTotal> within = new ArrayList<>();
            for (PledgeBook b : books) {
                asOf.add(b.total(s, date));
                within.add(b.total(s, window));
            }
            StageTotal mergedAsOf = shipAndMerge(asOf, r);
            StageTotal mergedWithin = shipAndMerge(within, r);
            assertThat(mergedAsOf).isEqualTo(whole.total(s, date));
            assertThat(mergedWithin).isEqualTo(whole.total(s, window));
            assertSameAsScan(mergedAsOf, ReferenceScan.asOf(whole.pledges(), s, date, false),
                    ReferenceScan.asOf(whole.pledges(), s, date, true));
            assertSameAsScan(mergedWithin, ReferenceScan.within(whole.pledges(), s, window, false),
                    ReferenceScan.within(whole.pledges(), s, window, true));
        }
    }

    @Property
    void donorTotalsOfPartsMergedPerDonorEqualTheWholeBooksGroups(@ForAll long seed,
            @ForAll @IntRange(max = 14) int size, @ForAll @IntRange(min = 1, max = 6) int parts,
            @ForAll @IntRange(min = -5, max = 110) int day, @ForAll @IntRange(max = 60) int length) {
        // what the Spark example does: per part (file), totals per donor and stage within a window; merged per key
        Random r = new Random(seed);
        PledgeBook whole = RandomBooks.book(seed, size);
        List<PledgeBook> books = split(whole, parts, r);
        LocalDate date = RandomBooks.BASE.plusDays(day);
        LocalDateRange window = LocalDateRange.of(date, date.plusDays(length));
        GroupBy<Donor> byDonor = GroupBy.donor(DonorLevel.AS_RECORDED);
        for (Stage s : STAGES) {
            for (Function<PledgeBook, Grouped<Donor>> query : List.<Function<PledgeBook, Grouped<Donor>>>of(
                    b -> b.within(window).grouped(s, byDonor), b -> b.asOf(date).grouped(s, byDonor))) {
                Map<Donor, List<StageTotal>> perDonor = new HashMap<>();
                for (PledgeBook b : books) {
                    query.apply(b).groups().forEach((donor, t) -> perDonor.computeIfAbsent(donor,
                            k -> new ArrayList<>()).add(t));
                }
                Map<Donor, StageTotal> merged = new HashMap<>();
                perDonor.forEach((donor, totals) -> merged.put(donor, shipAndMerge(totals, r)));
                assertThat(merged).isEqualTo(query.apply(whole).groups());
            }
        }
    }

    @Property
    void mergingIsCommutativeAndAssociative(@ForAll long seed, @ForAll @IntRange(max = 10) int size,
            @ForAll @IntRange(min = -5, max = 110) int day) {
        Random r = new Random(seed);
        List<PledgeBook> books = split(RandomBooks.book(seed, size), 3, r);
        LocalDate date = RandomBooks.BASE.plusDays(day);
        Stage s = STAGES[r.nextInt(STAGES.length)];
        StageTotal a = books.get(0).total(s, date);
        StageTotal b = books.get(1).total(s, date);
        StageTotal c = books.get(2).total(s, date);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        assertThat(a.plus(PledgeBook.empty().total(s, date))).isEqualTo(a);
    }

    @Test
    void totalsOfDifferentStagesDatesOrWindowsDoNotMerge() {
        PledgeBook book = RandomBooks.book(7, 10);
        LocalDate date = RandomBooks.BASE.plusDays(30);
        StageTotal committed = book.total(Stage.COMMITTED, date);
        assertThatThrownBy(() -> committed.plus(book.total(Stage.DISBURSED, date)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only totals of the same stage and the same date or window merge: committed as of "
                        + "2024-01-31 and disbursed as of 2024-01-31");
        assertThatThrownBy(() -> committed.plus(book.total(Stage.COMMITTED, date.plusDays(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as of 2024-02-01");
        assertThatThrownBy(() -> committed.plus(book.total(Stage.COMMITTED, LocalDateRange.of(date, date.plusDays(5)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("committed within 2024-01-31..2024-02-04");
        assertThatThrownBy(() -> committed.plus(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("stage total to merge is required, was null");
    }

    @Test
    void mergedTotalKeepsUnvaluedItemsAndExcludedRegrants() {
        LocalDate date = RandomBooks.BASE.plusDays(80);
        long seed = 1;
        while (RandomBooks.book(seed, 40).total(Stage.ANNOUNCED, date).unvaluedCount() == 0
                || RandomBooks.book(seed, 40).total(Stage.ANNOUNCED, date).excludedRegrantCount() == 0) {
            seed++;
        }
        PledgeBook book = RandomBooks.book(seed, 40);
        StageTotal whole = book.total(Stage.ANNOUNCED, date);
        Random r = new Random(3);
        List<StageTotal> parts = new ArrayList<>();
        split(book, 4, r).forEach(b -> parts.add(b.total(Stage.ANNOUNCED, date)));
        StageTotal merged = shipAndMerge(parts, r);
        assertThat(whole.unvaluedCount()).isPositive();
        assertThat(whole.excludedRegrantCount()).isPositive();
        assertThat(merged.unvaluedCount()).isEqualTo(whole.unvaluedCount());
        assertThat(merged.excludedRegrants()).isEqualTo(whole.excludedRegrants());
        assertThat(merged.toString()).isEqualTo(whole.toString());
        assertThat(merged.total()).isNotEqualTo(MoneyTotal.empty());
    }
}
