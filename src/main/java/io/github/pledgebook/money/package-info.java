/**
 * Currency-safe money: exact multi-currency totals, dated exchange rates the caller supplies, and conversions that
 * say which rate of which date produced them.
 * <p>
 * {@link io.github.pledgebook.money.MoneyTotal} keeps one exact sum per currency and never adds across currencies.
 * Nothing here fetches rates, reads a clock or rounds unless asked with a named {@link java.math.RoundingMode}.
 */
package io.github.pledgebook.money;
