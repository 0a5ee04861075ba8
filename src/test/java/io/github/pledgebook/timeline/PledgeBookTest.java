package io.github.pledgebook.timeline;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/** The rules of a pledge book, one example each. */
class PledgeBookTest {

    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate APR_1 = LocalDate.of(2024, 4, 1);
    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    private static MonetaryAmount usd(long units) {
        return Amounts.of(units, "USD");
    }

    private static MonetaryAmount jpy(long units) {
        return Amounts.of(units, "JPY");
    }

    private static Pledge.Builder pledge(String id) {
        return Pledge.builder().id(id).donor(JAPAN).recipient(UKRAINE).category(AidCategory.FINANCIAL)
                .instrument(Instrument.GRANT);
    }

    // --- the book as a whole

    @Test
    void duplicateIdsAreNamed() {
        assertThatThrownBy(() -> PledgeBook.of(List.of(ANTI_DRONE, ANTI_DRONE, RECONSTRUCTION),
                List.of(TOKYO, TOKYO), List.of(GRANT_AGREEMENT), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge book is invalid (2 problems): pledge id jp-nato-antidrone is used by 2 pledges; "
                        + "expected unique ids; conference id jp-ua-erc-2024 is used by 2 conferences; expected "
                        + "unique ids");
    }

    @Test
    void manyDonorsInterleavedAreEachCountedForTheirOwnPledges() {
        // more donors than the builder's small tables of recent donors and parties hold, in an order that
        // keeps evicting them: every pledge must still count for its own donor, built or rebuilt
        List<Donor> donors = new ArrayList<>();
        for (int d = 0; d < 700; d++) {
            donors.add(Donor.of("d" + d, "Donor " + d, DonorKind.GOVERNMENT));
        }
        List<Pledge> pledges = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            int d = (i * 7919) % 700;
            pledges.add(pledge("p" + i).donor(donors.get(d))
                    .addEvent(PledgeEvent.announced(FEB_19, usd(d + 1), MOFA_FEB_19)).build());
        }
        PledgeBook book = PledgeBook.of(pledges);
        for (PledgeBook b : List.of(book, book.asKnownOn(FEB_19))) {
            Grouped<Donor> grouped = b.asOf(FEB_19).grouped(Stage.ANNOUNCED, GroupBy.donor(DonorLevel.AS_RECORDED));
            assertThat(grouped.groups()).hasSize(700);
            for (Donor d : donors) {
                long n = pledges.stream().filter(p -> p.donor() == d).count();
                int units = Integer.parseInt(d.id().substring(1)) + 1;
                assertThat(grouped.groups().get(d).total()).as("total of %s", d)
                        .isEqualTo(MoneyTotal.of(usd(n * units)));
                assertThat(grouped.groups().get(d).pledgeCount()).as("pledges of %s", d).isEqualTo(n);
            }
        }
    }

