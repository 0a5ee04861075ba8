package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pledge reads as one line: id, donor, channel, recipient, current amount, furthest stage and its date. */
class PledgeTextTest {

    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);

    @Test
    void anAnnouncedPledgeReadsAsDonorRecipientAmountStageAndDate() {
        Pledge announced = Pledge.builder().id("jp-erp3").donor(JAPAN).recipient(UKRAINE)
                .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                .addEvent(PledgeEvent.announced(FEB_19, Amounts.of(15_800_000_000L, "JPY"), MOFA_FEB_19))
                .build();
        assertThat(announced).hasToString(
                "Pledge[jp-erp3 Government of Japan -> Ukraine JPY 15,800,000,000 announced 2024-02-19]");
    }

    @Test
    void whileOnlyReportedThePledgeShowsTheReportedAmount() {
        assertThat(RECONSTRUCTION.asKnownOn(FEB_15).orElseThrow()).hasToString(
                "Pledge[jp-erp3 Government of Japan -> Ukraine USD 106,000,000 reported 2024-02-11]");
    }

    @Test
    void aPartlyDisbursedPledgeSaysHowMuchOfTheCommitmentWasPaid() {
        Pledge partly = RECONSTRUCTION.withEvent(
                PledgeEvent.disbursed(MAR_1, Amounts.of(5_000_000_000L, "JPY"), MOFA_FEB_19));
        assertThat(partly).hasToString(
                "Pledge[jp-erp3 Government of Japan -> Ukraine JPY 5,000,000,000 of JPY 15,800,000,000 disbursed 2024-03-01]");
        Pledge fully = partly.withEvent(
                PledgeEvent.disbursed(MAR_1, Amounts.of("10800000000.00", "JPY"), MOFA_FEB_19));
        assertThat(fully).hasToString(
                "Pledge[jp-erp3 Government of Japan -> Ukraine JPY 15,800,000,000 disbursed 2024-03-01]");
    }

    @Test
    void aPledgeFirstSeenAsPaidShowsTheTranchesPaid() {
        Pledge paid = Pledge.builder().from(ANTI_DRONE)
                .history(List.of(PledgeEvent.disbursed(JAN_7, Amounts.of(37_000_000, "USD"), MOFA_JAN_7)))
                .build();
        assertThat(paid).hasToString("Pledge[jp-nato-antidrone Government of Japan -> NATO Comprehensive Assistance "
                + "Package Trust Fund -> Ukraine USD 37,000,000 disbursed 2024-01-07]");
    }
}
