package io.github.pledgebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AmountsFormatTest {

    static Stream<Arguments> amounts() {
        return Stream.of(
                Arguments.of("15800000000", "JPY", "JPY 15,800,000,000"),
                Arguments.of("37000000.1", "USD", "USD 37,000,000.10"),
                Arguments.of("37000000.10", "USD", "USD 37,000,000.10"),
                Arguments.of("1.5", "USD", "USD 1.50"),
                Arguments.of("1.5", "BHD", "BHD 1.500"),
                Arguments.of("100.00", "JPY", "JPY 100"),
                Arguments.of("100.00", "USD", "USD 100"),
                Arguments.of("0.125", "USD", "USD 0.125"),
                Arguments.of("0.5", "JPY", "JPY 0.5"),
                Arguments.of("1E+3", "USD", "USD 1,000"),
                Arguments.of("1E-7", "USD", "USD 0.0000001"),
                Arguments.of("-1234.5", "USD", "USD -1,234.50"),
                Arguments.of("999", "USD", "USD 999"),
                Arguments.of("100000", "EUR", "EUR 100,000"),
                Arguments.of("0", "USD", "USD 0"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("amounts")
    void formatGroupsDigitsAndKeepsEverySignificantDigit(String number, String currency, String text) {
        assertThat(Amounts.format(Amounts.of(new BigDecimal(number), currency))).isEqualTo(text);
    }

    @Test
    void formatNeverUsesScientificNotationEvenForTenToTheThirty() {
        String text = Amounts.format(Amounts.of(BigDecimal.TEN.pow(30), "USD"));
        assertThat(text).isEqualTo("USD 1,000,000,000,000,000,000,000,000,000,000").doesNotContain("E");
        assertThat(Amounts.format(Amounts.of(new BigDecimal("1E+30").add(new BigDecimal("0.01")), "USD")))
                .isEqualTo("USD 1,000,000,000,000,000,000,000,000,000,000.01");
    }

    @Test
    void formatNumberShowsAtLeastTheAskedFractionDigitsOnlyWhenNotWhole() {
        assertThat(Amounts.formatNumber(new BigDecimal("1234.5"), 2)).isEqualTo("1,234.50");
        assertThat(Amounts.formatNumber(new BigDecimal("1234.000"), 2)).isEqualTo("1,234");
        assertThat(Amounts.formatNumber(new BigDecimal("-0.5"), 0)).isEqualTo("-0.5");
        assertThat(Amounts.formatNumber(new BigDecimal("123456789"), 0)).isEqualTo("123,456,789");
    }
}