    @Test
    void aPartyRedefinedAfterManyOthersIsStillFound() {
        List<Pledge> pledges = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Donor d = Donor.of("d" + (i % 700), "Donor " + (i % 700), DonorKind.GOVERNMENT);
            pledges.add(pledge("p" + i).donor(d).addEvent(PledgeEvent.announced(FEB_19, usd(1), MOFA_FEB_19)).build());
        }
        pledges.add(pledge("late").donor(Donor.of("d3", "Another donor", DonorKind.GOVERNMENT))
                .addEvent(PledgeEvent.announced(FEB_19, usd(1), MOFA_FEB_19)).build());
        assertThatThrownBy(() -> PledgeBook.of(pledges)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge book is invalid (1 problem): party id d3 names two different parties; expected one "
                        + "party per id, defined the same way everywhere (same name, kind, country and parent)");
    }

    @Test
    void roundAmountsThatMonetaStoresWithANegativeScaleAddUpExactly() {
        // Moneta strips trailing zeros: USD 280,957,750.00 is stored as 2.8095775E+8, and 1E+20 does not fit a long
        Pledge round = pledge("round").addEvent(PledgeEvent.announced(FEB_19,
                Amounts.of(new BigDecimal("280957750.00"), "USD"), MOFA_FEB_19)).build();
        Pledge cents = pledge("cents").addEvent(PledgeEvent.announced(FEB_19,
                Amounts.of(new BigDecimal("0.05"), "USD"), MOFA_FEB_19)).build();
        Pledge huge = pledge("huge").addEvent(PledgeEvent.announced(MAR_1,
                Amounts.of(new BigDecimal("1E+20"), "USD"), MOFA_FEB_19)).build();
        PledgeBook book = PledgeBook.of(List.of(round, cents, huge));
        assertThat(book.total(Stage.ANNOUNCED, FEB_19).total())
                .isEqualTo(MoneyTotal.of(Amounts.of(new BigDecimal("280957750.05"), "USD")));
        assertThat(book.total(Stage.ANNOUNCED, MAR_1).total())
                .isEqualTo(MoneyTotal.of(Amounts.of(new BigDecimal("100000000000280957750.05"), "USD")));
        assertThat(book.asOf(MAR_1).grouped(Stage.ANNOUNCED, GroupBy.donor(DonorLevel.AS_RECORDED)).groups()
                .get(JAPAN).total()).isEqualTo(book.total(Stage.ANNOUNCED, MAR_1).total());
    }

    @Test
    void referencesThatDoNotResolveAreNamed() {
        assertThatThrownBy(() -> PledgeBook.of(List.of(RECONSTRUCTION), List.of(), List.of(
                Memorandum.builder().from(GRANT_AGREEMENT).pledgeId("jp-erp9").build()), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge book is invalid (3 problems): pledge jp-erp3 names conference jp-ua-erc-2024, "
                        + "which is not in the book; memorandum jp-ua-grant-2024-02-19 names pledge jp-erp9, which "
                        + "is not in the book; memorandum jp-ua-grant-2024-02-19 names conference jp-ua-erc-2024, "
                        + "which is not in the book");
    }

    @Test
    void donorHierarchyCyclesAcrossPledgesAreRefused() {
        Donor a = Donor.of("a", "Agency A", DonorKind.GOVERNMENT_AGENCY);
        Donor b = Donor.of("b", "Agency B", DonorKind.GOVERNMENT_AGENCY);
        Pledge one = pledge("one").donor(a.withParent(b)).addEvent(PledgeEvent.announced(FEB_19, usd(1), MOFA_FEB_19))
                .build();
        Pledge two = pledge("two").donor(b.withParent(a)).addEvent(PledgeEvent.announced(FEB_19, usd(1), MOFA_FEB_19))
                .build();
        assertThatThrownBy(() -> PledgeBook.of(List.of(one, two)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge book is invalid (1 problem): donor hierarchy has a cycle: a -> b -> a; expected "
                        + "each donor's parents to lead up to a top-level donor");
    }

    @Test
    void oneIdNamesOneParty() {
        Pledge other = pledge("other").donor(Donor.government("jp-gov", "Japan", "JP"))
                .addEvent(PledgeEvent.announced(FEB_19, usd(1), MOFA_FEB_19)).build();
        assertThatThrownBy(() -> PledgeBook.of(List.of(ANTI_DRONE, other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("party id jp-gov names two different parties");
    }

    @Test
    void nullsAreRefusedAtTheDoorWithTheirPosition() {
        assertThatThrownBy(() -> PledgeBook.builder().addPledges(ANTI_DRONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("pledge at position 1 is required, was null");
        assertThatThrownBy(() -> FoundingArticle.BOOK.asOf(null))
                .isInstanceOf(NullPointerException.class).hasMessage("as-of date is required, was null");
        assertThatThrownBy(() -> FoundingArticle.BOOK.total(Stage.CANCELLED, FEB_20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage must be one that carries amounts (reported, announced, committed or disbursed), "
                        + "was cancelled");
        assertThatThrownBy(() -> FoundingArticle.BOOK.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 3),
                YearMonth.of(2024, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("last month must not be before the first month, was 2024-01 before 2024-03");
        assertThatThrownBy(() -> FoundingArticle.BOOK.stateOf("nope", FEB_20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge id nope is not in the book; expected one of its 3 pledge ids");
    }

    @Test
    void plusAndWithGiveANewBookAndLeaveTheOldOneUnchanged() {
        PledgeBook before = PledgeBook.of(List.of(ANTI_DRONE));
        PledgeBook after = before.plus(FoundingArticle.GENERATORS);
        PledgeBook paid = after.with(ANTI_DRONE.withEvent(PledgeEvent.disbursed(MAR_1, usd(37_000_000), MOFA_JAN_7)));
        assertThat(before.pledges()).containsExactly(ANTI_DRONE);
        assertThat(after.pledges()).hasSize(2);
        assertThat(after.total(Stage.DISBURSED, MAR_1).total()).hasToString("[] + 1 without value");
        assertThat(paid.total(Stage.DISBURSED, MAR_1).total()).hasToString("[USD 37,000,000] + 1 without value");
        assertThat(paid.pledges()).hasSize(2);
        assertThatThrownBy(() -> before.plus(ANTI_DRONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pledge id jp-nato-antidrone is used by 2 pledges");
        assertThat(FoundingArticle.BOOK).hasToString("PledgeBook[3 pledges, 1 conference, 4 memoranda, 1 milestone]");
        assertThat(PledgeBook.empty().plus(FoundingArticle.BOOK)).isEqualTo(FoundingArticle.BOOK);
    }

    @Test
    void pledgesAreFoundById() {
        assertThat(FoundingArticle.BOOK.pledge("jp-erp3")).contains(RECONSTRUCTION);
        assertThat(FoundingArticle.BOOK.pledge("jp-erp4")).isEmpty();
        assertThat(FoundingArticle.BOOK.memorandum("moc-energy")).contains(FoundingArticle.MOC_ENERGY);
    }

    // --- stage totals

    @Test
    void aRevisionReplacesTheAmountFromItsDate() {
        Pledge revised = pledge("r").addEvent(PledgeEvent.announced(FEB_19, usd(100), MOFA_FEB_19))
                .addEvent(PledgeEvent.announced(MAR_1, usd(120), MOFA_FEB_19)).build();
        PledgeBook book = PledgeBook.of(List.of(revised));
        assertThat(book.total(Stage.ANNOUNCED, FEB_20).total()).isEqualTo(MoneyTotal.of(usd(100)));
        assertThat(book.total(Stage.ANNOUNCED, MAR_1).total()).isEqualTo(MoneyTotal.of(usd(120)));
        assertThat(book.total(Stage.ANNOUNCED, MAR_1).pledgeCount()).isEqualTo(1);
        StageTotal march = book.total(Stage.ANNOUNCED, LocalDateRange.from(YearMonth.of(2024, 3)));
        assertThat(march.total()).as("a revision in the window counts as its difference").isEqualTo(
                MoneyTotal.of(usd(20)));
        assertThat(march.pledgeCount()).as("no new pledge in March").isZero();
    }

    @Test
    void aRevisionInAnotherCurrencyMovesTheAmountBetweenCurrencies() {
        Pledge revised = pledge("r").addEvent(PledgeEvent.reported(FEB_11, usd(106_000_000), KYODO))
                .addEvent(PledgeEvent.reported(FEB_15, jpy(15_800_000_000L), KYODO)).build();
        PledgeBook book = PledgeBook.of(List.of(revised));
        assertThat(book.total(Stage.REPORTED, FEB_20).total()).isEqualTo(MoneyTotal.of(jpy(15_800_000_000L)));
        assertThat(book.total(Stage.REPORTED, LocalDateRange.ofClosed(FEB_15, FEB_15)).total())
                .hasToString("[JPY 15,800,000,000; USD -106,000,000]");
    }

    @Test
    void cancelledPledgesDropOutFromTheCancellationDateButDisbursedMoneyStays() {
        Pledge cancelled = pledge("c").addEvent(PledgeEvent.committed(FEB_19, usd(100), MOFA_FEB_19))
                .addEvent(PledgeEvent.disbursed(MAR_1, usd(40), MOFA_FEB_19))
                .addEvent(PledgeEvent.cancelled(APR_1, MOFA_FEB_19)).build();
        PledgeBook book = PledgeBook.of(List.of(cancelled));
        assertThat(book.total(Stage.COMMITTED, APR_1.minusDays(1)).total()).isEqualTo(MoneyTotal.of(usd(100)));
        assertThat(book.total(Stage.COMMITTED, APR_1).total()).isEqualTo(MoneyTotal.empty());
        assertThat(book.total(Stage.COMMITTED, APR_1).pledgeCount()).isZero();
        assertThat(book.total(Stage.DISBURSED, APR_1).total()).isEqualTo(MoneyTotal.of(usd(40)));
        assertThat(book.total(Stage.COMMITTED, LocalDateRange.from(YearMonth.of(2024, 4))).total())
                .isEqualTo(MoneyTotal.of(usd(-100)));
        assertThat(book.asOf(APR_1).stateOf("c")).hasToString("c on 2024-04-01: cancelled, USD 40");
    }

    @Test
    void tranchesAddUp() {
        Pledge paid = RECONSTRUCTION.withEvent(PledgeEvent.disbursed(MAR_1, jpy(5_000_000_000L), MOFA_FEB_19))
                .withEvent(PledgeEvent.disbursed(APR_1, jpy(800_000_000L), MOFA_FEB_19));
        PledgeBook book = FoundingArticle.BOOK.with(paid);
        assertThat(book.asOf(APR_1).disbursed().total()).hasToString("[JPY 5,800,000,000] + 1 without value");
        assertThat(book.asOf(APR_1).disbursed().pledgeCount()).isEqualTo(2);
        assertThat(book.within(LocalDateRange.from(YearMonth.of(2024, 4))).disbursed().total())
                .isEqualTo(MoneyTotal.of(jpy(800_000_000L)));
        assertThat(book.asOf(APR_1).stateOf("jp-erp3").outstanding()).isEqualTo(MoneyTotal.of(jpy(10_000_000_000L)));
    }

    @Test
    void pooledFundRegrantsAreLeftOutOfTotalsAndReportedAsLeftOut() {
        Pledge regrant = Pledge.builder().id("nato-regrant").donor(NATO_FUND).recipient(UKRAINE)
                .category(AidCategory.MILITARY).instrument(Instrument.GRANT).regrantsPooledFunds(true)
                .addEvent(PledgeEvent.committed(MAR_1, usd(37_000_000), MOFA_JAN_7)).build();
        PledgeBook book = FoundingArticle.BOOK.plus(regrant);
        StageTotal committed = book.asOf(MAR_1).committed();
        assertThat(committed.total()).isEqualTo(MoneyTotal.of(jpy(15_800_000_000L)));
        assertThat(committed.excludedRegrants()).isEqualTo(MoneyTotal.of(usd(37_000_000)));
        assertThat(committed.excludedRegrantCount()).isEqualTo(1);
        assertThat(committed.withRegrants()).hasToString("[JPY 15,800,000,000; USD 37,000,000]");
        assertThat(committed).hasToString("committed as of 2024-03-01: [JPY 15,800,000,000] from 1 pledge; left out "
                + "1 re-grant of pooled funds [USD 37,000,000]");
        Grouped<Donor> byDonor = book.asOf(MAR_1).grouped(Stage.COMMITTED, GroupBy.topLevelDonor());
        assertThat(byDonor.get(NATO_FUND).orElseThrow().total()).isEqualTo(MoneyTotal.empty());
        assertThat(byDonor.get(NATO_FUND).orElseThrow().excludedRegrants()).isEqualTo(MoneyTotal.of(usd(37_000_000)));
    }

    @Test
    void reportedAndAnnouncedTotalsAreNeverAddedTogether() {
        StageTotal reported = FoundingArticle.BOOK.asOf(FEB_20).reported();
        StageTotal announced = FoundingArticle.BOOK.asOf(FEB_20).announced();
        assertThat(reported.stage()).isEqualTo(Stage.REPORTED);
        assertThat(announced.stage()).isEqualTo(Stage.ANNOUNCED);
        assertThat(announced.total().amount("USD")).isEqualTo(usd(37_000_000));
    }

    @Test
    void anUnvaluedAnnouncementBecomesValuedWhenAnAmountArrives() {
        Pledge goods = pledge("g").inKind(io.github.pledgebook.InKind.of("transformers"))
                .addEvent(PledgeEvent.of(FEB_19, Stage.ANNOUNCED, MOFA_FEB_19))
                .addEvent(PledgeEvent.announced(MAR_1, usd(5_000_000), MOFA_FEB_19)).build();
        PledgeBook book = PledgeBook.of(List.of(goods));
        assertThat(book.total(Stage.ANNOUNCED, FEB_20).total()).hasToString("[] + 1 without value");
        assertThat(book.total(Stage.ANNOUNCED, MAR_1).total()).hasToString("[USD 5,000,000]");
    }

    @Test
    void sumsBeyondALongStayExact() {
        BigDecimal big = BigDecimal.valueOf(Long.MAX_VALUE);
        Pledge one = pledge("one").addEvent(PledgeEvent.announced(FEB_19, Amounts.of(big, usd(1).getCurrency()),
                MOFA_FEB_19)).build();
        Pledge two = pledge("two").addEvent(PledgeEvent.announced(FEB_20, Amounts.of(big, usd(1).getCurrency()),
                MOFA_FEB_19)).build();
        PledgeBook book = PledgeBook.of(List.of(one, two));
        assertThat(book.total(Stage.ANNOUNCED, FEB_20).total().decimal(usd(1).getCurrency()))
                .isEqualByComparingTo(big.add(big));
        assertThat(book.total(Stage.ANNOUNCED, LocalDateRange.ofClosed(FEB_20, FEB_20)).total()
                .decimal(usd(1).getCurrency())).isEqualByComparingTo(big);
    }

    @Test
    void donorGroupSumsBeyondALongStayExact() {
        // 18-digit amounts take the long fast path; ten of them overflow a long in the donor's running sum
        BigDecimal eighteenNines = new BigDecimal("999999999999999999");
        List<Pledge> pledges = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pledges.add(pledge("p" + i).addEvent(PledgeEvent.announced(FEB_19.plusDays(i % 3),
                    Amounts.of(eighteenNines, jpy(1).getCurrency()), MOFA_FEB_19)).build());
        }
        // 19 digits do not fit the fast path at all: kept as exact decimals from the start
        pledges.add(pledge("huge").addEvent(PledgeEvent.announced(FEB_20, Amounts.of("50000000000000000.00", "USD"),
                MOFA_FEB_19)).build());
        PledgeBook book = PledgeBook.of(pledges);
        BigDecimal tenTimes = eighteenNines.multiply(BigDecimal.TEN);

        assertThat(book.asOf(MAR_1).grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor()).groups().get(JAPAN).total())
                .isEqualTo(MoneyTotal.of(Amounts.of(tenTimes, jpy(1).getCurrency()),
                        Amounts.of("50000000000000000", "USD")));
        assertThat(book.within(LocalDateRange.ofClosed(FEB_19, MAR_1)).grouped(Stage.ANNOUNCED,
                GroupBy.donor(DonorLevel.AS_RECORDED)).groups().get(JAPAN).total().decimal(jpy(1).getCurrency()))
                .isEqualByComparingTo(tenTimes);
    }

    // --- groupings, series, fulfilment

    @Test
    void agencyMoneyRollsUpToItsGovernmentOrStaysAtTheChosenLevel() {
        Pledge jica = pledge("jica-loan").donor(JICA).instrument(Instrument.LOAN)
                .addEvent(PledgeEvent.committed(MAR_1, jpy(1_000_000_000L), MOFA_FEB_19)).build();
        PledgeBook book = FoundingArticle.BOOK.plus(jica);
        assertThat(book.asOf(MAR_1).grouped(Stage.COMMITTED, GroupBy.topLevelDonor()).groups())
                .containsOnlyKeys(JAPAN);
        assertThat(book.asOf(MAR_1).grouped(Stage.COMMITTED, GroupBy.topLevelDonor()).groups().get(JAPAN).total())
                .isEqualTo(MoneyTotal.of(jpy(16_800_000_000L)));
        assertThat(book.asOf(MAR_1).grouped(Stage.COMMITTED, GroupBy.donor(DonorLevel.depth(1))).groups())
                .containsOnlyKeys(JAPAN, JICA);
        assertThat(book.asOf(MAR_1).fulfilment(DonorLevel.AS_RECORDED)).extracting(Fulfilment::donor)
                .containsExactly(JAPAN, JICA);
        assertThat(DonorLevel.depth(1).of(JAPAN)).isEqualTo(JAPAN);
    }

    @Test
    void aPledgeWithSeveralSectorsCountsInEachAndPledgesWithoutOneAreUngrouped() {
        Grouped<Sector> bySector = FoundingArticle.BOOK.asOf(FEB_20).grouped(Stage.ANNOUNCED, GroupBy.sector());
        assertThat(bySector.groups()).containsOnlyKeys(Sector.RECONSTRUCTION, Sector.MINE_ACTION,
                Sector.INFRASTRUCTURE, Sector.of("anti-drone", "Anti-drone equipment"));
        assertThat(bySector.get(Sector.MINE_ACTION).orElseThrow().total())
                .isEqualTo(MoneyTotal.of(jpy(15_800_000_000L)));
        assertThat(bySector.ungrouped().isEmpty()).isTrue();
        Grouped<AidCategory> byCategory = FoundingArticle.BOOK.asOf(FEB_20).grouped(Stage.ANNOUNCED,
                GroupBy.category());
        assertThat(byCategory.groups().keySet()).containsExactly(AidCategory.FINANCIAL, AidCategory.MILITARY);
        assertThat(FoundingArticle.BOOK.asOf(FEB_20).grouped(Stage.COMMITTED, GroupBy.conference()).groups())
                .containsOnlyKeys(FoundingArticle.TOKYO_REPORTED);
    }

    @Test
    void quarterlyAndYearlySeriesCumulateToTheAsOfTotal() {
        Series<YearQuarter> q = FoundingArticle.BOOK.quarterly(Stage.ANNOUNCED, YearQuarter.of(2023, 4),
                YearQuarter.of(2024, 2));
        assertThat(q.rows()).extracting(r -> r.period().toString()).containsExactly("2023-Q4", "2024-Q1", "2024-Q2");
        assertThat(q.rows().get(2).cumulative()).isEqualTo(FoundingArticle.BOOK.total(Stage.ANNOUNCED,
                LocalDate.of(2024, 6, 30)));
        Series<Year> y = FoundingArticle.BOOK.yearly(Stage.ANNOUNCED, Year.of(2023), Year.of(2024));
        assertThat(y.rows().get(1).inPeriod().total()).hasToString("[JPY 15,800,000,000; USD 37,000,000]");
        assertThat(y.rows().get(1).dates()).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)));
    }

    @Test
    void fulfilmentConvertsOnlyWithTheCallersRates() {
        Fulfilment japan = FoundingArticle.BOOK.asOf(FEB_20).fulfilment().get(0);
        AmountConverter yenAt158 = (amount, target, date) -> Amounts.of(
                Amounts.decimal(amount).divide(BigDecimal.valueOf(158)), target);
        Fulfilment inDollars = japan.convertedTo(usd(1).getCurrency(), FEB_19, yenAt158);
        assertThat(inDollars.announced()).isEqualTo(MoneyTotal.of(usd(137_000_000)));
        assertThat(inDollars.committed()).isEqualTo(MoneyTotal.of(usd(100_000_000)));
        assertThat(inDollars.notYetCommitted()).isEqualTo(MoneyTotal.of(usd(37_000_000)));
        assertThat(inDollars.disbursed()).hasToString("[] + 1 without value");
        assertThat(inDollars.convertedTo()).contains(usd(1).getCurrency());
        assertThat(inDollars.rateDate()).contains(FEB_19);
        assertThat(japan.convertedTo()).isEmpty();
        AmountConverter wrong = (amount, target, date) -> amount;
        assertThatThrownBy(() -> japan.convertedTo(usd(1).getCurrency(), FEB_19, wrong))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected an amount in USD");
    }

    // --- as known on

    @Test
    void aTrancheRecordedLaterHappenedButWasNotYetKnown() {
        LocalDate feb1 = LocalDate.of(2024, 2, 1);
        Pledge late = ANTI_DRONE.withEvent(PledgeEvent.disbursed(feb1, usd(37_000_000), MOFA_JAN_7).withKnownOn(MAR_1));
        PledgeBook book = PledgeBook.of(List.of(late));
        assertThat(book.asOf(FEB_15).disbursed().total()).isEqualTo(MoneyTotal.of(usd(37_000_000)));
        assertThat(book.asKnownOn(FEB_15).asOf(FEB_15).disbursed().total()).isEqualTo(MoneyTotal.empty());
        assertThat(book.asKnownOn(MAR_1).asOf(FEB_15).disbursed().total()).isEqualTo(MoneyTotal.of(usd(37_000_000)));
        assertThat(book.asKnownOn(LocalDate.of(2024, 1, 6)).pledges()).isEmpty();
    }

    @Test
    void theRecordOfADateHoldsOnlyMemorandaAndMilestonesDatedByThen() {
        PledgeBook record = FoundingArticle.BOOK.asKnownOn(FEB_15);
        assertThat(record.memoranda()).isEmpty();
        assertThat(record.milestones()).containsExactly(ARMS_EXPORT_RULES);
        assertThat(record.conferences()).containsExactly(FoundingArticle.TOKYO_REPORTED);
        assertThat(record.pledge("jp-erp3").orElseThrow().history()).hasSize(1);
    }

    @Test
    void aChronicleNeedsAtLeastOneKind() {
        assertThatThrownBy(() -> FoundingArticle.BOOK.chronicle().ofKinds())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kinds must name at least one kind of entry, was none");
        assertThat(FoundingArticle.BOOK.chronicle().ofKinds(EntryKind.MILESTONE).entries())
                .extracting(TimelineEntry::id).containsExactly("jp-arms-export-2023");
    }
}
