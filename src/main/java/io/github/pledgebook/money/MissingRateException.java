package io.github.pledgebook.money;

import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.convert.ConversionContext;
import javax.money.convert.CurrencyConversionException;

/**
 * Thrown when a rate table holds no rate for a pair on a date under the lookup rule in force.
 * <p>
 * pledgebook never guesses a rate, takes a future one or skips an amount it cannot convert. The message names the
 * pair, the date, the rule and the latest fixing that does exist, so the reader knows what to add:
 * <pre>{@code
 * no JPY/USD rate for 2024-02-18 under latest-on-or-before(3 days): latest fixing is 2024-02-09
 * no JPY/USD rate for 2024-02-15 under exact-date: no fixing on or before that date (later fixings are never used)
 * no XAU/USD rate for 2024-02-19 under latest-on-or-before(4 days): no fixing at all
 * }</pre>
 * It is a JSR 354 {@link CurrencyConversionException}, so code written against {@code javax.money} catches it too;
 * {@link #getMessage()} is the message above, without the generic JSR 354 prefix.
 * This class is immutable and thread-safe.
 */
public final class MissingRateException extends CurrencyConversionException {

    private static final long serialVersionUID = 1L;

    /** The date a rate was asked for. */
    private final LocalDate date;
    /** The rule's first part: whether only a fixing of the exact date serves ({@link RateLookup} is not serialisable). */
    private final boolean ruleExactDate;
    /** The rule's maximum age in days (see {@link RateLookup#maxAgeDays()}). */
    private final int ruleMaxAgeDays;
    /** The latest fixing on or before {@link #date} that would have served under any age, or null. */
    private final LocalDate latestFixing;
    /** The full message: pair, date, rule and latest fixing. */
    private final String message;

    MissingRateException(CurrencyUnit base, CurrencyUnit term, LocalDate date, RateLookup rule,
            LocalDate latestFixing, boolean anyFixing) {
        super(base, term, ConversionContext.HISTORIC_CONVERSION);
        this.date = date;
        this.ruleExactDate = rule.isExactDate();
        this.ruleMaxAgeDays = rule.maxAgeDays();
        this.latestFixing = latestFixing;
        String head = "no " + base.getCurrencyCode() + "/" + term.getCurrencyCode() + " rate for " + date
                + " under " + rule + ": ";
        if (latestFixing != null) {
            this.message = head + "latest fixing is " + latestFixing;
        } else if (anyFixing) {
            this.message = head + "no fixing on or before that date (later fixings are never used)";
        } else {
            this.message = head + "no fixing at all";
        }
    }

    /**
     * Returns the date a rate was asked for.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the lookup rule that found no acceptable fixing.
     *
     * @return the rule
     */
    public RateLookup rule() {
        return ruleExactDate ? RateLookup.exactDate() : RateLookup.latestOnOrBefore(ruleMaxAgeDays);
    }

    /**
     * Returns the date of the latest fixing on or before the date asked for that would have given a rate for the
     * pair (directly, inverted or crossed) had the rule accepted any age.
     *
     * @return that date, or empty if there is none on or before the date asked for
     */
    public Optional<LocalDate> latestFixing() {
        return Optional.ofNullable(latestFixing);
    }

    /**
     * Returns the message naming the pair, the date, the rule and the latest fixing.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return message;
    }

    /**
     * Returns the class name and the message, as for any exception, without the JSR 354 field dump.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return getClass().getName() + ": " + message;
    }
}
