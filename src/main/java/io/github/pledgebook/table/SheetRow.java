package io.github.pledgebook.table;

import io.github.pledgebook.internal.Check;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of a table being read, with the problems found in it. Cells are looked up by the reader's column
 * number through the position each column has in this table's header; the formula guard is taken off.
 * Not thread-safe: one reader uses one instance, row after row.
 */
final class SheetRow {

    private final int[] position;
    /** The number of cells of the table's header. */
    private final int width;
    private final List<String> headers;
    private final List<RowProblem> problems;
    private final Map<String, LocalDate> dates = new HashMap<>();
    /** The dates of the years 1900 to 2099 read so far, by {@link #daySlot}. */
    private LocalDate[] days;
    private RecordCells record;
    private long number;
    private boolean bad;

    /**
     * @param position for each of the reader's columns, its position in the table, or -1 if the table lacks it
     * @param width the number of cells of the table's header
     * @param headers the reader's column names, for problems
     * @param problems where problems go
     */
    SheetRow(int[] position, int width, List<String> headers, List<RowProblem> problems) {
        this.position = position;
        this.width = width;
        this.headers = headers;
        this.problems = problems;
    }

    /**
     * Moves to the next row. A row with a cell beyond the header's last column is a problem and left out: an
     * unquoted value with the separator inside ({@code 1,234} in a comma-separated file) has shifted its cells, and
     * reading the ones under the header would take {@code 1} for the amount. Empty cells there (trailing
     * separators) are fine.
     */
    void next(RecordCells r, long rowNumber) {
        this.record = r;
        this.number = rowNumber;
        this.bad = false;
        for (int p = width; p < r.count(); p++) {
            if (!r.text(p).isBlank()) {
                rowProblem("has more cells than the header's " + width + " columns (cell " + (p + 1) + " is "
                        + Check.shown(r.text(p)) + "): a value with the separator inside, such as 1,234 or a name "
                        + "with a comma, must be quoted, or its cells shift; the row was left out");
                break;
            }
        }
    }

    long number() {
        return number;
    }

    /** The record being read, counted from the first one the CSV reader gave (header and empty lines too). */
    long record() {
        return record.record();
    }

