package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.MonetaryException;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/**
 * Exact JSR 354 amounts: creation, canonical form, decimal value and display.
 * <p>
 * Every amount pledgebook stores or returns is a Moneta {@link Money} with an unlimited-precision context
 * ({@link #EXACT}), so nothing is rounded, whatever {@code javamoney.properties} a user's class path holds.
 * Amounts compare <em>numerically</em>: {@code JPY 100} equals {@code JPY 100.00}.
 * <pre>{@code
 * MonetaryAmount yen = Amounts.of(15_800_000_000L, "JPY");
 * Amounts.format(yen);                       // "JPY 15,800,000,000"
 * Amounts.format(Amounts.of("37000000.1", "USD")); // "USD 37,000,000.10"
 * }</pre>
 * Currency units are looked up once and cached, so the JSR 354 service bootstrap stays out of hot loops.
 * This class is stateless apart from that cache and thread-safe.
 */
public final class Amounts {

    /**
     * The monetary context of every amount pledgebook creates: unlimited precision, and
     * {@link RoundingMode#UNNECESSARY} so that any attempt to round fails loudly instead of silently.
     */
    public static final MonetaryContext EXACT = MonetaryContextBuilder.of(Money.class)
            .setPrecision(0)
            .setMaxScale(-1)
            .set(RoundingMode.UNNECESSARY)
            .build();

    /**
     * The most digits an amount, a quantity or a rate may have before the decimal point: 100. Real amounts have
     * fewer than 20 (JPY 10<sup>15</sup> has 16); the bound keeps absurd exponents such as {@code 1e999999999}, which
     * would exhaust memory when printed or summed, out of every value.
     */
    public static final int MAX_WHOLE_DIGITS = Check.MAX_WHOLE_DIGITS;

    /**
     * The most digits an amount, a quantity or a rate may have after the decimal point, trailing zeros not counted:
     * 100. Real amounts have at most a few; rates derived with 34 significant digits
     * ({@code MathContext.DECIMAL128}) and the exact products of amounts and such rates stay well within it.
     */
    public static final int MAX_FRACTION_DIGITS = Check.MAX_FRACTION_DIGITS;

    private static final ConcurrentMap<String, CurrencyUnit> CURRENCIES = new ConcurrentHashMap<>();

    private Amounts() {
    }

    /**
     * Returns the currency with the given ISO 4217 code, such as {@code "JPY"}.
     *
     * @param code a three-letter ISO 4217 code
     * @return the currency unit, cached after the first lookup
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no such currency is known, or the code is {@code XXX} (no currency) or
     *     {@code XTS} (reserved for testing)
     */
    public static CurrencyUnit currency(String code) {
        Objects.requireNonNull(code, "currency code is required, was null");
        CurrencyUnit cached = CURRENCIES.get(code);
        if (cached != null) {
            return cached;
        }
        // JSR 354 looks codes up as regular expressions: Moneta finds USD for "U.D" and "(USD)", and logs a stack
        // trace for "???". Only letters and digits reach it, and only a currency of that very code is taken.
        CurrencyUnit unit = null;
        if (isLettersAndDigits(code)) {
            try {
                unit = Monetary.getCurrency(code);
            } catch (MonetaryException e) {
                unit = null;
            }
        }
        if (unit == null || !unit.getCurrencyCode().equals(code)) {
            throw new IllegalArgumentException(
                    "currency code must be a known ISO 4217 code such as USD, was " + Check.shown(code));
        }
        checkCurrency(unit, "currency code");
        CURRENCIES.putIfAbsent(code, unit);
        return unit;
    }

