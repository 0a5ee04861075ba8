package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

class MemorandumTest {

    private static Memorandum.Builder moc() {
        return Memorandum.builder().id("m1").title("MoC on energy").signedOn(FEB_19);
    }

    @Test
    void theGrantAgreementFormalisesThePledgeAndPointsBack() {
        assertThat(GRANT_AGREEMENT.pledgeId()).contains(RECONSTRUCTION.id());
        assertThat(RECONSTRUCTION.lastEvent().memorandumId()).contains(GRANT_AGREEMENT.id());
        assertThat(GRANT_AGREEMENT.value()).contains(Amounts.of(15_800_000_000L, "JPY"));
        assertThat(GRANT_AGREEMENT).hasToString("Memorandum[jp-ua-grant-2024-02-19 Grant agreement on reconstruction, "
                + "Government of Japan + Ukraine, 2024-02-19, JPY 15,800,000,000]");
    }

    @Test
    void partiesMustBeDistinctByIdWhateverTheirType() {
        Party japanAsOrganization = Party.of("jp-gov", "Japan", "JP");
        assertThatThrownBy(() -> moc().addParties(JAPAN, japanAsOrganization).build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("memorandum m1: party jp-gov is listed twice; expected distinct parties");
        assertThatThrownBy(() -> moc().build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("memorandum m1: expected two or more parties, was 0");
    }

    @Test
    void threeOrMorePartiesMaySign() {
        Memorandum three = moc().addParties(JICA, UA_ECONOMY, UKRAINE).build();
        assertThat(three.parties()).hasSize(3);
        assertThat(three.value()).isEmpty();
        assertThat(three).hasToString("Memorandum[m1 MoC on energy, Japan International Cooperation Agency + "
                + "Ministry of Economy of Ukraine + Ukraine, 2024-02-19]");
    }

    @Test
    void valueIsStoredExactlyAndComparesNumerically() {
        Memorandum fast = moc().addParties(JAPAN, UKRAINE).value(FastMoney.of(100, "JPY")).build();
        Memorandum exact = moc().addParties(JAPAN, UKRAINE).value(Amounts.of("100.00", "JPY")).build();
        assertThat(fast.value().orElseThrow().getContext()).isEqualTo(Amounts.EXACT);
        assertThat(fast).isEqualTo(exact).hasSameHashCodeAs(exact);
    }
}
