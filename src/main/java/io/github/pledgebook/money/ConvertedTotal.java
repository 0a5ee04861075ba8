package io.github.pledgebook.money;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A total converted to one currency: the exact sum of its conversions, every conversion and rate used, and the
 * count of items that had no money value.
 * <p>
 * It answers "how much in dollars?" while still saying how: which amounts were converted at which rates of which
 * dates. The sum is of the exact converted amounts, so it is rounded once, on request, not once per part.
 * <pre>{@code
 * ConvertedTotal usd = rates.convert(MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"), Amounts.of(37_000_000, "USD")),
 *         Amounts.currency("USD"), LocalDate.of(2024, 2, 19));
 * usd.amount();                        // USD 142,365,926.1092889411473482269942446926
 * usd.rounded(RoundingMode.HALF_EVEN); // USD 142,365,926.11
 * usd.conversions();                   // JPY at the EUR cross rate, USD at the identity rate 1
 * }</pre>
 * Equality is by value (the total compares numerically). This class is immutable and thread-safe.
 */
public final class ConvertedTotal {

    private final CurrencyUnit currency;
    private final BigDecimal total;
    private final List<Conversion> conversions;
    private final long unvaluedCount;

    ConvertedTotal(CurrencyUnit currency, List<Conversion> conversions, long unvaluedCount) {
        this.currency = currency;
        this.conversions = Collections.unmodifiableList(new ArrayList<>(conversions));
        this.unvaluedCount = unvaluedCount;
        this.total = sum(this.conversions);
    }

    /** A total whose conversions, in a list no one else holds, {@code total} is already the exact sum of. */
    ConvertedTotal(CurrencyUnit currency, List<Conversion> owned, long unvaluedCount, BigDecimal total) {
        this.currency = currency;
        this.conversions = Collections.unmodifiableList(owned);
        this.unvaluedCount = unvaluedCount;
        this.total = total;
    }

    private ConvertedTotal(ConvertedTotal counted, long unvaluedCount) {
        this.currency = counted.currency;
        this.conversions = counted.conversions;
        this.total = counted.total;
        this.unvaluedCount = unvaluedCount;
    }

    /** The exact sum of the converted amounts, summed without making each product (see {@link ExactSum}). */
    private static BigDecimal sum(List<Conversion> conversions) {
        ExactSum sum = new ExactSum();
        for (Conversion c : conversions) {
            sum.add(c.number(), c.rate());
        }
        return sum.value();
    }

    /**
     * Returns the currency of the total.
     *
     * @return the target currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the exact total: the sum of the exact converted amounts, unrounded.
     *
     * @return the total in the target currency
     */
    public MonetaryAmount amount() {
        return Amounts.of(total, currency);
    }

    /**
     * Returns the exact total as a decimal.
     *
     * @return the unrounded total
     */
    public BigDecimal decimal() {
        return total;
    }

    /**
     * Returns the total rounded to the currency's default fraction digits.
     * <pre>{@code
     * usd.rounded(RoundingMode.HALF_EVEN);  // USD 142,365,926.11
     * }</pre>
     *
     * @param mode how to round
     * @return the rounded total
     * @throws NullPointerException if {@code mode} is null
     * @throws IllegalStateException if the currency has no default fraction digits (such as XAU)
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public MonetaryAmount rounded(RoundingMode mode) {
        return rounded(Conversion.defaultDigits(currency), mode);
    }

    /**
     * Returns the total rounded to the given number of fraction digits.
     * <pre>{@code
     * usd.rounded(-6, RoundingMode.HALF_EVEN);  // USD 142,000,000
     * }</pre>
     *
     * @param digits the fraction digits to keep, from -100 to 100; negative rounds to tens, hundreds, ...
     * @param mode how to round
     * @return the rounded total
     * @throws NullPointerException if {@code mode} is null
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public MonetaryAmount rounded(int digits, RoundingMode mode) {
        Objects.requireNonNull(mode, "rounding mode is required, was null");
        Check.roundingDigits(digits);
        return Amounts.of(total.setScale(digits, mode), currency);
    }

    /**
     * Returns every conversion that went into the total, in the order made (one per currency for a total converted
     * at one date, one per amount for amounts converted at their own dates).
     *
     * @return an unmodifiable list
     */
    public List<Conversion> conversions() {
        return conversions;
    }

    /**
     * Returns the distinct rates used, in the order first used.
     *
     * @return an unmodifiable list
     */
    public List<ExchangeRate> rates() {
        List<ExchangeRate> out = new ArrayList<>();
        for (Conversion c : conversions) {
            if (!out.contains(c.rate())) {
                out.add(c.rate());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the distinct published fixings behind the rates used, in the order first used.
     *
     * @return an unmodifiable list
     */
    public List<ExchangeRate> fixings() {
        List<ExchangeRate> out = new ArrayList<>();
        for (Conversion c : conversions) {
            for (ExchangeRate f : c.fixings()) {
                if (!out.contains(f)) {
                    out.add(f);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns how many items had no money value and so are in no conversion, carried over from the
     * {@link MoneyTotal} converted.
     *
     * @return the count, zero or more
     */
    public long unvaluedCount() {
        return unvaluedCount;
    }

    /**
     * Returns this total with more items without money value counted.
     *
     * @param count zero or more
     * @return the new converted total
     * @throws IllegalArgumentException if {@code count} is negative
     * @throws ArithmeticException if the count would exceed {@link Long#MAX_VALUE}
     */
    public ConvertedTotal plusUnvalued(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("unvalued item count must be zero or more, was " + count);
        }
        return new ConvertedTotal(this, MoneyTotal.addCounts(unvaluedCount, count));
    }

    /**
     * Compares by value: same currency, numerically equal total, equal conversions and the same unvalued count.
     *
     * @param o the object to compare with
     * @return true if {@code o} is an equal converted total
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ConvertedTotal)) {
            return false;
        }
        ConvertedTotal other = (ConvertedTotal) o;
        return currency.getCurrencyCode().equals(other.currency.getCurrencyCode())
                && total.compareTo(other.total) == 0
                && conversions.equals(other.conversions)
                && unvaluedCount == other.unvaluedCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency.getCurrencyCode(), Conversion.hashOf(total), conversions, unvaluedCount);
    }

    /**
     * Returns the total for people, exact, with one line per conversion:
     * <pre>{@code
     * USD 142,365,926.1092889411473482269942446926 from 2 conversions + 1 without value
     *   JPY 15,800,000,000 = USD 105,365,926.10928... for 2024-02-19 at JPY/USD ... (crossed via EUR from ...)
     *   USD 37,000,000 = USD 37,000,000 for 2024-02-19 at USD/USD 1 2024-02-19 identity
     * }</pre>
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(Amounts.format(amount()))
                .append(" from ").append(conversions.size())
                .append(conversions.size() == 1 ? " conversion" : " conversions");
        if (unvaluedCount > 0) {
            sb.append(" + ").append(unvaluedCount).append(" without value");
        }
        for (Conversion c : conversions) {
            sb.append("\n  ").append(c);
        }
        return sb.toString();
    }
}
