/**
 * Currency-safe money: exact multi-currency totals, dated exchange rates the caller supplies, and conversions that
 * say which rate of which date produced them.
 * <p>
 * {@link io.github.pledgebook.money.MoneyTotal} keeps one exact sum per currency and never adds across currencies.
 * {@link io.github.pledgebook.money.RateTable} holds the caller's fixings (ECB per-EUR rates, Fed H.10 series, any
 * other source) and finds a rate for a pair and a date under a named
 * {@link io.github.pledgebook.money.RateLookup} rule, inverting or crossing through a pivot currency when needed;
 * a missing rate is a {@link io.github.pledgebook.money.MissingRateException}, never a guess.
 * {@link io.github.pledgebook.money.Conversion} and {@link io.github.pledgebook.money.ConvertedTotal} carry the
 * exact result and every {@link io.github.pledgebook.money.ExchangeRate} used. A table can also be used as a
 * JSR 354 {@code ExchangeRateProvider} that reads the date from the query.
 * <pre>{@code
 * RateTable rates = RateTable.parse("EUR/JPY 161.59 2024-02-19 ECB\nEUR/USD 1.0776 2024-02-19 ECB");
 * rates.convert(Amounts.of(15_800_000_000L, "JPY"), "USD", LocalDate.of(2024, 2, 19))
 *      .rounded(RoundingMode.HALF_EVEN);   // USD 105,365,926.11, via EUR
 * }</pre>
 * Nothing here fetches rates, reads a clock or rounds unless asked with a named {@link java.math.RoundingMode}.
 * Every type is immutable and thread-safe, except the builders.
 */
package io.github.pledgebook.money;
