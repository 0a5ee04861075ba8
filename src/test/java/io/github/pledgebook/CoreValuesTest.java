package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small queries, defaults and text forms of the core values, each made afresh inside the test. */
class CoreValuesTest {

    @Test
    void factoriesMakeTheValueTheyName() {
        Donor fund = Donor.of("eu-ukf", "Ukraine Facility", DonorKind.MULTILATERAL);
        Figure expected = Figure.moreThan(10, "memorandums");

        assertThat(fund.id()).isEqualTo("eu-ukf");
        assertThat(fund.kind()).isEqualTo(DonorKind.MULTILATERAL);
        assertThat(fund.country()).isEmpty();
        assertThat(fund.parent()).isEmpty();
        assertThat(expected).hasToString("more than 10 memorandums");
        assertThat(expected.precision()).isEqualTo(Figure.Precision.MORE_THAN);
        assertThat(Figure.of(Figure.Precision.AT_LEAST, 3, "visits")).hasToString("at least 3 visits");
        assertThat(Figure.of(Figure.Precision.UP_TO, 1_000, "tonnes")).hasToString("up to 1,000 tonnes");
        assertThat(InKind.of("Patriot missiles")).hasToString("Patriot missiles");
        assertThat(InKind.of("Patriot missiles").quantity()).isEmpty();
        assertThat(InKind.of("electric generators", 80)).hasToString("80 electric generators");
        assertThat(Sector.of("anti-drone", "Anti-drone equipment").name()).isEqualTo("Anti-drone equipment");
        assertThat(Sector.of("demining", "Demining", 15250).name()).isEqualTo("Demining");
    }

    @Test
    void ancestorsOfAFreshHierarchyAreItsParentsNearestFirst() {
        Donor state = Donor.government("de-gov", "Government of Germany", "DE");
        Donor ministry = Donor.agency("de-bmz", "Federal Ministry for Economic Cooperation", state);
        Donor bank = Donor.agency("de-kfw", "KfW", ministry);

        assertThat(bank.ancestors()).containsExactly(ministry, state);
        assertThat(bank.depth()).isEqualTo(2);
        assertThat(bank.topLevel()).isEqualTo(state);
        assertThat(bank.country()).contains("DE");
    }

    @Test
    void aLongCycleIsNamedUpToAReadableLength() {
        Donor d = Donor.government("g", "Government", "JP");
        for (int i = 0; i < 60; i++) {
            d = Donor.agency("agency-" + i, "Agency " + i, d);
        }
        Donor top = d;
        String message = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> top.ancestors().get(top.depth() - 1).withParent(top)).getMessage();

        assertThat(message).startsWith("donor g: parent chain g -> agency-59 -> agency-58 -> ")
                .endsWith(" repeats g, expected a donor hierarchy without cycles");
        assertThat(message.length()).isLessThan(300);
    }

    @Test
    void distinctSectorsHashApart() {
        List<Sector> sectors = List.of(Sector.MINE_ACTION, Sector.ENERGY, Sector.TRANSPORT, Sector.HEALTH);
        assertThat(sectors).extracting(Sector::hashCode).doesNotHaveDuplicates();
        assertThat(Sector.of("health", "Public health")).hasSameHashCodeAs(Sector.HEALTH);
    }

    @Test
    void aPledgeDoesNotRegrantPooledFundsUnlessSaid() {
        assertThat(ANTI_DRONE.regrantsPooledFunds()).isFalse();
        assertThat(Pledge.builder().id("p2").donor(JAPAN).recipient(UKRAINE).category(AidCategory.HUMANITARIAN)
                .instrument(Instrument.GRANT).addEvent(PledgeEvent.announced(FEB_19, Amounts.of(1, "USD"), MOFA_FEB_19))
                .build().regrantsPooledFunds()).isFalse();
        assertThat(Pledge.builder().from(ANTI_DRONE).regrantsPooledFunds(true).build().regrantsPooledFunds()).isTrue();
    }

    @Test
    void eventTextNamesTheMemorandumThatFormalisedIt() {
        PledgeEvent signed = PledgeEvent.committed(FEB_19, Amounts.of(15_800_000_000L, "JPY"), MOFA_FEB_19)
                .withMemorandumId("jp-ua-grant");
        assertThat(signed).hasToString("2024-02-19 committed JPY 15,800,000,000 (Ministry of Foreign Affairs of Japan, "
                + "official), memorandum jp-ua-grant");
        assertThat(signed.withKnownOn(FEB_20).toString()).endsWith(", memorandum jp-ua-grant, known 2024-02-20");
    }

    @Test
    void stageOnADayWithSeveralEventsIsTheFurthest() {
        assertThat(RECONSTRUCTION.stageOn(FEB_19)).contains(Stage.COMMITTED);
        assertThat(RECONSTRUCTION.stageOn(FEB_11)).contains(Stage.REPORTED);
        assertThat(RECONSTRUCTION.stageOn(FEB_10)).isEmpty();
    }

    @Test
    void currencyLookupsGiveTheUnitAskedFor() {
        assertThat(Amounts.currency("CHF").getCurrencyCode()).isEqualTo("CHF");
        assertThat(Amounts.currency("CHF")).isSameAs(Amounts.currency("CHF"));
        assertThat(Amounts.currency("NOK").getDefaultFractionDigits()).isEqualTo(2);
        assertThat(Amounts.of(" 12.5 ", "USD")).isEqualTo(Amounts.of(new BigDecimal("12.50"), "USD"));
    }
}
