package io.github.pledgebook.table;

import io.github.pledgebook.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The forms other people's sheets write values in, as a {@link ColumnMap} reads them: dates (ISO, day first,
 * spreadsheet exports), amounts with thousands separators, donor ids made from names, and the caller's value maps
 * keyed by tidied lower-case text.
 */
final class SheetFormats {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST_DOTS = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Which comes first in a date written with slashes, as the map says; null when it does not. */
    enum DateOrder {
        DAY_FIRST, MONTH_FIRST
    }

    private SheetFormats() {
    }

    /** A donor id from a name: lower case, letters and digits, other runs of characters as one hyphen. */
    static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && sb.length() > 0) {
                    sb.append('-');
                }
                sb.appendCodePoint(Character.toLowerCase(cp));
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /**
     * A date in one of the accepted forms, or null. With slashes it is read in the given order; without one, only
     * when the order does not matter: {@code 19/02/2024} (no month 19) or {@code 05/05/2024}, never
     * {@code 01/02/2024}. With dots it is day first, as the countries that write dots do.
     */
    static LocalDate parseDate(String s, DateOrder order) {
        try {
            if (s.length() >= 10 && s.charAt(4) == '-') {
                String day = s.substring(0, 10);
                String rest = s.substring(10);
                if (rest.isEmpty() || rest.matches("[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
                    return LocalDate.parse(day);
                }
                return null;
            }
            if (s.indexOf('/') > 0) {
                if (order == DateOrder.MONTH_FIRST) {
                    return LocalDate.parse(s, MONTH_FIRST);
                }
                LocalDate d = LocalDate.parse(s, DAY_FIRST);
                return order == null && isAmbiguous(d) ? null : d;
            }
            if (s.indexOf('.') > 0) {
                return LocalDate.parse(s, DAY_FIRST_DOTS);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** Whether a date read day first from a slash date could also be read month first as another date. */
    private static boolean isAmbiguous(LocalDate dayFirst) {
        return dayFirst.getDayOfMonth() <= 12 && dayFirst.getDayOfMonth() != dayFirst.getMonthValue();
    }

    /**
     * The two dates a slash date could be when the map gives no order, day first then month first, or null if it
     * is not such a date.
     */
    static LocalDate[] readings(String s) {
        if (s.indexOf('/') <= 0) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s, DAY_FIRST);
            return isAmbiguous(d) ? new LocalDate[] {d, LocalDate.parse(s, MONTH_FIRST)} : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String originalKeys(Map<String, ?> values) {
        return String.join(", ", ((Mapped<?>) values).originals);
    }

    static String key(String text) {
        String tidy = Texts.line(text);
        return tidy == null ? "" : tidy.toLowerCase(Locale.ROOT);
    }

    /**
     * A decimal with optional thousands separators ({@code ,}, space, no-break space, {@code '}, {@code _}) in
     * groups of three, and {@code .} before the fraction; null if it is not one.
     */
    static BigDecimal parseAmount(String text) {
        return parseAmount(text, false);
    }

    /**
     * As {@link #parseAmount(String)}, or with a decimal comma ({@code 1.234.567,50}, {@code 1 234,5}) where '.' is
     * one of the thousands separators instead.
     */
    static BigDecimal parseAmount(String text, boolean decimalComma) {
        String s = text;
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        char mark = decimalComma ? ',' : '.';
        char otherMark = decimalComma ? '.' : ',';
        int dot = s.indexOf(mark);
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()) || !isAsciiDigits(fraction)) {
            return null;
        }
        StringBuilder digits = new StringBuilder(whole.length());
        char separator = 0;
        int group = 0;
        boolean grouped = false;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                group++;
            } else if (c == otherMark || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'' || c == '_') {
                if (separator != 0 && c != separator) {
                    return null;
                }
                if (grouped ? group != 3 : group < 1 || group > 3) {
                    return null;
                }
                separator = c;
                grouped = true;
                group = 0;
            } else {
                return null;
            }
        }
        if (group == 0 || (grouped && group != 3)) {
            return null;
        }
        BigDecimal v = new BigDecimal(digits + (fraction.isEmpty() ? "" : "." + fraction));
        return negative ? v.negate() : v;
    }

    private static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A value map keyed by trimmed lower-case text, that remembers the keys as the caller wrote them. */
    private static final class Mapped<E> extends HashMap<String, E> {
        private static final long serialVersionUID = 1L;
        final List<String> originals = new ArrayList<>();
    }

    /** A caller's value map, checked and keyed by trimmed lower-case text; for the builder. */
    static <E> Map<String, E> mapped(Map<String, E> values, String what) {
        Objects.requireNonNull(values, what + " value map is required, was null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(what + " value map must map at least one value, was empty");
        }
        for (String k : values.keySet()) {
            // before the sorted copy below, which would fail on a null key with a bare NullPointerException
            Objects.requireNonNull(k, what + " value map has a null key");
        }
        Mapped<E> m = new Mapped<>();
        new java.util.TreeMap<>(values).forEach((k, v) -> {
            Objects.requireNonNull(v, () -> what + " value map maps \"" + k + "\" to null");
            if (key(k).isEmpty()) {
                // a cell is never matched blank: an empty cell is a problem of its own
                throw new IllegalArgumentException(what + " value map has a blank label, was \"" + k + "\"");
            }
            if (m.put(key(k), v) != null) {
                throw new IllegalArgumentException(what + " value map has \"" + k + "\" twice (ignoring case)");
            }
            m.originals.add(k);
        });
        return m;
    }
}
