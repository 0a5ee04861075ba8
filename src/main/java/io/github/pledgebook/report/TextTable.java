package io.github.pledgebook.report;

import io.github.pledgebook.internal.Check;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table with aligned columns, for JShell, notebooks and logs you write yourself.
 * <p>
 * Columns are left- or right-aligned; numbers should be right-aligned so digits line up. When the table is wider
 * than the width asked for, left-aligned columns (labels) are shortened with a {@code ~} first, down to
 * {@value #MIN_LABEL_WIDTH} characters; right-aligned columns (amounts) are never cut, so no digit is ever lost. If
 * the table still does not fit, it is rendered in several blocks of columns, each repeating the first column.
 * <pre>{@code
 * TextTable t = TextTable.builder().left("stage").right("JPY").right("USD")
 *         .row("announced", "15,800,000,000", "37,000,000")
 *         .build();
 * t.render(80);
 * // stage                 JPY         USD
 * // ---------  --------------  ----------
 * // announced  15,800,000,000  37,000,000
 * }</pre>
 * Rendering is deterministic: the same table and width give the same text. Lines end with {@code \n} and carry no
 * trailing spaces. This class is immutable and thread-safe.
 */
public final class TextTable {

    /** The narrowest a left-aligned column is shortened to when the table does not fit. */
    public static final int MIN_LABEL_WIDTH = 8;

    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows;

    private TextTable(Builder b) {
        this.headers = List.copyOf(b.headers);
        this.rightAligned = List.copyOf(b.rightAligned);
        List<List<String>> copy = new ArrayList<>(b.rows.size());
        copy.addAll(b.rows);
        this.rows = Collections.unmodifiableList(copy);
    }

    /**
     * Returns a builder: declare the columns first, then add rows.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The column headers.
     *
     * @return an unmodifiable list
     */
    public List<String> headers() {
        return headers;
    }

    /**
     * The rows, each with one cell per column.
     *
     * @return an unmodifiable list of unmodifiable lists
     */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * Renders the table within a maximum width.
     *
     * @param maxWidth the widest a line may be, at least {@value #MIN_LABEL_WIDTH} plus the widest amount column
     *     and a gap of two spaces
     * @return the text, one line per row after a header and a rule, each line ending with {@code \n}
     * @throws IllegalArgumentException if even one block with shortened labels cannot fit
     */
    public String render(int maxWidth) {
        int n = headers.size();
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = headers.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        // shorten left-aligned columns one character at a time, widest first, until the table fits or they reach the minimum
        while (total(width, 0, n) > maxWidth) {
            int widest = -1;
            for (int c = 0; c < n; c++) {
                if (!rightAligned.get(c) && width[c] > MIN_LABEL_WIDTH && (widest < 0 || width[c] > width[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break;
            }
            width[widest]--;
        }
        StringBuilder sb = new StringBuilder();
        if (n == 1 || total(width, 0, n) <= maxWidth) {
            int[] all = new int[n];
            for (int c = 0; c < n; c++) {
                all[c] = c;
            }
            renderBlock(sb, width, all);
            return sb.toString();
        }
        int natural = width[0];
        for (List<String> r : rows) {
            natural = Math.max(natural, Math.max(headers.get(0).length(), r.get(0).length()));
        }
        int from = 1;
        while (from < n) {
            int to = from;
            int used = width[0];
            while (to < n && used + GAP.length() + width[to] <= maxWidth) {
                used += GAP.length() + width[to];
                to++;
            }
            if (to == from) {
                throw new IllegalArgumentException("max width must leave room for column \"" + headers.get(from)
                        + "\" (" + (width[0] + GAP.length() + width[from]) + " characters), was " + maxWidth);
            }
            int[] cols = new int[to - from + 1];
            for (int c = from; c <= to - 1; c++) {
                cols[c - from + 1] = c;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            int[] blockWidth = width.clone();
            blockWidth[0] = Math.max(width[0], Math.min(natural, maxWidth - (used - width[0])));
            renderBlock(sb, blockWidth, cols);
            from = to;
        }
        return sb.toString();
    }

    private static int total(int[] width, int from, int to) {
        int t = 0;
        for (int c = from; c < to; c++) {
            t += width[c] + (c > from ? GAP.length() : 0);
        }
        return t;
    }

    private void renderBlock(StringBuilder sb, int[] width, int[] cols) {
        line(sb, width, cols, headers);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(sb, width, cols, rule);
        for (List<String> r : rows) {
            line(sb, width, cols, r);
        }
    }

    private void line(StringBuilder sb, int[] width, int[] cols, List<String> cells) {
        int start = sb.length();
        for (int i = 0; i < cols.length; i++) {
            int c = cols[i];
            if (i > 0) {
                sb.append(GAP);
            }
            String cell = fit(cells.get(c), width[c]);
            String pad = " ".repeat(width[c] - cell.length());
            sb.append(rightAligned.get(c) ? pad + cell : cell + pad);
        }
        int end = sb.length();
        while (end > start && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    private static String fit(String cell, int width) {
        return cell.length() <= width ? cell : cell.substring(0, width - 1) + "~";
    }

    @Override
    public String toString() {
        return render(Integer.MAX_VALUE);
    }

    /** Builds a {@link TextTable}; obtain one from {@link TextTable#builder()}. Not thread-safe. */
    public static final class Builder {
        private final List<String> headers = new ArrayList<>();
        private final List<Boolean> rightAligned = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a left-aligned column, for labels.
         *
         * @param header the column header
         * @return this builder
         */
        public Builder left(String header) {
            return column(header, false);
        }

        /**
         * Adds a right-aligned column, for numbers and amounts; its cells are never shortened.
         *
         * @param header the column header
         * @return this builder
         */
        public Builder right(String header) {
            return column(header, true);
        }

        private Builder column(String header, boolean right) {
            Objects.requireNonNull(header, "column header is required, was null");
            oneLine(header, "column header");
            if (!rows.isEmpty()) {
                throw new IllegalStateException("columns must be declared before the first row, but "
                        + rows.size() + " rows were added already");
            }
            headers.add(header);
            rightAligned.add(right);
            return this;
        }

        /**
         * Adds a row with one cell per column.
         *
         * @param cells the cells, in column order; null cells are not allowed (use {@code ""})
         * @return this builder
         * @throws IllegalArgumentException if the number of cells differs from the number of columns
         */
        public Builder row(String... cells) {
            Objects.requireNonNull(cells, "row cells are required, was null");
            return row(java.util.Arrays.asList(cells));
        }

        /**
         * Adds a row with one cell per column.
         *
         * @param cells the cells, in column order
         * @return this builder
         * @throws IllegalArgumentException if the number of cells differs from the number of columns
         */
        public Builder row(List<String> cells) {
            Objects.requireNonNull(cells, "row cells are required, was null");
            if (cells.size() != headers.size()) {
                throw new IllegalArgumentException("row must have " + headers.size() + " cells, one per column "
                        + headers + ", was " + cells.size() + ": " + cells);
            }
            for (String cell : cells) {
                if (cell == null) {
                    throw new IllegalArgumentException("row cells must be one-line text, was " + cells);
                }
                oneLine(cell, "row cell");
            }
            rows.add(Collections.unmodifiableList(new ArrayList<>(cells)));
            return this;
        }

        /** Refuses control characters (line breaks, tabs, escapes), which would break the alignment. */
        private static void oneLine(String text, String what) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                    throw new IllegalArgumentException(what + "s must be one-line text without control characters "
                            + "such as line breaks or tabs (" + Check.shown(String.valueOf(c)) + " at position " + i
                            + "), was " + Check.shown(text));
                }
            }
        }

        /**
         * Builds the table.
         *
         * @return the immutable table
         * @throws IllegalStateException if no column was declared
         */
        public TextTable build() {
            if (headers.isEmpty()) {
                throw new IllegalStateException("a table needs at least one column, had none");
            }
            return new TextTable(this);
        }
    }
}
