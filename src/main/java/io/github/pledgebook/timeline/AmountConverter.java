package io.github.pledgebook.timeline;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Converts an amount to another currency with a rate of a stated date: the hook by which timeline results are
 * expressed in one currency, using rates the caller supplies.
 * <p>
 * The timeline never converts on its own. Pass any conversion that follows the library's rules (dated rates, an
 * explicit lookup rule, an error rather than a guess when a rate is missing). A {@link RateTable} is one directly:
 * {@link Fulfilment#convertedTo(CurrencyUnit, LocalDate, RateTable)} takes the table, and {@link #of(RateTable)}
 * makes a converter of it for any other hook; a lambda fits too:
 * <pre>{@code
 * Fulfilment inDollars = fulfilment.convertedTo(Amounts.currency("USD"), LocalDate.of(2024, 2, 19), rates);
 * AmountConverter byRates = AmountConverter.of(rates);
 * AmountConverter byHand = (amount, target, date) -> rates.convert(amount, target, date).amount();
 * }</pre>
 * ({@code RateTable} itself cannot implement this interface: it lives below the timeline, and its own
 * {@code convert} methods return a {@code Conversion} that keeps the rate used.)
 * Implementations should be immutable and thread-safe.
 */
@FunctionalInterface
public interface AmountConverter {

    /**
     * Converts an amount.
     *
     * @param amount the amount, in its own currency
     * @param target the currency to convert to
     * @param date the date whose rate to use
     * @return the amount in {@code target}
     */
    MonetaryAmount convert(MonetaryAmount amount, CurrencyUnit target, LocalDate date);

    /**
     * Returns a converter that uses a rate table under the table's lookup rule: the exact converted amount of
     * {@link RateTable#convert(MonetaryAmount, CurrencyUnit, LocalDate)}.
     *
     * @param rates the caller's rate table
     * @return the converter; a missing rate throws the table's {@code MissingRateException}
     */
    static AmountConverter of(RateTable rates) {
        Check.required(rates, "rate table");
        return (amount, target, date) -> rates.convert(amount, target, date).amount();
    }

    /**
     * Converts every currency of a total and adds the results; the unvalued count is kept.
     *
     * @param total the total to convert
     * @param target the currency to convert to
     * @param date the date whose rates to use
     * @return a total in {@code target} alone (or empty if {@code total} holds no money)
     * @throws IllegalStateException if the conversion returns another currency than {@code target}
     */
    default MoneyTotal convert(MoneyTotal total, CurrencyUnit target, LocalDate date) {
        Check.required(total, "total to convert");
        Check.required(target, "target currency");
        Check.required(date, "rate date");
        MoneyTotal.Builder b = MoneyTotal.builder();
        for (MonetaryAmount a : total.amounts()) {
            MonetaryAmount converted = a.getCurrency().equals(target) ? a : convert(a, target, date);
            if (converted == null || !target.equals(converted.getCurrency())) {
                throw new IllegalStateException("conversion of " + Amounts.format(a) + " to "
                        + target.getCurrencyCode() + " on " + date + " returned "
                        + (converted == null ? "null" : Amounts.format(converted)) + ", expected an amount in "
                        + target.getCurrencyCode());
            }
            b.add(converted);
        }
        return b.addUnvalued(total.unvaluedCount()).build();
    }
}
