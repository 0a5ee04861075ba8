package io.github.pledgebook.timeline;

import static io.github.pledgebook.JapanUkraine2024.*;
import static io.github.pledgebook.timeline.FoundingArticle.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Party;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.CurrencyMixException;
import io.github.pledgebook.money.MoneyTotal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/** The founding article end to end: what the book answers on 10, 11, 15 and 20 February 2024. */
class FoundingArticleTest {

    private static final MoneyTotal USD_37M = MoneyTotal.of(Amounts.of(37_000_000, "USD"));
    private static final MoneyTotal USD_106M = MoneyTotal.of(Amounts.of(106_000_000, "USD"));
    private static final MoneyTotal JPY_15_8BN = MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"));
    private static final MoneyTotal BOTH = JPY_15_8BN.plus(USD_37M);
    private static final MoneyTotal ONE_WITHOUT_VALUE = MoneyTotal.empty().plusUnvalued(1);

    @Nested
    class OnFeb10BeforeTheReport {
        private final Snapshot day = BOOK.asOf(FEB_10);

        @Test
        void onlyTheNatoFundPledgeIsAnnounced() {
            assertThat(day.announced().total()).isEqualTo(USD_37M);
            assertThat(day.announced().pledgeCount()).isEqualTo(1);
            assertThat(day.announced()).hasToString("announced as of 2024-02-10: [USD 37,000,000] from 1 pledge");
        }

        @Test
        void nothingIsReportedOrCommittedYet() {
            assertThat(day.reported().total()).isEqualTo(MoneyTotal.empty());
            assertThat(day.committed().total()).isEqualTo(MoneyTotal.empty());
            assertThat(day.reported().pledgeCount()).isZero();
        }

        @Test
        void theGeneratorsAreDisbursedWithoutMoneyValueAndSaySo() {
            assertThat(day.disbursed().total()).isEqualTo(ONE_WITHOUT_VALUE);
            assertThat(day.disbursed().pledgeCount()).isEqualTo(1);
            assertThat(day.disbursed().total()).hasToString("[] + 1 without value");
        }

        @Test
        void theYenPledgeIsNotYetReported() {
            assertThat(day.stateOf("jp-erp3")).hasToString("jp-erp3 on 2024-02-10: not yet reported");
            assertThat(day.stateOf("jp-erp3").stage()).isEmpty();
        }
    }

    @Nested
    class OnFeb11TheReport {
        private final Snapshot day = BOOK.asOf(FEB_11);

        @Test
        void reportedTotalHoldsTheNewspapersDollars() {
            assertThat(day.reported().total()).isEqualTo(USD_106M);
            assertThat(day.reported().pledgeCount()).isEqualTo(1);
        }

        @Test
        void aReportIsNotAnAnnouncement() {
            assertThat(day.announced().total()).isEqualTo(USD_37M);
            assertThat(day.committed().total()).isEqualTo(MoneyTotal.empty());
        }

        @Test
        void theRecordOfFeb10DidNotKnowTheReport() {
            assertThat(BOOK.asKnownOn(FEB_10).asOf(FEB_11).reported().total()).isEqualTo(MoneyTotal.empty());
            assertThat(BOOK.asKnownOn(FEB_11).asOf(FEB_11).reported().total()).isEqualTo(USD_106M);
        }

        @Test
        void theReportCarriesTheExpectedDecisionDate() {
            PledgeState state = day.stateOf("jp-erp3");
            assertThat(state.lastEvent().orElseThrow().expectedDate()).contains(FEB_19);
            assertThat(state).hasToString("jp-erp3 on 2024-02-11: reported, USD 106,000,000");
        }
    }

    @Nested
    class OnFeb15StillOnlyAReport {
        private final Snapshot day = BOOK.asOf(FEB_15);

        @Test
        void totalsAreThoseOfFeb11() {
            for (Stage s : List.of(Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED)) {
                assertThat(day.total(s).total()).as(s.label()).isEqualTo(BOOK.asOf(FEB_11).total(s).total());
            }
        }

        @Test
        void theYenPledgeIsAReportOfDollars() {
            PledgeState state = day.stateOf("jp-erp3");
            assertThat(state.stage()).contains(Stage.REPORTED);
            assertThat(state.amount()).contains(Amounts.of(106_000_000, "USD"));
            assertThat(state.outstanding()).isEqualTo(MoneyTotal.empty());
        }

        @Test
        void theWeekSinceTheReportReportedOnlyIt() {
            Window week = BOOK.within(LocalDateRange.ofClosed(FEB_11, FEB_15));
            assertThat(week.reported().total()).isEqualTo(USD_106M);
            assertThat(week.announced().total()).isEqualTo(MoneyTotal.empty());
        }
    }

