package io.github.pledgebook.money;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.Check;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.NumberValue;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionContextBuilder;
import javax.money.convert.RateType;
import org.javamoney.moneta.spi.DefaultNumberValue;

/**
 * A dated exchange rate: how many units of the term currency one unit of the base currency buys, with the date of
 * the fixing, the name of its source and how it was obtained.
 * <p>
 * A converted figure must say which rate produced it, so a rate is more than a number. A published rate is a
 * {@link Derivation#FIXING FIXING}; a rate the table computed is {@link Derivation#INVERTED INVERTED} (USD/JPY from
 * JPY/USD), {@link Derivation#CROSSED CROSSED} (JPY/USD from EUR/JPY and EUR/USD) or the
 * {@link Derivation#IDENTITY IDENTITY} rate 1 between a currency and itself, and keeps the rates it came from in
 * {@link #legs()}.
 * <pre>{@code
 * ExchangeRate eurJpy = ExchangeRate.parse("EUR/JPY 161.59 2024-02-19 ECB");
 * eurJpy.value();             // 161.59, exactly as published
 * eurJpy.inverse().value();   // 0.006188501763723002661055758400891144 (34 significant digits)
 * eurJpy.inverse().toString();
 * // "JPY/EUR 0.006188501763723002661055758400891144 2024-02-19 ECB (inverted from EUR/JPY 161.59 2024-02-19 ECB)"
 * }</pre>
 * <b>Precision.</b> A fixing's value is kept exactly as given. A derived rate is the exact quotient of products of
 * fixings, divided once with {@link #DIVISION} (34 significant digits, half-even), so its relative error is at most
 * half a unit in the 34th digit. A derived rate's date is the oldest date among its fixings, and its source names
 * every source used ({@code ECB}, or {@code ECB+Fed H.10} when they differ).
 * <p>
 * This class also implements the JSR 354 {@link javax.money.convert.ExchangeRate}: the factor is the value, the
 * rate chain is the legs, and the {@link #getContext() context} names the source as provider, rate type
 * {@link RateType#HISTORIC} and holds the fixing date under {@code LocalDate.class}.
 * <p>
 * Equality is by value: the same currencies, numerically equal values ({@code 161.59} equals {@code 161.590}), the
 * same date, source, derivation and legs. This class is immutable and thread-safe.
 */
public final class ExchangeRate implements javax.money.convert.ExchangeRate {

    /**
     * The context of the one division that yields a derived rate: 34 significant digits, rounding half-even
     * ({@link MathContext#DECIMAL128}).
     */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    /** The source name of identity rates, which come from no publication. */
    static final String IDENTITY_SOURCE = "identity";

    /**
     * How a rate was obtained.
     * <pre>{@code
     * table.rate("JPY", "USD", date, RateLookup.standard()).derivation();  // CROSSED, with ECB per-EUR fixings
     * }</pre>
     */
    public enum Derivation {
        /** Published by the source, as given to the table. */
        FIXING,
        /** One divided by another rate: USD/JPY from JPY/USD. */
        INVERTED,
        /** The product of two rates through a pivot currency: JPY/USD from JPY/EUR and EUR/USD. */
        CROSSED,
        /** The rate 1 between a currency and itself; needs no fixing. */
        IDENTITY
    }

    private final CurrencyUnit base;
    private final CurrencyUnit term;
    /**
     * numerator / denominator, divided on first use: an inverse made only as the leg of a cross rate is never
     * divided. Racy but safe, like {@code String.hashCode}: every thread computes the same immutable value.
     */
    private BigDecimal value;
    private final LocalDate date;
    private final String source;
    private final Derivation derivation;
    private final List<ExchangeRate> legs;
    /** The exact value is numerator / denominator, both exact products of fixings. */
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    /** The inverse of a fixing or cross rate, made on first use so that every lookup through it shares one. */
    private ExchangeRate inverse;

