package io.github.pledgebook.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import org.threeten.extra.LocalDateRange;

/** Argument checks whose messages name the field, the value and the expectation; one wording per rule. */
public final class Check {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** The most digits a number (amount, quantity, rate) may have before the decimal point. */
    public static final int MAX_WHOLE_DIGITS = 100;

    /** The most digits a number may have after the decimal point, trailing zeros not counted. */
    public static final int MAX_FRACTION_DIGITS = 100;

    private Check() {
    }

    /** The value, or a {@code NullPointerException} "{@code what} is required, was null". */
    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " is required, was null");
        }
        return value;
    }

    /** The text, if neither null nor blank. */
    public static String notBlank(String value, String what) {
        required(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, was " + shown(value));
        }
        return value;
    }

    /**
     * An identifier: one line of visible characters, not blank, without control characters, without invisible or
     * non-breaking spaces, and without leading or trailing spaces (ids are matched exactly, so invisible differences
     * would make two ids look the same).
     */
    public static String id(String value, String what) {
        line(value, what);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT)) {
                throw new IllegalArgumentException(what + " must not contain invisible or non-breaking spaces ("
                        + escaped(c) + " at position " + i + "), was " + shown(value));
            }
        }
        return value;
    }

    /**
     * One line of text (a name, a title, a publisher): not blank, without control characters (line breaks, tabs,
     * escapes) or line separators, and without leading or trailing spaces.
     */
    public static String line(String value, String what) {
        notBlank(value, what);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                throw new IllegalArgumentException(what + " must be one line without control characters such as "
                        + "line breaks or tabs (" + escaped(c) + " at position " + i + "), was " + shown(value));
            }
        }
        return trimmed(value, what);
    }

    /**
     * Text of one or more lines (a note, a description): not blank, lines separated by line feeds ({@code \n})
     * only, no other control characters (no tabs, no carriage returns) and no leading or trailing spaces.
     */
    public static String text(String value, String what) {
        notBlank(value, what);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\n' && isControl(c)) {
                throw new IllegalArgumentException(what + " must not contain control characters other than line "
                        + "feeds (\\n) between lines (" + escaped(c) + " at position " + i + "), was " + shown(value));
            }
        }
        return trimmed(value, what);
    }

    /**
     * Whether {@link #id} accepts the value: the same rules, answered without making a message, for values that
     * check their fields on every build (an import checks 10<sup>6</sup> of them) and name the field only on failure.
     */
    public static boolean isId(String value) {
        if (!isLine(value)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && (c > '~' || c < '!') && isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #line} accepts the value; see {@link #isId}. */
    public static boolean isLine(String value) {
        return value != null && !value.isEmpty() && visible(value, false) && !isSpace(value.charAt(0))
                && !isSpace(value.charAt(value.length() - 1));
    }

    /** Whether {@link #text} accepts the value; see {@link #isId}. */
    public static boolean isText(String value) {
        return value != null && !value.isEmpty() && visible(value, true) && !isSpace(value.charAt(0))
                && !isSpace(value.charAt(value.length() - 1));
    }

    /** No control characters (line feeds allowed when asked); a string of spaces only is not visible (blank). */
    private static boolean visible(String value, boolean lineFeeds) {
        boolean blank = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '!' && c <= '~') {
                blank = false;
            } else if (c == ' ') {
                continue; // the commonest character after the visible ASCII ones: neither visible nor a control
            } else if (c == '\n' ? !lineFeeds : isControl(c)) {
                return false;
            } else if (blank && !Character.isWhitespace(c)) {
                blank = false;
            }
        }
        return !blank;
    }

    private static String trimmed(String value, String what) {
        if (isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1))) {
            throw new IllegalArgumentException(what + " must not start or end with spaces, was " + shown(value));
        }
        return value;
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /**
     * A value for an error message, quoted, with every invisible character shown as an escape ({@code \n},
     * {@code \t}, {@code \u00A0}) and very long values shortened, so that a message shows what differs.
     *
     * @param value the value, possibly null
     * @return the quoted text
     */
    public static String shown(CharSequence value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        int n = Math.min(value.length(), 200);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            sb.append(c == ' ' || !isSpace(c) && !isControl(c) ? String.valueOf(c) : escaped(c));
        }
        return sb.append(value.length() > n ? "\"... (" + value.length() + " characters)" : "\"").toString();
    }

    private static String escaped(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                return String.format("\\u%04X", (int) c);
        }
    }

    /** Checks an ISO 3166 alpha-2 country code. */
    public static void country(String code, String what) {
        required(code, what);
        if (!COUNTRIES.contains(code)) {
            throw new IllegalArgumentException(
                    what + " must be an ISO 3166 alpha-2 country code such as JP or UA, was \"" + code + "\"");
        }
    }

    /** The collection, if neither it nor any element is null. */
    public static <C extends Collection<?>> C noNulls(C values, String what) {
        required(values, what);
        if (hasNull(values)) {
            throw new IllegalArgumentException(what + " must not contain null, was " + values);
        }
        return values;
    }

    /** Whether the collection is null or holds null; without a stream, as values check their lists on every build. */
    public static boolean hasNull(Collection<?> values) {
        if (values == null) {
            return true;
        }
        for (Object v : values) {
            if (v == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stage that carries amounts: anything but the cancelled stage (passed in, since this package knows no
     * stages).
     */
    public static <E extends Enum<E>> E amountStage(E stage, E cancelled) {
        required(stage, "stage");
        if (stage == cancelled) {
            throw new IllegalArgumentException("stage must be one that carries amounts (reported, announced, "
                    + "committed or disbursed), was cancelled");
        }
        return stage;
    }

    /** A required date as an epoch day. */
    public static long day(LocalDate date, String what) {
        return required(date, what).toEpochDay();
    }

    /** The first day of a range as an epoch day, {@code Long.MIN_VALUE} when unbounded. */
    public static long firstDay(LocalDateRange range) {
        return range.isUnboundedStart() ? Long.MIN_VALUE : range.getStart().toEpochDay();
    }

    /** The last day (inclusive) of a range as an epoch day, {@code Long.MAX_VALUE} when unbounded. */
    public static long lastDay(LocalDateRange range) {
        return range.isUnboundedEnd() ? Long.MAX_VALUE : range.getEnd().toEpochDay() - 1;
    }

    /** Refuses a list that holds two items with the same key, such as a sector listed twice. */
    public static <T> List<T> distinct(List<T> values, Function<T, String> key, String what) {
        if (values.size() > 1) {
            Set<String> seen = new HashSet<>();
            for (T v : values) {
                if (!seen.add(key.apply(v))) {
                    throw new IllegalArgumentException(what + " list " + key.apply(v) + " twice; expected each once");
                }
            }
        }
        return values;
    }

    /**
     * Refuses a date range that reaches the first or last day of the calendar: a {@link LocalDateRange} treats
     * {@link LocalDate#MIN} as an unbounded start and {@link LocalDate#MAX} as an unbounded end.
     */
    public static LocalDateRange bounded(LocalDateRange range, String what) {
        if (range.isUnboundedStart()) {
            throw new IllegalArgumentException(what + " must be bounded: its first day must be after " + LocalDate.MIN
                    + " (LocalDate.MIN, which a LocalDateRange takes as no start), was " + range);
        }
        if (range.isUnboundedEnd()) {
            throw new IllegalArgumentException(what + " must be bounded: its last day must be before "
                    + LocalDate.MAX.minusDays(1) + " (a LocalDateRange ending at LocalDate.MAX has no end), was "
                    + range);
        }
        return range;
    }

    /** Refuses a day that cannot be the first or last day of a bounded {@link LocalDateRange}. */
    public static LocalDate rangeDay(LocalDate day, String what) {
        required(day, what);
        if (!day.isAfter(LocalDate.MIN) || !day.isBefore(LocalDate.MAX.minusDays(1))) {
            throw new IllegalArgumentException(what + " must be between " + LocalDate.MIN.plusDays(1) + " and "
                    + LocalDate.MAX.minusDays(2) + " (the ends of the calendar mean unbounded in a LocalDateRange), was "
                    + day);
        }
        return day;
    }

    /**
     * Refuses the ISO 4217 codes that name no money: {@code XXX} (no currency) and {@code XTS} (for testing).
     *
     * @param currency the currency, not null
     * @param what the field, for the message
     * @return the currency
     */
    public static CurrencyUnit money(CurrencyUnit currency, String what) {
        String code = currency.getCurrencyCode();
        if (code.equals("XXX") || code.equals("XTS")) {
            throw new IllegalArgumentException(what + " must be a currency money is stated in, was " + code
                    + (code.equals("XXX") ? " (ISO 4217 for no currency)" : " (ISO 4217 code reserved for testing)"));
        }
        return currency;
    }

    /**
     * Refuses a number with more than {@link #MAX_WHOLE_DIGITS} digits before or {@link #MAX_FRACTION_DIGITS} after
     * the decimal point (trailing zeros not counted), naming the field.
     *
     * @param number the number, not null
     * @param what the field, for the message
     * @return the number
     */
    public static BigDecimal digits(BigDecimal number, String what) {
        String problem = digitsProblem(number, what);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return number;
    }

    /**
     * What {@link #digits} says of a number it refuses, for readers that report a bad value and read on.
     *
     * @param number the number
     * @param what what the number is, for the message
     * @return the message, or null if {@link #digits} accepts the number
     */
    public static String digitsProblem(BigDecimal number, String what) {
        if (number.signum() != 0 && number.precision() - number.scale() > MAX_WHOLE_DIGITS) {
            return what + " must have at most " + MAX_WHOLE_DIGITS + " digits before the decimal point, was "
                    + shortText(number);
        }
        if (number.scale() > MAX_FRACTION_DIGITS && number.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            return what + " must have at most " + MAX_FRACTION_DIGITS
                    + " digits after the decimal point (trailing zeros not counted), was " + shortText(number);
        }
        return null;
    }

    /** Whether {@link #digits} accepts the number; see {@link #isId}. */
    public static boolean isDigits(BigDecimal number) {
        return (number.signum() == 0 || number.precision() - number.scale() <= MAX_WHOLE_DIGITS)
                && (number.scale() <= MAX_FRACTION_DIGITS || number.stripTrailingZeros().scale() <= MAX_FRACTION_DIGITS);
    }

    /** Whether {@link #money} accepts the currency (neither XXX nor XTS); see {@link #isId}. */
    public static boolean isMoney(CurrencyUnit currency) {
        String code = currency.getCurrencyCode();
        return !code.equals("XXX") && !code.equals("XTS");
    }

    private static String shortText(BigDecimal number) {
        String text = number.toString();
        if (text.length() > 60) {
            text = number.stripTrailingZeros().toString();
        }
        return text.length() <= 60 ? text : text.substring(0, 30) + "..." + text.substring(text.length() - 20)
                + " (" + number.precision() + " digits, scale " + number.scale() + ")";
    }

    /** Refuses a number of digits to round to outside -{@value #MAX_WHOLE_DIGITS}..{@value #MAX_FRACTION_DIGITS}. */
    public static int roundingDigits(int digits) {
        if (digits < -MAX_WHOLE_DIGITS || digits > MAX_FRACTION_DIGITS) {
            throw new IllegalArgumentException("digits to round to must be from " + -MAX_WHOLE_DIGITS + " to "
                    + MAX_FRACTION_DIGITS + ", was " + digits);
        }
        return digits;
    }

    /** An enum constant for people: {@code IN_KIND} as {@code "in kind"}. */
    public static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
