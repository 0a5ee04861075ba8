package io.github.pledgebook.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Short money labels for charts: {@code JPY 15.8bn}, {@code USD 37M}, {@code USD 106M}, {@code EUR 950}.
 * <p>
 * A chart label has room for three significant digits, so the number is rounded half-even to three significant
 * digits and shown with a suffix: {@code k} (thousand), {@code M} (million), {@code bn} (billion), {@code tn}
 * (trillion). This is the only rounding the charts do, and only in text: bars and lines are placed from the exact
 * amount, and each chart element's tooltip shows every digit.
 * <pre>{@code
 * ReadableMoney.format(Amounts.of(15_800_000_000L, "JPY"));   // "JPY 15.8bn"
 * ReadableMoney.format(Amounts.of("105365926.11", "USD"));    // "USD 105M"
 * ReadableMoney.number(new BigDecimal("-2500"));             // "-2.5k"
 * }</pre>
 * This class is stateless and thread-safe.
 */
public final class ReadableMoney {

    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);
    private static final String[] SUFFIXES = {"", "k", "M", "bn", "tn"};

    private ReadableMoney() {
    }

    /**
     * Formats an amount as its currency code and a short number.
     *
     * @param amount any amount
     * @return the label, such as {@code "JPY 15.8bn"}
     */
    public static String format(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount to format is required, was null");
        return format(amount.getNumber().numberValueExact(BigDecimal.class), amount.getCurrency());
    }

    /**
     * Formats a number of a currency as the currency code and a short number.
     *
     * @param value the number
     * @param currency the currency
     * @return the label, such as {@code "USD 37M"}
     */
    public static String format(BigDecimal value, CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency to format is required, was null");
        return currency.getCurrencyCode() + " " + number(value);
    }

    /**
     * Formats a number with three significant digits and a thousands suffix: {@code 37000000} is {@code "37M"},
     * {@code 15800000000} is {@code "15.8bn"}, {@code 0.5} is {@code "0.5"}, numbers beyond the trillions keep
     * the {@code tn} suffix ({@code "15,000tn"}).
     *
     * @param value the number
     * @return the short text
     */
    public static String number(BigDecimal value) {
        Objects.requireNonNull(value, "number to format is required, was null");
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = value.round(THREE_DIGITS);
        int group = 0;
        BigDecimal abs = rounded.abs();
        while (group < SUFFIXES.length - 1 && abs.compareTo(BigDecimal.valueOf(1000).pow(group + 1)) >= 0) {
            group++;
        }
        BigDecimal scaled = rounded.movePointLeft(3 * group).stripTrailingZeros();
        if (scaled.scale() < 0) {
            scaled = scaled.setScale(0, RoundingMode.UNNECESSARY);
        }
        String plain = scaled.toPlainString();
        if (group == SUFFIXES.length - 1 && scaled.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            plain = io.github.pledgebook.Amounts.formatNumber(scaled, 0);
        }
        return plain + SUFFIXES[group];
    }
}