    private ExchangeRate(CurrencyUnit base, CurrencyUnit term, BigDecimal numerator, BigDecimal denominator,
            LocalDate date, String source, Derivation derivation, List<ExchangeRate> legs) {
        this.base = base;
        this.term = term;
        this.numerator = numerator;
        this.denominator = denominator;
        this.value = denominator.compareTo(BigDecimal.ONE) == 0 ? numerator : null;
        this.date = date;
        this.source = source;
        this.derivation = derivation;
        this.legs = legs;
    }

    /**
     * Returns a published rate: one {@code base} buys {@code value} {@code term}, fixed on {@code date} by
     * {@code source}.
     * <pre>{@code
     * ExchangeRate.of(Amounts.currency("EUR"), Amounts.currency("JPY"), new BigDecimal("161.59"),
     *         LocalDate.of(2024, 2, 19), "ECB");
     * }</pre>
     *
     * @param base the currency of which one unit is priced
     * @param term the currency the price is stated in
     * @param value the price, exact and positive
     * @param date the date of the fixing
     * @param source who published it, such as {@code "ECB"} or {@code "Fed H.10"}
     * @return the fixing
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the currencies are the same, the value is not positive or the source is
     *     blank
     */
    public static ExchangeRate of(CurrencyUnit base, CurrencyUnit term, BigDecimal value, LocalDate date,
            String source) {
        Objects.requireNonNull(base, "base currency of a rate is required, was null");
        Objects.requireNonNull(term, "term currency of a rate is required, was null");
        Objects.requireNonNull(value, "value of a rate is required, was null");
        Objects.requireNonNull(date, "date of a rate is required, was null");
        Objects.requireNonNull(source, "source of a rate is required, was null");
        String pair = base.getCurrencyCode() + "/" + term.getCurrencyCode();
        Check.money(base, "base currency of the " + pair + " rate");
        Check.money(term, "term currency of the " + pair + " rate");
        if (base.getCurrencyCode().equals(term.getCurrencyCode())) {
            throw new IllegalArgumentException("a rate needs two different currencies, was " + pair
                    + "; a currency converts to itself at 1 without a rate");
        }
        Check.digits(value, "value of the " + pair + " rate");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(
                    "value of the " + pair + " rate must be positive, was " + value.toPlainString());
        }
        Check.line(source, "source of the " + pair + " rate");
        return new ExchangeRate(base, term, value, BigDecimal.ONE, date, source, Derivation.FIXING, List.of());
    }

    /**
     * Returns a published rate, by ISO codes.
     * <pre>{@code
     * ExchangeRate.of("EUR", "JPY", new BigDecimal("161.59"), LocalDate.of(2024, 2, 19), "ECB");
     * }</pre>
     *
     * @param base the ISO 4217 code of the base currency
     * @param term the ISO 4217 code of the term currency
     * @param value the price of one {@code base} in {@code term}, exact and positive
     * @param date the date of the fixing
     * @param source who published it
     * @return the fixing
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if a code is unknown or names no money (XXX, XTS), the codes are the same,
     *     the value is not positive or has more than 100 digits before or after the point, or the source is not one
     *     line of text without leading or trailing spaces
     */
    public static ExchangeRate of(String base, String term, BigDecimal value, LocalDate date, String source) {
        return of(Amounts.currency(base), Amounts.currency(term), value, date, source);
    }

    /**
     * Reads a published rate from one line: pair, value, ISO date and source, separated by spaces or tabs. The
     * source is the rest of the line and may contain single spaces. Spaces and tabs around the line, a byte-order
     * mark at its start and a comment from a {@code #} that starts the line or follows a space or tab are ignored;
     * any other invisible character is an error, and the message shows it escaped ({@code \u00A0}).
     * <pre>{@code
     * ExchangeRate.parse("EUR/JPY 161.59 2024-02-19 ECB");
     * ExchangeRate.parse("USD/JPY 150.18 2024-02-16 Fed H.10");
     * }</pre>
     *
     * @param text the line, such as {@code "EUR/JPY 161.59 2024-02-19 ECB"}
     * @return the fixing
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the line does not have that shape, with a message naming the part at
     *     fault
     */
    public static ExchangeRate parse(CharSequence text) {
        Objects.requireNonNull(text, "rate text is required, was null");
        String line = content(text.toString());
        String[] parts = line.split("[ \t]+", 4);
        String shape = "rate must look like \"EUR/JPY 161.59 2024-02-19 ECB\" (pair, value, date, source), was "
                + Check.shown(line);
        if (parts.length < 4) {
            throw new IllegalArgumentException(shape);
        }
        String[] codes = parts[0].split("/", -1);
        if (codes.length != 2 || codes[0].isEmpty() || codes[1].isEmpty()) {
            throw new IllegalArgumentException("pair of a rate must be two ISO codes separated by \"/\" such as "
                    + "EUR/JPY, was " + Check.shown(parts[0]) + " in " + Check.shown(line));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value of a rate must be a decimal number such as 161.59, was "
                    + Check.shown(parts[1]) + " in " + Check.shown(line), e);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(parts[2]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date of a rate must be an ISO date such as 2024-02-19, was "
                    + Check.shown(parts[2]) + " in " + Check.shown(line), e);
        }
        return of(codes[0], codes[1], value, date, parts[3]);
    }

    /**
     * The content of a rate line: without a byte-order mark at its start, without a comment (from a {@code #} at
     * the start or after a space or tab), without spaces and tabs around it; empty for a blank or comment line.
     */
    static String content(String line) {
        int from = line.startsWith("\uFEFF") ? 1 : 0;
        int to = line.length();
        for (int i = from; i < to; i++) {
            if (line.charAt(i) == '#' && (i == from || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
                to = i;
                break;
            }
        }
        while (from < to && (line.charAt(from) == ' ' || line.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == '\t')) {
            to--;
        }
        return line.substring(from, to);
    }

    /** The identity rate of a currency on a date. */
    static ExchangeRate identity(CurrencyUnit currency, LocalDate date) {
        return new ExchangeRate(currency, currency, BigDecimal.ONE, BigDecimal.ONE, date, IDENTITY_SOURCE,
                Derivation.IDENTITY, List.of());
    }

    /**
     * Returns the inverse rate: one {@code term} in {@code base}. Inverting an inverted rate gives back the rate it
     * came from, and the identity is its own inverse.
     * <pre>{@code
     * ExchangeRate.parse("EUR/USD 1.0776 2024-02-19 ECB").inverse().value(); // 0.9279881217520415738678544914625093
     * }</pre>
     *
     * @return the inverse, {@link Derivation#INVERTED} with this rate as its only leg
     */
    public ExchangeRate inverse() {
        if (derivation == Derivation.IDENTITY) {
            return this;
        }
        if (derivation == Derivation.INVERTED) {
            return legs.get(0);
        }
        ExchangeRate i = inverse;
        if (i == null) {
            // racy but safe: two threads may each make one; both are equal and immutable
            i = new ExchangeRate(term, base, denominator, numerator, date, source, Derivation.INVERTED,
                    List.of(this));
            inverse = i;
        }
        return i;
    }

    /**
     * Returns the cross rate of two rates that meet in one currency: {@code JPY/EUR} then {@code EUR/USD} gives
     * {@code JPY/USD}, computed from the fixings with one division ({@link #DIVISION}).
     * <pre>{@code
     * ExchangeRate jpyEur = ExchangeRate.parse("EUR/JPY 161.59 2024-02-19 ECB").inverse();
     * ExchangeRate eurUsd = ExchangeRate.parse("EUR/USD 1.0776 2024-02-19 ECB");
     * ExchangeRate.cross(jpyEur, eurUsd).value();  // 0.006668729500587907667553685252800297
     * }</pre>
     *
     * @param first the rate from the base currency to the pivot
     * @param second the rate from the pivot to the term currency
     * @return the cross rate, {@link Derivation#CROSSED}, dated with the older of the two dates
     * @throws NullPointerException if a rate is null
     * @throws IllegalArgumentException if {@code first}'s term is not {@code second}'s base, or the cross would be
     *     between a currency and itself
     */
    public static ExchangeRate cross(ExchangeRate first, ExchangeRate second) {
        Objects.requireNonNull(first, "first rate of a cross is required, was null");
        Objects.requireNonNull(second, "second rate of a cross is required, was null");
        if (!first.term.getCurrencyCode().equals(second.base.getCurrencyCode())) {
            throw new IllegalArgumentException("a cross rate needs the first rate's term to be the second rate's base, "
                    + "was " + first.pair() + " then " + second.pair());
        }
        if (first.base.getCurrencyCode().equals(second.term.getCurrencyCode())) {
            throw new IllegalArgumentException("a cross rate needs two different outer currencies, was "
                    + first.pair() + " then " + second.pair());
        }
        LocalDate older = first.date.isBefore(second.date) ? first.date : second.date;
        return new ExchangeRate(first.base, second.term, first.numerator.multiply(second.numerator),
                first.denominator.multiply(second.denominator), older, sources(first, second),
                Derivation.CROSSED, List.of(first, second));
    }

    /** Whether this rate is a fixing or the inverse of one, so its source is its one fixing's source. */
    private boolean isOneFixing() {
        return derivation == Derivation.FIXING
                || derivation == Derivation.INVERTED && legs.get(0).derivation == Derivation.FIXING;
    }

    /** The distinct sources of both rates' fixings, in order, joined by {@code +}. */
    private static String sources(ExchangeRate first, ExchangeRate second) {
        if (first.isOneFixing() && second.isOneFixing() && first.source.equals(second.source)) {
            return first.source; // the common case, two fixings of one publisher: no set, no join
        }
        Set<String> sources = new LinkedHashSet<>();
        for (ExchangeRate f : first.fixings()) {
            sources.add(f.source);
        }
        for (ExchangeRate f : second.fixings()) {
            sources.add(f.source);
        }
        return String.join("+", sources);
    }

    /**
     * Returns the currency of which one unit is priced (the {@code EUR} of {@code EUR/JPY}).
     *
     * @return the base currency
     */
    public CurrencyUnit base() {
        return base;
    }

    /**
     * Returns the currency the price is stated in (the {@code JPY} of {@code EUR/JPY}).
     *
     * @return the term currency
     */
    public CurrencyUnit term() {
        return term;
    }

    /**
     * Returns the pair as text, such as {@code "EUR/JPY"}.
     *
     * @return base code, slash, term code
     */
    public String pair() {
        return base.getCurrencyCode() + "/" + term.getCurrencyCode();
    }

    /**
     * Returns how many units of the term currency one unit of the base currency buys: exact for a fixing, 34
     * significant digits for a derived rate.
     *
     * @return the positive value
     */
    public BigDecimal value() {
        BigDecimal v = value;
        if (v == null) {
            v = numerator.divide(denominator, DIVISION);
            value = v;
        }
        return v;
    }

    /**
     * Returns the date of the fixing; for a derived rate the oldest date of the fixings it used, for the identity
     * the date it was asked for.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns who published the rate, such as {@code "ECB"}; for a derived rate the sources of its fixings joined
     * by {@code "+"}; {@code "identity"} for the identity.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns how the rate was obtained.
     *
     * @return the derivation
     */
    public Derivation derivation() {
        return derivation;
    }

    /**
     * Returns the rates this one was computed from: one for an inverted rate, two for a cross rate, none for a
     * fixing or the identity.
     *
     * @return an unmodifiable list
     */
    public List<ExchangeRate> legs() {
        return legs;
    }

    /**
     * Returns the published fixings behind this rate, in the order used: the rate itself for a fixing, none for the
     * identity.
     * <pre>{@code
     * crossJpyUsd.fixings();  // [EUR/JPY 161.59 2024-02-19 ECB, EUR/USD 1.0776 2024-02-19 ECB]
     * }</pre>
     *
     * @return an unmodifiable list of {@link Derivation#FIXING} rates
     */
    public List<ExchangeRate> fixings() {
        if (derivation == Derivation.FIXING) {
            return List.of(this);
        }
        List<ExchangeRate> out = new ArrayList<>();
        for (ExchangeRate leg : legs) {
            for (ExchangeRate f : leg.fixings()) {
                if (!out.contains(f)) {
                    out.add(f);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the currency a cross rate passes through ({@code EUR} for JPY/USD from EUR fixings).
     *
     * @return the pivot, or null if this is not a {@link Derivation#CROSSED} rate
     */
    CurrencyUnit via() {
        return derivation == Derivation.CROSSED ? legs.get(0).term : null;
    }

    /**
     * JSR 354 view: the source as provider name, {@link RateType#HISTORIC}, the fixing date under
     * {@code LocalDate.class} and the derivation name under {@code "derivation"}.
     *
     * @return the conversion context
     */
    @Override
    public ConversionContext getContext() {
        return ConversionContextBuilder.of()
                .setProviderName(source)
                .setRateType(RateType.HISTORIC)
                .set(LocalDate.class, date)
                .set("derivation", derivation.name())
                .build();
    }

    /**
     * JSR 354 view of {@link #base()}.
     *
     * @return the base currency
     */
    @Override
    public CurrencyUnit getBaseCurrency() {
        return base;
    }

    /**
     * JSR 354 view of {@link #term()}.
     *
     * @return the term currency
     */
    @Override
    public CurrencyUnit getCurrency() {
        return term;
    }

    /**
     * JSR 354 view of {@link #value()}.
     *
     * @return the value as a number value
     */
    @Override
    public NumberValue getFactor() {
        return DefaultNumberValue.of(value());
    }

    /**
     * JSR 354 view of {@link #legs()}: the legs, or this rate alone for a fixing or the identity.
     *
     * @return an unmodifiable list
     */
    @Override
    public List<javax.money.convert.ExchangeRate> getExchangeRateChain() {
        if (legs.isEmpty()) {
            return List.of(this);
        }
        return List.copyOf(legs);
    }

    /**
     * Returns whether this rate was computed from others (inverted or crossed).
     *
     * @return true for {@link Derivation#INVERTED} and {@link Derivation#CROSSED}
     */
    @Override
    public boolean isDerived() {
        return derivation == Derivation.INVERTED || derivation == Derivation.CROSSED;
    }

    /**
     * Compares by value: currencies, numeric value, date, source, derivation and legs.
     *
     * @param o the object to compare with
     * @return true if {@code o} is an equal rate
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExchangeRate)) {
            return false;
        }
        ExchangeRate other = (ExchangeRate) o;
        return base.getCurrencyCode().equals(other.base.getCurrencyCode())
                && term.getCurrencyCode().equals(other.term.getCurrencyCode())
                && value().compareTo(other.value()) == 0
                && date.equals(other.date)
                && source.equals(other.source)
                && derivation == other.derivation
                && legs.equals(other.legs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base.getCurrencyCode(), term.getCurrencyCode(), value().stripTrailingZeros(), date,
                source, derivation, legs);
    }

    /**
     * Returns the rate for people. A fixing reads as the line {@link #parse(CharSequence)} accepts
     * ({@code EUR/JPY 161.59 2024-02-19 ECB}); a derived rate adds where it came from
     * ({@code JPY/USD 0.00666... 2024-02-19 ECB (crossed via EUR from EUR/JPY 161.59 2024-02-19 ECB and
     * EUR/USD 1.0776 2024-02-19 ECB)}).
     *
     * @return the text
     */
    @Override
    public String toString() {
        String head = pair() + " " + value().toPlainString() + " " + date + " " + source;
        switch (derivation) {
            case INVERTED:
                return head + " (inverted from " + legs.get(0) + ")";
            case CROSSED:
                return head + " (crossed via " + via().getCurrencyCode() + " from " + describe(legs.get(0))
                        + " and " + describe(legs.get(1)) + ")";
            default:
                return head;
        }
    }

    private static String describe(ExchangeRate leg) {
        return leg.derivation == Derivation.INVERTED ? leg.legs.get(0) + " inverted" : leg.toString();
    }
}
