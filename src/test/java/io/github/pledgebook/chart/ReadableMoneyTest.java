package io.github.pledgebook.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chart labels: three significant digits, half-even, with a thousands suffix. */
class ReadableMoneyTest {

    @Test
    void theSeedStorysAmountsReadShort() {
        assertThat(ReadableMoney.format(Amounts.of(15_800_000_000L, "JPY"))).isEqualTo("JPY 15.8bn");
        assertThat(ReadableMoney.format(Amounts.of(37_000_000, "USD"))).isEqualTo("USD 37M");
        assertThat(ReadableMoney.format(Amounts.of(106_000_000, "USD"))).isEqualTo("USD 106M");
        assertThat(ReadableMoney.format(Amounts.of("105365926.11", "USD"))).isEqualTo("USD 105M");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0.00, 0", "0.5, 0.5", "950, 950", "999.4, 999", "999.6, 1k", "1000, 1k", "2500, 2.5k",
            "-2500, -2.5k", "12345, 12.3k", "12355, 12.4k", "12345678, 12.3M", "999500000, 1bn",
            "1500000000000, 1.5tn", "15000000000000000, '15,000tn'", "0.001234, 0.00123"})
    void numbersKeepThreeSignificantDigits(String value, String expected) {
        assertThat(ReadableMoney.number(new BigDecimal(value))).isEqualTo(expected);
    }
}
