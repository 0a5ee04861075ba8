package io.github.pledgebook.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.money.Conversion;
import io.github.pledgebook.money.DatedAmount;
import io.github.pledgebook.money.ExchangeRate;
import io.github.pledgebook.money.MissingRateException;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateLookup;
import io.github.pledgebook.money.RateTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** ECB and FRED files read into rate tables reproduce the worked conversions of docs/money.md. */
class RateCsvTest {

    static final CurrencyUnit USD = Amounts.currency("USD");
    static final CurrencyUnit EUR = Amounts.currency("EUR");
    static final MonetaryAmount YEN = Amounts.of(15_800_000_000L, "JPY");
    static final LocalDate FEB_19 = LocalDate.of(2024, 2, 19);

    static final String FRED = """
            DATE,DEXJPUS
            2024-02-14,150.52
            2024-02-15,149.96
            2024-02-16,150.18
            2024-02-19,.
            2024-02-20,150.04
            """;

    static RateTable ecb() throws IOException {
        try (InputStream in = RateCsvTest.class.getResourceAsStream("ecb-rates-sample.csv");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return RateCsv.ecb(reader);
        }
    }

    private static String plain(MonetaryAmount a) {
        return Amounts.decimal(a).toPlainString();
    }

    @Test
    void ecbFileHoldsEveryFixingPerEuro() throws IOException {
        RateTable rates = ecb();
        // 35 days, 3 currencies, one N/A
        assertThat(rates.size()).isEqualTo(35 * 3 - 1);
        assertThat(rates.currencies()).extracting(CurrencyUnit::getCurrencyCode)
                .containsExactlyInAnyOrder("EUR", "USD", "JPY", "GBP");
        ExchangeRate jpy = rates.rate("EUR", "JPY", FEB_19, RateLookup.exactDate());
        assertThat(jpy.value()).isEqualByComparingTo("161.59");
        assertThat(jpy.source()).isEqualTo("ECB");
        assertThat(jpy.base()).isEqualTo(EUR);
        assertThat(rates.pivots()).extracting(CurrencyUnit::getCurrencyCode).containsExactly("EUR");
        assertThatThrownBy(() -> rates.rate("EUR", "GBP", LocalDate.of(2024, 1, 15), RateLookup.exactDate()))
                .isInstanceOf(MissingRateException.class);
    }

    @Test
    void ecbFileReproducesTheWorkedExample() throws IOException {
        RateTable rates = ecb();
        Conversion c = rates.convert(YEN, USD, FEB_19);
        assertThat(plain(c.amount())).isEqualTo("105365926.1092889411473482269942446926");
        assertThat(Amounts.format(c.rounded(RoundingMode.HALF_EVEN))).isEqualTo("USD 105,365,926.11");
        assertThat(c.rate().value()).isEqualByComparingTo("0.006668729500587907667553685252800297");
        assertThat(c.rate().derivation()).isEqualTo(ExchangeRate.Derivation.CROSSED);

        Conversion sunday = rates.convert(YEN, USD, LocalDate.of(2024, 2, 18), RateLookup.latestOnOrBefore(3));
        assertThat(plain(sunday.amount())).isEqualTo("105206378.6389764509549415909512330756");
        assertThatThrownBy(() -> rates.convert(YEN, USD, LocalDate.of(2024, 2, 18), RateLookup.exactDate()))
                .hasMessage("no JPY/USD rate for 2024-02-18 under exact-date: latest fixing is 2024-02-16");

        MoneyTotal both = MoneyTotal.of(YEN, Amounts.of(37_000_000, "USD"));
        assertThat(plain(rates.convert(both, USD, FEB_19).amount())).isEqualTo("142365926.1092889411473482269942446926");
        assertThat(plain(rates.convertEach(List.of(
                DatedAmount.of(LocalDate.of(2024, 1, 7), Amounts.of(37_000_000, "USD")),
                DatedAmount.of(FEB_19, YEN)), EUR).amount())).isEqualTo("131658009.214685359451511859027459803");
        assertThat(plain(rates.convert(both, EUR, FEB_19).amount())).isEqualTo("132113888.3716489802777915989181929193");
    }

