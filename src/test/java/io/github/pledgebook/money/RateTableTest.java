package io.github.pledgebook.money;

import static io.github.pledgebook.money.Fixings.EUR;
import static io.github.pledgebook.money.Fixings.FEB_16;
import static io.github.pledgebook.money.Fixings.FEB_18;
import static io.github.pledgebook.money.Fixings.FEB_19;
import static io.github.pledgebook.money.Fixings.FEB_9;
import static io.github.pledgebook.money.Fixings.GBP;
import static io.github.pledgebook.money.Fixings.JAN_5;
import static io.github.pledgebook.money.Fixings.JAN_7;
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
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class RateTableTest {

    private static final RateTable ECB = Fixings.ecb().build();

    @Test
    void jpyToUsdCrossesThroughEcbEuroFixings() {
        Conversion c = ECB.convert(YEN_15_8_BILLION, USD, FEB_19);

        // 1.0776 / 161.59 to 34 significant digits, half-even; then times 15,800,000,000 exactly
        assertThat(c.rate().value()).isEqualByComparingTo("0.006668729500587907667553685252800297");
        assertThat(c.decimal()).isEqualByComparingTo("105365926.1092889411473482269942446926");
        assertThat(c.rounded(RoundingMode.HALF_EVEN)).isEqualTo(Amounts.of("105365926.11", "USD"));
        assertThat(c.rate().derivation()).isEqualTo(Derivation.CROSSED);
        assertThat(c.rate().pair()).isEqualTo("JPY/USD");
        assertThat(c.rate().date()).isEqualTo(FEB_19);
        assertThat(c.rate().source()).isEqualTo("ECB");
        assertThat(c.fixings()).containsExactly(
                ExchangeRate.parse("EUR/JPY 161.59 2024-02-19 ECB"),
                ExchangeRate.parse("EUR/USD 1.0776 2024-02-19 ECB"));
        assertThat(c.rate().legs()).extracting(ExchangeRate::derivation)
                .containsExactly(Derivation.INVERTED, Derivation.FIXING);
        assertThat(c.date()).isEqualTo(FEB_19);
        assertThat(c.source()).isEqualTo(YEN_15_8_BILLION);
    }

    @Test
    void crossRateDiffersFromExactQuotientOnlyBeyondTheStatedPrecision() {
        // exact: 15,800,000,000 x 1.0776 / 161.59 = 105,365,926.109288941147348226994244693...
        BigDecimal exact = new BigDecimal("105365926.1092889411473482269942446933597376");
        BigDecimal got = ECB.convert(YEN_15_8_BILLION, USD, FEB_19).decimal();
        assertThat(got.subtract(exact).abs()).isLessThan(exact.movePointLeft(33));
    }

    @Test
    void conversionReadsAsASentence() {
        assertThat(ECB.convert(YEN_15_8_BILLION, USD, FEB_19)).hasToString(
                "JPY 15,800,000,000 = USD 105,365,926.1092889411473482269942446926 for 2024-02-19 at "
                        + "JPY/USD 0.006668729500587907667553685252800297 2024-02-19 ECB (crossed via EUR from "
                        + "EUR/JPY 161.59 2024-02-19 ECB inverted and EUR/USD 1.0776 2024-02-19 ECB)");
    }

    @Test
    void sundayTakesFridaysFixing() {
        Conversion c = ECB.convert(YEN_15_8_BILLION, USD, FEB_18, RateLookup.latestOnOrBefore(3));

        assertThat(c.date()).isEqualTo(FEB_18);
        assertThat(c.rate().date()).isEqualTo(FEB_16);
        // 1.0773 / 161.79 to 34 digits, times 15,800,000,000
        assertThat(c.rate().value()).isEqualByComparingTo("0.006658631559428889300945670313369182");
        assertThat(c.decimal()).isEqualByComparingTo("105206378.6389764509549415909512330756");
        assertThat(c.rounded(RoundingMode.HALF_EVEN)).isEqualTo(Amounts.of("105206378.64", "USD"));
    }

    @Test
    void exactDateRuleRefusesFridaysFixingForSunday() {
        assertThatThrownBy(() -> ECB.rate(JPY, USD, FEB_18, RateLookup.exactDate()))
                .isInstanceOf(MissingRateException.class)
                .hasMessage("no JPY/USD rate for 2024-02-18 under exact-date: latest fixing is 2024-02-16");
        assertThat(ECB.findRate(JPY, USD, FEB_18, RateLookup.exactDate())).isEmpty();
    }

    @Test
    void missingRateNamesPairDateRuleAndLatestFixing() {
        RateTable old = RateTable.parse("EUR/JPY 160.64 2024-02-09 ECB\nEUR/USD 1.0784 2024-02-09 ECB");

        assertThatThrownBy(() -> old.rate(JPY, USD, FEB_18, RateLookup.latestOnOrBefore(3)))
                .isInstanceOf(MissingRateException.class)
                .hasMessage("no JPY/USD rate for 2024-02-18 under latest-on-or-before(3 days): "
                        + "latest fixing is 2024-02-09")
                .satisfies(e -> {
                    MissingRateException m = (MissingRateException) e;
                    assertThat(m.getBaseCurrency()).isEqualTo(JPY);
                    assertThat(m.getTermCurrency()).isEqualTo(USD);
                    assertThat(m.date()).isEqualTo(FEB_18);
                    assertThat(m.rule()).isEqualTo(RateLookup.latestOnOrBefore(3));
                    assertThat(m.latestFixing()).contains(FEB_9);
                });
    }

    @Test
    void neverTakesAFutureRate() {
        assertThatThrownBy(() -> ECB.rate(JPY, USD, LocalDate.of(2024, 1, 4), RateLookup.latestOnOrBefore(30)))
                .isInstanceOf(MissingRateException.class)
                .hasMessage("no JPY/USD rate for 2024-01-04 under latest-on-or-before(30 days): "
                        + "no fixing on or before that date (later fixings are never used)");
    }

    @Test
    void missingPairSaysThereIsNoFixingAtAll() {
        assertThatThrownBy(() -> ECB.convert(Amounts.of(1, "GBP"), USD, FEB_19))
                .isInstanceOf(MissingRateException.class)
                .hasMessage("no GBP/USD rate for 2024-02-19 under latest-on-or-before(4 days): no fixing at all");
    }

    @Test
    void standardRuleBridgesAWeekendButNotAWeek() {
        assertThat(ECB.rate(JPY, USD, FEB_18, RateLookup.standard()).date()).isEqualTo(FEB_16);
        assertThat(ECB.rate(JPY, USD, LocalDate.of(2024, 2, 20), RateLookup.standard()).date()).isEqualTo(FEB_19);
        assertThatThrownBy(() -> ECB.rate(JPY, USD, LocalDate.of(2024, 1, 12), RateLookup.standard()))
                .hasMessage("no JPY/USD rate for 2024-01-12 under latest-on-or-before(4 days): "
                        + "latest fixing is 2024-01-05");
    }

    @Test
    void sameCurrencyConvertsAtOneWithoutLookup() {
        RateTable empty = RateTable.builder().build();
        Conversion c = empty.convert(USD_37_MILLION, USD, FEB_18, RateLookup.exactDate());

        assertThat(c.rate().derivation()).isEqualTo(Derivation.IDENTITY);
        assertThat(c.rate().value()).isEqualByComparingTo("1");
        assertThat(c.rate().date()).isEqualTo(FEB_18);
        assertThat(c.fixings()).isEmpty();
        assertThat(c.amount()).isEqualTo(USD_37_MILLION);
        assertThat(c.rate()).hasToString("USD/USD 1 2024-02-18 identity");
    }

    @Test
    void inverseOfFedJpyPerUsdConvertsYenToDollars() {
        RateTable h10 = Fixings.h10().build();
        // 2024-02-19 is a US holiday: H.10 has no fixing, so Friday's 150.18 is used, inverted
        Conversion c = h10.convert(YEN_15_8_BILLION, USD, FEB_19);

        assertThat(c.rate().derivation()).isEqualTo(Derivation.INVERTED);
        assertThat(c.rate().date()).isEqualTo(FEB_16);
        assertThat(c.rate().value()).isEqualByComparingTo("0.006658676255160474097749367425755760");
        assertThat(c.decimal()).isEqualByComparingTo("105207084.831535490744440005326941008");
        assertThat(c.fixings()).containsExactly(ExchangeRate.parse("USD/JPY 150.18 2024-02-16 Fed H.10"));
    }

    @Test
    void publishedPairWinsOverCrossRate() {
        RateTable both = Fixings.ecb().add("JPY", "USD", new BigDecimal("0.00667"), FEB_19, "ministry").build();

        assertThat(both.rate(JPY, USD, FEB_19).derivation()).isEqualTo(Derivation.FIXING);
        assertThat(both.rate(JPY, USD, FEB_19).source()).isEqualTo("ministry");
        // an older published fixing still beats a fresher cross rate: the rule order is documented
        assertThat(both.rate(JPY, USD, LocalDate.of(2024, 2, 20)).value()).isEqualByComparingTo("0.00667");
    }

    @Test
    void laterInverseFixingWinsOverOlderDirectOne() {
        RateTable t = Fixings.h10().add("JPY", "USD", new BigDecimal("0.0067"), LocalDate.of(2024, 2, 15), "x")
                .build();
        assertThat(t.rate(JPY, USD, FEB_16).derivation()).isEqualTo(Derivation.INVERTED);
        assertThat(t.rate(JPY, USD, LocalDate.of(2024, 2, 15)).derivation()).isEqualTo(Derivation.FIXING);
    }

    @Test
    void defaultPivotIsTheBestConnectedCurrency() {
        assertThat(ECB.pivots()).containsExactly(EUR);
        assertThat(Fixings.ecb().pivot().build().findRate(JPY, USD, FEB_19, RateLookup.standard())).isEmpty();
        assertThat(ECB).hasToString("RateTable[6 fixings of 2 pairs, 2024-01-05 to 2024-02-19, pivots [EUR], "
                + "latest-on-or-before(4 days)]");
    }

    @Test
    void conflictingFixingsForOneDayAreRejected() {
        RateTable.Builder b = Fixings.ecb();
        assertThatThrownBy(() -> b.add("EUR", "JPY", new BigDecimal("161.60"), FEB_19, "ECB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a pair has one fixing per date, but EUR/JPY on 2024-02-19 was given twice: "
                        + "161.59 (ECB) and 161.60 (ECB)");
        // the same fixing twice, even written with another scale, is harmless
        b.add("EUR", "JPY", new BigDecimal("161.590"), FEB_19, "ECB");
    }

    @Test
    void derivedRatesCannotBeAddedAsFixings() {
        ExchangeRate inverted = ExchangeRate.parse("EUR/JPY 161.59 2024-02-19 ECB").inverse();
        assertThatThrownBy(() -> RateTable.builder().add(inverted))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a rate table holds published fixings only, was the inverted rate JPY/EUR");
    }

    @Test
    void parseSkipsCommentsAndNamesTheBadLine() {
        RateTable t = RateTable.parse("# ECB, per 1 EUR\n\nEUR/JPY 161.59 2024-02-19 ECB\r\nEUR/USD 1.0776 2024-02-19 ECB\n");
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.currencies()).containsExactly(EUR, JPY, USD);
        assertThatThrownBy(() -> RateTable.parse("EUR/JPY 161.59 2024-02-19 ECB\nEUR/USD one 2024-02-19 ECB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2: value of a rate must be a decimal number such as 161.59, was \"one\" in "
                        + "\"EUR/USD one 2024-02-19 ECB\"");
    }

    @Test
    void totalConvertsEveryCurrencyAtOneReferenceDate() {
        MoneyTotal total = MoneyTotal.of(YEN_15_8_BILLION, USD_37_MILLION).plusUnvalued(2);
        ConvertedTotal usd = ECB.convert(total, USD, FEB_19);

        assertThat(usd.decimal()).isEqualByComparingTo("142365926.1092889411473482269942446926");
        assertThat(usd.rounded(RoundingMode.HALF_EVEN)).isEqualTo(Amounts.of("142365926.11", "USD"));
        assertThat(usd.rounded(-6, RoundingMode.HALF_EVEN)).isEqualTo(Amounts.of(142_000_000, "USD"));
        assertThat(usd.conversions()).extracting(c -> c.rate().derivation())
                .containsExactly(Derivation.CROSSED, Derivation.IDENTITY);
        assertThat(usd.unvaluedCount()).isEqualTo(2);
        assertThat(usd.fixings()).hasSize(2);
        assertThat(usd.toString()).startsWith("USD 142,365,926.1092889411473482269942446926 from 2 conversions"
                + " + 2 without value\n  JPY 15,800,000,000 = USD 105,365,926.1092889411473482269942446926 for 2024-02-19");
    }

    @Test
    void eachAmountAtItsOwnDateUsesThatDaysFixing() {
        // USD 37 million through NATO's trust fund, pledged Sunday 7 Jan; JPY 15.8 billion signed 19 Feb
        List<DatedAmount> amounts = List.of(DatedAmount.of(JAN_7, USD_37_MILLION),
                DatedAmount.of(FEB_19, YEN_15_8_BILLION));

        ConvertedTotal own = ECB.convertEach(amounts, EUR);
        ConvertedTotal reference = ECB.convert(MoneyTotal.of(USD_37_MILLION, YEN_15_8_BILLION), EUR, FEB_19);

        // 37,000,000 x (1 / 1.0921) + 15,800,000,000 x (1 / 161.59), each inverse to 34 digits
        assertThat(own.decimal()).isEqualByComparingTo("131658009.214685359451511859027459803");
        assertThat(own.rounded(RoundingMode.HALF_EVEN)).isEqualTo(Amounts.of("131658009.21", "EUR"));
        assertThat(own.conversions().get(0).rate().date()).isEqualTo(JAN_5);
        // 37,000,000 x (1 / 1.0776) + 15,800,000,000 x (1 / 161.59)
        assertThat(reference.decimal()).isEqualByComparingTo("132113888.3716489802777915989181929193");
        assertThat(reference.rounded(RoundingMode.HALF_EVEN)).isEqualTo(Amounts.of("132113888.37", "EUR"));
    }

    @Test
    void amountsOfAnyContextAreConvertedExactly() {
        Conversion c = ECB.convert(Money.of(15_800_000_000L, "JPY"), USD, FEB_19);
        assertThat(c.decimal()).isEqualByComparingTo("105365926.1092889411473482269942446926");
        assertThat(c.amount().getContext()).isEqualTo(Amounts.EXACT);
    }

    @Test
    void roundingToCurrencyDigitsNeedsANamedMode() {
        Conversion c = ECB.convert(YEN_15_8_BILLION, USD, FEB_19);
        assertThat(c.rounded(RoundingMode.DOWN)).isEqualTo(Amounts.of("105365926.10", "USD"));
        assertThat(c.rounded(4, RoundingMode.HALF_UP)).isEqualTo(Amounts.of("105365926.1093", "USD"));
        assertThatThrownBy(() -> c.rounded(RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
        Conversion back = ECB.convert(c.rounded(RoundingMode.HALF_EVEN), JPY, FEB_19);
        assertThat(back.rounded(RoundingMode.HALF_EVEN)).isEqualTo(Amounts.of(15_800_000_000L, "JPY"));
    }

    @Test
    void addFixingsIgnoresTheBaseAtOne() {
        RateTable t = RateTable.builder().addFixings(FEB_19, "ECB", "EUR",
                Map.of("EUR", BigDecimal.ONE, "GBP", new BigDecimal("0.85573"))).build();
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.rate(GBP, EUR, FEB_19).value()).isEqualByComparingTo("1.168592897292370256973578114592220");
    }
    @Test
    void convertSumsPerDateSumsPerCurrencyAndDateAndEqualsConvertingEachExactly() {
        List<DatedAmount> amounts = List.of(
                DatedAmount.of(FEB_19, Amounts.of(15_000_000_000L, "JPY")),
                DatedAmount.of(FEB_16, Amounts.of(106_000_000, "USD")),
                DatedAmount.of(FEB_19, Amounts.of(800_000_000L, "JPY")),
                DatedAmount.of(FEB_16, Amounts.of("0.01", "JPY")));
        ConvertedTotal grouped = ECB.convertSumsPerDate(amounts, EUR);
        ConvertedTotal each = ECB.convertEach(amounts, EUR);
        assertThat(grouped.decimal()).isEqualByComparingTo(each.decimal());
        assertThat(grouped.conversions()).hasSize(3);
        assertThat(grouped.conversions().get(1).source()).isEqualTo(Amounts.of(15_800_000_000L, "JPY"));
        assertThat(grouped.rates()).containsExactlyInAnyOrderElementsOf(each.rates());
    }

    @Test
    void convertTotalsByDateConvertsEachCurrencyOfEachTotalAtItsDateOrderedByCurrencyThenDate() {
        Map<LocalDate, MoneyTotal> totals = new java.util.HashMap<>();
        totals.put(FEB_19, MoneyTotal.builder().add(Amounts.of(15_800_000_000L, "JPY")).add(Amounts.of(5, "EUR"))
                .addUnvalued(2).build());
        totals.put(FEB_16, MoneyTotal.of(Amounts.of(106_000_000, "USD"), Amounts.of(1, "JPY")));

        ConvertedTotal eur = ECB.convertTotalsByDate(totals, EUR);

        assertThat(eur.conversions()).extracting(c -> c.source().getCurrency().getCurrencyCode() + " " + c.date())
                .containsExactly("EUR 2024-02-19", "JPY 2024-02-16", "JPY 2024-02-19", "USD 2024-02-16");
        assertThat(eur.conversions().get(0).rate().derivation()).isEqualTo(ExchangeRate.Derivation.IDENTITY);
        assertThat(eur.unvaluedCount()).isEqualTo(2);
        ConvertedTotal each = ECB.convertEach(List.of(DatedAmount.of(FEB_19, Amounts.of(15_800_000_000L, "JPY")),
                DatedAmount.of(FEB_19, Amounts.of(5, "EUR")), DatedAmount.of(FEB_16, Amounts.of(106_000_000, "USD")),
                DatedAmount.of(FEB_16, Amounts.of(1, "JPY"))), EUR);
        assertThat(eur.decimal()).isEqualByComparingTo(each.decimal());
        Map<LocalDate, MoneyTotal> reversed = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(totals);
        assertThat(ECB.convertTotalsByDate(reversed, EUR)).isEqualTo(eur);
        assertThat(ECB.convertTotalsByDate(Map.of(), EUR).conversions()).isEmpty();
    }

    @Test
    void derivedRatesAreSharedBetweenLookupsAndNeverMixedUpBetweenPairs() {
        RateTable perEuro = Fixings.ecb().addFixings(FEB_19, "ECB", "EUR", Map.of("GBP", new BigDecimal("0.8545")))
                .build();

        ExchangeRate jpyUsd = perEuro.rate(JPY, USD, FEB_19);
        ExchangeRate jpyGbp = perEuro.rate(JPY, GBP, FEB_19);

        // JPY/USD and JPY/GBP share their first leg (the inverse of EUR/JPY 161.59), not their cross rate
        assertThat(jpyGbp.legs().get(0)).isSameAs(jpyUsd.legs().get(0));
        assertThat(jpyGbp.pair()).isEqualTo("JPY/GBP");
        assertThat(jpyGbp.value()).isEqualByComparingTo(new BigDecimal("0.8545").divide(new BigDecimal("161.59"),
                ExchangeRate.DIVISION));
        assertThat(perEuro.rate(JPY, USD, FEB_19)).isEqualTo(jpyUsd);
        assertThat(perEuro.rate(JPY, USD, FEB_19).pair()).isEqualTo("JPY/USD");
        assertThat(perEuro.rate(JPY, GBP, FEB_19)).isEqualTo(jpyGbp);
        assertThat(perEuro.rate(JPY, GBP, FEB_19)).as("the same pair again: one cross, divided once")
                .isSameAs(perEuro.rate(JPY, GBP, FEB_19));
        assertThat(jpyUsd.source()).isEqualTo("ECB");
    }
}
