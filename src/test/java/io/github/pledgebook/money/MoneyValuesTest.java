package io.github.pledgebook.money;

import static io.github.pledgebook.money.Fixings.EUR;
import static io.github.pledgebook.money.Fixings.FEB_16;
import static io.github.pledgebook.money.Fixings.FEB_18;
import static io.github.pledgebook.money.Fixings.FEB_19;
import static io.github.pledgebook.money.Fixings.GBP;
import static io.github.pledgebook.money.Fixings.JPY;
import static io.github.pledgebook.money.Fixings.USD;
import static io.github.pledgebook.money.Fixings.USD_37_MILLION;
import static io.github.pledgebook.money.Fixings.YEN_15_8_BILLION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.money.ExchangeRate.Derivation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryException;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.RateType;
import org.junit.jupiter.api.Test;

/** Equality, hash codes, text forms and small queries of the money values, as a caller relies on them. */
class MoneyValuesTest {

    private static final LocalDate FEB_20 = LocalDate.of(2024, 2, 20);

    private static <T> void equalWithSameHash(T value, T same) {
        assertThat(value).isEqualTo(value).isEqualTo(same).hasSameHashCodeAs(same)
                .isNotEqualTo(null).isNotEqualTo(value.toString());
    }

    private static <T> void differentWithOtherHash(T value, List<T> others) {
        for (T other : others) {
            assertThat(value).as("%s", other).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(value);
            assertThat(other.hashCode()).as("hash of %s", other).isNotEqualTo(value.hashCode());
        }
    }

    @Test
    void conversionsCompareByAmountsRateAndDate() {
        RateTable ecb = Fixings.ecb().build();
        Conversion c = ecb.convert(YEN_15_8_BILLION, USD, FEB_19);

        equalWithSameHash(c, ecb.convert(Amounts.of("15800000000.00", "JPY"), USD, FEB_19));
        differentWithOtherHash(c, List.of(
                ecb.convert(Amounts.of(15_800_000_001L, "JPY"), USD, FEB_19),
                ecb.convert(YEN_15_8_BILLION, USD, FEB_20),
                ecb.convert(YEN_15_8_BILLION, EUR, FEB_19),
                ecb.convert(YEN_15_8_BILLION, USD, FEB_16)));
        assertThat(ecb.convert(YEN_15_8_BILLION, USD, FEB_20).rate()).as("same rate, other date asked")
                .isEqualTo(c.rate());
        assertThat(c.currency()).isEqualTo(USD);
        assertThat(ecb.convert(Amounts.of(0, "JPY"), USD, FEB_19))
                .hasSameHashCodeAs(ecb.convert(Amounts.of("0.000", "JPY"), USD, FEB_19));
    }

    @Test
    void convertedTotalsCompareByValueAndListTheirRatesOnce() {
        RateTable ecb = Fixings.ecb().build();
        MoneyTotal total = MoneyTotal.of(YEN_15_8_BILLION, USD_37_MILLION);
        ConvertedTotal usd = ecb.convert(total, USD, FEB_19);

        equalWithSameHash(usd, ecb.convert(total, USD, FEB_19));
        differentWithOtherHash(usd, List.of(
                usd.plusUnvalued(1),
                ecb.convert(total, EUR, FEB_19),
                ecb.convert(total.plus(Amounts.of(1, "USD")), USD, FEB_19),
                ecb.convert(total, USD, FEB_16)));
        assertThat(usd.currency()).isEqualTo(USD);
        assertThat(usd.rates()).extracting(ExchangeRate::derivation)
                .containsExactly(Derivation.CROSSED, Derivation.IDENTITY);

        ConvertedTotal twice = ecb.convertEach(List.of(DatedAmount.of(FEB_19, YEN_15_8_BILLION),
                DatedAmount.of(FEB_19, Amounts.of(1, "JPY"))), USD);
        assertThat(twice.conversions()).hasSize(2);
        assertThat(twice.rates()).hasSize(1).containsExactly(twice.conversions().get(0).rate());
        assertThat(twice.fixings()).hasSize(2);
    }

