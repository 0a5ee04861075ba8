package io.github.pledgebook.table;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.report.TextTable;
import io.github.pledgebook.timeline.Chronicle;
import io.github.pledgebook.timeline.Fulfilment;
import io.github.pledgebook.timeline.Grouped;
import io.github.pledgebook.timeline.Series;
import io.github.pledgebook.timeline.Snapshot;
import io.github.pledgebook.timeline.StageTotal;
import io.github.pledgebook.timeline.TimelineEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A result as a table of text and number columns, ready to be written as CSV, Markdown or HTML.
 * <p>
 * The factories turn pledgebook's results into tables: totals by any label, a snapshot's stages, a series, grouped
 * totals, fulfilment, a pledge's history and a chronicle; {@link #of(TextTable)} takes any table the {@code report}
 * package builds. Number cells hold exact plain decimals ({@code 15800000000}, {@code 37000000.10}: whole amounts
 * without a fraction, others with at least the currency's digits, never an exponent); how they are shown is up to
 * the {@link TableFormat}. Totals in several currencies follow a {@link MoneyLayout}.
 * <pre>{@code
 * ResultTable t = ResultTable.stages(book.asOf(LocalDate.of(2024, 2, 20)), MoneyLayout.COLUMN_PER_CURRENCY);
 * t.toMarkdown();
 * // | as of 2024-02-20 | JPY | USD | without value |
 * // | --- | ---: | ---: | ---: |
 * // | reported |  | 106,000,000 |  |
 * // | announced | 15,800,000,000 | 37,000,000 |  |
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class ResultTable {

    private final List<String> headers;
    private final boolean[] numbers;
    private final List<List<String>> rows;

    private ResultTable(Builder b) {
        this.headers = List.copyOf(b.headers);
        this.numbers = new boolean[b.numbers.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = b.numbers.get(i);
        }
        this.rows = Collections.unmodifiableList(new ArrayList<>(b.rows));
    }

    /**
     * Returns a builder: declare the columns first, then add rows.
     * <pre>{@code
     * ResultTable.builder().text("donor").number("USD").row("Japan", "37000000").build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A table from a {@link TextTable} of the {@code report} package. A column whose cells are all numbers (digit
     * grouping with commas allowed, blanks allowed, at least one number) becomes a number column, its cells plain
     * and exact ({@code 15,800,000,000} becomes {@code 15800000000}); the others stay text.
     *
     * @param table the text table
     * @return the table
     */
    public static ResultTable of(TextTable table) {
        Objects.requireNonNull(table, "text table is required, was null");
        int n = table.headers().size();
        Builder b = builder();
        boolean[] number = new boolean[n];
        for (int c = 0; c < n; c++) {
            boolean any = false;
            boolean all = true;
            for (List<String> row : table.rows()) {
                String cell = row.get(c).strip();
                if (cell.isEmpty()) {
                    continue;
                }
                any = true;
                all &= ColumnMap.parseAmount(cell) != null && cell.indexOf(' ') < 0 && cell.indexOf('\'') < 0
                        && cell.indexOf('_') < 0;
            }
            number[c] = any && all;
            if (number[c]) {
                b.number(table.headers().get(c));
            } else {
                b.text(table.headers().get(c));
            }
        }
        for (List<String> row : table.rows()) {
            List<String> cells = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                String cell = row.get(c).strip();
                cells.add(number[c] && !cell.isEmpty() ? ColumnMap.parseAmount(cell).toPlainString() : row.get(c));
            }
            b.row(cells);
        }
        return b.build();
    }

    /**
     * Totals by label, such as totals per stage or per donor.
     *
     * @param labelHeader the header of the label column, such as {@code "donor"}
     * @param totals the totals by label, in the order to show (labels are the keys' {@code toString()})
     * @param layout one column per currency, or currency and amount columns
     * @return the table
     */
    public static ResultTable totals(String labelHeader, Map<?, MoneyTotal> totals, MoneyLayout layout) {
        Objects.requireNonNull(labelHeader, "label header is required, was null");
        Objects.requireNonNull(totals, "totals are required, was null");
        Objects.requireNonNull(layout, "money layout is required, was null");
        Set<CurrencyUnit> currencies = new TreeSet<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        boolean unvalued = false;
        for (Map.Entry<?, MoneyTotal> e : totals.entrySet()) {
            MoneyTotal t = Objects.requireNonNull(e.getValue(), () -> "total for " + e.getKey() + " is null");
            currencies.addAll(t.currencies());
            unvalued |= t.unvaluedCount() > 0;
        }
        Builder b = builder().text(labelHeader);
        if (layout == MoneyLayout.COLUMN_PER_CURRENCY) {
            currencies.forEach(c -> b.number(c.getCurrencyCode()));
            if (unvalued) {
                b.number("without value");
            }
            for (Map.Entry<?, MoneyTotal> e : totals.entrySet()) {
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(e.getKey()));
                MoneyTotal t = e.getValue();
                for (CurrencyUnit c : currencies) {
                    cells.add(t.contains(c) ? number(t.decimal(c), c) : "");
                }
                if (unvalued) {
                    cells.add(t.unvaluedCount() == 0 ? "" : Long.toString(t.unvaluedCount()));
                }
                b.row(cells);
            }
        } else {
            b.text("currency").number("amount").number("without value");
            for (Map.Entry<?, MoneyTotal> e : totals.entrySet()) {
                String label = String.valueOf(e.getKey());
                MoneyTotal t = e.getValue();
                for (CurrencyUnit c : currencies) {
                    if (t.contains(c)) {
                        b.row(label, c.getCurrencyCode(), number(t.decimal(c), c), "");
                    }
                }
                if (t.unvaluedCount() > 0) {
                    b.row(label, "", "", Long.toString(t.unvaluedCount()));
                }
            }
        }
        return b.build();
    }

    /**
     * A snapshot's totals by stage (reported, announced, committed, disbursed), the label column headed
     * {@code as of <date>}.
     *
     * @param snapshot the book as of a date
     * @param layout the money layout
     * @return the table
     */
    public static ResultTable stages(Snapshot snapshot, MoneyLayout layout) {
        Objects.requireNonNull(snapshot, "snapshot is required, was null");
        Map<String, MoneyTotal> rows = new LinkedHashMap<>();
        for (Stage stage : new Stage[] {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED}) {
            rows.put(stage.label(), snapshot.total(stage).total());
        }
        return totals("as of " + snapshot.date(), rows, layout);
    }

    /**
     * A series: one row per period, with the totals within the period or, if asked, as of its end.
     *
     * @param series the series
     * @param cumulative true for totals as of each period's end, false for the change within each period
     * @param layout the money layout
     * @return the table, its label column headed by the stage
     */
    public static ResultTable series(Series<?> series, boolean cumulative, MoneyLayout layout) {
        Objects.requireNonNull(series, "series is required, was null");
        Map<Object, MoneyTotal> rows = new LinkedHashMap<>();
        for (Series.Row<?> row : series.rows()) {
            StageTotal t = cumulative ? row.cumulative() : row.inPeriod();
            rows.put(row.period(), t.total());
        }
        return totals(series.stage().label() + (cumulative ? " (cumulative)" : ""), rows, layout);
    }

    /**
     * Grouped totals: one row per group, labelled by name (a party's or sector's name, a category's label), then
     * {@code (none)} for the pledges without a key, if any.
     *
     * @param grouped the grouped totals
     * @param layout the money layout
     * @return the table
     */
    public static ResultTable grouped(Grouped<?> grouped, MoneyLayout layout) {
        Objects.requireNonNull(grouped, "grouped totals are required, was null");
        Map<String, MoneyTotal> rows = new LinkedHashMap<>();
        grouped.groups().forEach((k, t) -> rows.merge(label(k), t.total(), MoneyTotal::plus));
        if (!grouped.ungrouped().isEmpty()) {
            rows.merge("(none)", grouped.ungrouped().total(), MoneyTotal::plus);
        }
        return totals(grouped.stage().label(), rows, layout);
    }

    /**
     * Fulfilment per donor, in long form: one row per donor and currency with the announced, committed and
     * disbursed amounts and the two gaps (announced but not committed, committed but not disbursed), then, for a
     * donor with items without money value, a row whose currency reads {@code (items without value)} and whose
     * cells count items instead of money.
     *
     * @param fulfilment the donors' fulfilment, as {@link Snapshot#fulfilment()} gives it
     * @return the table
     */
    public static ResultTable fulfilment(List<Fulfilment> fulfilment) {
        Objects.requireNonNull(fulfilment, "fulfilment is required, was null");
        Builder b = builder().text("donor").text("currency").number("announced").number("committed")
                .number("disbursed").number("not yet committed").number("outstanding");
        for (Fulfilment f : fulfilment) {
            Objects.requireNonNull(f, "fulfilment must not contain null");
            MoneyTotal[] totals = {f.announced(), f.committed(), f.disbursed(), f.notYetCommitted(), f.outstanding()};
            Set<CurrencyUnit> currencies = new TreeSet<>((x, y) -> x.getCurrencyCode().compareTo(y.getCurrencyCode()));
            boolean unvalued = false;
            for (MoneyTotal t : totals) {
                currencies.addAll(t.currencies());
                unvalued |= t.unvaluedCount() > 0;
            }
            for (CurrencyUnit c : currencies) {
                List<String> cells = new ArrayList<>(List.of(f.donor().name(), c.getCurrencyCode()));
                for (MoneyTotal t : totals) {
                    cells.add(t.contains(c) ? number(t.decimal(c), c) : "");
                }
                b.row(cells);
            }
            if (unvalued) {
                List<String> cells = new ArrayList<>(List.of(f.donor().name(), "(items without value)"));
                for (MoneyTotal t : totals) {
                    cells.add(Long.toString(t.unvaluedCount()));
                }
                b.row(cells);
            }
        }
        return b.build();
    }

    /**
     * A pledge's history: one row per event with date, stage, amount, currency, source and remarks (expected date,
     * memorandum, when it became known, note).
     *
     * @param pledge the pledge
     * @return the table
     */
    public static ResultTable history(Pledge pledge) {
        Objects.requireNonNull(pledge, "pledge is required, was null");
        Builder b = builder().text("date").text("stage").number("amount").text("currency").text("source")
                .text("remarks");
        for (PledgeEvent e : pledge.history()) {
            List<String> remarks = new ArrayList<>();
            e.expectedDate().ifPresent(d -> remarks.add("expected " + d));
            e.memorandumId().ifPresent(m -> remarks.add("memorandum " + m));
            if (!e.knownOn().equals(e.date())) {
                remarks.add("known " + e.knownOn());
            }
            e.note().ifPresent(remarks::add);
            b.row(e.date().toString(), e.stage().label(), e.amount().map(ResultTable::number).orElse(""),
                    e.amount().map(a -> a.getCurrency().getCurrencyCode()).orElse(""),
                    e.source().publisher() + " (" + e.source().kind().label() + ")", String.join("; ", remarks));
        }
        return b.build();
    }

    /**
     * A chronicle: one row per entry with date, kind, id, what happened, amount and currency.
     *
     * @param chronicle the chronicle, such as {@code book.chronicle()}
     * @return the table
     */
    public static ResultTable chronicle(Chronicle chronicle) {
        Objects.requireNonNull(chronicle, "chronicle is required, was null");
        Builder b = builder().text("date").text("kind").text("id").text("what").number("amount").text("currency");
        for (TimelineEntry e : chronicle.entries()) {
            String what;
            if (e.pledge().isPresent()) {
                Pledge p = e.pledge().get();
                StringBuilder sb = new StringBuilder(p.donor().name());
                p.channel().ifPresent(c -> sb.append(" -> ").append(c.name()));
                sb.append(" -> ").append(p.recipient().name());
                PledgeEvent ev = e.event().orElseThrow();
                if (ev.amount().isEmpty() && ev.stage() != Stage.CANCELLED) {
                    p.inKind().ifPresent(k -> sb.append(": ").append(k));
                }
                sb.append(" (").append(ev.source().publisher()).append(')');
                what = sb.toString();
            } else if (e.conference().isPresent()) {
                what = e.conference().get().name() + ", " + e.conference().get().city();
            } else if (e.memorandum().isPresent()) {
                what = e.memorandum().get().title();
            } else {
                what = e.milestone().map(m -> m.title()).orElse("");
            }
            MonetaryAmount amount = e.amount().orElse(null);
            b.row(e.date().toString(), e.kind().label(), e.id(), what, amount == null ? "" : number(amount),
                    amount == null ? "" : amount.getCurrency().getCurrencyCode());
        }
        return b.build();
    }

    private static String number(MonetaryAmount a) {
        return number(Amounts.decimal(a), a.getCurrency());
    }

    private static String number(BigDecimal v, CurrencyUnit c) {
        return Cells.plain(v, c.getDefaultFractionDigits());
    }

    private static String label(Object key) {
        if (key instanceof Party) {
            return ((Party) key).name();
        }
        if (key instanceof Sector) {
            return ((Sector) key).name();
        }
        if (key instanceof AidCategory) {
            return ((AidCategory) key).label();
        }
        if (key instanceof Instrument) {
            return ((Instrument) key).label();
        }
        return String.valueOf(key);
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
     * Whether a column holds numbers (plain exact decimals, or blank).
     *
     * @param column the column's index, from 0
     * @return true for a number column
     * @throws IndexOutOfBoundsException if there is no such column
     */
    public boolean isNumber(int column) {
        Objects.checkIndex(column, numbers.length);
        return numbers[column];
    }

    /**
     * The rows, each with one cell per column; number cells are plain decimals or blank.
     *
     * @return an unmodifiable list of unmodifiable lists
     */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * Writes the table in a format to a caller's output; see {@link TableFormat#write(ResultTable, Appendable)}.
     *
     * @param format the format
     * @param out where the text goes
     */
    public void write(TableFormat format, Appendable out) {
        Objects.requireNonNull(format, "table format is required, was null").write(this, out);
    }

    /**
     * The table as CSV (RFC 4180, formula guard); see {@link TableFormat#CSV}.
     *
     * @return the CSV text
     */
    public String toCsv() {
        return TableFormat.CSV.format(this);
    }

    /**
     * The table as a GitHub Markdown table; see {@link TableFormat#MARKDOWN}.
     *
     * @return the Markdown text
     */
    public String toMarkdown() {
        return TableFormat.MARKDOWN.format(this);
    }

    /**
     * The table as an HTML {@code <table>} fragment; see {@link TableFormat#HTML}.
     *
     * @return the HTML text
     */
    public String toHtml() {
        return TableFormat.HTML.format(this);
    }

    /**
     * The table as Markdown, for a quick look in JShell.
     */
    @Override
    public String toString() {
        return toMarkdown();
    }

    /** Builds a {@link ResultTable}; obtain one from {@link ResultTable#builder()}. Not thread-safe. */
    public static final class Builder {
        private final List<String> headers = new ArrayList<>();
        private final List<Boolean> numbers = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a text column.
         *
         * @param header the column header
         * @return this builder
         */
        public Builder text(String header) {
            return column(header, false);
        }

        /**
         * Adds a number column, whose cells are plain decimals ({@code -1234.50}) or blank.
         *
         * @param header the column header
         * @return this builder
         */
        public Builder number(String header) {
            return column(header, true);
        }

        private Builder column(String header, boolean number) {
            Objects.requireNonNull(header, "column header is required, was null");
            if (!rows.isEmpty()) {
                throw new IllegalStateException("columns must be declared before the first row, but " + rows.size()
                        + " rows were added already");
            }
            headers.add(header);
            numbers.add(number);
            return this;
        }

        /**
         * Adds a row with one cell per column.
         *
         * @param cells the cells, in column order; text cells may hold any text, line breaks included
         * @return this builder
         * @throws IllegalArgumentException if the number of cells differs from the number of columns, or a number
         *     cell is neither blank nor a plain decimal
         */
        public Builder row(String... cells) {
            Objects.requireNonNull(cells, "row cells are required, was null");
            return row(java.util.Arrays.asList(cells));
        }

        /**
         * Adds a row with one cell per column; see {@link #row(String...)}.
         *
         * @param cells the cells, in column order
         * @return this builder
         */
        public Builder row(List<String> cells) {
            Objects.requireNonNull(cells, "row cells are required, was null");
            if (cells.size() != headers.size()) {
                throw new IllegalArgumentException("row must have " + headers.size() + " cells, one per column "
                        + headers + ", was " + cells.size() + ": " + cells);
            }
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (cell == null) {
                    throw new IllegalArgumentException("row cells must not be null (use \"\"), was " + cells);
                }
                if (numbers.get(c) && !cell.isEmpty() && !Cells.isPlainNumber(cell)) {
                    throw new IllegalArgumentException("number column \"" + headers.get(c) + "\" must hold a plain "
                            + "decimal such as -1234.50 or nothing, was \"" + cell + "\"");
                }
            }
            rows.add(Collections.unmodifiableList(new ArrayList<>(cells)));
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the immutable table
         * @throws IllegalStateException if no column was declared
         */
        public ResultTable build() {
            if (headers.isEmpty()) {
                throw new IllegalStateException("a table needs at least one column, had none");
            }
            return new ResultTable(this);
        }
    }
}
