package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PledgeLifecycleTest {

    @Test
    void reportThenAnnouncementIsOnePledge() {
        assertThat(RECONSTRUCTION.history()).hasSize(3);
        assertThat(RECONSTRUCTION.history()).extracting(PledgeEvent::stage)
                .containsExactly(Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED);
    }

    @Test
    void nothingIsKnownBeforeTheFirstReport() {
        assertThat(RECONSTRUCTION.stageOn(FEB_10)).isEmpty();
        assertThat(RECONSTRUCTION.amountOn(FEB_10)).isEmpty();
        assertThat(RECONSTRUCTION.isReportOnlyOn(FEB_10)).isFalse();
    }

    @Test
    void onFeb15ThePledgeIsStillOnlyAReport() {
        assertThat(RECONSTRUCTION.stageOn(FEB_15)).contains(Stage.REPORTED);
        assertThat(RECONSTRUCTION.isReportOnlyOn(FEB_15)).isTrue();
        assertThat(RECONSTRUCTION.amountOn(FEB_15)).contains(Amounts.of(106_000_000, "USD"));
    }

    @Test
    void officialYenAmountSupersedesTheReportedDollars() {
        assertThat(RECONSTRUCTION.stageOn(FEB_20)).contains(Stage.COMMITTED);
        assertThat(RECONSTRUCTION.isReportOnlyOn(FEB_20)).isFalse();
        assertThat(RECONSTRUCTION.amountOn(FEB_20)).contains(Amounts.of(15_800_000_000L, "JPY"));
        assertThat(RECONSTRUCTION.amountAt(Stage.REPORTED, FEB_20)).contains(Amounts.of(106_000_000, "USD"));
    }

    @Test
    void historyKeepsTheExpectedDecisionDateAndTheMemorandumLink() {
        assertThat(RECONSTRUCTION.firstEvent().expectedDate()).contains(FEB_19);
        assertThat(RECONSTRUCTION.lastEvent().memorandumId()).contains("jp-ua-grant-2024-02-19");
    }

    @Test
    void outstandingIsCommittedMinusTranches() {
        Pledge paid = RECONSTRUCTION
                .withEvent(PledgeEvent.disbursed(LocalDate.of(2024, 3, 1), Amounts.of(5_000_000_000L, "JPY"), MOFA_FEB_19))
                .withEvent(PledgeEvent.disbursed(LocalDate.of(2024, 4, 1), Amounts.of(800_000_000L, "JPY"), MOFA_FEB_19));
        assertThat(paid.outstandingOn(FEB_20)).contains(Amounts.of(15_800_000_000L, "JPY"));
        assertThat(paid.disbursedOn(LocalDate.of(2024, 3, 15))).contains(Amounts.of(5_000_000_000L, "JPY"));
        assertThat(paid.disbursedOn(LocalDate.of(2024, 4, 1))).contains(Amounts.of(5_800_000_000L, "JPY"));
        assertThat(paid.amountAt(Stage.DISBURSED, LocalDate.of(2024, 4, 1))).contains(Amounts.of(5_800_000_000L, "JPY"));
        assertThat(paid.outstandingOn(LocalDate.of(2024, 4, 1))).contains(Amounts.of(10_000_000_000L, "JPY"));
        assertThat(paid.stageOn(LocalDate.of(2024, 4, 1))).contains(Stage.DISBURSED);
    }

    @Test
    void outstandingIsEmptyWithoutACommitment() {
        assertThat(ANTI_DRONE.outstandingOn(FEB_20)).isEmpty();
        assertThat(ANTI_DRONE.disbursedOn(FEB_20)).isEmpty();
    }

    @Test
    void outstandingRefusesToSubtractAcrossCurrencies() {
        Pledge paidInDollars = RECONSTRUCTION.withEvent(
                PledgeEvent.disbursed(LocalDate.of(2024, 3, 1), Amounts.of(10_000_000, "USD"), MOFA_FEB_19));
        assertThatThrownBy(() -> paidInDollars.outstandingOn(LocalDate.of(2024, 3, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("pledge jp-erp3: committed JPY 15,800,000,000 but disbursed USD 10,000,000; convert both "
                        + "to one currency with a rate table before comparing them");
    }

    @Test
    void revisionIsANewEventAndTheOldAmountStaysInTheHistory() {
        Pledge revised = RECONSTRUCTION.withEvent(
                PledgeEvent.committed(LocalDate.of(2024, 6, 1), Amounts.of(16_000_000_000L, "JPY"), MOFA_FEB_19));
        assertThat(revised.amountOn(LocalDate.of(2024, 6, 1))).contains(Amounts.of(16_000_000_000L, "JPY"));
        assertThat(revised.amountOn(FEB_20)).contains(Amounts.of(15_800_000_000L, "JPY"));
        assertThat(revised.history()).hasSize(4);
        assertThat(RECONSTRUCTION.history()).hasSize(3);
    }

    @Test
    void cancellationEndsTheHistoryAndDropsTheCurrentAmount() {
        Pledge cancelled = ANTI_DRONE.withEvent(PledgeEvent.cancelled(LocalDate.of(2024, 5, 1), MOFA_JAN_7));
        assertThat(cancelled.isCancelledOn(LocalDate.of(2024, 5, 1))).isTrue();
        assertThat(cancelled.isCancelledOn(LocalDate.of(2024, 4, 30))).isFalse();
        assertThat(cancelled.amountOn(LocalDate.of(2024, 5, 1))).isEmpty();
        assertThat(cancelled.amountAt(Stage.ANNOUNCED, LocalDate.of(2024, 5, 1))).contains(Amounts.of(37_000_000, "USD"));
        assertThat(cancelled.toString()).isEqualTo(
                "Pledge[jp-nato-antidrone Government of Japan -> NATO Comprehensive Assistance Package Trust Fund "
                        + "-> Ukraine cancelled 2024-05-01]");
    }

    @Test
    void aHistoryMayStartWithADisbursementOfGoods() {
        Pledge generators = Pledge.builder().id("jp-generators").donor(JAPAN).recipient(UKRAINE)
                .category(AidCategory.HUMANITARIAN).instrument(Instrument.IN_KIND)
                .inKind(InKind.of("electric generators", 80))
                .addEvent(PledgeEvent.of(JAN_7, Stage.DISBURSED, MOFA_JAN_7))
                .build();
        assertThat(generators.stageOn(JAN_7)).contains(Stage.DISBURSED);
        assertThat(generators.amountOn(JAN_7)).isEmpty();
        assertThat(generators.disbursedOn(JAN_7)).isEmpty();
        assertThat(generators).hasToString(
                "Pledge[jp-generators Government of Japan -> Ukraine 80 electric generators disbursed 2024-01-07]");
    }

    @Test
    void asKnownOnHidesFactsLearnedLater() {
        Pledge late = ANTI_DRONE.withEvent(PledgeEvent.disbursed(LocalDate.of(2024, 2, 1), Amounts.of(37_000_000, "USD"),
                MOFA_JAN_7).withKnownOn(LocalDate.of(2024, 3, 1)));
        assertThat(late.asKnownOn(LocalDate.of(2024, 2, 15)).orElseThrow().history()).hasSize(1);
        assertThat(late.asKnownOn(LocalDate.of(2024, 3, 1))).contains(late);
        assertThat(late.asKnownOn(LocalDate.of(2024, 1, 6))).isEmpty();
    }

    @Test
    void withEventLeavesTheOriginalUnchanged() {
        Pledge before = ANTI_DRONE;
        Pledge after = before.withEvent(PledgeEvent.committed(FEB_19, Amounts.of(37_000_000, "USD"), MOFA_FEB_19));
        assertThat(before.history()).hasSize(1);
        assertThat(after.history()).hasSize(2);
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void toStringReadsAsASentence() {
        assertThat(RECONSTRUCTION).hasToString(
                "Pledge[jp-erp3 Government of Japan -> Ukraine JPY 15,800,000,000 committed 2024-02-19]");
        assertThat(ANTI_DRONE).hasToString("Pledge[jp-nato-antidrone Government of Japan -> "
                + "NATO Comprehensive Assistance Package Trust Fund -> Ukraine USD 37,000,000 announced 2024-01-07]");
        assertThat(RECONSTRUCTION.firstEvent()).hasToString(
                "2024-02-11 reported USD 106,000,000 (Kyodo News, unnamed sources), expected 2024-02-19");
    }

    @Test
    void historyIsUnmodifiable() {
        assertThatThrownBy(() -> RECONSTRUCTION.history().add(RECONSTRUCTION.firstEvent()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RECONSTRUCTION.sectors().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void callersListIsCopiedIn() {
        java.util.List<PledgeEvent> events = new java.util.ArrayList<>(ANTI_DRONE.history());
        Pledge p = Pledge.builder().from(ANTI_DRONE).id("copy").history(events).build();
        events.add(PledgeEvent.committed(FEB_19, Amounts.of(1, "USD"), MOFA_FEB_19));
        assertThat(p.history()).hasSize(1);
    }

    @Test
    void stageQueriesNeedADate() {
        assertThatThrownBy(() -> RECONSTRUCTION.stageOn(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("date is required, was null");
        assertThatThrownBy(() -> RECONSTRUCTION.amountAt(Stage.CANCELLED, FEB_20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was cancelled");
        assertThat(RECONSTRUCTION.amountAt(Stage.ANNOUNCED, FEB_15)).isEqualTo(Optional.empty());
    }
}