    @Test
    void convertedTotalCountsItemsWithoutValueAndLeavesTheOriginalAlone() {
        ConvertedTotal usd = Fixings.ecb().build().convert(MoneyTotal.of(USD_37_MILLION), USD, FEB_19);

        assertThat(usd.plusUnvalued(0)).isEqualTo(usd);
        assertThat(usd.plusUnvalued(2).unvaluedCount()).isEqualTo(2);
        assertThat(usd.plusUnvalued(2).plusUnvalued(3).unvaluedCount()).isEqualTo(5);
        assertThat(usd.unvaluedCount()).isZero();
        assertThat(usd).hasToString("USD 37,000,000 from 1 conversion\n"
                + "  USD 37,000,000 = USD 37,000,000 for 2024-02-19 at USD/USD 1 2024-02-19 identity");
        assertThat(usd.plusUnvalued(1).toString()).startsWith("USD 37,000,000 from 1 conversion + 1 without value\n");
        assertThatThrownBy(() -> usd.plusUnvalued(-1)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("unvalued item count must be zero or more, was -1");
        assertThat(usd.rounded(0, RoundingMode.UNNECESSARY)).isEqualTo(USD_37_MILLION);
    }

    @Test
    void datedAmountsCompareNumericallyAndReadAsDateThenAmount() {
        DatedAmount d = DatedAmount.of(FEB_19, YEN_15_8_BILLION);

        equalWithSameHash(d, DatedAmount.of(FEB_19, Amounts.of("15800000000.0", "JPY")));
        differentWithOtherHash(d, List.of(
                DatedAmount.of(FEB_20, YEN_15_8_BILLION),
                DatedAmount.of(FEB_19, Amounts.of(15_800_000_000L, "USD")),
                DatedAmount.of(FEB_19, Amounts.of(15_800_000_001L, "JPY"))));
        assertThat(d).hasToString("2024-02-19 JPY 15,800,000,000");
        assertThat(d.amount().getContext()).isEqualTo(Amounts.EXACT);
    }

    @Test
    void lookupRulesCompareByKindAndAge() {
        RateLookup three = RateLookup.latestOnOrBefore(3);

        equalWithSameHash(three, RateLookup.latestOnOrBefore(3));
        differentWithOtherHash(three, List.of(RateLookup.latestOnOrBefore(4), RateLookup.exactDate()));
        differentWithOtherHash(RateLookup.exactDate(), List.of(RateLookup.latestOnOrBefore(0)));
        assertThat(RateLookup.latestOnOrBefore(4)).isSameAs(RateLookup.standard());
        assertThat(RateLookup.exactDate().maxAgeDays()).isZero();
        assertThat(RateLookup.standard().maxAgeDays()).isEqualTo(4);
        assertThat(RateLookup.latestOnOrBefore(7).maxAgeDays()).isEqualTo(7);
        assertThat(RateLookup.standard().isExactDate()).isFalse();
        assertThat(RateLookup.latestOnOrBefore(0)).hasToString("latest-on-or-before(0 days)");
        assertThat(RateLookup.latestOnOrBefore(0).isExactDate()).isFalse();
    }

    @Test
    void maxAgeIsInclusiveAndAFutureFixingIsNeverAccepted() {
        RateLookup three = RateLookup.latestOnOrBefore(3);

        assertThat(three.accepts(FEB_18, FEB_18)).as("the day itself").isTrue();
        assertThat(three.accepts(LocalDate.of(2024, 2, 15), FEB_18)).as("exactly 3 days old").isTrue();
        assertThat(three.accepts(LocalDate.of(2024, 2, 14), FEB_18)).as("4 days old").isFalse();
        assertThat(three.accepts(FEB_19, FEB_18)).as("one day in the future").isFalse();
        assertThat(RateLookup.latestOnOrBefore(0).accepts(FEB_18, FEB_18)).isTrue();
        assertThat(RateLookup.latestOnOrBefore(0).accepts(FEB_16, FEB_18)).isFalse();
        assertThat(RateLookup.exactDate().accepts(FEB_18, FEB_18)).isTrue();
        assertThat(RateLookup.latestOnOrBefore(Integer.MAX_VALUE).accepts(LocalDate.of(1900, 1, 1), FEB_18)).isTrue();
    }

    @Test
    void tableLookupHonoursTheMaxAgeToTheDay() {
        RateTable ecb = Fixings.ecb().build();
        LocalDate feb23 = LocalDate.of(2024, 2, 23);

        assertThat(ecb.rate(JPY, USD, feb23, RateLookup.standard()).date()).as("4 days old").isEqualTo(FEB_19);
        assertThatThrownBy(() -> ecb.rate(JPY, USD, feb23.plusDays(1), RateLookup.standard()))
                .isExactlyInstanceOf(MissingRateException.class)
                .hasMessage("no JPY/USD rate for 2024-02-24 under latest-on-or-before(4 days): "
                        + "latest fixing is 2024-02-19");
        assertThat(ecb.rate(EUR, JPY, FEB_19, RateLookup.latestOnOrBefore(0)).value()).isEqualByComparingTo("161.59");
        assertThat(ecb.findRate(EUR, JPY, FEB_20, RateLookup.latestOnOrBefore(0))).isEmpty();
    }

    @Test
    void exchangeRatesCompareByEveryPart() {
        ExchangeRate eurJpy = ExchangeRate.parse("EUR/JPY 161.59 2024-02-19 ECB");

        equalWithSameHash(eurJpy, ExchangeRate.parse("EUR/JPY 161.5900 2024-02-19 ECB"));
        differentWithOtherHash(eurJpy, List.of(
                ExchangeRate.parse("EUR/JPY 161.6 2024-02-19 ECB"),
                ExchangeRate.parse("EUR/JPY 161.59 2024-02-16 ECB"),
                ExchangeRate.parse("EUR/JPY 161.59 2024-02-19 BoJ"),
                ExchangeRate.parse("EUR/USD 161.59 2024-02-19 ECB"),
                ExchangeRate.parse("GBP/JPY 161.59 2024-02-19 ECB"),
                ExchangeRate.cross(ExchangeRate.parse("EUR/USD 1 2024-02-19 ECB"),
                        ExchangeRate.parse("USD/JPY 161.59 2024-02-19 ECB"))));
        assertThat(eurJpy.getCurrency()).isEqualTo(JPY);
        assertThat(eurJpy.getBaseCurrency()).isEqualTo(EUR);
        assertThat(eurJpy.getFactor().numberValue(BigDecimal.class)).isEqualByComparingTo("161.59");
        assertThat(eurJpy.isDerived()).isFalse();
        assertThat(eurJpy.getExchangeRateChain()).containsExactly(eurJpy);
        assertThat(eurJpy.legs()).isEmpty();
        assertThat(eurJpy.getContext().getProviderName()).isEqualTo("ECB");
        assertThat(eurJpy.getContext().getRateType()).isEqualTo(RateType.HISTORIC);
        assertThat(eurJpy.getContext().get(LocalDate.class)).isEqualTo(FEB_19);
        assertThat(eurJpy.getContext().getText("derivation")).isEqualTo("FIXING");
    }

    @Test
    void identityRateNeedsNoFixingAndIsItsOwnInverse() {
        ExchangeRate identity = RateTable.builder().build().rate(USD, USD, FEB_19, RateLookup.exactDate());

        assertThat(identity.inverse()).isSameAs(identity);
        assertThat(identity.isDerived()).isFalse();
        assertThat(identity.getExchangeRateChain()).containsExactly(identity);
        assertThat(identity.source()).isEqualTo("identity");
        assertThat(identity.legs()).isEmpty();
    }

    @Test
    void crossRateChainIsItsLegs() {
        ExchangeRate cross = Fixings.ecb().build().rate(JPY, USD, FEB_19);

        assertThat(cross.isDerived()).isTrue();
        assertThat(cross.getExchangeRateChain()).containsExactlyElementsOf(cross.legs()).hasSize(2);
        assertThat(cross.getContext().getText("derivation")).isEqualTo("CROSSED");
    }

    @Test
    void missingRateExceptionPrintsLikeAnyException() {
        MissingRateException e = org.junit.jupiter.api.Assertions.assertThrows(MissingRateException.class,
                () -> Fixings.ecb().build().rate(GBP, USD, FEB_19, RateLookup.standard()));

        assertThat(e).hasToString("io.github.pledgebook.money.MissingRateException: "
                + "no GBP/USD rate for 2024-02-19 under latest-on-or-before(4 days): no fixing at all");
        assertThat(e.latestFixing()).isEmpty();
        assertThat(e.rule()).isEqualTo(RateLookup.standard());
    }

    @Test
    void aMissingRateKeepsItsRuleThroughSerialisation() throws Exception {
        for (RateLookup rule : List.of(RateLookup.exactDate(), RateLookup.latestOnOrBefore(0),
                RateLookup.latestOnOrBefore(7))) {
            MissingRateException e = org.junit.jupiter.api.Assertions.assertThrows(MissingRateException.class,
                    () -> Fixings.ecb().build().rate(GBP, USD, FEB_19, rule));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(e);
            }
            MissingRateException back;
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                back = (MissingRateException) in.readObject();
            }
            assertThat(back.rule()).isEqualTo(rule).hasToString(rule.toString());
            assertThat(back).hasMessage(e.getMessage());
            assertThat(back.date()).isEqualTo(FEB_19);
        }
    }

    @Test
    void missingCrossRateWhoseSecondLegIsAbsentSaysThereIsNoFixing() {
        assertThatThrownBy(() -> Fixings.ecb().build().rate(USD, GBP, FEB_19, RateLookup.standard()))
                .isExactlyInstanceOf(MissingRateException.class)
                .hasMessage("no USD/GBP rate for 2024-02-19 under latest-on-or-before(4 days): no fixing at all");
    }

    @Test
    void missingRateNamesTheFreshestRouteWhetherDirectOrCrossed() {
        RateTable freshCross = Fixings.ecb()
                .add("USD", "JPY", new BigDecimal("149.4"), LocalDate.of(2024, 2, 9), "Fed H.10").build();
        RateTable freshDirect = RateTable.builder()
                .add("EUR", "USD", new BigDecimal("1.0784"), LocalDate.of(2024, 2, 9), "ECB")
                .add("EUR", "JPY", new BigDecimal("160.64"), LocalDate.of(2024, 2, 9), "ECB")
                .add("USD", "JPY", new BigDecimal("150.18"), FEB_16, "Fed H.10")
                .pivot("EUR")
                .build();

        RateTable unevenLegs = RateTable.builder()
                .add("EUR", "JPY", new BigDecimal("161.79"), FEB_16, "ECB")
                .add("EUR", "USD", new BigDecimal("1.0784"), LocalDate.of(2024, 2, 9), "ECB")
                .build();
        assertThatThrownBy(() -> unevenLegs.rate(JPY, USD, FEB_18, RateLookup.exactDate()))
                .as("a cross route is as old as its older leg")
                .hasMessage("no JPY/USD rate for 2024-02-18 under exact-date: latest fixing is 2024-02-09");
        assertThatThrownBy(() -> freshCross.rate(JPY, USD, FEB_18, RateLookup.exactDate()))
                .hasMessage("no JPY/USD rate for 2024-02-18 under exact-date: latest fixing is 2024-02-16");
        assertThatThrownBy(() -> freshDirect.rate(JPY, USD, FEB_18, RateLookup.exactDate()))
                .hasMessage("no JPY/USD rate for 2024-02-18 under exact-date: latest fixing is 2024-02-16");
        assertThatThrownBy(() -> freshDirect.rate(JPY, USD, LocalDate.of(2024, 2, 12), RateLookup.exactDate()))
                .hasMessage("no JPY/USD rate for 2024-02-12 under exact-date: latest fixing is 2024-02-09");
    }

    @Test
    void tableNamesItsFixingsPairsDatesPivotsAndRule() {
        RateTable empty = RateTable.builder().build();
        RateTable one = RateTable.parse("EUR/JPY 161.59 2024-02-19 ECB");
        RateTable spread = RateTable.builder()
                .add("EUR", "JPY", new BigDecimal("161.79"), FEB_16, "ECB")
                .add("EUR", "JPY", new BigDecimal("161.59"), FEB_19, "ECB")
                .add("USD", "JPY", new BigDecimal("149.4"), LocalDate.of(2024, 2, 9), "Fed H.10")
                .add("USD", "JPY", new BigDecimal("150.3"), FEB_20, "Fed H.10")
                .rule(RateLookup.exactDate())
                .build();

        assertThat(empty).hasToString("RateTable[0 fixings of 0 pairs, pivots [], latest-on-or-before(4 days)]");
        assertThat(empty.size()).isZero();
        assertThat(empty.currencies()).isEmpty();
        assertThat(one).hasToString("RateTable[1 fixing of 1 pair, 2024-02-19 to 2024-02-19, pivots [EUR], "
                + "latest-on-or-before(4 days)]");
        assertThat(spread).hasToString("RateTable[4 fixings of 2 pairs, 2024-02-09 to 2024-02-20, pivots [JPY], "
                + "exact-date]");
        assertThat(spread.rule()).isEqualTo(RateLookup.exactDate());
    }

    @Test
    void defaultPivotTieGoesToTheFirstCodeAndNamedPivotsReplaceEachOther() {
        RateTable tie = RateTable.parse("GBP/USD 1.26 2024-02-19 BoE\nEUR/JPY 161.59 2024-02-19 ECB");
        RateTable named = Fixings.ecb().pivot("USD").pivot("EUR").build();

        assertThat(tie.pivots()).containsExactly(EUR);
        assertThat(named.pivots()).containsExactly(EUR);
        assertThat(named.rate(JPY, USD, FEB_19).derivation()).isEqualTo(Derivation.CROSSED);
    }

    @Test
    void tableDefaultsApplyToEveryShortForm() {
        RateTable exact = Fixings.ecb().rule(RateLookup.exactDate()).build();

        assertThat(exact.findRate(JPY, USD, FEB_19, RateLookup.exactDate())).get()
                .extracting(ExchangeRate::date).isEqualTo(FEB_19);
        assertThat(exact.convert(YEN_15_8_BILLION, "USD", FEB_19).decimal())
                .isEqualByComparingTo("105365926.1092889411473482269942446926");
        assertThatThrownBy(() -> exact.convert(YEN_15_8_BILLION, "USD", FEB_18))
                .hasMessage("no JPY/USD rate for 2024-02-18 under exact-date: latest fixing is 2024-02-16");
        assertThat(exact.rate("EUR", "JPY", FEB_19, RateLookup.exactDate()).value()).isEqualByComparingTo("161.59");
    }

    @Test
    void providerOfTheTableRuleAnswersOnlyForItsOwnNameAndPairsItHas() {
        RateTable exact = Fixings.ecb().rule(RateLookup.exactDate()).build();
        ExchangeRateProvider provider = exact.asProvider();
        ExchangeRateProvider standard = exact.asProvider(RateLookup.standard());
        var jpyUsd = ConversionQueryBuilder.of().setBaseCurrency(JPY).setTermCurrency(USD);

        assertThat(provider.getContext().getText("rule")).isEqualTo("exact-date");
        assertThat(standard.getContext().getText("rule")).isEqualTo("latest-on-or-before(4 days)");
        assertThat(provider.isAvailable(jpyUsd.set(FEB_19).build())).isTrue();
        assertThat(provider.isAvailable(jpyUsd.set(FEB_18).build())).isFalse();
        assertThat(standard.isAvailable(jpyUsd.set(FEB_18).build())).isTrue();
        assertThat(provider.isAvailable(jpyUsd.set(FEB_19).setProviderName("pledgebook").build())).isTrue();
        assertThat(provider.isAvailable(jpyUsd.set(FEB_19).setProviderName("ECB").build())).isFalse();
        assertThat(provider.isAvailable(ConversionQueryBuilder.of().setBaseCurrency(GBP).setTermCurrency(USD)
                .set(FEB_19).build())).isFalse();
        assertThat(provider).hasToString("ExchangeRateProvider[pledgebook, exact-date, " + exact + "]");
        assertThat(provider.getCurrencyConversion(ConversionQueryBuilder.of().setTermCurrency(USD).set(FEB_19).build()))
                .hasToString("CurrencyConversion[to USD at 2024-02-19, exact-date]");
    }

    @Test
    void providerQueriesWithoutCurrenciesAreRefusedWithAMessage() {
        ExchangeRateProvider provider = Fixings.ecb().build().asProvider();

        assertThatThrownBy(() -> provider.getExchangeRate(ConversionQueryBuilder.of().setTermCurrency(USD)
                .set(FEB_19).build()))
                .isInstanceOf(MonetaryException.class)
                .hasMessageStartingWith("conversion query must name a base and a term currency, was ");
        assertThatThrownBy(() -> provider.getCurrencyConversion(ConversionQueryBuilder.of().setBaseCurrency(JPY)
                .set(FEB_19).build()))
                .isInstanceOf(MonetaryException.class)
                .hasMessageStartingWith("conversion query must name the term currency, was ");
        assertThatThrownBy(() -> provider.getExchangeRate(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("conversion query is required, was null");
    }

    @Test
    void addingTheSameFixingsAgainChangesNothing() {
        Map<String, BigDecimal> feb19 = Map.of("USD", new BigDecimal("1.0776"), "JPY", new BigDecimal("161.590"));
        RateTable twice = Fixings.ecb().addFixings(FEB_19, "ECB", "EUR", feb19).build();

        assertThat(twice.toString()).isEqualTo(Fixings.ecb().build().toString());
        assertThat(twice.rate(EUR, JPY, FEB_19).value()).isEqualByComparingTo("161.59");
    }
}
