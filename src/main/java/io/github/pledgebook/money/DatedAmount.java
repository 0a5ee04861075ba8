package io.github.pledgebook.money;

import io.github.pledgebook.Amounts;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An amount together with the date it belongs to, such as the date of the pledge event that stated it.
 * <p>
 * Converting "each amount at its own date" (the IATI value-date rule) needs both; see
 * {@link RateTable#convertEach(Iterable, javax.money.CurrencyUnit)}.
 * <pre>{@code
 * DatedAmount reported = DatedAmount.of(LocalDate.of(2024, 2, 11), Amounts.of(106_000_000, "USD"));
 * }</pre>
 * The amount is kept in pledgebook's exact form, so equality is numeric ({@code JPY 100} equals
 * {@code JPY 100.00}). This record is immutable and thread-safe.
 *
 * @param date the date the amount belongs to
 * @param amount the amount, exact
 */
public record DatedAmount(LocalDate date, MonetaryAmount amount) {

    /**
     * Creates a dated amount.
     *
     * @param date the date the amount belongs to
     * @param amount the amount
     * @throws NullPointerException if either is null
     */
    public DatedAmount {
        Objects.requireNonNull(date, "date of a dated amount is required, was null");
        Objects.requireNonNull(amount, "amount of a dated amount is required, was null");
        amount = Amounts.exact(amount);
    }

    /**
     * Creates a dated amount.
     * <pre>{@code
     * DatedAmount.of(LocalDate.of(2024, 2, 19), Amounts.of(15_800_000_000L, "JPY"));
     * }</pre>
     *
     * @param date the date the amount belongs to
     * @param amount the amount
     * @return the dated amount
     * @throws NullPointerException if either is null
     */
    public static DatedAmount of(LocalDate date, MonetaryAmount amount) {
        return new DatedAmount(date, amount);
    }

    /**
     * Compares by value: the same date, the same currency and numerically equal amounts.
     *
     * @param o the object to compare with
     * @return true if {@code o} is an equal dated amount
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DatedAmount)) {
            return false;
        }
        DatedAmount other = (DatedAmount) o;
        return date.equals(other.date)
                && amount.getCurrency().getCurrencyCode().equals(other.amount.getCurrency().getCurrencyCode())
                && Amounts.decimal(amount).compareTo(Amounts.decimal(other.amount)) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, amount.getCurrency().getCurrencyCode(), Conversion.hashOf(Amounts.decimal(amount)));
    }

    /**
     * Returns the dated amount for people: {@code 2024-02-19 JPY 15,800,000,000}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return date + " " + Amounts.format(amount);
    }
}
