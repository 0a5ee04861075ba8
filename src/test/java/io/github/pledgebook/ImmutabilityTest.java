package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.DatedAmount;
import io.github.pledgebook.money.ExchangeRate;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ImmutabilityTest {

    private static void refused(ThrowingCallable mutation) {
        assertThatThrownBy(mutation).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyReturnedCollectionIsUnmodifiable() {
        refused(() -> TOKYO.aliases().add("Tokyo conference"));
        refused(() -> TOKYO.hosts().remove(0));
        refused(() -> TOKYO.participation().clear());
        refused(() -> TOKYO.themes().add(Sector.HEALTH));
        refused(() -> TOKYO.reportedCounts().add(Figure.exactly(56, "documents signed")));
        refused(() -> GRANT_AGREEMENT.parties().add(JICA));
        refused(() -> GRANT_AGREEMENT.subjects().clear());
        refused(() -> ARMS_EXPORT_RULES.parties().add(UKRAINE));
        refused(() -> JICA.ancestors().clear());
        refused(() -> ANTI_DRONE.sectors().add(Sector.DEFENCE));
    }

    @Test
    void changingTheCallersListAfterBuildingChangesNothing() {
        List<String> aliases = new ArrayList<>(List.of("Tokyo reconstruction conference"));
        List<Party> parties = new ArrayList<>(List.of(JAPAN, UKRAINE));
        List<Sector> sectors = new ArrayList<>(List.of(Sector.ENERGY));

        Conference conference = Conference.builder().from(TOKYO).aliases(aliases).build();
        Memorandum memorandum = Memorandum.builder().from(GRANT_AGREEMENT).parties(parties).build();
        Pledge pledge = Pledge.builder().from(ANTI_DRONE).sectors(sectors).build();

        aliases.add("a name added later");
        parties.clear();
        sectors.add(Sector.DEFENCE);

        assertThat(conference.aliases()).containsExactly("Tokyo reconstruction conference");
        assertThat(memorandum.parties()).containsExactly(JAPAN, UKRAINE);
        assertThat(pledge.sectors()).containsExactly(Sector.ENERGY);
    }

    @Test
    void changingTheCallersArrayAfterBuildingChangesNothing() {
        Party[] parties = {JAPAN};
        Milestone milestone = Milestone.of("m", DEC_22, "Rules change", MOFA_DEC_22, parties);
        parties[0] = UKRAINE;
        assertThat(milestone.parties()).containsExactly(JAPAN);
    }

    @Test
    void withMethodsReturnNewValuesAndLeaveTheOriginalAlone() {
        Source withUrl = KYODO.withUrl("https://example.org/report");
        PledgeEvent first = RECONSTRUCTION.firstEvent();
        PledgeEvent noted = first.withNote("figure converted by the newspaper");
        assertThat(KYODO.url()).isEmpty();
        assertThat(withUrl).isNotSameAs(KYODO);
        assertThat(first.note()).isEmpty();
        assertThat(noted.note()).contains("figure converted by the newspaper");
        assertThat(RECONSTRUCTION.firstEvent()).isSameAs(first);
    }

    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final CurrencyUnit JPY = Amounts.currency("JPY");

    private static RateTable ecb() {
        return RateTable.parse("EUR/JPY 161.59 2024-02-19 ECB\nEUR/USD 1.0776 2024-02-19 ECB");
    }

    @Test
    void everyCollectionAMoneyValueReturnsIsUnmodifiable() {
        MoneyTotal total = MoneyTotal.of(Amounts.of(1, "USD"), Amounts.of(2, "JPY"));
        RateTable rates = ecb();
        ExchangeRate cross = rates.rate(JPY, USD, FEB_19);
        ConvertedTotal usd = rates.convert(total, USD, FEB_19);

        refused(() -> total.currencies().add(Amounts.currency("EUR")));
        refused(() -> total.amounts().add(Amounts.of(3, "EUR")));
        refused(() -> total.toMap().put(Amounts.currency("EUR"), BigDecimal.ONE));
        refused(() -> total.toMap().clear());
        refused(() -> rates.pivots().clear());
        refused(() -> rates.currencies().clear());
        refused(() -> cross.legs().clear());
        refused(() -> cross.fixings().clear());
        refused(() -> cross.getExchangeRateChain().clear());
        refused(() -> rates.rate(USD, USD, FEB_19).getExchangeRateChain().clear());
        refused(() -> usd.conversions().clear());
        refused(() -> usd.rates().clear());
        refused(() -> usd.fixings().clear());
        refused(() -> usd.conversions().get(0).fixings().clear());
    }

    @Test
    void changingTheCallersCollectionsAfterBuildingChangesNoMoneyValue() {
        List<MonetaryAmount> amounts = new ArrayList<>(List.of(Amounts.of(1, "USD")));
        Map<String, BigDecimal> perEuro = new HashMap<>(Map.of("JPY", new BigDecimal("161.59")));
        Map<java.time.LocalDate, BigDecimal> series = new HashMap<>(Map.of(FEB_19, new BigDecimal("150.3")));
        List<DatedAmount> dated = new ArrayList<>(List.of(DatedAmount.of(FEB_19, Amounts.of(10, "USD"))));

        MoneyTotal total = MoneyTotal.of(amounts);
        RateTable.Builder builder = RateTable.builder().addFixings(FEB_19, "ECB", "EUR", perEuro)
                .addSeries("USD", "JPY", "Fed H.10", series);
        perEuro.put("JPY", new BigDecimal("1"));
        perEuro.put("USD", new BigDecimal("1"));
        series.put(FEB_20, new BigDecimal("151"));
        RateTable rates = builder.build();
        ConvertedTotal converted = rates.convertEach(dated, JPY);
        amounts.add(Amounts.of(5, "USD"));
        dated.add(DatedAmount.of(FEB_19, Amounts.of(5, "USD")));
        builder.add("EUR", "GBP", new BigDecimal("0.85"), FEB_19, "ECB").pivot("USD");

        assertThat(total).isEqualTo(MoneyTotal.of(Amounts.of(1, "USD")));
        assertThat(rates.size()).isEqualTo(2);
        assertThat(rates.pivots()).extracting(CurrencyUnit::getCurrencyCode).containsExactly("JPY");
        assertThat(rates.rate("EUR", "JPY", FEB_19, io.github.pledgebook.money.RateLookup.exactDate()).value())
                .isEqualByComparingTo("161.59");
        assertThat(converted.conversions()).hasSize(1);
        assertThat(converted.decimal()).isEqualByComparingTo("1503");
        assertThat(builder.build().size()).isEqualTo(3);
    }

    @Test
    void aMoneyTotalBuilderCanGoOnWithoutChangingWhatItBuilt() {
        MoneyTotal.Builder b = MoneyTotal.builder().add(Amounts.of(1, "USD"));
        MoneyTotal first = b.build();
        b.add(Amounts.of(1, "USD")).addUnvalued(1);

        assertThat(first).isEqualTo(MoneyTotal.of(Amounts.of(1, "USD")));
        assertThat(b.build()).isEqualTo(MoneyTotal.of(Amounts.of(2, "USD")).plusUnvalued(1));
    }

    @Test
    void changingTheCallersListsAfterBuildingChangesNoCoreValue() {
        List<PledgeEvent> events = new ArrayList<>(RECONSTRUCTION.history());
        List<Party> hosts = new ArrayList<>(List.of(JAPAN));
        List<Figure> figures = new ArrayList<>(List.of(Figure.about(100, "businesses")));
        List<Sector> subjects = new ArrayList<>(List.of(Sector.ENERGY));

        Pledge pledge = Pledge.builder().from(RECONSTRUCTION).history(events).build();
        Conference conference = Conference.builder().from(TOKYO).hosts(hosts).participation(figures)
                .reportedCounts(figures).themes(subjects).build();
        Memorandum memorandum = Memorandum.builder().from(GRANT_AGREEMENT).subjects(subjects).build();
        events.clear();
        hosts.add(UKRAINE);
        figures.clear();
        subjects.add(Sector.HEALTH);

        assertThat(pledge).isEqualTo(RECONSTRUCTION);
        assertThat(conference.hosts()).containsExactly(JAPAN);
        assertThat(conference.participation()).hasSize(1);
        assertThat(conference.reportedCounts()).hasSize(1);
        assertThat(conference.themes()).containsExactly(Sector.ENERGY);
        assertThat(memorandum.subjects()).containsExactly(Sector.ENERGY);
        refused(() -> pledge.history().clear());
        refused(() -> pledge.asKnownOn(FEB_11).orElseThrow().history().clear());
    }
}