    @Test
    void fredSeriesReproducesTheH10Figure() {
        RateTable rates = RateCsv.fred(FRED);
        ExchangeRate friday = rates.rate("USD", "JPY", LocalDate.of(2024, 2, 16), RateLookup.exactDate());
        assertThat(friday.value()).isEqualByComparingTo("150.18");
        assertThat(friday.source()).isEqualTo("FRED DEXJPUS");
        assertThat(rates.size()).isEqualTo(4);
        Conversion c = rates.convert(YEN, USD, FEB_19);
        assertThat(plain(c.amount())).isEqualTo("105207084.831535490744440005326941008");
        assertThat(c.rate().date()).isEqualTo(LocalDate.of(2024, 2, 16));
        assertThat(c.rate().derivation()).isEqualTo(ExchangeRate.Derivation.INVERTED);
    }

    @Test
    void fredSeriesOfAnyPairAndEcbRatesShareOneTable() {
        RateTable.Builder b = RateTable.builder();
        RateCsv.addEcb(b, "Date,USD,JPY,\n2024-02-19,1.0776,161.59,\n", "ECB");
        RateCsv.addFred(b, "observation_date,MYSERIES\n2024-02-16,150.18\n2024-02-19,\n", "USD", "JPY", "Fed H.10");
        RateTable rates = b.build();
        assertThat(rates.size()).isEqualTo(3);
        assertThat(rates.rate("USD", "JPY", LocalDate.of(2024, 2, 16), RateLookup.exactDate()).source())
                .isEqualTo("Fed H.10");
    }

    @Test
    void unreadableCellsStopTheReadingWithRowAndColumn() {
        assertThatThrownBy(() -> RateCsv.ecb("Date,USD,\n2024-02-19,1.07x,\n"))
                .hasMessageStartingWith("row 2, column USD: \"1.07x\" is not a rate");
        assertThatThrownBy(() -> RateCsv.ecb("Date,USD,\n19/02/2024,1.07,\n"))
                .hasMessageStartingWith("row 2, column Date: \"19/02/2024\" is not a date");
        assertThatThrownBy(() -> RateCsv.ecb("Date,XYZ,\n2024-02-19,1.07,\n"))
                .hasMessageStartingWith("column XYZ: not a known ISO 4217 currency code");
        assertThatThrownBy(() -> RateCsv.ecb("Date,USD,\n2024-02-19,1.07,\n2024-02-19,1.08,\n"))
                .hasMessageStartingWith("row 3, column Date: \"2024-02-19\" appears twice");
        assertThatThrownBy(() -> RateCsv.fred("DATE,DEXXXUS\n2024-02-19,1\n"))
                .hasMessageStartingWith("row 1, column DEXXXUS: not a FRED series pledgebook recognises");
        assertThatThrownBy(() -> RateCsv.fred("DATE,DEXJPUS\n2024-02-19,-1\n"))
                .hasMessageStartingWith("row 2, column DEXJPUS: \"-1\" is not a positive rate");
        assertThat(RateCsv.ecb("Date,USD,\n").size()).isZero();
        // a currency in two columns: one value would silently replace the other
        assertThatThrownBy(() -> RateCsv.ecb("Date,USD,JPY,usd,\n2024-02-19,1.07,161.59,1.5,\n"))
                .hasMessage("row 1, column 4: usd is also column 2; expected one column per currency");
        assertThatThrownBy(() -> RateCsv.ecb("Date,\u0007,\n2024-02-19,1.07,\n"))
                .hasMessageStartingWith("column \"\\u0007\": not a known ISO 4217 currency code");
        // text that is not CSV (a character after a closing quote) stops the reading the same way, never with
        // the CSV parser's own exception
        assertThatThrownBy(() -> RateCsv.ecb("Date,USD,\n2024-02-16,1.0773,\n2024-02-19,\"1.07\"76,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("row 3: the CSV text is broken here (Unexpected character after closing quote");
        assertThatThrownBy(() -> RateCsv.fred("DATE,DEXJPUS\n\"2024\"-02-19,150.18\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("row 2: the CSV text is broken");
    }
}
