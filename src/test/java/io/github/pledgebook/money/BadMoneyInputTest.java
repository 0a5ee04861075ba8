package io.github.pledgebook.money;

import static io.github.pledgebook.money.Fixings.EUR;
import static io.github.pledgebook.money.Fixings.FEB_19;
import static io.github.pledgebook.money.Fixings.JPY;
import static io.github.pledgebook.money.Fixings.USD;
import static io.github.pledgebook.money.Fixings.USD_37_MILLION;
import static io.github.pledgebook.money.Fixings.YEN_15_8_BILLION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public factory, builder and query of the money package, tried with bad input: each answer is a documented
 * exception whose message names the field, the value and the expectation, and nothing already built changes.
 */
class BadMoneyInputTest {

    private static final RateTable ECB = Fixings.ecb().build();
    private static final MoneyTotal TOTAL = MoneyTotal.of(YEN_15_8_BILLION, USD_37_MILLION);
    private static final Conversion CONVERSION = ECB.convert(YEN_15_8_BILLION, USD, FEB_19);

    private static Arguments bad(String rule, Class<? extends Throwable> type, String message, ThrowingCallable call) {
        return Arguments.of(rule, type, message, call);
    }

    private static Map<String, BigDecimal> withNullKey() {
        Map<String, BigDecimal> m = new HashMap<>();
        m.put(null, BigDecimal.ONE);
        return m;
    }

