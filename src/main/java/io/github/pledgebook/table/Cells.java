package io.github.pledgebook.table;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The text of one cell: plain exact numbers, the spreadsheet formula guard, list cells, enum labels, Markdown and
 * HTML escaping, and the small adapters between FastCSV and a caller's {@link Reader} or {@link Appendable}.
 */
final class Cells {

    /** The character the CSV writer puts before a cell that a spreadsheet would run as a formula. */
    static final char GUARD = '\'';
    /** Separates the items of a list cell; a backslash escapes it and itself inside an item. */
    static final char LIST_SEPARATOR = ';';

    private Cells() {
    }

    // ---------------------------------------------------------------------------------------------- numbers

    /**
     * An exact number in plain form, the house rule of {@code Amounts.format} without grouping: whole numbers show
     * no fraction ({@code 15800000000}), others at least {@code minFractionDigits} ({@code 0.10}); never an exponent.
     */
    static String plain(BigDecimal number, int minFractionDigits) {
        BigDecimal n = number.stripTrailingZeros();
        if (n.scale() <= 0) {
            return n.setScale(0).toPlainString();
        }
        return n.setScale(Math.max(n.scale(), minFractionDigits)).toPlainString();
    }

    /** Whether a cell is a plain decimal number: an optional minus, digits, optionally a point and digits. */
    static boolean isPlainNumber(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (n > 0 && s.charAt(0) == '-') {
            i = 1;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        i++;
        int fraction = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            fraction++;
        }
        return fraction > 0 && i == n;
    }