    /** Whether this row reaches every one of some columns that the table has (is not cut short before one). */
    boolean whole(int[] columns) {
        for (int c : columns) {
            if (position[c] >= record.count()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the cells of some columns are certainly those they had in an earlier record (by {@link #record()}):
     * every one of them is in this row and has not changed since. The earlier record must have reached them too
     * ({@link #whole}).
     */
    boolean sameSince(int[] columns, long earlier) {
        if (earlier < 0) {
            return false;
        }
        for (int c : columns) {
            int p = position[c];
            if (p >= 0 && !record.sameSince(p, earlier)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a problem was found in this row since {@link #next}. */
    boolean isBad() {
        return bad;
    }

    /** The cell of a column, unguarded; "" if the table lacks the column or the row is short. */
    String cell(int column) {
        int p = position[column];
        if (p < 0 || p >= record.count()) {
            return "";
        }
        return record.text(p);
    }

    /**
     * The value read before from the cell of a column if it was of a type, or null; the same text in the same
     * column gives the same value, so it is read once ({@link RecordCells#memo}).
     */
    private <T> T memo(int column, Class<T> type) {
        int p = position[column];
        if (p < 0 || p >= record.count()) {
            return null;
        }
        Object v = record.memo(p);
        return type.isInstance(v) ? type.cast(v) : null;
    }

    private void memo(int column, Object value) {
        int p = position[column];
        if (p >= 0 && p < record.count()) {
            record.memo(p, value);
        }
    }

    /** The cell of a column, or null if it is empty. */
    String text(int column) {
        String s = cell(column);
        return s.isEmpty() ? null : s;
    }

    /** The cell of a column; a problem if it is empty. */
    String required(int column, String what) {
        String s = cell(column);
        if (s.isEmpty()) {
            problem(column, "", "is empty; expected " + what);
            return null;
        }
        return s;
    }

    /** An ISO date, or null if the cell is empty; a problem if it is not a date. */
    LocalDate date(int column) {
        if (isEmpty(column)) {
            return null;
        }
        LocalDate known = memo(column, LocalDate.class);
        return known != null ? known : date(column, cell(column));
    }

    private LocalDate date(int column, String s) {
        if (s.isEmpty()) {
            return null;
        }
        LocalDate known = memo(column, LocalDate.class);
        if (known != null) {
            return known;
        }
        LocalDate d = parseDate(column, s);
        if (d != null) {
            memo(column, d);
        }
        return d;
    }

    private LocalDate parseDate(int column, String s) {
        int slot = daySlot(s);
        if (slot >= 0 && days == null) {
            days = new LocalDate[200 * 13 * 32];
        }
        if (slot >= 0 && days[slot] != null) {
            return days[slot];
        }
        LocalDate d = dates.get(s);
        if (d == null) {
            try {
                d = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problem(column, s, "is not a date; expected an ISO date such as 2024-02-19");
                return null;
            }
            if (slot >= 0) {
                days[slot] = d;
            } else if (dates.size() < 100_000) {
                dates.put(s, d);
            }
        }
        return d;
    }

    /**
     * Where a date of the years 1900 to 2099 written as {@code yyyy-MM-dd} sits in {@link #days}, or -1 for any
     * other text; a slot holds the date {@code LocalDate.parse} made of that text, so no text is hashed twice.
     */
    private static int daySlot(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return -1;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 1900 || year >= 2100 || month < 0 || month > 12 || day < 0 || day > 31) {
            return -1;
        }
        return ((year - 1900) * 13 + month) * 32 + day;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** An ISO date; a problem if it is empty or not a date. */
    LocalDate requiredDate(int column) {
        String s = cell(column);
        if (s.isEmpty()) {
            problem(column, "", "is empty; expected an ISO date such as 2024-02-19");
            return null;
        }
        return date(column, s);
    }

    /** A plain decimal number, or null if empty; a problem if it is not one. */
    BigDecimal decimal(int column) {
        BigDecimal known = memo(column, BigDecimal.class);
        if (known != null) {
            return known;
        }
        int p = position[column];
        if (p < 0 || p >= record.count() || record.isEmpty(p)) {
            return null;
        }
        BigDecimal d = record.plainNumber(p);
        if (d == null) {
            problem(column, cell(column), "is not a plain decimal number; expected digits with an optional . such "
                    + "as 0.10");
            return null;
        }
        memo(column, d);
        return d;
    }

    /** Whether the cell of a column is empty; no text is made. */
    boolean isEmpty(int column) {
        int p = position[column];
        return p < 0 || p >= record.count() || record.isEmpty(p);
    }

    /** A value that {@link #remember} kept for the text of a column's cell, if it is of a type; else null. */
    <T> T known(int column, Class<T> type) {
        return memo(column, type);
    }

    /** Keeps a value read from the text of a column's cell, for the rows that have the same text there. */
    void remember(int column, Object value) {
        memo(column, value);
    }

    /** An enum constant from its label, or null if empty; a problem if it is none of the labels. */
    <E extends Enum<E>> E constant(int column, Class<E> type) {
        E known = memo(column, type);
        if (known != null) {
            return known;
        }
        String s = cell(column);
        if (s.isEmpty()) {
            return null;
        }
        E e = Cells.constant(type, s);
        if (e == null) {
            String what = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            problem(column, s, "is not a known " + what + "; expected one of " + Cells.labels(type));
            return null;
        }
        memo(column, e);
        return e;
    }

    /** Records a problem in a column of this row. */
    void problem(int column, String value, String reason) {
        problems.add(RowProblem.of(number, column < 0 ? "" : headers.get(column), value, reason));
        bad = true;
    }

    /** Records a problem of the row as a whole. */
    void rowProblem(String reason) {
        problems.add(RowProblem.of(number, "", "", reason));
        bad = true;
    }
}
