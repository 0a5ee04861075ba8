package io.github.pledgebook.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Source;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.threeten.extra.LocalDateRange;

/**
 * The index answers exactly what a naive scan of every pledge answers, on random books: as of any date, within any
 * window, as known on any date, grouped or not. The way threeten-extra checks its ranges against Guava's.
 */
class IndexMatchesScanTest {

    private static final Stage[] STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};

    private static List<LocalDate> interestingDates(PledgeBook book, int extra) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Pledge p : book.pledges()) {
            for (PledgeEvent e : p.history()) {
                dates.add(e.date());
                dates.add(e.date().minusDays(1));
            }
        }
        dates.add(RandomBooks.BASE.minusDays(1));
        dates.add(RandomBooks.BASE.plusDays(extra));
        dates.add(RandomBooks.BASE.plusDays(RandomBooks.SPAN_DAYS + 30));
        return new ArrayList<>(dates);
    }

    private static void assertSame(StageTotal index, ReferenceScan.Part counted, ReferenceScan.Part excluded) {
        assertThat(index.total()).as("total of %s", index).isEqualTo(counted.money);
        assertThat(index.unvaluedCount()).as("unvalued of %s", index).isEqualTo(counted.money.unvaluedCount());
        assertThat(index.pledgeCount()).as("pledge count of %s", index).isEqualTo(counted.count);
        assertThat(index.excludedRegrants()).as("excluded of %s", index).isEqualTo(excluded.money);
        assertThat(index.excludedRegrantCount()).as("excluded count of %s", index).isEqualTo(excluded.count);
    }

    @Property
    void asOfTotalsEqualAScanOfEveryPledge(@ForAll long seed, @ForAll @IntRange(max = 12) int size,
            @ForAll @IntRange(min = -5, max = 130) int extraDay) {
        PledgeBook book = RandomBooks.book(seed, size);
        for (LocalDate d : interestingDates(book, extraDay)) {
            for (Stage s : STAGES) {
                assertSame(book.total(s, d), ReferenceScan.asOf(book.pledges(), s, d, false),
                        ReferenceScan.asOf(book.pledges(), s, d, true));
            }
        }
    }

    @Property
    void asOfTotalsEqualAScanWhenDaysAreTooSpreadOutToCount(@ForAll long seed, @ForAll @IntRange(max = 12) int size) {
        PledgeBook book = RandomBooks.book(seed, size, 1_500);
        for (LocalDate d : interestingDates(book, 0)) {
            for (Stage s : STAGES) {
                assertSame(book.total(s, d), ReferenceScan.asOf(book.pledges(), s, d, false),
                        ReferenceScan.asOf(book.pledges(), s, d, true));
                assertThat(book.asOf(d).grouped(s, GroupBy.donor(DonorLevel.AS_RECORDED)).groups())
                        .as("grouped by donor as of %s", d).isEqualTo(book.asOf(d).grouped(s, GroupBy.of("by scan",
                                p -> List.of(p.donor()), Comparator.comparing(Party::name).thenComparing(Party::id)))
                                .groups());
            }
        }
    }

    @Property
    void totalsEqualAScanWhenEachOfManyCurrenciesHasDaysOfItsOwn(@ForAll long seed) {
        // twelve currencies on disjoint days: the index's shared day axis would outgrow the columns, so it searches
        // each column on its own instead
        Random r = new Random(seed);
        String[] codes = {"USD", "EUR", "JPY", "GBP", "CHF", "CAD", "SEK", "NOK", "AUD", "NZD", "DKK", "PLN"};
        Source source = Source.official("Ministry", RandomBooks.BASE);
        List<Pledge> pledges = new ArrayList<>();
        for (int c = 0; c < codes.length; c++) {
            for (int k = 0; k < 4; k++) {
                LocalDate day = RandomBooks.BASE.plusDays(c * 10L + k * 2L + r.nextInt(2));
                pledges.add(Pledge.builder().id(codes[c] + "-" + k).donor(RandomBooks.JAPAN)
                        .recipient(RandomBooks.UKRAINE).category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                        .addEvent(PledgeEvent.announced(day,
                                Amounts.of(BigDecimal.valueOf(1 + r.nextInt(1_000_000), r.nextInt(3)), codes[c]),
                                source))
                        .build());
            }
        }
        PledgeBook book = PledgeBook.of(pledges);
        List<LocalDate> dates = interestingDates(book, 0);
        for (LocalDate d : dates) {
            assertSame(book.total(Stage.ANNOUNCED, d), ReferenceScan.asOf(pledges, Stage.ANNOUNCED, d, false),
                    ReferenceScan.asOf(pledges, Stage.ANNOUNCED, d, true));
            LocalDateRange window = LocalDateRange.of(d, d.plusDays(1 + r.nextInt(40)));
            assertSame(book.total(Stage.ANNOUNCED, window),
                    ReferenceScan.within(pledges, Stage.ANNOUNCED, window, false),
                    ReferenceScan.within(pledges, Stage.ANNOUNCED, window, true));
        }
    }

    @Property
    void windowTotalsEqualAScanOfEveryPledge(@ForAll long seed, @ForAll @IntRange(max = 12) int size,
            @ForAll @IntRange(min = -5, max = 100) int start, @ForAll @IntRange(max = 60) int length) {
        PledgeBook book = RandomBooks.book(seed, size);
        LocalDate first = RandomBooks.BASE.plusDays(start);
        LocalDateRange window = LocalDateRange.of(first, first.plusDays(length));
        for (Stage s : STAGES) {
            assertSame(book.total(s, window), ReferenceScan.within(book.pledges(), s, window, false),
                    ReferenceScan.within(book.pledges(), s, window, true));
        }
    }

    @Property
    void theRecordAsKnownOnADateEqualsAScanOfTheEventsKnownThen(@ForAll long seed,
            @ForAll @IntRange(max = 10) int size, @ForAll @IntRange(max = 120) int knownDay) {
        PledgeBook book = RandomBooks.book(seed, size);
        LocalDate known = RandomBooks.BASE.plusDays(knownDay);
        List<Pledge> knownPledges = new ArrayList<>();
        book.pledges().forEach(p -> p.asKnownOn(known).ifPresent(knownPledges::add));
        PledgeBook record = book.asKnownOn(known);
        for (LocalDate d : interestingDates(book, knownDay)) {
            for (Stage s : STAGES) {
                assertSame(record.total(s, d), ReferenceScan.asOf(knownPledges, s, d, false),
                        ReferenceScan.asOf(knownPledges, s, d, true));
            }
        }
    }

    @Property
    void donorGroupingsFromTheIndexEqualTheScan(@ForAll long seed, @ForAll @IntRange(max = 12) int size,
            @ForAll @IntRange(min = -5, max = 100) int day, @ForAll @IntRange(max = 60) int length) {
        PledgeBook book = RandomBooks.book(seed, size);
        LocalDate date = RandomBooks.BASE.plusDays(day);
        LocalDateRange window = LocalDateRange.of(date, date.plusDays(length));
        for (DonorLevel level : List.of(DonorLevel.TOP, DonorLevel.AS_RECORDED)) {
            GroupBy<Donor> scan = GroupBy.of("donor by scan", p -> List.of(level.of(p.donor())),
                    Comparator.comparing(Party::name).thenComparing(Party::id));
            for (Stage s : STAGES) {
                Grouped<Donor> fast = book.asOf(date).grouped(s, GroupBy.donor(level));
                Grouped<Donor> slow = book.asOf(date).grouped(s, scan);
                assertThat(fast.groups()).isEqualTo(slow.groups());
                assertThat(fast.ungrouped()).isEqualTo(slow.ungrouped());
                assertThat(book.within(window).grouped(s, GroupBy.donor(level)).groups())
                        .isEqualTo(book.within(window).grouped(s, scan).groups());
            }
        }
    }

    @Property
    void groupsAndUngroupedAddUpToTheIndexTotal(@ForAll long seed, @ForAll @IntRange(max = 12) int size,
            @ForAll @IntRange(min = -5, max = 100) int day, @ForAll @IntRange(max = 60) int length) {
        PledgeBook book = RandomBooks.book(seed, size);
        LocalDate date = RandomBooks.BASE.plusDays(day);
        LocalDateRange window = LocalDateRange.of(date, date.plusDays(length));
        for (Stage s : STAGES) {
            assertSumsTo(book.asOf(date).grouped(s, GroupBy.topLevelDonor()), book.total(s, date));
            assertSumsTo(book.asOf(date).grouped(s, GroupBy.channel()), book.total(s, date));
            assertSumsTo(book.within(window).grouped(s, GroupBy.<Donor>donor(DonorLevel.AS_RECORDED)),
                    book.total(s, window));
            assertSumsTo(book.within(window).grouped(s, GroupBy.<Party>recipient()), book.total(s, window));
        }
    }

    private static <K> void assertSumsTo(Grouped<K> grouped, StageTotal total) {
        MoneyTotal money = grouped.ungrouped().total();
        MoneyTotal excluded = grouped.ungrouped().excludedRegrants();
        long count = grouped.ungrouped().pledgeCount();
        long excludedCount = grouped.ungrouped().excludedRegrantCount();
        for (StageTotal t : grouped.groups().values()) {
            money = money.plus(t.total());
            excluded = excluded.plus(t.excludedRegrants());
            count += t.pledgeCount();
            excludedCount += t.excludedRegrantCount();
        }
        assertThat(money.withoutZeros()).as("groups of %s", total).isEqualTo(total.total());
        assertThat(excluded.withoutZeros()).as("excluded groups of %s", total).isEqualTo(total.excludedRegrants());
        assertThat(count).isEqualTo(total.pledgeCount());
        assertThat(excludedCount).isEqualTo(total.excludedRegrantCount());
    }

    @Property
    void monthlyChangesAddUpToTheCumulativeTotal(@ForAll long seed, @ForAll @IntRange(max = 12) int size) {
        PledgeBook book = RandomBooks.book(seed, size);
        for (Stage s : STAGES) {
            Series<YearMonth> series = book.monthly(s, YearMonth.of(2023, 12), YearMonth.of(2024, 5));
            MoneyTotal running = MoneyTotal.empty();
            for (Series.Row<YearMonth> row : series.rows()) {
                running = running.plus(MoneyTotal.of(row.inPeriod().total().amounts())).withoutZeros();
                Optional<LocalDate> end = row.cumulative().asOf();
                assertThat(end).contains(row.period().atEndOfMonth());
                assertThat(running).as("%s cumulative at %s", s, row.period())
                        .isEqualTo(MoneyTotal.of(row.cumulative().total().amounts()));
            }
        }
    }
}
