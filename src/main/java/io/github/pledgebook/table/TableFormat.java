package io.github.pledgebook.table;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text formats a {@link ResultTable} is written in: CSV for spreadsheets, Markdown for articles and READMEs,
 * HTML for notebooks and web pages.
 * <p>
 * Numbers are exact in every format. CSV writes them plain ({@code 15800000000}, {@code -0.10}), for machines;
 * Markdown and HTML group the digits of the whole part with commas ({@code 15,800,000,000}) and align number columns
 * right, for people. No digit is ever dropped and no exponent is ever written.
 * <pre>{@code
 * TableFormat.MARKDOWN.format(table);
 * // | stage | JPY | USD |
 * // | --- | ---: | ---: |
 * // | announced | 15,800,000,000 | 37,000,000 |
 * }</pre>
 */
public enum TableFormat {
    /**
     * CSV as RFC 4180 defines it (written by FastCSV): a header row, then one row per table row, fields quoted when
     * they hold a comma, a quote or a line break, lines ending with CRLF.
     * <p>
     * <b>Formula guard.</b> Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @}
     * (and some a tab or carriage return) as a formula, which is how a CSV file can attack whoever opens it. The
     * writer puts a {@code '} before every text cell that starts with one of these, and before a text cell that
     * starts with {@code '} followed by one of these or by another {@code '}, so the guard can always be undone:
     * pledgebook's readers take exactly one leading {@code '} off such a cell. Number cells are never guarded: a
     * plain number such as {@code -5} is a number to a spreadsheet, not a formula, and stays one.
     */
    CSV,
    /**
     * A GitHub-flavoured Markdown table: header row, alignment row ({@code ---:} for number columns), one line per
     * row. Cells are escaped so that no text becomes markup or splits a row: {@code &} and {@code <} become
     * entities, {@code | \ ` * _ [ ] ~} get a backslash, line breaks become {@code <br>}; quotes stay.
     */
    MARKDOWN,
    /**
     * An HTML {@code <table>} fragment with {@code <thead>} and {@code <tbody>}, number cells aligned right by a
     * {@code style} attribute. Cells are escaped: {@code & < > " '} become entities, line breaks become
     * {@code <br>}. No script, class or page around it.
     */
    HTML;

    /**
     * Writes a table in this format to a caller's output, which is flushed if it is a {@code Writer} and never closed.
     *
     * @param table the table
     * @param out where the text goes: a {@code StringBuilder}, a {@code Writer}, ...
     * @throws UncheckedIOException if the output fails
     */
    public void write(ResultTable table, Appendable out) {
        Objects.requireNonNull(table, "table is required, was null");
        Objects.requireNonNull(out, "output is required, was null");
        switch (this) {
            case CSV:
                csv(table, out);
                break;
            case MARKDOWN:
                markdown(table, out);
                break;
            default:
                html(table, out);
        }
    }

    /**
     * Returns a table in this format as text.
     *
     * @param table the table
     * @return the text
     */
    public String format(ResultTable table) {
        StringBuilder sb = new StringBuilder();
        write(table, sb);
        return sb.toString();
    }

    private static void csv(ResultTable t, Appendable out) {
        CsvWriter csv = CsvWriter.builder().build(Cells.writer(out));
        List<String> header = new ArrayList<>();
        t.headers().forEach(h -> header.add(Cells.guard(h)));
        csv.writeRecord(header);
        List<String> cells = new ArrayList<>();
        for (List<String> row : t.rows()) {
            cells.clear();
            for (int c = 0; c < row.size(); c++) {
                cells.add(t.isNumber(c) ? row.get(c) : Cells.guard(row.get(c)));
            }
            csv.writeRecord(cells);
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a CSV table failed", e);
        }
    }

    private static void markdown(ResultTable t, Appendable out) {
        StringBuilder sb = new StringBuilder();
        sb.append('|');
        for (String h : t.headers()) {
            sb.append(' ').append(Cells.markdown(h)).append(" |");
        }
        sb.append("\n|");
        for (int c = 0; c < t.headers().size(); c++) {
            sb.append(t.isNumber(c) ? " ---: |" : " --- |");
        }
        sb.append('\n');
        for (List<String> row : t.rows()) {
            sb.append('|');
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                sb.append(' ').append(t.isNumber(c) && !cell.isEmpty() ? Cells.grouped(cell) : Cells.markdown(cell))
                        .append(" |");
            }
            sb.append('\n');
        }
        Cells.append(out, sb);
    }

    private static void html(ResultTable t, Appendable out) {
        StringBuilder sb = new StringBuilder("<table>\n<thead>\n<tr>");
        for (int c = 0; c < t.headers().size(); c++) {
            sb.append(t.isNumber(c) ? "<th style=\"text-align: right\">" : "<th>")
                    .append(Cells.html(t.headers().get(c))).append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            sb.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (t.isNumber(c)) {
                    sb.append("<td style=\"text-align: right\">").append(cell.isEmpty() ? "" : Cells.grouped(cell));
                } else {
                    sb.append("<td>").append(Cells.html(cell));
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        Cells.append(out, sb);
    }
}