    /** Whether a code is ASCII letters and digits only, so that no lookup can read it as a pattern. */
    private static boolean isLettersAndDigits(String code) {
        if (code.isEmpty()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Refuses XXX and XTS, naming the field. */
    static CurrencyUnit checkCurrency(CurrencyUnit currency, String what) {
        return Check.money(currency, what);
    }

    /** Refuses a number with too many digits, naming the field. */
    static BigDecimal checkDigits(BigDecimal number, String what) {
        return Check.digits(number, what);
    }

    /**
     * Creates an exact amount.
     *
     * @param number the amount, any sign, at most {@value #MAX_WHOLE_DIGITS} digits before and
     *     {@value #MAX_FRACTION_DIGITS} after the decimal point
     * @param currency the currency, not {@code XXX} or {@code XTS}
     * @return the exact amount
     * @throws IllegalArgumentException if the number has too many digits or the currency names no money
     */
    public static MonetaryAmount of(BigDecimal number, CurrencyUnit currency) {
        Objects.requireNonNull(number, "amount number is required, was null");
        Objects.requireNonNull(currency, "amount currency is required, was null");
        checkCurrency(currency, "amount currency");
        checkDigits(number, "amount");
        return Money.of(number, currency, EXACT);
    }

    /**
     * Creates an exact amount from a decimal and a currency code.
     *
     * @param number the amount
     * @param currencyCode the ISO 4217 code
     * @return the exact amount
     */
    public static MonetaryAmount of(BigDecimal number, String currencyCode) {
        return of(number, currency(currencyCode));
    }

    /**
     * Creates an exact amount of whole units, such as {@code Amounts.of(15_800_000_000L, "JPY")}.
     *
     * @param units the whole number of currency units
     * @param currencyCode the ISO 4217 code
     * @return the exact amount
     */
    public static MonetaryAmount of(long units, String currencyCode) {
        return of(BigDecimal.valueOf(units), currency(currencyCode));
    }

    /**
     * Creates an exact amount from its decimal text, such as {@code Amounts.of("37000000.10", "USD")}.
     *
     * @param number the amount as a decimal string (no grouping separators)
     * @param currencyCode the ISO 4217 code
     * @return the exact amount
     * @throws IllegalArgumentException if the text is not a decimal number
     */
    public static MonetaryAmount of(String number, String currencyCode) {
        Objects.requireNonNull(number, "amount number is required, was null");
        BigDecimal value;
        try {
            value = new BigDecimal(number.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal number such as 37000000.10, was "
                    + Check.shown(number), e);
        }
        return of(value, currency(currencyCode));
    }

    /**
     * Returns the same amount in pledgebook's canonical, exact form (a Moneta {@code Money} with {@link #EXACT}).
     * Accepts any JSR 354 implementation ({@code FastMoney}, {@code RoundedMoney}, ...); the value is taken exactly.
     *
     * @param amount any amount
     * @return an exact amount numerically equal to {@code amount}
     */
    public static MonetaryAmount exact(MonetaryAmount amount) {
        return exact(amount, "amount");
    }

    /**
     * {@link #exact(MonetaryAmount)} with the field named in its messages.
     *
     * @param amount any amount
     * @param what the field, such as {@code "memorandum m1: value"}
     * @return the exact amount
     */
    static MonetaryAmount exact(MonetaryAmount amount, String what) {
        Objects.requireNonNull(amount, what + " is required, was null");
        BigDecimal number = decimal(amount);
        CurrencyUnit currency = amount.getCurrency();
        if (!Check.isMoney(currency)) {
            checkCurrency(currency, what + " currency");
        }
        if (!Check.isDigits(number)) {
            checkDigits(number, what);
        }
        return isExact(amount) ? amount : exactOf(number, currency);
    }

    /** Whether the amount is already in pledgebook's canonical form: a Moneta {@code Money} with {@link #EXACT}. */
    static boolean isExact(MonetaryAmount amount) {
        return amount instanceof Money && (amount.getContext() == EXACT || EXACT.equals(amount.getContext()));
    }

    /** The canonical amount of an already checked number and currency. */
    static MonetaryAmount exactOf(BigDecimal number, CurrencyUnit currency) {
        return Money.of(number, currency, EXACT);
    }

    /**
     * Returns the exact decimal value of an amount, without rounding.
     *
     * @param amount any amount
     * @return its number as a {@code BigDecimal}
     */
    public static BigDecimal decimal(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount is required, was null");
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /**
     * Formats an amount for people: the currency code, digit grouping with commas, every significant digit kept.
     * Whole amounts show no fraction ({@code "JPY 15,800,000,000"}); others show at least the currency's default
     * fraction digits ({@code "USD 37,000,000.10"}) and never switch to scientific notation.
     *
     * @param amount any amount
     * @return the display text
     */
    public static String format(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount to format is required, was null");
        return amount.getCurrency().getCurrencyCode() + " "
                + formatNumber(decimal(amount), amount.getCurrency().getDefaultFractionDigits());
    }

    /**
     * Formats a decimal with comma digit grouping, following the rule of {@link #format(MonetaryAmount)}.
     *
     * @param number the number
     * @param minFractionDigits the fraction digits to show at least when the number is not whole
     * @return the display text, such as {@code "-1,234.50"}
     */
    public static String formatNumber(BigDecimal number, int minFractionDigits) {
        Objects.requireNonNull(number, "number to format is required, was null");
        BigDecimal n = number.stripTrailingZeros();
        // whole numbers (also 1E+3) show no fraction; others at least minFractionDigits
        n = n.setScale(n.scale() <= 0 ? 0 : Math.max(n.scale(), minFractionDigits), RoundingMode.UNNECESSARY);
        String plain = n.abs().toPlainString();
        int dot = plain.indexOf('.');
        int wholeDigits = dot == -1 ? plain.length() : dot;
        String whole = plain.substring(0, wholeDigits);
        String fraction = plain.substring(wholeDigits);
        StringBuilder sb = new StringBuilder();
        if (n.signum() < 0) {
            sb.append('-');
        }
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        sb.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            sb.append(',').append(whole, i, i + 3);
        }
        return sb.append(fraction).toString();
    }
}
