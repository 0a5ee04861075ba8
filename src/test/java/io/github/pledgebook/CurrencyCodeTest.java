package io.github.pledgebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A currency code is taken as written, never as a pattern. JSR 354 looks codes up as regular expressions, so Moneta
 * alone finds USD for {@code "U.D"} and EUR for {@code "EU."}: a sheet or a file with such a code would be read as
 * money in another currency than it states, and {@code "???"} would print a stack trace to the caller's console.
 */
class CurrencyCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"U.D", "EU.", "(USD)", "U[S]D", "USD|EUR", "X*", "X+|y", ".*", "???", "[A-Z]+", "US.",
        "U\\SD", "^USD$", " USD", "USD ", "", "usd", "EURO"})
    void aCodeThatIsNotACurrencysOwnIsRefusedAndNothingIsLogged(String code) {
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            assertThatThrownBy(() -> Amounts.currency(code)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("currency code must be a known ISO 4217 code such as USD, was \"" + code + "\"");
        } finally {
            root.removeHandler(handler);
        }
        assertThat(logged).as("log records").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "EUR", "JPY", "UAH", "CHF", "XAU"})
    void aCurrencysOwnCodeFindsIt(String code) {
        assertThat(Amounts.currency(code).getCurrencyCode()).isEqualTo(code);
    }

    @Test
    void anAmountInAPatternIsRefusedToo() {
        assertThatThrownBy(() -> Amounts.of(5, "U.D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was \"U.D\"");
    }
}