    private static Map<LocalDate, BigDecimal> withNullDate() {
        Map<LocalDate, BigDecimal> m = new HashMap<>();
        m.put(null, BigDecimal.ONE);
        return m;
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                // totals
                bad("total of a null array", NullPointerException.class, "amounts are required, was null",
                        () -> MoneyTotal.of((MonetaryAmount[]) null)),
                bad("total of a null list", NullPointerException.class, "amounts are required, was null",
                        () -> MoneyTotal.of((Iterable<MonetaryAmount>) null)),
                bad("total of a list holding null", NullPointerException.class, "amount to add is required, was null",
                        () -> MoneyTotal.of(Arrays.asList(USD_37_MILLION, null))),
                bad("plus a null amount", NullPointerException.class, "amount to add is required, was null",
                        () -> TOTAL.plus((MonetaryAmount) null)),
                bad("plus a null total", NullPointerException.class, "total to add is required, was null",
                        () -> TOTAL.plus((MoneyTotal) null)),
                bad("minus a null amount", NullPointerException.class, "amount to subtract is required, was null",
                        () -> TOTAL.minus((MonetaryAmount) null)),
                bad("minus a null total", NullPointerException.class, "total to subtract is required, was null",
                        () -> TOTAL.minus((MoneyTotal) null)),
                bad("negative unvalued count", IllegalArgumentException.class,
                        "unvalued item count must be zero or more, was -1", () -> TOTAL.plusUnvalued(-1)),
                bad("amount in a null currency", NullPointerException.class, "currency is required, was null",
                        () -> TOTAL.amount((CurrencyUnit) null)),
                bad("amount in an unknown code", IllegalArgumentException.class,
                        "currency code must be a known ISO 4217 code such as USD, was \"usd\"", () -> TOTAL.amount("usd")),
                bad("amount-or-zero in a null currency", NullPointerException.class, "currency is required, was null",
                        () -> TOTAL.amountOrZero(null)),
                bad("decimal in a null currency", NullPointerException.class, "currency is required, was null",
                        () -> TOTAL.decimal(null)),
                bad("contains a null currency", NullPointerException.class, "currency is required, was null",
                        () -> TOTAL.contains(null)),
                bad("single of a mixed total", CurrencyMixException.class,
                        "total holds JPY and USD; convert it to one currency with a RateTable first", TOTAL::single),
                bad("builder adds null", NullPointerException.class, "amount to add is required, was null",
                        () -> MoneyTotal.builder().add(null)),
                bad("builder adds to a null currency", NullPointerException.class, "currency is required, was null",
                        () -> MoneyTotal.builder().add(null, BigDecimal.ONE)),
                bad("builder adds a null decimal", NullPointerException.class, "value is required, was null",
                        () -> MoneyTotal.builder().add(USD, (BigDecimal) null)),
                bad("builder adds a null optional", NullPointerException.class,
                        "optional amount is required, was null", () -> MoneyTotal.builder().addOptional(null)),
                bad("builder counts negative unvalued items", IllegalArgumentException.class,
                        "unvalued item count must be zero or more, was -3", () -> MoneyTotal.builder().addUnvalued(-3)),
                bad("builder adds a null total", NullPointerException.class, "total to add is required, was null",
                        () -> MoneyTotal.builder().addAll(null)),
                // rates
                bad("rate of a null base", NullPointerException.class, "base currency of a rate is required, was null",
                        () -> ExchangeRate.of(null, JPY, BigDecimal.ONE, FEB_19, "ECB")),
                bad("rate of a null term", NullPointerException.class, "term currency of a rate is required, was null",
                        () -> ExchangeRate.of(EUR, null, BigDecimal.ONE, FEB_19, "ECB")),
                bad("rate without value", NullPointerException.class, "value of a rate is required, was null",
                        () -> ExchangeRate.of(EUR, JPY, null, FEB_19, "ECB")),
                bad("rate without date", NullPointerException.class, "date of a rate is required, was null",
                        () -> ExchangeRate.of(EUR, JPY, BigDecimal.ONE, null, "ECB")),
                bad("rate without source", NullPointerException.class, "source of a rate is required, was null",
                        () -> ExchangeRate.of(EUR, JPY, BigDecimal.ONE, FEB_19, null)),
                bad("negative rate", IllegalArgumentException.class,
                        "value of the EUR/JPY rate must be positive, was -0.00000000000000000001",
                        () -> ExchangeRate.of(EUR, JPY, new BigDecimal("-1E-20"), FEB_19, "ECB")),
                bad("rate of a currency to itself", IllegalArgumentException.class,
                        "a rate needs two different currencies, was JPY/JPY; a currency converts to itself at 1 "
                                + "without a rate",
                        () -> ExchangeRate.of("JPY", "JPY", BigDecimal.TEN, FEB_19, "ECB")),
                bad("rate of an unknown code", IllegalArgumentException.class,
                        "currency code must be a known ISO 4217 code such as USD, was \"EURO\"",
                        () -> ExchangeRate.of("EURO", "JPY", BigDecimal.TEN, FEB_19, "ECB")),
                bad("null rate text", NullPointerException.class, "rate text is required, was null",
                        () -> ExchangeRate.parse(null)),
                bad("rate text with an empty code", IllegalArgumentException.class,
                        "pair of a rate must be two ISO codes separated by \"/\" such as EUR/JPY, was \"EUR/\" in "
                                + "\"EUR/ 161.59 2024-02-19 ECB\"",
                        () -> ExchangeRate.parse("EUR/ 161.59 2024-02-19 ECB")),
                bad("rate text with three codes", IllegalArgumentException.class,
                        "pair of a rate must be two ISO codes separated by \"/\" such as EUR/JPY, was \"EUR/JPY/USD\" in "
                                + "\"EUR/JPY/USD 161.59 2024-02-19 ECB\"",
                        () -> ExchangeRate.parse("EUR/JPY/USD 161.59 2024-02-19 ECB")),
                bad("rate text with an empty base", IllegalArgumentException.class,
                        "pair of a rate must be two ISO codes separated by \"/\" such as EUR/JPY, was \"/JPY\" in "
                                + "\"/JPY 161.59 2024-02-19 ECB\"",
                        () -> ExchangeRate.parse("/JPY 161.59 2024-02-19 ECB")),
                bad("blank rate text", IllegalArgumentException.class,
                        "rate must look like \"EUR/JPY 161.59 2024-02-19 ECB\" (pair, value, date, source), was \"\"",
                        () -> ExchangeRate.parse("   ")),
                bad("cross of null", NullPointerException.class, "first rate of a cross is required, was null",
                        () -> ExchangeRate.cross(null, ExchangeRate.parse("EUR/USD 1.0776 2024-02-19 ECB"))),
                bad("cross with null", NullPointerException.class, "second rate of a cross is required, was null",
                        () -> ExchangeRate.cross(ExchangeRate.parse("EUR/USD 1.0776 2024-02-19 ECB"), null)),
                bad("cross back to the start", IllegalArgumentException.class,
                        "a cross rate needs two different outer currencies, was EUR/USD then USD/EUR",
                        () -> ExchangeRate.cross(ExchangeRate.parse("EUR/USD 1.0776 2024-02-19 ECB"),
                                ExchangeRate.parse("USD/EUR 0.93 2024-02-19 ECB"))),
                bad("rule with a negative age", IllegalArgumentException.class,
                        "maximum age of a rate must be zero or more days, was -2147483648",
                        () -> RateLookup.latestOnOrBefore(Integer.MIN_VALUE)),
                bad("rule asked about no fixing date", NullPointerException.class, "fixing date is required, was null",
                        () -> RateLookup.standard().accepts(null, FEB_19)),
                bad("rule asked about no date", NullPointerException.class, "date asked for is required, was null",
                        () -> RateLookup.standard().accepts(FEB_19, null)),
                // tables
                bad("rate of a null base currency", NullPointerException.class, "base currency is required, was null",
                        () -> ECB.rate((CurrencyUnit) null, USD, FEB_19, RateLookup.standard())),
                bad("rate to a null term currency", NullPointerException.class, "term currency is required, was null",
                        () -> ECB.rate(JPY, null, FEB_19)),
                bad("rate on no date", NullPointerException.class, "date of the rate is required, was null",
                        () -> ECB.rate(JPY, USD, null)),
                bad("rate under no rule", NullPointerException.class, "rate lookup rule is required, was null",
                        () -> ECB.rate(JPY, USD, FEB_19, null)),
                bad("find under no rule", NullPointerException.class, "rate lookup rule is required, was null",
                        () -> ECB.findRate(JPY, USD, FEB_19, null)),
                bad("convert nothing", NullPointerException.class, "amount to convert is required, was null",
                        () -> ECB.convert((MonetaryAmount) null, USD, FEB_19)),
                bad("convert to no currency", NullPointerException.class, "term currency is required, was null",
                        () -> ECB.convert(YEN_15_8_BILLION, (CurrencyUnit) null, FEB_19)),
                bad("convert to an unknown code", IllegalArgumentException.class,
                        "currency code must be a known ISO 4217 code such as USD, was \"XXY\"",
                        () -> ECB.convert(YEN_15_8_BILLION, "XXY", FEB_19)),
                bad("convert no total", NullPointerException.class, "total to convert is required, was null",
                        () -> ECB.convert((MoneyTotal) null, USD, FEB_19)),
                bad("convert a total to no currency", NullPointerException.class,
                        "target currency is required, was null", () -> ECB.convert(TOTAL, (CurrencyUnit) null, FEB_19)),
                bad("convert a total on no date", NullPointerException.class, "date of the rate is required, was null",
                        () -> ECB.convert(TOTAL, USD, null)),
                bad("convert no dated amounts", NullPointerException.class, "dated amounts are required, was null",
                        () -> ECB.convertEach(null, USD)),
                bad("convert dated amounts to no currency", NullPointerException.class,
                        "target currency is required, was null",
                        () -> ECB.convertEach(List.of(DatedAmount.of(FEB_19, USD_37_MILLION)), null)),
                bad("convert a null dated amount", NullPointerException.class, "dated amount is required, was null",
                        () -> ECB.convertEach(Arrays.asList(DatedAmount.of(FEB_19, USD_37_MILLION), null), USD)),
                bad("convert no dated totals", NullPointerException.class, "dated totals are required, was null",
                        () -> ECB.convertTotalsByDate(null, USD)),
                bad("convert dated totals to no currency", NullPointerException.class,
                        "target currency is required, was null", () -> ECB.convertTotalsByDate(Map.of(FEB_19, TOTAL), null)),
                bad("convert dated totals under no rule", NullPointerException.class,
                        "rate lookup rule is required, was null",
                        () -> ECB.convertTotalsByDate(Map.of(FEB_19, TOTAL), USD, null)),
                bad("convert a dated total without a date", NullPointerException.class,
                        "date of a dated total is required, was null",
                        () -> ECB.convertTotalsByDate(java.util.Collections.singletonMap(null, TOTAL), USD)),
                bad("convert a null dated total", NullPointerException.class,
                        "total for 2024-02-19 is required, was null",
                        () -> ECB.convertTotalsByDate(java.util.Collections.singletonMap(FEB_19, null), USD)),
                bad("provider under no rule", NullPointerException.class, "rate lookup rule is required, was null",
                        () -> ECB.asProvider(null)),
                bad("dated amount without date", NullPointerException.class,
                        "date of a dated amount is required, was null", () -> DatedAmount.of(null, USD_37_MILLION)),
                bad("dated amount without amount", NullPointerException.class,
                        "amount of a dated amount is required, was null", () -> DatedAmount.of(FEB_19, null)),
                bad("dated amount in an unknown past", MissingRateException.class,
                        "no USD/EUR rate for 1999-01-01 under latest-on-or-before(4 days): no fixing on or before that "
                                + "date (later fixings are never used)",
                        () -> ECB.convertEach(List.of(DatedAmount.of(LocalDate.of(1999, 1, 1), USD_37_MILLION)), EUR)),
                bad("conversion rounded without a mode", NullPointerException.class,
                        "rounding mode is required, was null", () -> CONVERSION.rounded(null)),
                bad("conversion rounded where rounding is needed", ArithmeticException.class, "Rounding necessary",
                        () -> CONVERSION.rounded(2, RoundingMode.UNNECESSARY)),
                bad("gold rounded to its default digits", IllegalStateException.class,
                        "XAU has no default fraction digits; round with rounded(digits, mode)",
                        () -> RateTable.parse("XAU/USD 2000 2024-02-19 LBMA")
                                .convert(Amounts.of(1, "USD"), "XAU", FEB_19).rounded(RoundingMode.HALF_EVEN)),
                bad("converted total rounded without a mode", NullPointerException.class,
                        "rounding mode is required, was null",
                        () -> ECB.convert(TOTAL, USD, FEB_19).rounded(2, null)),
                // table builders
                bad("builder adds a null rate", NullPointerException.class, "rate to add is required, was null",
                        () -> RateTable.builder().add(null)),
                bad("fixings of a null map", NullPointerException.class, "fixings per EUR are required, was null",
                        () -> RateTable.builder().addFixings(FEB_19, "ECB", "EUR", null)),
                bad("fixings with a null code", NullPointerException.class,
                        "term currency code of a fixing per EUR is required, was null",
                        () -> RateTable.builder().addFixings(FEB_19, "ECB", "EUR", withNullKey())),
                bad("fixings against no base", NullPointerException.class, "currency code is required, was null",
                        () -> RateTable.builder().addFixings(FEB_19, "ECB", null, Map.of("JPY", BigDecimal.TEN))),
                bad("fixings on no date", NullPointerException.class, "date of a rate is required, was null",
                        () -> RateTable.builder().addFixings(null, "ECB", "EUR", Map.of("JPY", BigDecimal.TEN))),
                bad("fixing of zero", IllegalArgumentException.class, "value of the EUR/JPY rate must be positive, was 0",
                        () -> RateTable.builder().addFixings(FEB_19, "ECB", "EUR", Map.of("JPY", BigDecimal.ZERO))),
                bad("series of a null map", NullPointerException.class, "USD/JPY series is required, was null",
                        () -> RateTable.builder().addSeries("USD", "JPY", "Fed H.10", null)),
                bad("series with a null date", NullPointerException.class,
                        "date in the USD/JPY series is required, was null",
                        () -> RateTable.builder().addSeries("USD", "JPY", "Fed H.10", withNullDate())),
                bad("series with a blank source", IllegalArgumentException.class,
                        "source of the USD/JPY rate must not be blank, was \"\"",
                        () -> RateTable.builder().addSeries("USD", "JPY", "", Map.of(FEB_19, BigDecimal.TEN))),
                bad("null lines", NullPointerException.class, "rate lines are required, was null",
                        () -> RateTable.builder().addLines(null)),
                bad("null text to parse", NullPointerException.class, "rate lines are required, was null",
                        () -> RateTable.parse(null)),
                bad("conflicting lines", IllegalArgumentException.class,
                        "line 3: a pair has one fixing per date, but EUR/GBP on 2024-02-19 was given twice: 0.85 (ECB) "
                                + "and 0.86 (ECB)",
                        () -> RateTable.parse("EUR/GBP 0.85 2024-02-19 ECB\n# revised\nEUR/GBP 0.86 2024-02-19 ECB")),
                bad("null pivots", NullPointerException.class, "pivot currency codes are required, was null",
                        () -> RateTable.builder().pivot((String[]) null)),
                bad("unknown pivot", IllegalArgumentException.class,
                        "currency code must be a known ISO 4217 code such as USD, was \"E\"",
                        () -> RateTable.builder().pivot("EUR", "E")),
                bad("null rule", NullPointerException.class, "rate lookup rule is required, was null",
                        () -> RateTable.builder().rule(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badInputIsRefusedWithAClearMessage(String rule, Class<? extends Throwable> type, String message,
            ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(type).hasMessage(message);
    }

    @Test
    void aFailedCallNeverChangesATotalOrABuilder() {
        MoneyTotal before = MoneyTotal.of(YEN_15_8_BILLION, USD_37_MILLION);
        MoneyTotal.Builder b = MoneyTotal.builder().add(USD_37_MILLION);

        assertThatThrownBy(() -> TOTAL.plus((MonetaryAmount) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TOTAL.plusUnvalued(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.addUnvalued(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.add(USD, (BigDecimal) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.addOptional(null)).isInstanceOf(NullPointerException.class);

        assertThat(TOTAL).isEqualTo(before).hasToString("[JPY 15,800,000,000; USD 37,000,000]");
        assertThat(b.build()).isEqualTo(MoneyTotal.of(USD_37_MILLION));
    }

    @Test
    void aFailedBuilderCallAddsNoneOfItsFixings() {
        RateTable.Builder b = Fixings.ecb();
        String before = b.build().toString();
        Map<String, BigDecimal> halfBad = Map.of("GBP", new BigDecimal("0.85"), "USD", new BigDecimal("-1"));
        LocalDate jan4 = LocalDate.of(2024, 1, 4);
        Map<LocalDate, BigDecimal> newThenConflicting = Map.of(jan4, new BigDecimal("158.3"),
                FEB_19, new BigDecimal("161.6"));

        assertThatThrownBy(() -> b.addFixings(LocalDate.of(2024, 2, 20), "ECB", "EUR", halfBad))
                .hasMessage("value of the EUR/USD rate must be positive, was -1");
        assertThatThrownBy(() -> b.addLines("EUR/GBP 0.85 2024-02-20 ECB\nEUR/CHF x 2024-02-20 ECB"))
                .hasMessage("line 2: value of a rate must be a decimal number such as 161.59, was \"x\" in "
                        + "\"EUR/CHF x 2024-02-20 ECB\"");
        assertThatThrownBy(() -> b.addSeries("EUR", "JPY", "ECB", newThenConflicting))
                .hasMessage("a pair has one fixing per date, but EUR/JPY on 2024-02-19 was given twice: 161.59 (ECB) "
                        + "and 161.6 (ECB)");

        RateTable after = b.build();
        assertThat(after).hasToString(before);
        assertThat(after.currencies()).containsExactly(EUR, JPY, USD);
        assertThat(after.findRate(EUR, JPY, LocalDate.of(2024, 2, 20), RateLookup.exactDate())).isEmpty();
        assertThat(after.findRate(EUR, JPY, jan4, RateLookup.exactDate())).isEmpty();
    }

    @Test
    void hugeAndTinyRatesAndAmountsConvertExactly() {
        RateTable t = RateTable.builder()
                .add("EUR", "JPY", new BigDecimal("1E+30"), FEB_19, "test")
                .add("EUR", "USD", new BigDecimal("1E-20"), FEB_19, "test")
                .build();

        assertThat(t.convert(Amounts.of("1E+30", "EUR"), JPY, FEB_19).decimal()).isEqualByComparingTo("1E+60");
        assertThat(t.convert(Amounts.of("1E-20", "EUR"), USD, FEB_19).decimal()).isEqualByComparingTo("1E-40");
        assertThat(t.rate(USD, EUR, FEB_19).value()).isEqualByComparingTo("1E+20");
        assertThat(t.rate(JPY, USD, FEB_19).value()).isEqualByComparingTo("1E-50");
        assertThat(t.convert(Amounts.of("1E+30", "JPY"), USD, FEB_19).rounded(RoundingMode.HALF_EVEN))
                .isEqualTo(Amounts.of("0.00", "USD"));
        assertThat(MoneyTotal.of(Amounts.of("1E+30", "USD"), Amounts.of("1E-20", "USD")).single())
                .extracting(Amounts::decimal).isEqualTo(new BigDecimal("1000000000000000000000000000000.00000000000000000001"));
        assertThat(DatedAmount.of(FEB_19, Amounts.of("1E+30", "JPY")))
                .hasToString("2024-02-19 JPY 1,000,000,000,000,000,000,000,000,000,000");
        assertThat(Optional.of(RateLookup.latestOnOrBefore(Integer.MAX_VALUE)))
                .get().hasToString("latest-on-or-before(2147483647 days)");
    }
}