    /** Whether the first characters of an array are a plain decimal number; see {@link #isPlainNumber(CharSequence)}. */
    static boolean isPlainNumber(char[] s, int n) {
        int i = 0;
        if (n > 0 && s[0] == '-') {
            i = 1;
        }
        int digits = 0;
        while (i < n && isDigit(s[i])) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s[i] != '.') {
            return false;
        }
        i++;
        int fraction = 0;
        while (i < n && isDigit(s[i])) {
            i++;
            fraction++;
        }
        return fraction > 0 && i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A plain number with comma digit grouping in its whole part: {@code -1234567.5} becomes {@code -1,234,567.5}. */
    static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder sb = new StringBuilder(plain.length() + 8).append(plain, 0, start);
        int digits = end - start;
        int lead = digits % 3 == 0 ? 3 : digits % 3;
        sb.append(plain, start, start + lead);
        for (int i = start + lead; i < end; i += 3) {
            sb.append(',').append(plain, i, i + 3);
        }
        return sb.append(plain, end, plain.length()).toString();
    }

    // ---------------------------------------------------------------------------------------------- formula guard

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * Guards a CSV cell against formula injection: a cell that starts with {@code = + - @}, a tab or a carriage
     * return gets a leading {@code '}, unless it is a plain number ({@code -5} stays a number). A cell that starts
     * with {@code '} followed by one of those or by another {@code '} gets one too, so that {@link #unguard} can
     * always take exactly one off.
     */
    static String guard(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        if (isTrigger(first)) {
            return isPlainNumber(cell) ? cell : GUARD + cell;
        }
        if (first == GUARD && cell.length() > 1 && (isTrigger(cell.charAt(1)) || cell.charAt(1) == GUARD)) {
            return GUARD + cell;
        }
        return cell;
    }

    /** Whether a {@code '} before this character is a guard that {@link #unguard} takes off. */
    static boolean isGuarded(char second) {
        return isTrigger(second) || second == GUARD;
    }

    /** Undoes {@link #guard}: drops a leading {@code '} that is followed by a guarded character or another {@code '}. */
    static String unguard(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == GUARD) {
            char second = cell.charAt(1);
            if (isTrigger(second) || second == GUARD) {
                return cell.substring(1);
            }
        }
        return cell;
    }

    // ---------------------------------------------------------------------------------------------- list cells

    /** Joins non-blank items with {@code ;}, escaping {@code ;} and {@code \} inside items with a backslash. */
    static String list(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            if (sb.length() > 0) {
                sb.append(LIST_SEPARATOR);
            }
            for (int i = 0; i < item.length(); i++) {
                char c = item.charAt(i);
                if (c == LIST_SEPARATOR || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Splits a list cell written by {@link #list}; an empty cell is an empty list. */
    static List<String> items(String cell) {
        List<String> items = new ArrayList<>();
        if (cell.isEmpty()) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (c == LIST_SEPARATOR) {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }

    // ---------------------------------------------------------------------------------------------- enum labels

    /** Reads an enum constant from its label ("unnamed sources"), its name, or with hyphens; ignores case. */
    static <E extends Enum<E>> E constant(Class<E> type, String text) {
        Map<String, Enum<?>> byLabel = BY_LABEL.get(type);
        Enum<?> e = byLabel.get(text);
        if (e != null) {
            return type.cast(e);
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        return null;
    }

    /** Each enum's constants by label, made once per enum: reading a label needs no scan and no copy. */
    private static final ClassValue<Map<String, Enum<?>>> BY_LABEL = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> m = new java.util.HashMap<>();
            for (Object c : type.getEnumConstants()) {
                m.putIfAbsent(label((Enum<?>) c), (Enum<?>) c);
            }
            return Map.copyOf(m);
        }
    };

    /** The labels of an enum's constants, for messages: {@code reported, announced, ...}. */
    static <E extends Enum<E>> String labels(Class<E> type) {
        List<String> labels = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            labels.add(label(e));
        }
        return String.join(", ", labels);
    }

    /** An enum constant's label: lower case with spaces, as the core's {@code label()} methods give it. */
    static String label(Enum<?> e) {
        return LABELS.computeIfAbsent(e, k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static final java.util.Map<Enum<?>, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    // ---------------------------------------------------------------------------------------------- escaping

    /**
     * Escapes a cell for a GitHub Markdown table: {@code &} and {@code <} become entities (so no HTML tag forms); {@code |},
     * {@code \}, {@code `}, {@code *}, {@code _}, {@code [}, {@code ]} and {@code ~} get a backslash, so no text turns
     * into markup or splits the row; line breaks become {@code <br>}. Quotes stay as they are.
     */
    static String markdown(String cell) {
        StringBuilder sb = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '|': case '\\': case '`': case '*': case '_': case '[': case ']': case '~':
                    sb.append('\\').append(c);
                    break;
                case '\r':
                    if (i + 1 < cell.length() && cell.charAt(i + 1) == '\n') {
                        i++;
                    }
                    sb.append("<br>");
                    break;
                case '\n':
                    sb.append("<br>");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Escapes a cell for HTML text and attribute values: {@code & < > " '} become entities; line breaks become
     * {@code <br>}.
     */
    static String html(String cell) {
        StringBuilder sb = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                case '\r':
                    if (i + 1 < cell.length() && cell.charAt(i + 1) == '\n') {
                        i++;
                    }
                    sb.append("<br>");
                    break;
                case '\n':
                    sb.append("<br>");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------- FastCSV

    /**
     * FastCSV's refusal of a record, such as a character after a closing quote ({@code "Ja"pan}) or a field beyond
     * the size limit: the row it starts on, counted as the readers count rows (the header is row 1), and why. No
     * record after it can be read.
     */
    static final class BrokenCsv extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final long row;
        final String reason;

        BrokenCsv(long row, CsvParseException e) {
            this(row, "the CSV text is broken here (" + e.getMessage() + "); no row from here on is read", e);
        }

        private BrokenCsv(long row, String reason, CsvParseException e) {
            super("row " + row + ": " + reason, e);
            this.row = row;
            this.reason = reason;
        }
    }

    /** The records of a CSV reader, for a for-each loop; one that FastCSV refuses ends them with a {@link BrokenCsv}. */
    static <T> Iterable<T> records(CsvReader<T> csv) {
        return () -> new Iterator<T>() {
            private final Iterator<T> records = csv.iterator();
            private long row;

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (CsvParseException e) {
                    throw new BrokenCsv(row + 1, e);
                }
            }

            @Override
            public T next() {
                try {
                    T record = records.next();
                    row++;
                    return record;
                } catch (CsvParseException e) {
                    throw new BrokenCsv(row + 1, e);
                }
            }
        };
    }

    /** A CSV reader over a caller's text: empty lines kept (so row numbers match a spreadsheet's), ragged rows allowed. */
    static CsvReader<CsvRecord> csv(Reader reader) {
        Objects.requireNonNull(reader, "reader is required, was null");
        return CsvReader.builder().skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(reader);
    }

    /** A CSV reader over text in memory. */
    static CsvReader<CsvRecord> csv(CharSequence text) {
        Objects.requireNonNull(text, "CSV text is required, was null");
        return CsvReader.builder().skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(text.toString());
    }

    /** Whether a record is an empty line (one empty field). */
    static boolean isEmptyLine(CsvRecord r) {
        return r.getFieldCount() == 1 && r.getField(0).isEmpty();
    }

    /** The header cells of a record, without a byte-order mark and trimmed. */
    static List<String> header(CsvRecord r) {
        return header(r.getFields());
    }

    /** The header cells of a record's fields, without a byte-order mark and trimmed. */
    static List<String> header(List<String> fields) {
        List<String> names = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            names.add(name.strip());
        }
        return names;
    }

    /** A {@link Writer} over a caller's {@link Appendable}, which it never closes; a Writer is used as it is. */
    static Writer writer(Appendable out) {
        Objects.requireNonNull(out, "output is required, was null");
        if (out instanceof Writer) {
            return (Writer) out;
        }
        return new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                out.append(java.nio.CharBuffer.wrap(cbuf, off, len));
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                out.append(str, off, off + len);
            }

            @Override
            public void flush() {
                // the caller's Appendable decides when to flush
            }

            @Override
            public void close() {
                // never closes the caller's Appendable
            }
        };
    }

    /** Appends text, turning the checked exception of a caller's Appendable into an unchecked one. */
    static void append(Appendable out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a table to " + out.getClass().getName() + " failed", e);
        }
    }
}
