package io.github.pledgebook.timeline;

import io.github.pledgebook.Donor;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * How far one donor's promises had come on a date: announced, committed and disbursed, and the gaps between them.
 * <p>
 * Everything is per currency, exactly, unless converted with {@link #convertedTo(CurrencyUnit, LocalDate,
 * AmountConverter)} using rates the caller supplies. A gap is the difference per currency; it can be negative when a
 * pledge skipped a stage (committed without an announcement). Items without money value are reported in each
 * total's {@link MoneyTotal#unvaluedCount()}; a gap's unvalued count is that of both sides.
 * <pre>{@code
 * Fulfilment japan = book.asOf(LocalDate.of(2024, 2, 20)).fulfilment().get(0);
 * japan.announced();        // [JPY 15,800,000,000; USD 37,000,000]
 * japan.committed();        // [JPY 15,800,000,000]
 * japan.notYetCommitted();  // [JPY 0; USD 37,000,000]
 * japan.outstanding();      // [JPY 15,800,000,000] + 1 without value
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class Fulfilment {

    private final Donor donor;
    private final LocalDate asOf;
    private final MoneyTotal announced;
    private final MoneyTotal committed;
    private final MoneyTotal disbursed;
    private final CurrencyUnit currency;
    private final LocalDate rateDate;

    Fulfilment(Donor donor, LocalDate asOf, StageTotal announced, StageTotal committed, StageTotal disbursed) {
        this(donor, asOf, announced.total(), committed.total(), disbursed.total(), null, null);
    }

    private Fulfilment(Donor donor, LocalDate asOf, MoneyTotal announced, MoneyTotal committed, MoneyTotal disbursed,
            CurrencyUnit currency, LocalDate rateDate) {
        this.donor = donor;
        this.asOf = asOf;
        this.announced = announced;
        this.committed = committed;
        this.disbursed = disbursed;
        this.currency = currency;
        this.rateDate = rateDate;
    }

    /**
     * The donor, at the level the totals rolled up to.
     *
     * @return the donor
     */
    public Donor donor() {
        return donor;
    }

    /**
     * The date of the figures.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * What had been announced.
     *
     * @return the announced total
     */
    public MoneyTotal announced() {
        return announced;
    }

    /**
     * What had been committed.
     *
     * @return the committed total
     */
    public MoneyTotal committed() {
        return committed;
    }

    /**
     * What had been disbursed.
     *
     * @return the disbursed total
     */
    public MoneyTotal disbursed() {
        return disbursed;
    }

    /**
     * The total of one stage.
     *
     * @param stage announced, committed or disbursed
     * @return the total
     * @throws IllegalArgumentException for another stage
     */
    public MoneyTotal total(Stage stage) {
        Check.required(stage, "stage");
        switch (stage) {
            case ANNOUNCED:
                return announced;
            case COMMITTED:
                return committed;
            case DISBURSED:
                return disbursed;
            default:
                throw new IllegalArgumentException("stage must be announced, committed or disbursed for fulfilment, was "
                        + stage.label());
        }
    }

    /**
     * Announced but not (yet) committed: announced minus committed, per currency.
     *
     * @return the gap, possibly negative in a currency
     */
    public MoneyTotal notYetCommitted() {
        return gap(announced, committed);
    }

    /**
     * Committed but not (yet) disbursed: committed minus disbursed, per currency.
     *
     * @return the outstanding gap, possibly negative in a currency
     */
    public MoneyTotal outstanding() {
        return gap(committed, disbursed);
    }

    private static MoneyTotal gap(MoneyTotal more, MoneyTotal less) {
        return more.minus(less).plusUnvalued(less.unvaluedCount());
    }

    /**
     * The currency everything was converted to.
     *
     * @return the currency, or empty if the figures are in their own currencies
     */
    public Optional<CurrencyUnit> convertedTo() {
        return Optional.ofNullable(currency);
    }

    /**
     * The date of the rates used for conversion.
     *
     * @return the rate date, or empty if not converted
     */
    public Optional<LocalDate> rateDate() {
        return Optional.ofNullable(rateDate);
    }

    /**
     * Returns these figures in one currency, converted with the caller's rates of one date.
     *
     * @param target the currency to express everything in
     * @param rateDate the date whose rates to use, such as the as-of date
     * @param converter the conversion, such as a rate table's
     * @return the converted figures; gaps are computed after conversion
     * @throws IllegalStateException if the converter returns another currency than {@code target}
     */
    public Fulfilment convertedTo(CurrencyUnit target, LocalDate rateDate, AmountConverter converter) {
        Check.required(target, "target currency");
        Check.required(rateDate, "rate date");
        Check.required(converter, "converter");
        return new Fulfilment(donor, asOf, converter.convert(announced, target, rateDate),
                converter.convert(committed, target, rateDate), converter.convert(disbursed, target, rateDate),
                target, rateDate);
    }

    /**
     * Returns these figures in one currency, converted with a rate table at the rates of one date (under the table's
     * lookup rule): the same as {@code convertedTo(target, rateDate, AmountConverter.of(rates))}.
     * <pre>{@code
     * japan.convertedTo(Amounts.currency("USD"), LocalDate.of(2024, 2, 19), rates).announced();
     * // [USD 142,365,926.1092889411473482269942446926]
     * }</pre>
     *
     * @param target the currency to express everything in
     * @param rateDate the date whose rates to use, such as the as-of date
     * @param rates the caller's rate table
     * @return the converted figures; gaps are computed after conversion
     * @throws io.github.pledgebook.money.MissingRateException if a currency has no acceptable rate
     */
    public Fulfilment convertedTo(CurrencyUnit target, LocalDate rateDate, RateTable rates) {
        return convertedTo(target, rateDate, AmountConverter.of(rates));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Fulfilment)) {
            return false;
        }
        Fulfilment f = (Fulfilment) o;
        return donor.equals(f.donor) && asOf.equals(f.asOf) && announced.equals(f.announced)
                && committed.equals(f.committed) && disbursed.equals(f.disbursed)
                && Objects.equals(currency, f.currency) && Objects.equals(rateDate, f.rateDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(donor, asOf, announced, committed, disbursed, currency, rateDate);
    }

    /**
     * Returns one line: donor, date, the three stages and the outstanding gap.
     */
    @Override
    public String toString() {
        return donor.name() + " as of " + asOf + (currency == null ? "" : " in " + currency.getCurrencyCode()
                + " at rates of " + rateDate) + ": announced " + announced + ", committed " + committed
                + ", disbursed " + disbursed + ", outstanding " + outstanding();
    }
}
