package io.github.pledgebook.timeline;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The edges a user relies on: a window's first and last day, the day of a cancellation, the day a fact became known,
 * the first and last day of a series' periods, and dates at the far ends of the calendar.
 */
class TimelineBoundariesTest {

    private static final LocalDate FEB_29 = LocalDate.of(2024, 2, 29);
    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2024, 3, 31);
    private static final LocalDate APR_1 = LocalDate.of(2024, 4, 1);
    private static final Stage[] STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};

    private static MonetaryAmount usd(long units) {
        return Amounts.of(units, "USD");
    }

    private static Pledge.Builder pledge(String id) {
        return Pledge.builder().id(id).donor(JAPAN).recipient(UKRAINE).category(AidCategory.FINANCIAL)
                .instrument(Instrument.GRANT);
    }

    private static Pledge announcedOn(String id, LocalDate date, long usd) {
        return pledge(id).addEvent(PledgeEvent.announced(date, usd(usd), MOFA_FEB_19)).build();
    }

    // --- windows

    @Test
    void aWindowHoldsItsFirstAndLastDayAndNothingBeyond() {
        PledgeBook book = PledgeBook.of(List.of(announcedOn("last-of-q1", MAR_31, 10),
                announcedOn("first-of-q2", APR_1, 20)));
        Window q1 = book.within(LocalDateRange.from(YearQuarter.of(2024, 1)));
        Window q2 = book.within(LocalDateRange.from(YearQuarter.of(2024, 2)));
        assertThat(q1.announced().total()).isEqualTo(MoneyTotal.of(usd(10)));
        assertThat(q1.announced().pledgeCount()).isEqualTo(1);
        assertThat(q2.announced().total()).isEqualTo(MoneyTotal.of(usd(20)));
        assertThat(q2.announced().pledgeCount()).isEqualTo(1);
        assertThat(book.within(LocalDateRange.ofClosed(MAR_31, MAR_31)).announced().total())
                .isEqualTo(MoneyTotal.of(usd(10)));
        assertThat(book.within(LocalDateRange.of(MAR_1, MAR_31)).announced().total())
                .as("the end of a range is exclusive").isEqualTo(MoneyTotal.empty());
        assertThat(book.within(LocalDateRange.of(MAR_1, MAR_31)).announced().pledgeCount()).isZero();
        assertThat(book.within(LocalDateRange.ofClosed(MAR_31, APR_1)).announced().total())
                .isEqualTo(MoneyTotal.of(usd(30)));
        assertThat(book.within(LocalDateRange.ofClosed(MAR_31, APR_1)).announced().pledgeCount()).isEqualTo(2);
    }

    @Test
    void aWindowOpenAtEitherEndReachesEveryDateOnThatSide() {
        PledgeBook book = PledgeBook.of(List.of(announcedOn("early", LocalDate.of(1990, 1, 1), 1),
                announcedOn("late", LocalDate.of(2090, 1, 1), 2)));
        assertThat(book.within(LocalDateRange.ofUnboundedStart(MAR_1)).announced().total())
                .isEqualTo(MoneyTotal.of(usd(1)));
        assertThat(book.within(LocalDateRange.ofUnboundedEnd(MAR_1)).announced().total())
                .isEqualTo(MoneyTotal.of(usd(2)));
        assertThat(book.within(LocalDateRange.ALL).announced().total()).isEqualTo(MoneyTotal.of(usd(3)));
        assertThat(book.within(LocalDateRange.ALL).announced().pledgeCount()).isEqualTo(2);
    }

    @Test
    void anAsOfTotalCountsEventsOnItsDayButNotTheDayAfter() {
        PledgeBook book = PledgeBook.of(List.of(announcedOn("a", MAR_1, 10)));
        assertThat(book.total(Stage.ANNOUNCED, MAR_1.minusDays(1)).total()).isEqualTo(MoneyTotal.empty());
        assertThat(book.total(Stage.ANNOUNCED, MAR_1).total()).isEqualTo(MoneyTotal.of(usd(10)));
        assertThat(book.total(Stage.ANNOUNCED, MAR_1).pledgeCount()).isEqualTo(1);
    }

    // --- cancellations

    @Test
    void aCancellationTakesEffectOnItsOwnDay() {
        Pledge cancelled = pledge("c").addEvent(PledgeEvent.announced(MAR_1, usd(100), MOFA_FEB_19))
                .addEvent(PledgeEvent.cancelled(APR_1, MOFA_FEB_19)).build();
        PledgeBook book = PledgeBook.of(List.of(cancelled, announcedOn("kept", MAR_1, 5)));
        assertThat(book.total(Stage.ANNOUNCED, MAR_31).total()).isEqualTo(MoneyTotal.of(usd(105)));
        assertThat(book.total(Stage.ANNOUNCED, MAR_31).pledgeCount()).isEqualTo(2);
        assertThat(book.total(Stage.ANNOUNCED, APR_1).total()).isEqualTo(MoneyTotal.of(usd(5)));
        assertThat(book.total(Stage.ANNOUNCED, APR_1).pledgeCount()).isEqualTo(1);
        StageTotal april = book.within(LocalDateRange.ofClosed(APR_1, APR_1)).announced();
        assertThat(april.total()).as("minus what was counted").isEqualTo(MoneyTotal.of(usd(-100)));
        assertThat(april.pledgeCount()).as("a cancellation is no arrival").isZero();
        assertThat(book.within(LocalDateRange.ofClosed(MAR_1, MAR_31)).announced().total())
                .isEqualTo(MoneyTotal.of(usd(105)));
        assertThat(book.within(LocalDateRange.ofClosed(MAR_1, APR_1)).announced().total())
                .as("arrived and cancelled within the window").isEqualTo(MoneyTotal.of(usd(5)));
        assertThat(book.within(LocalDateRange.ofClosed(MAR_1, APR_1)).announced().pledgeCount()).isEqualTo(2);
        Grouped<io.github.pledgebook.Donor> grouped = book.within(LocalDateRange.ofClosed(APR_1, APR_1))
                .grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor());
        assertThat(grouped.get(JAPAN).orElseThrow().total()).isEqualTo(MoneyTotal.of(usd(-100)));
        assertThat(grouped.get(JAPAN).orElseThrow().pledgeCount()).isZero();
        assertThat(book.asOf(APR_1).grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor()).get(JAPAN).orElseThrow()
                .pledgeCount()).isEqualTo(1);
    }

    @Test
    void anUnvaluedItemLeavesTheCountWhenCancelled() {
        Pledge goods = pledge("g").inKind(io.github.pledgebook.InKind.of("transformers", 10))
                .addEvent(PledgeEvent.of(MAR_1, Stage.ANNOUNCED, MOFA_FEB_19))
                .addEvent(PledgeEvent.cancelled(APR_1, MOFA_FEB_19)).build();
        PledgeBook book = PledgeBook.of(List.of(goods));
        assertThat(book.total(Stage.ANNOUNCED, MAR_31).unvaluedCount()).isEqualTo(1);
        assertThat(book.total(Stage.ANNOUNCED, APR_1).unvaluedCount()).isZero();
        assertThat(book.within(LocalDateRange.ofClosed(MAR_1, APR_1)).announced().unvaluedCount())
                .as("the arrival is counted in the window").isEqualTo(1);
        assertThat(book.within(LocalDateRange.ofClosed(APR_1, APR_1)).announced().unvaluedCount()).isZero();
        assertThat(book.asOf(MAR_31).grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor()).get(JAPAN).orElseThrow()
                .unvaluedCount()).isEqualTo(1);
        assertThat(book.asOf(APR_1).grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor()).groups()).isEmpty();
    }

    // --- known-on dates

    @Test
    void aFactBelongsToTheRecordFromTheDayItBecameKnown() {
        LocalDate feb1 = LocalDate.of(2024, 2, 1);
        Pledge late = ANTI_DRONE.withEvent(PledgeEvent.disbursed(feb1, usd(37_000_000), MOFA_JAN_7)
                .withKnownOn(MAR_1));
        PledgeBook book = FoundingArticle.book().with(late);
        assertThat(book.asKnownOn(FEB_29).asOf(MAR_1).disbursed().total()).hasToString("[] + 1 without value");
        assertThat(book.asKnownOn(MAR_1).asOf(MAR_1).disbursed().total())
                .hasToString("[USD 37,000,000] + 1 without value");
        assertThat(book.asKnownOn(FEB_29).stateOf("jp-nato-antidrone", MAR_1).events()).hasSize(1);
        assertThat(book.asKnownOn(MAR_1).stateOf("jp-nato-antidrone", MAR_1).events()).hasSize(2);
    }

    @Test
    void memorandaAndMilestonesBelongToTheRecordFromTheirOwnDate() {
        PledgeBook book = FoundingArticle.book();
        assertThat(book.asKnownOn(FEB_19.minusDays(1)).memoranda()).isEmpty();
        assertThat(book.asKnownOn(FEB_19).memoranda()).hasSize(4);
        assertThat(book.asKnownOn(DEC_22.minusDays(1)).milestones()).isEmpty();
        assertThat(book.asKnownOn(DEC_22).milestones()).containsExactly(ARMS_EXPORT_RULES);
        assertThat(book.asKnownOn(DEC_22.minusDays(1)).conferences()).as("conferences are always in the record")
                .hasSize(1);
        assertThat(book.asKnownOn(FEB_11.minusDays(1)).pledge("jp-erp3")).as("no event of it known yet").isEmpty();
        assertThat(book.asKnownOn(FEB_11).pledge("jp-erp3")).isPresent();
    }

    @Test
    void theRecordOfALaterDateIsTheWholeBook() {
        PledgeBook book = FoundingArticle.book();
        assertThat(book.asKnownOn(LocalDate.of(2030, 1, 1))).isEqualTo(book);
        assertThat(book.asKnownOn(DEC_22.minusDays(1))).hasToString(
                "PledgeBook[0 pledges, 1 conference, 0 memoranda, 0 milestones]");
    }

    // --- series

    @Test
    void aSeriesOfOnePeriodIsOneRow() {
        PledgeBook book = FoundingArticle.book();
        Series<YearMonth> feb = book.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 2), YearMonth.of(2024, 2));
        assertThat(feb.rows()).hasSize(1);
        assertThat(feb.rows().get(0).period()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(feb.rows().get(0).dates()).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2024, 2, 1), FEB_29));
        assertThat(feb.rows().get(0).cumulative().asOf()).contains(FEB_29);
        Series<YearQuarter> q1 = book.quarterly(Stage.COMMITTED, YearQuarter.of(2024, 1), YearQuarter.of(2024, 1));
        assertThat(q1.rows()).hasSize(1);
        assertThat(q1.rows().get(0).dates()).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2024, 1, 1), MAR_31));
        assertThat(q1.rows().get(0).inPeriod().total()).hasToString("[JPY 15,800,000,000]");
        assertThat(q1.rows().get(0).cumulative().asOf()).contains(MAR_31);
        Series<Year> y = book.yearly(Stage.REPORTED, Year.of(2024), Year.of(2024));
        assertThat(y.rows()).hasSize(1);
        assertThat(y.rows().get(0).cumulative().asOf()).contains(LocalDate.of(2024, 12, 31));
        assertThat(y.toString()).isEqualTo("reported\n2024\t[USD 106,000,000]\tcumulative [USD 106,000,000]\n");
    }

    @Test
    void anEventOnAPeriodsLastDayBelongsToThatPeriodAndTheNextDayToTheNext() {
        PledgeBook book = PledgeBook.of(List.of(announcedOn("leap-day", FEB_29, 1), announcedOn("march", MAR_1, 2),
                announcedOn("new-year", LocalDate.of(2025, 1, 1), 4), announcedOn("old-year",
                        LocalDate.of(2024, 12, 31), 8)));
        Series<YearMonth> months = book.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 2), YearMonth.of(2024, 3));
        assertThat(months.toMap().get(YearMonth.of(2024, 2)).inPeriod().total()).isEqualTo(MoneyTotal.of(usd(1)));
        assertThat(months.toMap().get(YearMonth.of(2024, 3)).inPeriod().total()).isEqualTo(MoneyTotal.of(usd(2)));
        assertThat(months.toMap().get(YearMonth.of(2024, 3)).cumulative().total()).isEqualTo(MoneyTotal.of(usd(3)));
        Series<YearQuarter> quarters = book.quarterly(Stage.ANNOUNCED, YearQuarter.of(2024, 4),
                YearQuarter.of(2025, 1));
        assertThat(quarters.rows()).extracting(r -> r.inPeriod().total())
                .containsExactly(MoneyTotal.of(usd(8)), MoneyTotal.of(usd(4)));
        assertThat(quarters.rows().get(1).dates()).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31)));
        Series<Year> years = book.yearly(Stage.ANNOUNCED, Year.of(2023), Year.of(2025));
        assertThat(years.rows()).extracting(r -> r.inPeriod().total()).containsExactly(MoneyTotal.empty(),
                MoneyTotal.of(usd(11)), MoneyTotal.of(usd(4)));
        assertThat(years.rows()).extracting(r -> r.inPeriod().pledgeCount()).containsExactly(0L, 3L, 1L);
        assertThat(years.toMap().keySet()).containsExactly(Year.of(2023), Year.of(2024), Year.of(2025));
    }

    @Test
    void aSeriesAcrossTheYearEndRunsMonthByMonth() {
        Series<YearMonth> s = FoundingArticle.book().monthly(Stage.DISBURSED, YearMonth.of(2023, 11),
                YearMonth.of(2024, 2));
        assertThat(s.rows()).extracting(Series.Row::period).containsExactly(YearMonth.of(2023, 11),
                YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        assertThat(s.rows().get(2).inPeriod()).hasToString("disbursed within 2024-01-01..2024-01-31: [] + 1 without "
                + "value, 1 new pledge");
    }

    // --- the far ends of the calendar

    static Stream<Arguments> farDates() {
        long d0 = LocalDate.of(2024, 1, 1).toEpochDay();
        long min = LocalDate.MIN.toEpochDay();
        long max = LocalDate.MAX.toEpochDay();
        long two30 = 1L << 30;
        long two31 = 1L << 31;
        return Stream.of(
                Arguments.of("the first and last days of the calendar", new long[] {max - 6, min + 9, d0, min + 5,
                    max - 10}),
                Arguments.of("exactly 2^31 days apart", new long[] {d0 + two31, d0, d0 + two30}),
                Arguments.of("2^31 - 1 days apart", new long[] {d0 + two31 - 1, d0, d0 + 7}),
                Arguments.of("around epoch day 2^30", new long[] {two30 + 3, two30 - 5, two30 - 1}),
                Arguments.of("millions of years before and after 1970", new long[] {3 * two30, -3 * two30, 0}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("farDates")
    void totalsAreExactAtTheFarEndsOfTheCalendar(String where, long[] epochDays) {
        List<LocalDate> days = new ArrayList<>();
        for (long d : epochDays) {
            days.add(LocalDate.ofEpochDay(d));
        }
        List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(days));
        List<Pledge> pledges = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            pledges.add(announcedOn("a" + i, days.get(i), 1L << i));
            pledges.add(pledge("d" + i).inKind(io.github.pledgebook.InKind.of("generators", 1 + i))
                    .addEvent(PledgeEvent.of(days.get(i), Stage.DISBURSED, Amounts.of(10L << i, "EUR"), MOFA_FEB_19))
                    .build());
        }
        Pledge.Builder travelling = pledge("t").addEvent(PledgeEvent.committed(sorted.get(0), usd(1000), MOFA_FEB_19));
        for (int i = 1; i < sorted.size() - 1; i++) {
            travelling.addEvent(PledgeEvent.committed(sorted.get(i), Amounts.of(500L + i, "JPY"), MOFA_FEB_19));
        }
        pledges.add(0, travelling.addEvent(PledgeEvent.cancelled(sorted.get(sorted.size() - 1), MOFA_FEB_19)).build());
        PledgeBook book = PledgeBook.of(pledges);

        long all = (1L << days.size()) - 1;
        assertThat(book.total(Stage.ANNOUNCED, sorted.get(sorted.size() - 1)).total()).as(where)
                .isEqualTo(MoneyTotal.of(usd(all)));
        for (LocalDate d : sorted) {
            for (LocalDate q : List.of(d.minusDays(1), d, d.plusDays(1))) {
                for (Stage s : STAGES) {
                    assertSameAsScan(book.total(s, q), ReferenceScan.asOf(book.pledges(), s, q, false), where);
                }
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i; j < sorted.size(); j++) {
                LocalDateRange window = LocalDateRange.ofClosed(sorted.get(i), sorted.get(j));
                for (Stage s : STAGES) {
                    assertSameAsScan(book.total(s, window), ReferenceScan.within(book.pledges(), s, window, false),
                            where);
                }
            }
        }
    }

    private static void assertSameAsScan(StageTotal index, ReferenceScan.Part scan, String where) {
        assertThat(index.total()).as("%s: %s", where, index).isEqualTo(scan.money);
        assertThat(index.pledgeCount()).as("%s: count of %s", where, index).isEqualTo(scan.count);
    }

    @Test
    void theOrderOfPledgesInTheBookDoesNotChangeAnyTotal() {
        List<Pledge> pledges = new ArrayList<>(FoundingArticle.book().pledges());
        pledges.add(announcedOn("x", LocalDate.of(2024, 1, 20), 3));
        List<io.github.pledgebook.Conference> tokyo = List.of(FoundingArticle.TOKYO_REPORTED);
        PledgeBook forward = PledgeBook.of(pledges, tokyo, FoundingArticle.book().memoranda(), List.of());
        java.util.Collections.reverse(pledges);
        PledgeBook backward = PledgeBook.of(pledges, tokyo, FoundingArticle.book().memoranda(), List.of());
        for (LocalDate d : List.of(JAN_7, LocalDate.of(2024, 1, 20), FEB_11, FEB_19, FEB_20)) {
            for (Stage s : STAGES) {
                assertThat(backward.total(s, d)).isEqualTo(forward.total(s, d));
            }
        }
        assertThat(Arrays.asList(backward.chronicle().entries().toArray()))
                .isEqualTo(Arrays.asList(forward.chronicle().entries().toArray()));
    }
}
