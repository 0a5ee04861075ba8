package io.github.pledgebook.report;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.Grouped;
import io.github.pledgebook.timeline.Series;
import io.github.pledgebook.timeline.Snapshot;
import io.github.pledgebook.timeline.StageTotal;
import java.util.LinkedHashMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.money.CurrencyUnit;

/**
 * Plain-text renderings of pledges and totals: aligned tables and a text bar chart, returned as {@code String}s.
 * <p>
 * Nothing is printed: the caller decides where the text goes ({@code System.out.println(Report.totals(...))} in a
 * notebook). Amounts keep every digit, with digit grouping and no scientific notation. Output is deterministic and
 * fits the width asked for (see {@link TextTable#render(int)}), which is from 1 to {@value #MAX_WIDTH} characters.
 * Rows and bars are keyed by what they show (a group's key, a series), never by their printed label: two recipients
 * both named "Kyiv" get two rows, told apart by their ids.
 * <pre>{@code
 * Map<String, MoneyTotal> byStage = Map.of("announced", MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY")));
 * Report.totals("stage", byStage, 80);
 * // stage                 JPY
 * // ---------  --------------
 * // announced  15,800,000,000
 * }</pre>
 * This class is stateless and thread-safe.
 */
public final class Report {

    /** The widest line any report may be asked for: 10,000 characters. */
    public static final int MAX_WIDTH = 10_000;

    /** The label of the row of pledges without a key in {@link #grouped(Grouped, int)}. */
    private static final String NO_KEY = "(none)";

    private static final char[] BARS = {'#', '=', '*', '+', 'o', '%'};

    private Report() {
    }

    /**
     * Renders totals as a table: one row per key, one right-aligned column per currency (ordered by code), and a
     * {@code without value} column when some items had no money value. A currency a row does not hold shows blank.
     *
     * @param labelHeader the header of the first column, such as {@code "donor"}
     * @param rows the totals by label, in the order to show (use a {@code LinkedHashMap} or {@code SortedMap});
     *     labels are the keys' {@code toString()}, numbered ({@code " #2"}) where two keys print alike
     * @param maxWidth the widest a line may be, from 1 to {@value #MAX_WIDTH}
     * @return the table text
     */
    public static String totals(String labelHeader, Map<?, MoneyTotal> rows, int maxWidth) {
        Objects.requireNonNull(labelHeader, "label header is required, was null");
        Objects.requireNonNull(rows, "rows are required, was null");
        width(maxWidth);
        Set<CurrencyUnit> currencies = new TreeSet<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        boolean unvalued = false;
        for (Map.Entry<?, MoneyTotal> e : rows.entrySet()) {
            MoneyTotal t = Objects.requireNonNull(e.getValue(), () -> "total for " + e.getKey() + " is null");
            currencies.addAll(t.currencies());
            unvalued |= t.unvaluedCount() > 0;
        }
        TextTable.Builder b = TextTable.builder().left(labelHeader);
        currencies.forEach(c -> b.right(c.getCurrencyCode()));
        if (unvalued) {
            b.right("without value");
        }
        List<String> labels = distinctLabels(rows.keySet(), Report::printed);
        int row = 0;
        for (Map.Entry<?, MoneyTotal> e : rows.entrySet()) {
            List<String> cells = new ArrayList<>();
            cells.add(labels.get(row++));
            MoneyTotal t = e.getValue();
            for (CurrencyUnit c : currencies) {
                cells.add(t.contains(c) ? Amounts.formatNumber(t.decimal(c), c.getDefaultFractionDigits()) : "");
            }
            if (unvalued) {
                cells.add(t.unvaluedCount() == 0 ? "" : Long.toString(t.unvaluedCount()));
            }
            b.row(cells);
        }
        return b.build().render(maxWidth);
    }

