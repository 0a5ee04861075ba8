package io.github.pledgebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.PledgeBook;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Events that add to their stage (IATI's further commitments and decommitments) next to events that revise it. */
class AddingEventsTest {

    private static final Source BMZ = Source.of("BMZ", SourceKind.DATASET, LocalDate.of(2022, 12, 31));
    private static final Donor GERMANY = Donor.government("de-gov", "Government of Germany", "DE");
    private static final Party UKRAINE = Party.of("ua", "Ukraine", "UA");

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Pledge pledge(PledgeEvent... events) {
        Pledge.Builder b = Pledge.builder().id("de-1").donor(GERMANY).recipient(UKRAINE)
                .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT);
        for (PledgeEvent e : events) {
            b.addEvent(e);
        }
        return b.build();
    }

    @Test
    void additionsAddUpAndARevisionSupersedesTheAdditionsBeforeIt() {
        Pledge p = pledge(
                PledgeEvent.adding(d(2021, 3, 1), Stage.COMMITTED, Amounts.of(1_000_000, "EUR"), BMZ),
                PledgeEvent.adding(d(2021, 9, 1), Stage.COMMITTED, Amounts.of(500_000, "EUR"), BMZ),
                PledgeEvent.adding(d(2022, 2, 1), Stage.COMMITTED, Amounts.of(-200_000, "EUR"), BMZ),
                PledgeEvent.committed(d(2022, 6, 1), Amounts.of(2_000_000, "EUR"), BMZ),
                PledgeEvent.adding(d(2022, 7, 1), Stage.COMMITTED, Amounts.of(100_000, "EUR"), BMZ));
        assertThat(p.amountAt(Stage.COMMITTED, d(2021, 12, 31))).contains(Amounts.of(1_500_000, "EUR"));
        assertThat(p.amountAt(Stage.COMMITTED, d(2022, 3, 1))).contains(Amounts.of(1_300_000, "EUR"));
        assertThat(p.amountAt(Stage.COMMITTED, d(2022, 6, 1))).contains(Amounts.of(2_000_000, "EUR"));
        assertThat(p.amountOn(d(2022, 12, 31))).contains(Amounts.of(2_100_000, "EUR"));
        PledgeBook book = PledgeBook.of(java.util.List.of(p));
        assertThat(book.asOf(d(2022, 3, 1)).committed().total()).isEqualTo(MoneyTotal.of(Amounts.of(1_300_000, "EUR")));
        assertThat(book.asOf(d(2022, 12, 31)).committed().total())
                .isEqualTo(MoneyTotal.of(Amounts.of(2_100_000, "EUR")));
    }

    @Test
    void aDecommitmentOfEverythingLeavesNothingCommittedAndAnOverCorrectionShowsAsNegative() {
        Pledge p = pledge(PledgeEvent.adding(d(2021, 3, 1), Stage.COMMITTED, Amounts.of(100, "EUR"), BMZ),
                PledgeEvent.adding(d(2021, 4, 1), Stage.COMMITTED, Amounts.of(-100, "EUR"), BMZ),
                PledgeEvent.adding(d(2021, 5, 1), Stage.COMMITTED, Amounts.of(-30, "EUR"), BMZ));
        PledgeBook book = PledgeBook.of(java.util.List.of(p));
        assertThat(book.asOf(d(2021, 4, 1)).committed().total()).isEqualTo(MoneyTotal.empty());
        assertThat(book.asOf(d(2021, 4, 1)).committed().pledgeCount()).isEqualTo(1);
        assertThat(book.asOf(d(2021, 5, 1)).committed().total()).isEqualTo(MoneyTotal.of(Amounts.of(-30, "EUR")));
    }

    @Test
    void aNegativeDisbursementCorrectsTheTranches() {
        Pledge p = pledge(PledgeEvent.disbursed(d(2021, 3, 1), Amounts.of(400, "USD"), BMZ),
                PledgeEvent.adding(d(2021, 4, 1), Stage.DISBURSED, Amounts.of(-50, "USD"), BMZ));
        assertThat(p.disbursedOn(d(2021, 12, 31))).contains(Amounts.of(350, "USD"));
    }

    @Test
    void onlyAnEventThatAddsToItsStageMayBeNegativeOrZero() {
        assertThatThrownBy(() -> PledgeEvent.committed(d(2021, 3, 1), Amounts.of(-5, "USD"), BMZ))
                .hasMessage("event on 2021-03-01 (committed) has amount USD -5, expected a positive amount");
        assertThat(PledgeEvent.adding(d(2021, 3, 1), Stage.COMMITTED, Amounts.of(0, "USD"), BMZ).amount())
                .contains(Amounts.of(0, "USD"));
    }

    @Test
    void aCancellationOrAnEventWithoutAmountCannotAddToItsStage() {
        assertThatThrownBy(() -> PledgeEvent.builder().date(d(2021, 3, 1)).stage(Stage.CANCELLED).source(BMZ)
                .addsToStage(true).build())
                .hasMessage("event on 2021-03-01 (cancelled) adds to its stage, expected a stage that carries amounts:"
                        + " a cancellation adds nothing");
        assertThatThrownBy(() -> PledgeEvent.builder().date(d(2021, 3, 1)).stage(Stage.COMMITTED).source(BMZ)
                .addsToStage(true).build())
                .hasMessageContaining("adds to its stage but has no amount");
    }

    @Test
    void aStageWithAdditionsKeepsOneCurrencySoThatTheRecordAsKnownOnAnyDateStaysValid() {
        assertThatThrownBy(() -> pledge(PledgeEvent.committed(d(2021, 3, 1), Amounts.of(100, "EUR"), BMZ),
                PledgeEvent.committed(d(2021, 4, 1), Amounts.of(100, "JPY"), BMZ),
                PledgeEvent.adding(d(2021, 5, 1), Stage.COMMITTED, Amounts.of(5, "JPY"), BMZ)))
                .hasMessage("pledge de-1: committed amounts are in EUR and JPY, but the event on 2021-05-01 "
                        + "(committed) adds JPY 5 to its stage; a stage with additions keeps one currency");
        // a stage without additions may still change currency by revision
        assertThat(pledge(PledgeEvent.committed(d(2021, 3, 1), Amounts.of(100, "EUR"), BMZ),
                PledgeEvent.committed(d(2021, 4, 1), Amounts.of(100, "JPY"), BMZ),
                PledgeEvent.adding(d(2021, 5, 1), Stage.ANNOUNCED, Amounts.of(5, "USD"), BMZ)).history()).hasSize(3);
    }

    @Test
    void anAdditionAndItsRateDateReadInTheHistory() {
        PledgeEvent e = PledgeEvent.adding(d(2022, 2, 1), Stage.COMMITTED, Amounts.of(-200_000, "EUR"), BMZ)
                .withRateDate(d(2022, 1, 28));
        assertThat(e).hasToString("2022-02-01 committed adds EUR -200,000 (BMZ, dataset), rate date 2022-01-28");
        assertThat(e.addsToStage()).isTrue();
        assertThat(PledgeEvent.committed(d(2022, 2, 1), Amounts.of(5, "EUR"), BMZ).addsToStage()).isFalse();
    }
}
