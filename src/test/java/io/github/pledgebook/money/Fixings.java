package io.github.pledgebook.money;

import io.github.pledgebook.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Rate data shaped like the ECB's euro reference rates (per 1 EUR) and the Fed's H.10 (JPY per USD) around the
 * Japan-Ukraine conference of 19 Feb 2024. The values are illustrative, close to the published ones, and are
 * stated here so every expected figure in the tests can be recomputed by hand.
 */
final class Fixings {

    static final CurrencyUnit EUR = Amounts.currency("EUR");
    static final CurrencyUnit JPY = Amounts.currency("JPY");
    static final CurrencyUnit USD = Amounts.currency("USD");
    static final CurrencyUnit GBP = Amounts.currency("GBP");

    /** Friday before the NATO trust fund pledge of Sunday 7 Jan 2024. */
    static final LocalDate JAN_5 = LocalDate.of(2024, 1, 5);
    static final LocalDate JAN_7 = LocalDate.of(2024, 1, 7);
    static final LocalDate FEB_9 = LocalDate.of(2024, 2, 9);
    static final LocalDate FEB_16 = LocalDate.of(2024, 2, 16);
    /** A Sunday: no fixing anywhere. */
    static final LocalDate FEB_18 = LocalDate.of(2024, 2, 18);
    /** The conference day; a US holiday (no H.10 fixing), an ECB business day. */
    static final LocalDate FEB_19 = LocalDate.of(2024, 2, 19);

    static final MonetaryAmount YEN_15_8_BILLION = Amounts.of(15_800_000_000L, "JPY");
    static final MonetaryAmount USD_37_MILLION = Amounts.of(37_000_000, "USD");

    /** 2024-01-05 EUR/USD 1.0921, EUR/JPY 158.11; 2024-02-16 EUR/USD 1.0773, EUR/JPY 161.79; 2024-02-19 EUR/USD 1.0776, EUR/JPY 161.59. */
    static RateTable.Builder ecb() {
        return RateTable.builder()
                .addFixings(JAN_5, "ECB", "EUR", Map.of("USD", new BigDecimal("1.0921"), "JPY", new BigDecimal("158.11")))
                .addFixings(FEB_16, "ECB", "EUR", Map.of("USD", new BigDecimal("1.0773"), "JPY", new BigDecimal("161.79")))
                .addFixings(FEB_19, "ECB", "EUR", Map.of("USD", new BigDecimal("1.0776"), "JPY", new BigDecimal("161.59")));
    }

    /** H.10 "JPY per USD": 2024-02-15 149.96, 2024-02-16 150.18, none on 2024-02-19 (Washington's Birthday). */
    static RateTable.Builder h10() {
        return RateTable.builder().addSeries("USD", "JPY", "Fed H.10", Map.of(
                LocalDate.of(2024, 2, 15), new BigDecimal("149.96"),
                FEB_16, new BigDecimal("150.18")));
    }

    private Fixings() {
    }
}
