package io.github.pledgebook.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

/** Extreme but valid input to a book answers; absurd input gets a named error, never a JDK exception or an OOM. */
class TimelineHostileInputTest {

    private static final Donor JAPAN = Donor.government("jp-gov", "Government of Japan", "JP");
    private static final Party UKRAINE = Party.of("ua", "Ukraine", "UA");

    private static Pledge announcedOn(String id, Donor donor, LocalDate day, long usd) {
        return Pledge.builder().id(id).donor(donor).recipient(UKRAINE).category(AidCategory.FINANCIAL)
                .instrument(Instrument.GRANT)
                .addEvent(PledgeEvent.announced(day, Amounts.of(usd, "USD"), Source.official("Ministry", day)))
                .build();
    }

    @Test
    void seriesReachTheLastAndFirstYearsOfTheCalendar() {
        PledgeBook book = PledgeBook.of(List.of(announcedOn("last", JAPAN, LocalDate.MAX, 5),
                announcedOn("first", JAPAN, LocalDate.MIN, 7)));
        Series<Year> end = book.yearly(Stage.ANNOUNCED, Year.of(999_999_998), Year.of(999_999_999));
        assertThat(end.rows()).extracting(r -> r.inPeriod().total())
                .containsExactly(MoneyTotal.empty(), MoneyTotal.of(Amounts.of(5, "USD")));
        assertThat(end.rows().get(1).cumulative().total()).isEqualTo(MoneyTotal.of(Amounts.of(12, "USD")));
        Series<Year> start = book.yearly(Stage.ANNOUNCED, Year.of(Year.MIN_VALUE), Year.of(Year.MIN_VALUE + 1));
        assertThat(start.rows()).extracting(r -> r.inPeriod().total())
                .containsExactly(MoneyTotal.of(Amounts.of(7, "USD")), MoneyTotal.empty());
        assertThat(book.monthly(Stage.ANNOUNCED, YearMonth.of(Year.MAX_VALUE, 12), YearMonth.of(Year.MAX_VALUE, 12))
                .rows().get(0).inPeriod().total()).isEqualTo(MoneyTotal.of(Amounts.of(5, "USD")));
        assertThat(book.quarterly(Stage.ANNOUNCED, YearQuarter.of(Year.MAX_VALUE, 4), YearQuarter.of(Year.MAX_VALUE, 4))
                .rows()).hasSize(1);
    }

    @Test
    void aSeriesOfMoreThanTenThousandPeriodsIsRefused() {
        PledgeBook book = PledgeBook.of(List.of(announcedOn("a", JAPAN, LocalDate.of(2024, 1, 1), 5)));
        assertThat(book.yearly(Stage.ANNOUNCED, Year.of(1), Year.of(10_000)).rows()).hasSize(PledgeBook.MAX_PERIODS);
        assertThatThrownBy(() -> book.monthly(Stage.ANNOUNCED, YearMonth.of(Year.MIN_VALUE, 1),
                YearMonth.of(Year.MAX_VALUE, 12))).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a series must have at most 10000 months, was 23999999988 from -999999999-01 to "
                        + "999999999-12");
        assertThatThrownBy(() -> book.yearly(Stage.ANNOUNCED, Year.of(0), Year.of(10_000)))
                .hasMessage("a series must have at most 10000 years, was 10001 from 0 to 10000");
    }

    @Test
    void aPledgeCancelledOnTheDayItWasAnnouncedArrivedAsOneCancelledADayLater() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Source ministry = Source.official("Ministry", d);
        Pledge sameDay = Pledge.builder().from(announcedOn("same", JAPAN, d, 100))
                .addEvent(PledgeEvent.cancelled(d, ministry)).build();
        Pledge nextDay = Pledge.builder().from(announcedOn("next", JAPAN, d, 100))
                .addEvent(PledgeEvent.cancelled(d.plusDays(1), ministry)).build();
        org.threeten.extra.LocalDateRange both = org.threeten.extra.LocalDateRange.ofClosed(d, d.plusDays(1));
        StageTotal same = PledgeBook.of(List.of(sameDay)).within(both).announced();
        StageTotal next = PledgeBook.of(List.of(nextDay)).within(both).announced();
        assertThat(same.pledgeCount()).isEqualTo(next.pledgeCount()).isEqualTo(1);
        assertThat(same.total()).isEqualTo(next.total()).isEqualTo(MoneyTotal.empty());
        assertThat(PledgeBook.of(List.of(sameDay)).within(org.threeten.extra.LocalDateRange.ofClosed(d, d))
                .announced().pledgeCount()).isEqualTo(1);
        assertThat(PledgeBook.of(List.of(sameDay)).asOf(d).announced().pledgeCount()).isZero();
        assertThat(PledgeBook.of(List.of(sameDay)).asOf(d).announced().total()).isEqualTo(MoneyTotal.empty());
    }

    @Test
    void aBookOfADonorHierarchyTenThousandLevelsDeepBuildsGroupsAndTells() {
        Donor top = Donor.government("d0", "Government", "JP");
        Donor bottom = top;
        List<Pledge> pledges = new java.util.ArrayList<>();
        for (int i = 1; i < 10_000; i++) {
            bottom = Donor.agency("d" + i, "Agency " + i, bottom);
            if (i % 1_000 == 0) {
                pledges.add(announcedOn("p" + i, bottom, LocalDate.of(2024, 1, 1), i));
            }
        }
        PledgeBook book = PledgeBook.of(pledges);
        Snapshot asOf = book.asOf(LocalDate.of(2024, 1, 2));
        assertThat(asOf.grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor()).groups()).containsOnlyKeys(top);
        assertThat(asOf.grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor()).get(top).orElseThrow().total())
                .isEqualTo(MoneyTotal.of(Amounts.of(45_000, "USD")));
        assertThat(asOf.grouped(Stage.ANNOUNCED, GroupBy.donor(DonorLevel.depth(5_000))).groups()).hasSize(5);
        assertThat(book.chronicle().involving(top).entries()).hasSize(9);
        assertThat(asOf.fulfilment()).hasSize(1);
    }

    @Test
    void anEventNamingAMemorandumThatIsNotInTheBookIsRefused() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Pledge p = Pledge.builder().id("p1").donor(JAPAN).recipient(UKRAINE).category(AidCategory.FINANCIAL)
                .instrument(Instrument.GRANT).addEvent(PledgeEvent.committed(d, Amounts.of(5, "USD"),
                        Source.official("Ministry", d)).withMemorandumId("nope")).build();
        assertThatThrownBy(() -> PledgeBook.of(List.of(p))).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge book is invalid (1 problem): pledge p1: event on 2024-03-01 names memorandum "
                        + "nope, which is not in the book");
        io.github.pledgebook.Memorandum m = io.github.pledgebook.Memorandum.builder().id("nope").title("Agreement")
                .addParties(JAPAN, UKRAINE).signedOn(d).pledgeId("p1").build();
        assertThat(PledgeBook.builder().addPledges(p).addMemoranda(m).build().pledges()).containsExactly(p);
    }
}
