package io.github.pledgebook.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile input to rates and totals: refused with a message that names field and value, or read as documented. */
class MoneyHostileInputTest {

    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final CurrencyUnit EUR = Amounts.currency("EUR");
    private static final LocalDate FEB_19 = LocalDate.of(2024, 2, 19);

    private static Arguments bad(String rule, Class<? extends Throwable> type, String message, ThrowingCallable call) {
        return Arguments.of(rule, type, message, call);
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                bad("a reverse fixing from the same source and day that contradicts", IllegalArgumentException.class,
                        "line 2: USD/EUR 2 and EUR/USD 1.0776 from ECB on 2024-02-19 contradict each other: their "
                                + "product is 2.1552, expected 1 within the rounding of their last digits; give one "
                                + "direction, or values that are inverses",
                        () -> RateTable.parse("EUR/USD 1.0776 2024-02-19 ECB\nUSD/EUR 2 2024-02-19 ECB")),
                bad("a non-breaking space between the fields", IllegalArgumentException.class,
                        "line 1: rate must look like \"EUR/JPY 161.59 2024-02-19 ECB\" (pair, value, date, source), "
                                + "was \"EUR/USD\\u00A01.0776 2024-02-19 ECB\"",
                        () -> RateTable.parse("EUR/USD\u00a01.0776 2024-02-19 ECB")),
                bad("a zero-width space in the value", IllegalArgumentException.class,
                        "value of a rate must be a decimal number such as 161.59, was \"1.07\\u200B76\" in "
                                + "\"EUR/USD 1.07\\u200B76 2024-02-19 ECB\"",
                        () -> ExchangeRate.parse("EUR/USD 1.07\u200b76 2024-02-19 ECB")),
                bad("a control character in the source", IllegalArgumentException.class,
                        "source of the EUR/USD rate must be one line without control characters such as line breaks "
                                + "or tabs (\\u001B at position 3), was \"ECB\\u001B[0m\"",
                        () -> ExchangeRate.of("EUR", "USD", BigDecimal.ONE, FEB_19, "ECB\u001b[0m")),
                bad("a source with a line break", IllegalArgumentException.class,
                        "source of the EUR/USD rate must be one line without control characters such as line breaks "
                                + "or tabs (\\n at position 3), was \"ECB\\nFed\"",
                        () -> ExchangeRate.of("EUR", "USD", BigDecimal.ONE, FEB_19, "ECB\nFed")),
                bad("a source with spaces around it", IllegalArgumentException.class,
                        "source of the EUR/USD rate must not start or end with spaces, was \" ECB \"",
                        () -> ExchangeRate.of("EUR", "USD", BigDecimal.ONE, FEB_19, " ECB ")),
                bad("a rate in XXX", IllegalArgumentException.class,
                        "line 1: currency code must be a currency money is stated in, was XXX (ISO 4217 for no "
                                + "currency)",
                        () -> RateTable.parse("EUR/XXX 1 2024-02-19 ECB")),
                bad("a rate in XTS given as a unit", IllegalArgumentException.class,
                        "term currency of the EUR/XTS rate must be a currency money is stated in, was XTS (ISO 4217 "
                                + "code reserved for testing)",
                        () -> ExchangeRate.of(EUR, Monetary.getCurrency("XTS"), BigDecimal.ONE, FEB_19, "ECB")),
                bad("a rate with an absurd exponent", IllegalArgumentException.class,
                        "value of the EUR/USD rate must have at most 100 digits after the decimal point (trailing "
                                + "zeros not counted), was 1E-999999999",
                        () -> ExchangeRate.parse("EUR/USD 1e-999999999 2024-02-19 ECB")),
                bad("a total fed an absurd exponent", IllegalArgumentException.class,
                        "amount added to a total must have at most 100 digits before the decimal point, was "
                                + "1E+999999999",
                        () -> MoneyTotal.builder().add(USD, new BigDecimal("1e999999999"))),
                bad("a total fed XXX", IllegalArgumentException.class,
                        "currency of an amount added to a total must be a currency money is stated in, was XXX (ISO "
                                + "4217 for no currency)",
                        () -> MoneyTotal.builder().add(Monetary.getCurrency("XXX"), BigDecimal.ONE)),
                bad("converting without a date", NullPointerException.class,
                        "date of the rate is required, was null",
                        () -> RateTable.parse("EUR/USD 1.0776 2024-02-19 ECB").convert(MoneyTotal.empty(), USD, null)),
                bad("fixings of no date", NullPointerException.class, "date of a rate is required, was null",
                        () -> RateTable.builder().addFixings(null, "ECB", "EUR", java.util.Map.of())),
                bad("a series of no source", NullPointerException.class,
                        "source of a rate is required, was null",
                        () -> RateTable.builder().addSeries("EUR", "USD", null, java.util.Map.of())),
                bad("formatting no amount", NullPointerException.class, "amount to format is required, was null",
                        () -> Amounts.format(null)),
                bad("formatting no number", NullPointerException.class, "number to format is required, was null",
                        () -> Amounts.formatNumber(null, 2)),
                bad("the single amount of a total of unvalued items", IllegalStateException.class,
                        "total holds no money, only 2 items without money value; it has no currency, so no single "
                                + "amount",
                        () -> MoneyTotal.empty().plusUnvalued(2).single()),
                bad("rounding to two billion digits", IllegalArgumentException.class,
                        "digits to round to must be from -100 to 100, was 2147483647",
                        () -> RateTable.parse("EUR/USD 1.0776 2024-02-19 ECB")
                                .convert(Amounts.of(1, "EUR"), USD, FEB_19).rounded(Integer.MAX_VALUE, RoundingMode.HALF_EVEN)),
                bad("rounding a converted total to minus two billion digits", IllegalArgumentException.class,
                        "digits to round to must be from -100 to 100, was -2147483648",
                        () -> RateTable.parse("EUR/USD 1.0776 2024-02-19 ECB").convert(MoneyTotal.of(Amounts.of(1,
                                "EUR")), USD, FEB_19).rounded(Integer.MIN_VALUE, RoundingMode.HALF_EVEN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void hostileMoneyInputIsRefusedWithAClearMessage(String rule, Class<? extends Throwable> type, String message,
            ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(type).hasMessage(message);
    }

    @Test
    void rateLinesTakeCommentsByteOrderMarksWindowsLineEndsAndTabs() {
        RateTable rates = RateTable.parse("\uFEFF# ECB reference rates\r\n"
                + "EUR/USD\t1.0776  2024-02-19 ECB   # from the website\r\n"
                + "\r\n"
                + "  EUR/JPY 161.59 2024-02-19 ECB#3\r"
                + "\t# done\n");
        assertThat(rates.size()).isEqualTo(2);
        assertThat(rates.rate("EUR", "JPY", FEB_19, rates.rule()).source()).isEqualTo("ECB#3");
        assertThat(rates.rate("EUR", "USD", FEB_19, rates.rule()).source()).isEqualTo("ECB");
        assertThat(rates.convert(Amounts.of(1, "EUR"), USD, FEB_19).decimal()).isEqualByComparingTo("1.0776");
    }

    @Test
    void reverseFixingsThatAgreeWithinTheirRoundingAreBothKept() {
        RateTable rates = RateTable.parse("EUR/USD 1.0776 2024-02-19 ECB\nUSD/EUR 0.928 2024-02-19 ECB");
        assertThat(rates.convert(Amounts.of(1, "USD"), EUR, FEB_19).decimal()).isEqualByComparingTo("0.928");
        assertThat(rates.convert(Amounts.of(1, "EUR"), USD, FEB_19).decimal()).isEqualByComparingTo("1.0776");
    }

    @Test
    void reverseFixingsFromDifferentSourcesAreBothKeptAndEachDirectionUsesItsOwn() {
        RateTable rates = RateTable.parse("EUR/USD 1.0776 2024-02-19 ECB\nUSD/EUR 0.95 2024-02-19 Fed");
        assertThat(rates.convert(Amounts.of(1, "EUR"), USD, FEB_19).rate().source()).isEqualTo("ECB");
        assertThat(rates.convert(Amounts.of(1, "USD"), EUR, FEB_19).rate().source()).isEqualTo("Fed");
        assertThat(rates.convert(Amounts.of(1, "USD"), EUR, FEB_19).decimal()).isEqualByComparingTo("0.95");
    }

    @Test
    void derivedRatesOfThirtyFourDigitsFitTheBounds() {
        ExchangeRate inverse = ExchangeRate.parse("EUR/JPY 161.59 2024-02-19 ECB").inverse();
        ExchangeRate again = ExchangeRate.of("JPY", "EUR", inverse.value(), FEB_19, "derived");
        assertThat(again.value()).isEqualTo(inverse.value());
        assertThat(inverse.value().precision()).isEqualTo(34);
    }
}
