package io.github.pledgebook.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.money.ExchangeRate.Derivation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

    private static final ExchangeRate EUR_JPY = ExchangeRate.parse("EUR/JPY 161.59 2024-02-19 ECB");

    @Test
    void parseReadsPairValueDateAndSource() {
        assertThat(EUR_JPY.pair()).isEqualTo("EUR/JPY");
        assertThat(EUR_JPY.value()).isEqualByComparingTo("161.59");
        assertThat(EUR_JPY.date()).isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(EUR_JPY.source()).isEqualTo("ECB");
        assertThat(EUR_JPY.derivation()).isEqualTo(Derivation.FIXING);
        assertThat(EUR_JPY).hasToString("EUR/JPY 161.59 2024-02-19 ECB");
        assertThat(ExchangeRate.parse("  USD/JPY 150.18 2024-02-16 Fed H.10 ").source()).isEqualTo("Fed H.10");
    }

    @Test
    void fixingPrintsAsTheLineThatParsesBackToIt() {
        assertThat(ExchangeRate.parse(EUR_JPY.toString())).isEqualTo(EUR_JPY);
    }

    @Test
    void valuesCompareNumerically() {
        assertThat(ExchangeRate.parse("EUR/JPY 161.590 2024-02-19 ECB")).isEqualTo(EUR_JPY).hasSameHashCodeAs(EUR_JPY);
    }

    @Test
    void inverseKeepsThirtyFourDigitsAndNamesItsFixing() {
        ExchangeRate inverse = EUR_JPY.inverse();
        assertThat(inverse.value()).isEqualByComparingTo("0.006188501763723002661055758400891144");
        assertThat(inverse).hasToString("JPY/EUR 0.006188501763723002661055758400891144 2024-02-19 ECB "
                + "(inverted from EUR/JPY 161.59 2024-02-19 ECB)");
        assertThat(inverse.inverse()).isSameAs(EUR_JPY);
        assertThat(inverse.isDerived()).isTrue();
        assertThat(inverse.fixings()).containsExactly(EUR_JPY);
    }

    @Test
    void crossRateIsDatedWithItsOlderFixingAndNamesEverySource() {
        ExchangeRate usdJpy = ExchangeRate.parse("USD/JPY 150.18 2024-02-16 Fed H.10");
        ExchangeRate eurUsd = ExchangeRate.parse("EUR/USD 1.0776 2024-02-19 ECB");
        ExchangeRate cross = ExchangeRate.cross(eurUsd, usdJpy);

        assertThat(cross.pair()).isEqualTo("EUR/JPY");
        assertThat(cross.value()).isEqualByComparingTo("161.833968");
        assertThat(cross.date()).isEqualTo(LocalDate.of(2024, 2, 16));
        assertThat(cross.source()).isEqualTo("ECB+Fed H.10");
        assertThatThrownBy(() -> ExchangeRate.cross(usdJpy, eurUsd))
                .hasMessage("a cross rate needs the first rate's term to be the second rate's base, "
                        + "was USD/JPY then EUR/USD");
    }

    @Test
    void badRatesAreRejectedWithTheValueAndTheExpectation() {
        assertThatThrownBy(() -> ExchangeRate.parse("EUR/JPY 0 2024-02-19 ECB"))
                .hasMessage("value of the EUR/JPY rate must be positive, was 0");
        assertThatThrownBy(() -> ExchangeRate.parse("EUR/EUR 1 2024-02-19 ECB"))
                .hasMessage("a rate needs two different currencies, was EUR/EUR; "
                        + "a currency converts to itself at 1 without a rate");
        assertThatThrownBy(() -> ExchangeRate.parse("EURJPY 161.59 2024-02-19 ECB"))
                .hasMessageStartingWith("pair of a rate must be two ISO codes separated by \"/\"");
        assertThatThrownBy(() -> ExchangeRate.parse("EUR/JPY 161.59 19.02.2024 ECB"))
                .hasMessageStartingWith("date of a rate must be an ISO date such as 2024-02-19, was \"19.02.2024\"");
        assertThatThrownBy(() -> ExchangeRate.parse("EUR/JPY 161.59 2024-02-19"))
                .hasMessage("rate must look like \"EUR/JPY 161.59 2024-02-19 ECB\" (pair, value, date, source), "
                        + "was \"EUR/JPY 161.59 2024-02-19\"");
        assertThatThrownBy(() -> ExchangeRate.parse("EUR/XYZ 1 2024-02-19 ECB"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeRate.of("EUR", "JPY", new BigDecimal("1"), LocalDate.of(2024, 2, 19), " "))
                .hasMessage("source of the EUR/JPY rate must not be blank, was \" \"");
    }

    @Test
    void lookupRulesReadAsTheirNames() {
        assertThat(RateLookup.standard()).hasToString("latest-on-or-before(4 days)")
                .isEqualTo(RateLookup.latestOnOrBefore(4));
        assertThat(RateLookup.latestOnOrBefore(1)).hasToString("latest-on-or-before(1 day)");
        assertThat(RateLookup.exactDate()).hasToString("exact-date");
        assertThat(RateLookup.exactDate().isExactDate()).isTrue();
        assertThat(RateLookup.latestOnOrBefore(3).accepts(LocalDate.of(2024, 2, 16), LocalDate.of(2024, 2, 18)))
                .isTrue();
        assertThat(RateLookup.latestOnOrBefore(3).accepts(LocalDate.of(2024, 2, 19), LocalDate.of(2024, 2, 18)))
                .as("a future fixing is never accepted").isFalse();
        assertThat(RateLookup.latestOnOrBefore(1).accepts(LocalDate.of(2024, 2, 16), LocalDate.of(2024, 2, 18)))
                .isFalse();
        assertThatThrownBy(() -> RateLookup.latestOnOrBefore(-1))
                .hasMessage("maximum age of a rate must be zero or more days, was -1");
    }
}
