package io.github.pledgebook.money;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The result of converting one amount: the source amount, the exact converted amount, the rate that produced it
 * and the date it was asked for.
 * <p>
 * A converted figure is derived, never a fact of its own, so it carries its provenance: {@link #rate()} is the
 * rate used, with its pair, value, fixing date, source and derivation, and {@link #fixings()} the published
 * fixings behind it. Nothing is rounded until {@link #rounded(RoundingMode)} is asked for.
 * <pre>{@code
 * Conversion c = rates.convert(Amounts.of(15_800_000_000L, "JPY"), Amounts.currency("USD"), LocalDate.of(2024, 2, 19));
 * c.amount();                          // USD 105,365,926.1092889411473482269942446926 (JPY x the 34-digit cross rate)
 * c.rounded(RoundingMode.HALF_EVEN);   // USD 105,365,926.11
 * c.rate().derivation();               // CROSSED, via EUR
 * c.fixings();                         // [EUR/JPY 161.59 2024-02-19 ECB, EUR/USD 1.0776 2024-02-19 ECB]
 * }</pre>
 * The converted amount is the source amount times {@link ExchangeRate#value()}, multiplied exactly; the only
 * rounding inside is the one division of a derived rate (see {@link ExchangeRate#DIVISION}).
 * <p>
 * Equality is by value (amounts compare numerically). This class is immutable and thread-safe.
 */
public final class Conversion {

    private final BigDecimal number;
    private final CurrencyUnit from;
    /** The source as a JSR 354 amount, made on first use (racy but safe: every thread makes an equal one). */
    private MonetaryAmount source;
    /** number × rate, multiplied on first use: a total sums the products without making them. Racy but safe. */
    private BigDecimal converted;
    private final ExchangeRate rate;
    private final LocalDate date;

    Conversion(MonetaryAmount source, ExchangeRate rate, LocalDate date) {
        this(Amounts.decimal(source), source.getCurrency(), rate, date);
        this.source = Amounts.exact(source);
    }

    /** Converts {@code number} of {@code from}; the JSR 354 source amount is made only if asked for. */
    Conversion(BigDecimal number, CurrencyUnit from, ExchangeRate rate, LocalDate date) {
        this.number = number;
        this.from = from;
        this.rate = rate;
        this.date = date;
    }

    /** The amount converted, as a decimal. */
    BigDecimal number() {
        return number;
    }

    /**
     * Returns the amount that was converted, exact.
     *
     * @return the source amount
     */
    public MonetaryAmount source() {
        MonetaryAmount s = source;
        if (s == null) {
            s = Amounts.of(number, from);
            source = s;
        }
        return s;
    }

    /**
     * Returns the converted amount, exact: the source amount times the rate, unrounded.
     *
     * @return the converted amount in the target currency
     */
    public MonetaryAmount amount() {
        return Amounts.of(decimal(), rate.term());
    }

    /**
     * Returns the converted amount's exact decimal value.
     *
     * @return the unrounded value
     */
    public BigDecimal decimal() {
        BigDecimal c = converted;
        if (c == null) {
            c = rate.derivation() == ExchangeRate.Derivation.IDENTITY ? number : number.multiply(rate.value());
            converted = c;
        }
        return c;
    }

    /**
     * Returns the target currency.
     *
     * @return the currency converted to
     */
    public CurrencyUnit currency() {
        return rate.term();
    }

    /**
     * Returns the rate used, with its pair, value, fixing date, source and derivation.
     *
     * @return the rate, {@link ExchangeRate.Derivation#IDENTITY} when source and target currency are the same
     */
    public ExchangeRate rate() {
        return rate;
    }

    /**
     * Returns the published fixings behind the rate, such as the two ECB fixings of a cross rate through EUR.
     *
     * @return an unmodifiable list, empty for an identity conversion
     */
    public List<ExchangeRate> fixings() {
        return rate.fixings();
    }

    /**
     * Returns the date the conversion was asked for; the rate's own date may be earlier (a Sunday takes Friday's
     * fixing).
     *
     * @return the date asked for
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the converted amount rounded to the target currency's default fraction digits (2 for USD, 0 for JPY).
     * <pre>{@code
     * conversion.rounded(RoundingMode.HALF_EVEN);  // USD 105,365,926.11
     * }</pre>
     *
     * @param mode how to round
     * @return the rounded amount
     * @throws NullPointerException if {@code mode} is null
     * @throws IllegalStateException if the currency has no default fraction digits (such as XAU)
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public MonetaryAmount rounded(RoundingMode mode) {
        return rounded(defaultDigits(rate.term()), mode);
    }

    /**
     * Returns the converted amount rounded to the given number of fraction digits.
     * <pre>{@code
     * conversion.rounded(-6, RoundingMode.HALF_EVEN);  // USD 105,000,000: whole millions
     * }</pre>
     *
     * @param digits the fraction digits to keep, from -100 to 100; negative rounds to tens, hundreds, ...
     * @param mode how to round
     * @return the rounded amount
     * @throws NullPointerException if {@code mode} is null
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public MonetaryAmount rounded(int digits, RoundingMode mode) {
        Objects.requireNonNull(mode, "rounding mode is required, was null");
        Check.roundingDigits(digits);
        return Amounts.of(decimal().setScale(digits, mode), rate.term());
    }

    static int defaultDigits(CurrencyUnit currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalStateException(currency.getCurrencyCode()
                    + " has no default fraction digits; round with rounded(digits, mode)");
        }
        return digits;
    }

    static int hashOf(BigDecimal value) {
        // stripTrailingZeros gives numerically equal values (and every zero) one form
        return value.stripTrailingZeros().hashCode();
    }

    /**
     * Compares by value: numerically equal source and converted amounts in the same currencies, the same rate and
     * the same date asked for.
     *
     * @param o the object to compare with
     * @return true if {@code o} is an equal conversion
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Conversion)) {
            return false;
        }
        Conversion other = (Conversion) o;
        return from.getCurrencyCode().equals(other.from.getCurrencyCode())
                && number.compareTo(other.number) == 0
                && decimal().compareTo(other.decimal()) == 0
                && rate.equals(other.rate)
                && date.equals(other.date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from.getCurrencyCode(), hashOf(number),
                hashOf(decimal()), rate, date);
    }

    /**
     * Returns the conversion for people, exact:
     * {@code JPY 15,800,000,000 = USD 105,365,926.1092889411473482269942446926 for 2024-02-19 at JPY/USD 0.00666...
     * 2024-02-19 ECB (crossed via EUR from ...)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return Amounts.format(source()) + " = " + Amounts.format(amount()) + " for " + date + " at " + rate;
    }
}