    @Nested
    class OnFeb20AfterTheConference {
        private final Snapshot day = BOOK.asOf(FEB_20);

        @Test
        void announcedTotalKeepsYenAndDollarsApart() {
            assertThat(day.announced().total()).isEqualTo(BOTH);
            assertThat(day.announced().pledgeCount()).isEqualTo(2);
            assertThat(day.announced()).hasToString(
                    "announced as of 2024-02-20: [JPY 15,800,000,000; USD 37,000,000] from 2 pledges");
            assertThatThrownBy(() -> day.announced().total().single()).isInstanceOf(CurrencyMixException.class);
        }

        @Test
        void theGrantAgreementIsTheOnlyCommitment() {
            assertThat(day.committed().total()).isEqualTo(JPY_15_8BN);
            assertThat(day.committed().pledgeCount()).isEqualTo(1);
        }

        @Test
        void theReportStaysInTheReportedStageAndIsNeverAddedToTheAnnouncement() {
            assertThat(day.reported().total()).isEqualTo(USD_106M);
            assertThat(day.announced().total().amount("USD")).isEqualTo(Amounts.of(37_000_000, "USD"));
        }

        @Test
        void nothingWithMoneyValueHasBeenDisbursed() {
            assertThat(day.disbursed().total()).isEqualTo(ONE_WITHOUT_VALUE);
        }

        @Test
        void theYenPledgeIsCommittedAndFullyOutstanding() {
            PledgeState state = day.stateOf("jp-erp3");
            assertThat(state.stage()).contains(Stage.COMMITTED);
            assertThat(state.amountAt(Stage.REPORTED)).contains(Amounts.of(106_000_000, "USD"));
            assertThat(state.outstanding()).isEqualTo(JPY_15_8BN);
            assertThat(state).hasToString("jp-erp3 on 2024-02-20: committed, JPY 15,800,000,000");
        }

        @Test
        void fulfilmentOfJapanShowsTheGapsPerCurrency() {
            List<Fulfilment> rows = day.fulfilment();
            assertThat(rows).hasSize(1);
            Fulfilment japan = rows.get(0);
            assertThat(japan.donor()).isEqualTo(JAPAN);
            assertThat(japan.announced()).isEqualTo(BOTH);
            assertThat(japan.committed()).isEqualTo(JPY_15_8BN);
            assertThat(japan.disbursed()).isEqualTo(ONE_WITHOUT_VALUE);
            assertThat(japan.notYetCommitted()).hasToString("[JPY 0; USD 37,000,000]");
            assertThat(japan.outstanding()).hasToString("[JPY 15,800,000,000] + 1 without value");
        }

        @Test
        void moneyThroughTheNatoFundCountsOnceAsJapans() {
            Grouped<Donor> byDonor = day.grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor());
            assertThat(byDonor.groups()).containsOnlyKeys(JAPAN);
            assertThat(byDonor.groups().get(JAPAN).total()).isEqualTo(BOTH);
            Grouped<Party> byChannel = day.grouped(Stage.ANNOUNCED, GroupBy.channel());
            assertThat(byChannel.groups()).containsOnlyKeys(NATO_FUND);
            assertThat(byChannel.groups().get(NATO_FUND).total()).isEqualTo(USD_37M);
            assertThat(byChannel.ungrouped().total()).isEqualTo(JPY_15_8BN);
        }

