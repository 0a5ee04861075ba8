package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyTest {

    @Test
    void partyOfMakesAnOrganizationWhoseCountryIsOptional() {
        Party fund = Party.of("ua-recovery-fund", "Ukraine Recovery Fund");
        assertThat(fund).isInstanceOf(Organization.class).hasToString("Organization[ua-recovery-fund Ukraine Recovery Fund]");
        assertThat(fund.country()).isEmpty();
        assertThat(UKRAINE).hasToString("Organization[ua Ukraine, UA]");
        assertThat(UKRAINE.country()).contains("UA");
    }

    @Test
    void organizationsAreEqualByValue() {
        assertThat(Party.of("ua", "Ukraine", "UA")).isEqualTo(UKRAINE).hasSameHashCodeAs(UKRAINE);
        assertThat(Party.of("ua", "Ukraine")).isNotEqualTo(UKRAINE);
        assertThat(Organization.of("ua", "Ukraine", "UA")).isEqualTo(UKRAINE);
    }

    @Test
    void aDonorAgencyAndARecipientMinistryCanSignOneMemorandum() {
        Memorandum moc = Memorandum.builder()
                .id("moc-agri").title("Memorandum of cooperation on agriculture")
                .addParties(JICA, UA_ECONOMY).signedOn(FEB_19).conferenceId(TOKYO.id())
                .addSubject(Sector.AGRICULTURE)
                .build();
        assertThat(moc.parties()).containsExactly(JICA, UA_ECONOMY);
        assertThat(moc.parties().get(0)).isInstanceOf(Donor.class);
        assertThat(moc).hasToString("Memorandum[moc-agri Memorandum of cooperation on agriculture, "
                + "Japan International Cooperation Agency + Ministry of Economy of Ukraine, 2024-02-19]");
    }
}
