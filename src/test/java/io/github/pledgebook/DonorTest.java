package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DonorTest {

    private static final Donor JICA_PROJECT_OFFICE =
            Donor.agency("jp-jica-kyiv", "JICA Ukraine Office", JICA);

    @Test
    void agencyBelongsToItsGovernmentAndTakesItsCountry() {
        assertThat(JICA.parent()).contains(JAPAN);
        assertThat(JICA.kind()).isEqualTo(DonorKind.GOVERNMENT_AGENCY);
        assertThat(JICA.country()).contains("JP");
        assertThat(JICA.depth()).isEqualTo(1);
        assertThat(JICA.topLevel()).isEqualTo(JAPAN);
    }

    @Test
    void topLevelClimbsTheWholeChainAndATopLevelDonorIsItsOwnTop() {
        assertThat(JICA_PROJECT_OFFICE.ancestors()).containsExactly(JICA, JAPAN);
        assertThat(JICA_PROJECT_OFFICE.depth()).isEqualTo(2);
        assertThat(JICA_PROJECT_OFFICE.topLevel()).isEqualTo(JAPAN);
        assertThat(JAPAN.topLevel()).isSameAs(JAPAN);
        assertThat(JAPAN.ancestors()).isEmpty();
        assertThat(NATO_FUND.topLevel()).isSameAs(NATO_FUND);
    }

    @Test
    void isPartOfLooksUpTheChainOnlyAndCountsTheDonorItself() {
        assertThat(JICA_PROJECT_OFFICE.isPartOf(JAPAN)).isTrue();
        assertThat(JICA_PROJECT_OFFICE.isPartOf(JICA)).isTrue();
        assertThat(JICA.isPartOf(JICA)).isTrue();
        assertThat(JAPAN.isPartOf(JICA)).as("a government is not part of its agency").isFalse();
        assertThat(JICA.isPartOf(MOFA)).as("sibling agencies").isFalse();
        assertThat(NATO_FUND.isPartOf(JAPAN)).isFalse();
    }

    @Test
    void isPartOfComparesByIdSoAnEqualCopyOfTheParentMatches() {
        Donor japanAgain = Donor.government("jp-gov", "Government of Japan", "JP");
        assertThat(japanAgain).isEqualTo(JAPAN).isNotSameAs(JAPAN);
        assertThat(JICA.isPartOf(japanAgain)).isTrue();
    }

    @Test
    void aCycleThroughSeveralDonorsIsRejectedNamingTheWholeChain() {
        assertThatThrownBy(() -> JAPAN.withParent(JICA_PROJECT_OFFICE))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("donor jp-gov: parent chain jp-gov -> jp-jica-kyiv -> jp-jica -> jp-gov repeats jp-gov, "
                        + "expected a donor hierarchy without cycles");
        assertThatThrownBy(() -> JAPAN.withParent(JAPAN))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("donor jp-gov: parent chain jp-gov -> jp-gov repeats jp-gov, "
                        + "expected a donor hierarchy without cycles");
    }

    @Test
    void equalityIsByValueParentIncluded() {
        Donor jicaAgain = Donor.agency("jp-jica", "Japan International Cooperation Agency", JAPAN);
        assertThat(jicaAgain).isEqualTo(JICA).hasSameHashCodeAs(JICA);
        Donor orphan = Donor.builder().from(JICA).parent(java.util.Optional.empty()).build();
        assertThat(orphan).isNotEqualTo(JICA);
        assertThat(orphan.topLevel()).isSameAs(orphan);
    }

    @Test
    void toStringNamesKindCountryAndParent() {
        assertThat(JAPAN).hasToString("Donor[jp-gov Government of Japan, government, JP]");
        assertThat(JICA).hasToString(
                "Donor[jp-jica Japan International Cooperation Agency, government agency, JP, part of jp-gov]");
        assertThat(NATO_FUND).hasToString("Donor[nato-capp NATO Comprehensive Assistance Package Trust Fund, trust fund]");
    }
}