        @Test
        void theConferencePictureShowsReportedCountsNextToItemisedOnes() {
            ConferencePicture tokyo = BOOK.conferencePicture("jp-ua-erc-2024");
            assertThat(tokyo.pledges()).containsExactly(RECONSTRUCTION);
            assertThat(tokyo.announcedThere().total()).isEqualTo(JPY_15_8BN);
            assertThat(tokyo.committedThere().total()).isEqualTo(JPY_15_8BN);
            assertThat(tokyo.itemisedCount()).isEqualTo(4);
            assertThat(tokyo.memoranda()).extracting(m -> m.id()).containsExactly("jp-ua-grant-2024-02-19",
                    "moc-agriculture", "moc-energy", "moc-infrastructure");
            assertThat(tokyo.memorandaValue()).hasToString("[JPY 15,800,000,000] + 3 without value");
            assertThat(tokyo.reportedCounts()).extracting(Object::toString).containsExactly(
                    "more than 10 memorandums of cooperation expected", "56 documents of cooperation signed");
            assertThat(tokyo.participation()).extracting(Object::toString)
                    .containsExactly("about 100 businesses from Japan", "about 100 businesses from Ukraine");
        }
    }

    @Test
    void firstQuarterOf2024AnnouncedBothPledgesAndCommittedTheYen() {
        Window q1 = BOOK.within(LocalDateRange.from(YearQuarter.of(2024, 1)));
        assertThat(q1.announced().total()).isEqualTo(BOTH);
        assertThat(q1.announced().pledgeCount()).isEqualTo(2);
        assertThat(q1.reported().total()).isEqualTo(USD_106M);
        assertThat(q1.committed().total()).isEqualTo(JPY_15_8BN);
        assertThat(q1.committed()).hasToString(
                "committed within 2024-01-01..2024-03-31: [JPY 15,800,000,000], 1 new pledge");
    }

    @Test
    void monthlySeriesShowsEachMonthsAnnouncementsAndTheRunningTotal() {
        Series<YearMonth> s = BOOK.monthly(Stage.ANNOUNCED, YearMonth.of(2023, 12), YearMonth.of(2024, 2));
        Map<YearMonth, Series.Row<YearMonth>> rows = s.toMap();
        assertThat(rows).containsOnlyKeys(YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        assertThat(rows.get(YearMonth.of(2023, 12)).inPeriod().total()).isEqualTo(MoneyTotal.empty());
        assertThat(rows.get(YearMonth.of(2024, 1)).inPeriod().total()).isEqualTo(USD_37M);
        assertThat(rows.get(YearMonth.of(2024, 2)).inPeriod().total()).isEqualTo(JPY_15_8BN);
        assertThat(rows.get(YearMonth.of(2024, 2)).cumulative().total()).isEqualTo(BOTH);
        assertThat(s).hasToString("announced\n"
                + "2023-12\t[]\tcumulative []\n"
                + "2024-01\t[USD 37,000,000]\tcumulative [USD 37,000,000]\n"
                + "2024-02\t[JPY 15,800,000,000]\tcumulative [JPY 15,800,000,000; USD 37,000,000]\n");
    }

    @Test
    void chronicleTellsTheStoryInOrder() {
        assertThat(BOOK.chronicle().entries()).extracting(Object::toString).containsExactly(
                "2023-12-22 milestone jp-arms-export-2023: Japan revises its arms-export rules and will send "
                        + "Patriot missiles to the US",
                "2024-01-07 announced jp-nato-antidrone: Government of Japan -> NATO Comprehensive Assistance "
                        + "Package Trust Fund -> Ukraine USD 37,000,000 (Ministry of Foreign Affairs of Japan, official)",
                "2024-01-07 disbursed jp-generators: Government of Japan -> Ukraine 80 electric generators "
                        + "(Ministry of Foreign Affairs of Japan, official)",
                "2024-02-11 reported jp-erp3: Government of Japan -> Ukraine USD 106,000,000 (Kyodo News, "
                        + "unnamed sources)",
                "2024-02-19 conference jp-ua-erc-2024: Japan-Ukraine Conference for Promoting Economic Growth and "
                        + "Reconstruction, Tokyo JP",
                "2024-02-19 announced jp-erp3: Government of Japan -> Ukraine JPY 15,800,000,000 (Ministry of "
                        + "Foreign Affairs of Japan, official)",
                "2024-02-19 committed jp-erp3: Government of Japan -> Ukraine JPY 15,800,000,000 (Ministry of "
                        + "Foreign Affairs of Japan, official)",
                "2024-02-19 memorandum jp-ua-grant-2024-02-19: Grant agreement on reconstruction, JPY 15,800,000,000",
                "2024-02-19 memorandum moc-agriculture: Memorandum of cooperation on agriculture",
                "2024-02-19 memorandum moc-energy: Memorandum of cooperation on energy",
                "2024-02-19 memorandum moc-infrastructure: Memorandum of cooperation on infrastructure");
    }

    @Test
    void chronicleFiltersByPeriodDonorAndKind() {
        List<TimelineEntry> feb = BOOK.chronicle().within(LocalDateRange.ofClosed(FEB_10, FEB_20))
                .involving(JAPAN).ofKinds(EntryKind.REPORTED, EntryKind.ANNOUNCED, EntryKind.COMMITTED).entries();
        assertThat(feb).extracting(TimelineEntry::kind)
                .containsExactly(EntryKind.REPORTED, EntryKind.ANNOUNCED, EntryKind.COMMITTED);
        assertThat(BOOK.chronicle().involving(JICA).entries()).extracting(TimelineEntry::id)
                .containsExactly("moc-agriculture", "moc-energy", "moc-infrastructure");
        assertThat(BOOK.chronicle().involving(NATO_FUND).entries()).isEmpty();
    }
}
