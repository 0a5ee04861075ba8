package io.github.pledgebook.chart;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.PledgeBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import org.threeten.extra.LocalDateRange;

/** Draws each stage's as-of total over a period as a step line, one panel per currency shown. */
final class CumulativeChart {

    static final List<Stage> STAGES = List.of(Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED);
    private static final int WIDTH = 960;
    private static final int X0 = 110;
    private static final int X1 = WIDTH - 250;
    private static final int PANEL = 250;
    private static final int FONT = 12;
    /** Markers mark every step when the period has at most this many days with events; beyond, lines only. */
    private static final int MAX_MARKED_DAYS = 40;

    private CumulativeChart() {
    }

    static String draw(String title, PledgeBook book, LocalDateRange period, MoneyView view) {
        LocalDate first = period.getStart();
        LocalDate last = period.getEndInclusive();
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(first);
        dates.add(last);
        for (Pledge p : book.pledges()) {
            for (PledgeEvent e : p.history()) {
                if (period.contains(e.date())) {
                    dates.add(e.date());
                }
            }
        }
        List<LocalDate> days = new ArrayList<>(dates);
        List<List<MoneyTotal>> totals = new ArrayList<>();
        List<MoneyTotal> all = new ArrayList<>();
        for (Stage s : STAGES) {
            List<MoneyTotal> series = new ArrayList<>();
            for (LocalDate d : days) {
                MoneyTotal t = book.total(s, d).total();
                series.add(t);
                all.add(t);
            }
            totals.add(series);
        }
        List<CurrencyUnit> panels = view.panels(all);
        String statement = view.statement(all);
        List<String> notes = new ArrayList<>();
        for (int s = 0; s < STAGES.size(); s++) {
            long n = totals.get(s).get(days.size() - 1).unvaluedCount();
            if (n > 0) {
                notes.add(STAGES.get(s).label() + " as of " + last + ": " + n + (n == 1 ? " item" : " items")
                        + " without money value (not drawn)");
            }
        }
        int y = 76;
        int legendY = y + Math.max(1, panels.size()) * (PANEL + 44) + 4;
        List<String> statementLines = StageBars.wrap(statement, 150);
        int height = legendY + 34 + 18 * (statementLines.size() + notes.size());

        Svg svg = new Svg(WIDTH, height, title, "Cumulative totals per stage from " + first + " to " + last + ". "
                + statement);
        svg.text(20, 32, title, 18, "start", "title", "font-weight=\"bold\"", "fill=\"" + Svg.INK + "\"");
        svg.text(20, 54, "Total per stage as of each day, " + DateAxis.DAY.format(first) + " to "
                + DateAxis.DAY.format(last) + (view.isConverted() ? "; " + view : "; each currency on its own axis"),
                FONT, "start", "subtitle", "fill=\"" + Svg.MUTED + "\"");
        if (panels.isEmpty()) {
            svg.text(20, y + 20, "Nothing with a money value to draw.", FONT, "start", "note");
        }
        DateAxis axis = new DateAxis(first, last, X0, X1);
        for (CurrencyUnit currency : panels) {
            String code = currency.getCurrencyCode();
            List<List<BigDecimal>> values = new ArrayList<>();
            List<BigDecimal> flat = new ArrayList<>();
            for (List<MoneyTotal> series : totals) {
                List<BigDecimal> v = new ArrayList<>();
                for (MoneyTotal t : series) {
                    v.add(view.value(t, currency));
                }
                values.add(v);
                flat.addAll(v);
            }
            MoneyAxis money = new MoneyAxis(flat);
            int top = y + 24;
            int bottom = top + PANEL - 30;
            svg.open("panel", Svg.attr("data-currency", code));
            svg.text(20, y + 14, view.isConverted() ? "In " + code + " (converted)" : "In " + code + " (as stated)",
                    FONT + 2, "start", "panel-title", "font-weight=\"bold\"", "fill=\"" + Svg.INK + "\"");
            for (BigDecimal t : money.ticks()) {
                int ty = money.position(t, bottom, top);
                svg.line(X0, ty, X1, ty, Svg.GRID, 1, null);
                svg.text(X0 - 8, ty + 4, ReadableMoney.number(t), FONT - 1, "end", "tick-label",
                        "fill=\"" + Svg.INK + "\"");
            }
            svg.line(X0, bottom, X1, bottom, Svg.INK, 1, null);
            svg.line(X0, top, X0, bottom, Svg.INK, 1, null);
            List<LocalDate> ticks = axis.ticks();
            for (LocalDate t : ticks) {
                int tx = axis.x(t);
                svg.line(tx, bottom, tx, bottom + 5, Svg.INK, 1, null);
                svg.text(tx, bottom + 19, axis.tickLabel(t, ticks), FONT - 1, "middle", "tick-label",
                        "fill=\"" + Svg.INK + "\"");
            }
            svg.text(24, (top + bottom) / 2, code, FONT, "middle", "axis-title", "fill=\"" + Svg.MUTED + "\"",
                    "transform=\"rotate(-90 24 " + (top + bottom) / 2 + ")\"");
            // the lines, then the end labels pushed apart so that equal totals stay readable
            List<int[]> ends = new ArrayList<>();
            List<String> endTexts = new ArrayList<>();
            for (int s = 0; s < STAGES.size(); s++) {
                Stage stage = STAGES.get(s);
                Palette.Style style = Palette.of(stage);
                List<BigDecimal> v = values.get(s);
                StringBuilder d = new StringBuilder();
                int px = axis.x(days.get(0));
                int py = money.position(v.get(0), bottom, top);
                d.append('M').append(px).append(',').append(py);
                List<Integer> changes = new ArrayList<>();
                for (int i = 1; i < days.size(); i++) {
                    int x = axis.x(days.get(i));
                    int ny = money.position(v.get(i), bottom, top);
                    d.append(" H").append(x);
                    if (v.get(i).compareTo(v.get(i - 1)) != 0) {
                        d.append(" V").append(ny);
                        changes.add(i);
                    }
                }
                String name = stage.name().toLowerCase(Locale.ROOT);
                svg.path(d.toString(), style.colour(), 3, style.dash(), "series", Svg.attr("data-stage", name),
                        Svg.attr("data-currency", code),
                        Svg.attr("data-last-value", v.get(v.size() - 1).toPlainString()));
                if (days.size() <= MAX_MARKED_DAYS) {
                    for (int i : changes) {
                        svg.marker(style, axis.x(days.get(i)), money.position(v.get(i), bottom, top), 5, "point",
                                stage.label() + " as of " + days.get(i) + ": "
                                        + Amounts.format(Amounts.of(v.get(i), currency))
                                        + (view.isConverted() ? " (converted)" : ""),
                                Svg.attr("data-stage", name), Svg.attr("data-date", days.get(i)),
                                Svg.attr("data-value", v.get(i).toPlainString()));
                    }
                }
                BigDecimal end = v.get(v.size() - 1);
                ends.add(new int[] {money.position(end, bottom, top), s});
                endTexts.add(stage.label().replace(" (unofficial)", "") + " " + ReadableMoney.format(end, currency));
            }
            ends.sort(Comparator.comparingInt((int[] e) -> e[0]));
            int previous = Integer.MIN_VALUE;
            for (int[] e : ends) {
                int ly = Math.max(e[0] + 4, previous + 16);
                previous = ly;
                Palette.Style style = Palette.of(STAGES.get(e[1]));
                svg.marker(style, X1 + 14, ly - 4, 5, "end-marker", endTexts.get(e[1]));
                svg.text(X1 + 24, ly, endTexts.get(e[1]), FONT, "start", "end-label", "fill=\"" + Svg.INK + "\"",
                        Svg.attr("data-stage", STAGES.get(e[1]).name().toLowerCase(Locale.ROOT)));
            }
            svg.close();
            y += PANEL + 44;
        }
        svg.open("legend");
        int x = 20;
        for (Stage s : STAGES) {
            Palette.Style st = Palette.of(s);
            svg.path("M" + x + "," + legendY + " H" + (x + 34), st.colour(), 3, st.dash(), "legend-line",
                    Svg.attr("data-stage", s.name().toLowerCase(Locale.ROOT)));
            svg.marker(st, x + 17, legendY, 5, "legend-marker", st.label());
            svg.text(x + 42, legendY + 4, st.label(), FONT, "start", "legend-label", "fill=\"" + Svg.INK + "\"");
            x += 62 + Svg.textWidth(st.label(), FONT);
        }
        svg.close();
        int ny = legendY + 30;
        for (String line : statementLines) {
            svg.text(20, ny, line, FONT - 1, "start", "conversion-note", "fill=\"" + Svg.MUTED + "\"");
            ny += 18;
        }
        for (String note : notes) {
            svg.text(20, ny, note, FONT - 1, "start", "note", "fill=\"" + Svg.MUTED + "\"");
            ny += 18;
        }
        return svg.finish();
    }
}