    /**
     * Renders a pledge's history: its one-line summary, then one row per event with date, stage, amount, source and
     * remarks (expected date, memorandum, when it became known, note; the lines of a note joined by {@code " / "}).
     *
     * @param pledge the pledge
     * @param maxWidth the widest a line may be, from 1 to {@value #MAX_WIDTH}
     * @return the history text
     */
    public static String history(Pledge pledge, int maxWidth) {
        Objects.requireNonNull(pledge, "pledge is required, was null");
        width(maxWidth);
        TextTable.Builder b = TextTable.builder().left("date").left("stage").right("amount").left("source")
                .left("remarks");
        for (PledgeEvent e : pledge.history()) {
            List<String> remarks = new ArrayList<>();
            e.expectedDate().ifPresent(d -> remarks.add("expected " + d));
            e.memorandumId().ifPresent(m -> remarks.add("memorandum " + m));
            if (!e.knownOn().equals(e.date())) {
                remarks.add("known " + e.knownOn());
            }
            e.note().ifPresent(n -> remarks.add(n.replace("\n", " / ")));
            b.row(e.date().toString(), e.stage().label(), e.amount().map(Amounts::format).orElse(""),
                    e.source().publisher() + " (" + e.source().kind().label() + ")", String.join("; ", remarks));
        }
        return pledge + "\n" + b.build().render(maxWidth);
    }

