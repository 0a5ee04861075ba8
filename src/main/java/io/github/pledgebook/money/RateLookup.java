package io.github.pledgebook.money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A named rule for finding the exchange rate of a date: the fixing of that exact date, or the latest fixing on or
 * before it within a maximum age.
 * <p>
 * Rates are published on business days only, so a rate asked for a Sunday has no fixing of its own. The rule says
 * openly what happens then, and it never looks forward: a future rate, or the "nearest" fixing in both directions,
 * is never used.
 * <pre>{@code
 * RateLookup.exactDate();            // exact-date: only the fixing of the day asked for
 * RateLookup.latestOnOrBefore(3);    // latest-on-or-before(3 days): Sunday takes Friday's fixing
 * RateLookup.standard();             // latest-on-or-before(4 days): also bridges a Friday and Monday holiday
 * }</pre>
 * Two rules are equal when they are of the same kind with the same maximum age ({@code exactDate()} and
 * {@code latestOnOrBefore(0)} accept the same fixings but are named differently, so they are not equal). This class
 * is immutable and thread-safe.
 */
public final class RateLookup {

    private static final RateLookup EXACT_DATE = new RateLookup(true, 0);
    private static final RateLookup STANDARD = new RateLookup(false, 4);

    private final boolean exactDate;
    private final int maxAgeDays;

    private RateLookup(boolean exactDate, int maxAgeDays) {
        this.exactDate = exactDate;
        this.maxAgeDays = maxAgeDays;
    }

    /**
     * Returns the rule that accepts only the fixing of the very date asked for.
     * <pre>{@code
     * table.rate("JPY", "USD", sunday, RateLookup.exactDate());  // throws MissingRateException
     * }</pre>
     *
     * @return the exact-date rule
     */
    public static RateLookup exactDate() {
        return EXACT_DATE;
    }

    /**
     * Returns the rule that takes the latest fixing on or before the date asked for, if it is at most
     * {@code maxAgeDays} calendar days older.
     * <pre>{@code
     * RateLookup.latestOnOrBefore(3);  // a Sunday (2024-02-18) takes Friday's (2024-02-16) fixing
     * }</pre>
     *
     * @param maxAgeDays how many calendar days older than the date asked for a fixing may be; zero or more
     * @return the rule
     * @throws IllegalArgumentException if {@code maxAgeDays} is negative
     */
    public static RateLookup latestOnOrBefore(int maxAgeDays) {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException(
                    "maximum age of a rate must be zero or more days, was " + maxAgeDays);
        }
        return maxAgeDays == STANDARD.maxAgeDays ? STANDARD : new RateLookup(false, maxAgeDays);
    }

    /**
     * Returns the default rule: the latest fixing on or before the date, at most 4 days older. Four days bridge a
     * weekend plus a holiday on the Friday or the Monday (Easter: Thursday's fixing serves Good Friday to Easter
     * Monday).
     * <pre>{@code
     * RateLookup.standard().toString();  // "latest-on-or-before(4 days)"
     * }</pre>
     *
     * @return the standard rule
     */
    public static RateLookup standard() {
        return STANDARD;
    }

    /**
     * Returns whether this rule accepts only the fixing of the date asked for.
     *
     * @return true for {@link #exactDate()}
     */
    public boolean isExactDate() {
        return exactDate;
    }

    /**
     * Returns how many calendar days older than the date asked for an accepted fixing may be (zero for
     * {@link #exactDate()}).
     *
     * @return the maximum age in days
     */
    public int maxAgeDays() {
        return maxAgeDays;
    }

    /**
     * Returns whether this rule accepts a fixing of {@code fixingDate} for a rate asked for {@code askedDate}.
     * <pre>{@code
     * RateLookup.latestOnOrBefore(3).accepts(LocalDate.parse("2024-02-16"), LocalDate.parse("2024-02-18")); // true
     * RateLookup.latestOnOrBefore(3).accepts(LocalDate.parse("2024-02-19"), LocalDate.parse("2024-02-18")); // false
     * }</pre>
     *
     * @param fixingDate the date of the fixing
     * @param askedDate the date a rate is wanted for
     * @return true if the fixing is on or before the date asked for and not older than the maximum age
     */
    public boolean accepts(LocalDate fixingDate, LocalDate askedDate) {
        Objects.requireNonNull(fixingDate, "fixing date is required, was null");
        Objects.requireNonNull(askedDate, "date asked for is required, was null");
        long fixing = fixingDate.toEpochDay();
        long asked = askedDate.toEpochDay();
        return fixing <= asked && fixing >= earliestEpochDay(asked);
    }

    /** The oldest epoch day accepted for a rate asked for {@code askedEpochDay}. */
    long earliestEpochDay(long askedEpochDay) {
        return askedEpochDay - maxAgeDays;
    }

    /**
     * Compares by value: the same kind of rule and the same maximum age.
     *
     * @param o the object to compare with
     * @return true if {@code o} is an equal rule
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RateLookup)) {
            return false;
        }
        RateLookup other = (RateLookup) o;
        return exactDate == other.exactDate && maxAgeDays == other.maxAgeDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(exactDate, maxAgeDays);
    }

    /**
     * Returns the rule's name as used in messages: {@code exact-date} or {@code latest-on-or-before(3 days)}.
     *
     * @return the name
     */
    @Override
    public String toString() {
        if (exactDate) {
            return "exact-date";
        }
        return "latest-on-or-before(" + maxAgeDays + (maxAgeDays == 1 ? " day)" : " days)");
    }
}
