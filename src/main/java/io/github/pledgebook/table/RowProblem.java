package io.github.pledgebook.table;

import java.util.Objects;

/**
 * A row, or one cell of it, that a reader could not take into the book, and why.
 * <p>
 * Readers never skip a row silently: every row they leave out, and every cell they could not read, becomes a
 * problem with the row number a spreadsheet shows (the header is row 1), the column and the value.
 * <pre>{@code
 * // row 7, column "Value in EUR": "12,3x" is not an amount; expected a decimal number such as 1,234.5
 * }</pre>
 * This class is immutable and thread-safe; equality is by value.
 */
public final class RowProblem {

    private final long row;
    private final String column;
    private final String value;
    private final String reason;

    private RowProblem(long row, String column, String value, String reason) {
        this.row = row;
        this.column = column;
        this.value = value;
        this.reason = reason;
    }

    /**
     * Creates a problem.
     *
     * @param row the row number as a spreadsheet shows it (the header is row 1), at least 1
     * @param column the column's header, or {@code ""} for the row as a whole
     * @param value the cell's text, or {@code ""}
     * @param reason what is wrong and what was expected, one sentence
     * @return the problem
     */
    public static RowProblem of(long row, String column, String value, String reason) {
        if (row < 1) {
            throw new IllegalArgumentException("problem row must be 1 or more (the header is row 1), was " + row);
        }
        Objects.requireNonNull(column, "problem column is required, was null (use \"\" for the whole row)");
        Objects.requireNonNull(value, "problem value is required, was null (use \"\")");
        Objects.requireNonNull(reason, "problem reason is required, was null");
        return new RowProblem(row, column, value, reason);
    }

    /**
     * The row number as a spreadsheet shows it: the header is row 1, the first data row is row 2.
     *
     * @return the row number
     */
    public long row() {
        return row;
    }

    /**
     * The header of the column with the problem.
     *
     * @return the column, or {@code ""} when the problem is the row as a whole
     */
    public String column() {
        return column;
    }

    /**
     * The text of the cell with the problem.
     *
     * @return the value, possibly {@code ""}
     */
    public String value() {
        return value;
    }

    /**
     * What is wrong and what was expected.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RowProblem)) {
            return false;
        }
        RowProblem p = (RowProblem) o;
        return row == p.row && column.equals(p.column) && value.equals(p.value) && reason.equals(p.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, column, value, reason);
    }

    /**
     * One line: {@code row 7, column "Value in EUR": "12,3x" is not an amount; ...}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("row ").append(row);
        if (!column.isEmpty()) {
            sb.append(", column \"").append(column).append('"');
        }
        sb.append(": ");
        if (!value.isEmpty()) {
            sb.append('"').append(value).append("\" ");
        }
        return sb.append(reason).toString();
    }
}
