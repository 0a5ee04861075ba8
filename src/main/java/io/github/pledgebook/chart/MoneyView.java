package io.github.pledgebook.chart;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.money.ExchangeRate;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * How a chart shows money held in several currencies: each currency as stated, in a panel of its own, or all of it
 * converted to one currency with a stated rate table on one stated date.
 * <p>
 * A chart never adds yen to dollars and never draws yen as zero on a dollar axis. With {@link #asStated()} each
 * currency gets its own axis; with {@link #convertedTo(String, LocalDate, RateTable)} every amount is converted at
 * the table's rate of the stated date (a constant-rate view: the same rate for every point in time, so the picture
 * shows the pledges, not exchange-rate moves) and the chart's footnote names each rate used. A missing rate fails
 * with the table's error, never with a guess.
 * <pre>{@code
 * MoneyView usd = MoneyView.convertedTo("USD", LocalDate.of(2024, 2, 19), JapanUkraine2024.rates());
 * usd.toString();   // converted to USD at the rates of 2024-02-19
 * MoneyView.asStated().toString();   // as stated, each currency on its own axis
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class MoneyView {

    private static final MoneyView AS_STATED = new MoneyView(null, null, null);
    private static final MathContext DISPLAY = new MathContext(6, RoundingMode.HALF_EVEN);

    private final CurrencyUnit target;
    private final LocalDate rateDate;
    private final RateTable rates;

    private MoneyView(CurrencyUnit target, LocalDate rateDate, RateTable rates) {
        this.target = target;
        this.rateDate = rateDate;
        this.rates = rates;
    }

    /**
     * Shows every currency as stated, each on its own axis (a panel per currency).
     *
     * @return the view
     */
    public static MoneyView asStated() {
        return AS_STATED;
    }

    /**
     * Converts every amount to one currency at the rates of one stated date.
     *
     * @param target the currency to show
     * @param rateDate the date whose rates are used (the table's lookup rule applies: a Sunday takes Friday's fixing)
     * @param rates the rate table the caller supplies
     * @return the view
     */
    public static MoneyView convertedTo(CurrencyUnit target, LocalDate rateDate, RateTable rates) {
        Objects.requireNonNull(target, "chart currency is required, was null");
        Objects.requireNonNull(rateDate, "chart rate date is required, was null");
        Objects.requireNonNull(rates, "chart rate table is required, was null");
        return new MoneyView(target, rateDate, rates);
    }

    /**
     * Converts every amount to one currency, given by its code, at the rates of one stated date.
     *
     * @param targetCode the ISO 4217 code of the currency to show, such as {@code "USD"}
     * @param rateDate the date whose rates are used
     * @param rates the rate table the caller supplies
     * @return the view
     */
    public static MoneyView convertedTo(String targetCode, LocalDate rateDate, RateTable rates) {
        return convertedTo(Amounts.currency(targetCode), rateDate, rates);
    }

    /**
     * Returns whether amounts are converted to one currency.
     *
     * @return true for {@link #convertedTo(CurrencyUnit, LocalDate, RateTable)}
     */
    public boolean isConverted() {
        return target != null;
    }

    /**
     * Returns the currency amounts are converted to, if they are.
     *
     * @return the target currency, or empty when amounts are shown as stated
     */
    public Optional<CurrencyUnit> currency() {
        return Optional.ofNullable(target);
    }

    /**
     * Returns the date whose rates convert the amounts, if they are converted.
     *
     * @return the rate date, or empty when amounts are shown as stated
     */
    public Optional<LocalDate> rateDate() {
        return Optional.ofNullable(rateDate);
    }

    /** The currencies to draw a panel for: the target when converting, else each currency of the totals. */
    List<CurrencyUnit> panels(Collection<MoneyTotal> totals) {
        if (target != null) {
            return List.of(target);
        }
        Set<String> codes = new java.util.TreeSet<>();
        for (MoneyTotal t : totals) {
            for (CurrencyUnit c : t.currencies()) {
                codes.add(c.getCurrencyCode());
            }
        }
        List<CurrencyUnit> units = new ArrayList<>();
        for (String code : codes) {
            units.add(Amounts.currency(code));
        }
        return units;
    }

    /** The exact value of a total in a panel's currency: converted, or that currency's sum as stated. */
    BigDecimal value(MoneyTotal total, CurrencyUnit panel) {
        if (target == null) {
            return total.contains(panel) ? total.decimal(panel) : BigDecimal.ZERO;
        }
        if (total.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return rates.convert(total, target, rateDate).decimal();
    }

    /**
     * The sentence a chart's footnote shows: what was converted with which rate, or that nothing was.
     */
    String statement(Collection<MoneyTotal> totals) {
        if (target == null) {
            return "Amounts as stated: each currency on its own axis, nothing converted or added across currencies.";
        }
        Set<CurrencyUnit> from = new LinkedHashSet<>();
        for (MoneyTotal t : totals) {
            from.addAll(t.currencies());
        }
        from.remove(target);
        StringBuilder sb = new StringBuilder("Converted to ").append(target.getCurrencyCode())
                .append(" at the rates of ").append(rateDate);
        if (from.isEmpty()) {
            return sb.append(": nothing needed converting.").toString();
        }
        sb.append(':');
        List<String> parts = new ArrayList<>();
        for (CurrencyUnit c : from) {
            ExchangeRate r = rates.rate(c, target, rateDate);
            StringBuilder p = new StringBuilder(" 1 ").append(c.getCurrencyCode()).append(" = ")
                    .append(target.getCurrencyCode()).append(' ')
                    .append(r.value().round(DISPLAY).stripTrailingZeros().toPlainString())
                    .append(" (").append(r.source()).append(' ').append(r.date());
            via(r).ifPresent(v -> p.append(", crossed via ").append(v));
            parts.add(p.append(')').toString());
        }
        return sb.append(String.join(";", parts)).append(". Rates shown to 6 digits; amounts converted exactly.")
                .toString();
    }

    /** The currency a crossed rate went through. */
    static Optional<String> via(ExchangeRate rate) {
        if (rate.derivation() != ExchangeRate.Derivation.CROSSED) {
            return Optional.empty();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (ExchangeRate leg : rate.fixings()) {
            codes.add(leg.base().getCurrencyCode());
            codes.add(leg.term().getCurrencyCode());
        }
        codes.remove(rate.base().getCurrencyCode());
        codes.remove(rate.term().getCurrencyCode());
        return codes.isEmpty() ? Optional.empty() : Optional.of(String.join("+", codes));
    }

    /** Compares by value: as stated, or the same target, rate date and rate table. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MoneyView)) {
            return false;
        }
        MoneyView other = (MoneyView) o;
        return Objects.equals(target, other.target) && Objects.equals(rateDate, other.rateDate)
                && Objects.equals(rates, other.rates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, rateDate, rates);
    }

    /** Returns {@code as stated, each currency on its own axis} or {@code converted to USD at the rates of ...}. */
    @Override
    public String toString() {
        return target == null ? "as stated, each currency on its own axis"
                : "converted to " + target.getCurrencyCode() + " at the rates of " + rateDate;
    }
}