    /**
     * Renders series of totals over periods as a horizontal text bar chart in one currency: for each period, one
     * labelled bar per series, scaled so the largest value fills the room left by the labels and amounts. Each
     * series has its own bar character ({@code #}, {@code =}, {@code *}, ...), named in the legend. Bars are
     * rounded to whole characters ({@link RoundingMode#HALF_UP}); a positive value always shows at least one
     * character; zero and negative values show none. The amounts printed beside the bars are exact.
     * <p>
     * Amounts in other currencies and items without value cannot be drawn; a last line says how many there were,
     * so nothing is dropped silently.
     *
     * @param title the first line, such as {@code "Japan to Ukraine by quarter"}
     * @param currency the currency to chart
     * @param series the totals per period, by series name (such as {@code "announced"}), in the order to show;
     *     periods are shown in the order of the first series, then any further ones; labels are keys'
     *     {@code toString()}
     * @param maxWidth the widest a line may be, from 1 to {@value #MAX_WIDTH}
     * @return the chart text
     * @throws IllegalArgumentException if there are more series than bar characters, or the width leaves no room
     *     for bars
     */
    public static String chart(String title, CurrencyUnit currency, Map<String, ? extends Map<?, MoneyTotal>> series,
            int maxWidth) {
        Objects.requireNonNull(title, "chart title is required, was null");
        Objects.requireNonNull(currency, "chart currency is required, was null");
        Objects.requireNonNull(series, "chart series are required, was null");
        width(maxWidth);
        if (series.size() > BARS.length) {
            throw new IllegalArgumentException("chart can draw at most " + BARS.length + " series, was "
                    + series.size() + ": " + series.keySet());
        }
        Set<Object> periods = new LinkedHashSet<>();
        for (Map.Entry<String, ? extends Map<?, MoneyTotal>> s : series.entrySet()) {
            Objects.requireNonNull(s.getKey(), "chart series name is required, was null");
            periods.addAll(Objects.requireNonNull(s.getValue(),
                    () -> "totals of series " + s.getKey() + " are required, was null").keySet());
        }
        int labelWidth = 0;
        int nameWidth = 0;
        int amountWidth = 0;
        BigDecimal max = BigDecimal.ZERO;
        Set<String> otherCurrencies = new TreeSet<>();
        long unvalued = 0;
        for (Object p : periods) {
            labelWidth = Math.max(labelWidth, String.valueOf(p).length());
        }
        for (Map.Entry<String, ? extends Map<?, MoneyTotal>> s : series.entrySet()) {
            nameWidth = Math.max(nameWidth, s.getKey().length());
            for (Map.Entry<?, MoneyTotal> e : s.getValue().entrySet()) {
                MoneyTotal t = Objects.requireNonNull(e.getValue(),
                        () -> "total of series " + s.getKey() + " for " + e.getKey() + " is null");
                BigDecimal v = t.decimal(currency);
                amountWidth = Math.max(amountWidth, number(v, currency).length());
                max = max.max(v);
                t.currencies().stream().filter(c -> !c.equals(currency))
                        .forEach(c -> otherCurrencies.add(c.getCurrencyCode()));
                unvalued += t.unvaluedCount();
            }
        }
        int barWidth = maxWidth - labelWidth - nameWidth - amountWidth - 6;
        if (barWidth < 1) {
            throw new IllegalArgumentException("max width must leave room for bars beside labels and amounts ("
                    + (maxWidth - barWidth + 1) + " characters at least), was " + maxWidth);
        }
        StringBuilder sb = new StringBuilder(title).append(" (").append(currency.getCurrencyCode()).append("; ");
        int i = 0;
        for (String name : series.keySet()) {
            sb.append(i > 0 ? ", " : "").append(BARS[i++]).append(' ').append(name);
        }
        sb.append(")\n");
        for (Object p : periods) {
            i = 0;
            for (Map.Entry<String, ? extends Map<?, MoneyTotal>> s : series.entrySet()) {
                MoneyTotal t = s.getValue().get(p);
                BigDecimal v = t == null ? BigDecimal.ZERO : t.decimal(currency);
                String label = i == 0 ? String.valueOf(p) : "";
                String bar = String.valueOf(BARS[i]).repeat(length(v, max, barWidth));
                String line = pad(label, labelWidth) + "  " + pad(s.getKey(), nameWidth) + "  " + pad(bar, barWidth)
                        + "  " + " ".repeat(amountWidth - number(v, currency).length()) + number(v, currency);
                sb.append(line).append('\n');
                i++;
            }
        }
        if (!otherCurrencies.isEmpty() || unvalued > 0) {
            sb.append("not drawn:");
            if (!otherCurrencies.isEmpty()) {
                sb.append(" amounts in ").append(String.join(", ", otherCurrencies)).append(" (convert first)");
            }
            if (unvalued > 0) {
                sb.append(otherCurrencies.isEmpty() ? " " : "; ").append(unvalued).append(" items without value");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Renders a snapshot's totals by stage (reported, announced, committed, disbursed) as a table.
     * <pre>{@code
     * Report.stages(book.asOf(LocalDate.of(2024, 2, 20)), 80);
     * }</pre>
     *
     * @param snapshot the book as of a date
     * @param maxWidth the widest a line may be, from 1 to {@value #MAX_WIDTH}
     * @return the table text, headed by the date
     */
    public static String stages(Snapshot snapshot, int maxWidth) {
        Objects.requireNonNull(snapshot, "snapshot is required, was null");
        width(maxWidth);
        Map<String, MoneyTotal> rows = new LinkedHashMap<>();
        for (Stage stage : new Stage[] {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED}) {
            rows.put(stage.label(), snapshot.total(stage).total());
        }
        return "as of " + snapshot.date() + "\n" + totals("stage", rows, maxWidth);
    }

    /**
     * Renders a series as a table: one row per period, with the totals within the period or, if asked, the
     * cumulative totals at its end.
     * <pre>{@code
     * Report.series(book.quarterly(Stage.ANNOUNCED, YearQuarter.of(2024, 1), YearQuarter.of(2024, 4)), false, 80);
     * }</pre>
     *
     * @param series the series
     * @param cumulative true for totals as of each period's end, false for the change within each period
     * @param maxWidth the widest a line may be, from 1 to {@value #MAX_WIDTH}
     * @return the table text
     */
    public static String series(Series<?> series, boolean cumulative, int maxWidth) {
        Objects.requireNonNull(series, "series is required, was null");
        width(maxWidth);
        return totals(series.stage().label() + (cumulative ? " (cumulative)" : ""), perPeriod(series, cumulative),
                maxWidth);
    }

    /**
     * Renders grouped totals as a table: one row per group, labelled by name (a donor's or party's name, a sector's
     * name, a category's label), then a row {@code (none)} for the pledges without a key, if any. Each group keeps its
     * own row: where two groups (or a group and the {@code (none)} row) would print alike, the group's label adds
     * its id in brackets ({@code Kyiv [ua-1]}, {@code Kyiv [ua-2]}).
     * <pre>{@code
     * Report.grouped(book.asOf(feb20).grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor()), 80);
     * }</pre>
     *
     * @param grouped the grouped totals
     * @param maxWidth the widest a line may be, from 1 to {@value #MAX_WIDTH}
     * @return the table text
     */
    public static String grouped(Grouped<?> grouped, int maxWidth) {
        Objects.requireNonNull(grouped, "grouped totals are required, was null");
        width(maxWidth);
        List<Object> keys = new ArrayList<>(grouped.groups().keySet());
        boolean none = !grouped.ungrouped().isEmpty();
        Map<String, Integer> uses = new java.util.HashMap<>();
        for (Object k : keys) {
            uses.merge(label(k), 1, Integer::sum);
        }
        if (none) {
            uses.merge(NO_KEY, 1, Integer::sum);
        }
        Map<Row, MoneyTotal> rows = new LinkedHashMap<>();
        for (Object k : keys) {
            String l = label(k);
            rows.put(new Row(uses.get(l) > 1 ? l + " [" + identity(k) + "]" : l), grouped.groups().get(k).total());
        }
        if (none) {
            rows.put(new Row(NO_KEY), grouped.ungrouped().total());
        }
        return totals(grouped.stage().label(), rows, maxWidth);
    }

    /**
     * Charts several series (such as announced and disbursed per quarter) in one currency, one bar character per
     * series, with the change within each period; see {@link #chart(String, CurrencyUnit, Map, int)}.
     *
     * @param title the first line
     * @param currency the currency to chart
     * @param series the series, each named by its stage ({@code "announced"}; a second series of the same stage is
     *     {@code "announced #2"}, so every series is drawn)
     * @param maxWidth the widest a line may be, from 1 to {@value #MAX_WIDTH}
     * @return the chart text
     */
    public static String chart(String title, CurrencyUnit currency, List<? extends Series<?>> series, int maxWidth) {
        Objects.requireNonNull(series, "chart series are required, was null");
        Map<String, Map<?, MoneyTotal>> named = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Series<?> s : series) {
            Objects.requireNonNull(s, "chart series must not contain null");
            names.add(s.stage().label());
        }
        names = distinctLabels(names, n -> (String) n);
        for (int i = 0; i < series.size(); i++) {
            named.put(names.get(i), perPeriod(series.get(i), false));
        }
        return chart(title, currency, named, maxWidth);
    }

    private static Map<Object, MoneyTotal> perPeriod(Series<?> series, boolean cumulative) {
        Map<Object, MoneyTotal> rows = new LinkedHashMap<>();
        for (Series.Row<?> row : series.rows()) {
            StageTotal t = cumulative ? row.cumulative() : row.inPeriod();
            rows.put(row.period(), t.total());
        }
        return rows;
    }

    private static void width(int maxWidth) {
        if (maxWidth < 1 || maxWidth > MAX_WIDTH) {
            throw new IllegalArgumentException("max width must be from 1 to " + MAX_WIDTH + " characters, was "
                    + maxWidth);
        }
    }

    /** The printed labels of some keys, in order, numbered {@code " #2"}, {@code " #3"} where they repeat. */
    private static List<String> distinctLabels(java.util.Collection<?> keys,
            java.util.function.Function<Object, String> print) {
        List<String> labels = new ArrayList<>(keys.size());
        Set<String> taken = new java.util.HashSet<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Object k : keys) {
            taken.add(print.apply(k));
        }
        for (Object k : keys) {
            String l = print.apply(k);
            int n = seen.merge(l, 1, Integer::sum);
            if (n > 1) {
                String numbered = l + " #" + n;
                while (taken.contains(numbered)) {
                    numbered = l + " #" + ++n;
                }
                seen.put(l, n);
                taken.add(numbered);
                l = numbered;
            }
            labels.add(l);
        }
        return labels;
    }

    private static String printed(Object key) {
        return String.valueOf(key);
    }

    /** What tells a group's key apart from another of the same name: an id or a code. */
    private static String identity(Object key) {
        if (key instanceof Party) {
            return ((Party) key).id();
        }
        if (key instanceof Sector) {
            return ((Sector) key).code();
        }
        return String.valueOf(key);
    }

    /** A table row that is its own key: two rows never merge, whatever they print. */
    private static final class Row {
        private final String label;

        Row(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
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

    private static int length(BigDecimal value, BigDecimal max, int barWidth) {
        if (value.signum() <= 0) {
            return 0;
        }
        int n = value.multiply(BigDecimal.valueOf(barWidth)).divide(max, 0, RoundingMode.HALF_UP).intValueExact();
        return Math.max(1, n);
    }

    private static String number(BigDecimal v, CurrencyUnit c) {
        return Amounts.formatNumber(v, c.getDefaultFractionDigits());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
