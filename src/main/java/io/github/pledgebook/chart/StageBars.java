package io.github.pledgebook.chart;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.Fulfilment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.money.CurrencyUnit;

/** Draws announced, committed and disbursed side by side per donor, one panel per currency shown. */
final class StageBars {

    static final List<Stage> STAGES = List.of(Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED);
    private static final int WIDTH = 960;
    private static final int X0 = 250;
    /** Beyond this many, the footnotes on items without value become one line. */
    private static final int MAX_NOTES = 6;
    private static final int BAR = 18;
    private static final int GAP = 3;
    private static final int GROUP_GAP = 18;
    private static final int FONT = 12;

    private StageBars() {
    }

    static String draw(String title, LocalDate asOf, List<Fulfilment> donors, MoneyView view) {
        List<MoneyTotal> all = new ArrayList<>();
        for (Fulfilment f : donors) {
            for (Stage s : STAGES) {
                all.add(f.total(s));
            }
        }
        List<CurrencyUnit> panels = view.panels(all);
        List<String> notes = new ArrayList<>();
        for (Fulfilment f : donors) {
            for (Stage s : STAGES) {
                long n = f.total(s).unvaluedCount();
                if (n > 0) {
                    notes.add(f.donor().name() + ", " + s.label() + ": " + n + (n == 1 ? " item" : " items")
                            + " without money value (not drawn)");
                }
            }
        }
        if (notes.size() > MAX_NOTES) {
            long items = 0;
            for (MoneyTotal t : all) {
                items += t.unvaluedCount();
            }
            notes = List.of("Items without money value (not drawn) are counted next to their bars: " + items
                    + " in all, across the three stages.");
        }
        String statement = view.statement(all);
        // heights: per panel a heading, per donor with something in the panel a group, an axis
        List<List<Fulfilment>> rowsPerPanel = new ArrayList<>();
        int height = 90;
        for (CurrencyUnit c : panels) {
            List<Fulfilment> rows = new ArrayList<>();
            for (Fulfilment f : donors) {
                boolean any = view.isConverted();
                for (Stage s : STAGES) {
                    any |= f.total(s).contains(c);
                }
                if (any) {
                    rows.add(f);
                }
            }
            rowsPerPanel.add(rows);
            height += 34 + rows.size() * (STAGES.size() * (BAR + GAP) + GROUP_GAP) + 44;
        }
        if (panels.isEmpty()) {
            height += 30;
        }
        int widest = 0;
        for (CurrencyUnit c : panels) {
            for (Fulfilment f : donors) {
                for (Stage s : STAGES) {
                    widest = Math.max(widest, Svg.textWidth(valueLabel(f, s, view, c), FONT - 1));
                }
            }
        }
        final int x1 = Math.max(X0 + 260, WIDTH - 24 - widest);
        int legendY = height + 6;
        height = legendY + 34 + 18 * notes.size() + 18 * wrap(statement, 150).size();

        Svg svg = new Svg(WIDTH, height, title, "Announced, committed and disbursed per donor as of " + asOf + ". "
                + statement);
        svg.raw(Palette.DEFS);
        svg.text(20, 32, title, 18, "start", "title", "font-weight=\"bold\"", "fill=\"" + Svg.INK + "\"");
        svg.text(20, 54, "Announced, committed and disbursed per donor, as of " + DateAxis.DAY.format(asOf)
                + (view.isConverted() ? "; " + view : "; each currency on its own axis"), FONT, "start",
                "subtitle", "fill=\"" + Svg.MUTED + "\"");
        int y = 80;
        if (panels.isEmpty()) {
            svg.text(20, y + 14, "Nothing with a money value to draw.", FONT, "start", "note");
            y += 30;
        }
        for (int p = 0; p < panels.size(); p++) {
            CurrencyUnit currency = panels.get(p);
            List<Fulfilment> rows = rowsPerPanel.get(p);
            List<BigDecimal> values = new ArrayList<>();
            for (Fulfilment f : rows) {
                for (Stage s : STAGES) {
                    values.add(view.value(f.total(s), currency));
                }
            }
            MoneyAxis axis = new MoneyAxis(values);
            String code = currency.getCurrencyCode();
            svg.open("panel", Svg.attr("data-currency", code));
            svg.text(20, y + 16, view.isConverted() ? "In " + code + " (converted)" : "In " + code + " (as stated)",
                    FONT + 2, "start", "panel-title", "font-weight=\"bold\"", "fill=\"" + Svg.INK + "\"");
            int top = y + 30;
            int bottom = top + rows.size() * (STAGES.size() * (BAR + GAP) + GROUP_GAP);
            for (BigDecimal t : axis.ticks()) {
                int x = axis.position(t, X0, x1);
                svg.line(x, top, x, bottom, Svg.GRID, 1, null);
                svg.text(x, bottom + 16, ReadableMoney.number(t), FONT - 1, "middle", "tick-label",
                        "fill=\"" + Svg.INK + "\"");
            }
            int zero = axis.position(BigDecimal.ZERO, X0, x1);
            int gy = top + GROUP_GAP / 2;
            for (Fulfilment f : rows) {
                svg.open("donor", Svg.attr("data-donor", f.donor().id()));
                int groupHeight = STAGES.size() * (BAR + GAP) - GAP;
                svg.text(X0 - 10, gy + groupHeight / 2 + 5, Svg.shorten(f.donor().name(), 34), FONT + 1, "end",
                        "donor-label", "fill=\"" + Svg.INK + "\"");
                int by = gy;
                for (Stage s : STAGES) {
                    BigDecimal v = view.value(f.total(s), currency);
                    int x = axis.position(v, X0, x1);
                    int a = Math.min(x, zero);
                    int w = Math.abs(x - zero);
                    Palette.Style style = Palette.of(s);
                    String exact = Amounts.format(Amounts.of(v, currency));
                    svg.rect(a, by, Math.max(w, 1), BAR, style.fill(), Svg.INK, "bar",
                            f.donor().name() + ", " + s.label() + ": " + exact
                                    + (view.isConverted() ? " (converted)" : ""),
                            Svg.attr("data-stage", s.name().toLowerCase(Locale.ROOT)),
                            Svg.attr("data-donor", f.donor().id()), Svg.attr("data-currency", code),
                            Svg.attr("data-value", v.toPlainString()));
                    String text = valueLabel(f, s, view, currency);
                    boolean left = v.signum() < 0;
                    svg.text(left ? a - 5 : a + Math.max(w, 1) + 5, by + BAR - 5, text, FONT - 1,
                            left ? "end" : "start", "value-label", "fill=\"" + Svg.INK + "\"");
                    by += BAR + GAP;
                }
                svg.close();
                gy += STAGES.size() * (BAR + GAP) + GROUP_GAP;
            }
            svg.line(zero, top, zero, bottom, Svg.INK, 1, null);
            svg.text((X0 + x1) / 2, bottom + 34, code + (view.isConverted() ? ", converted at the rates of "
                    + view.rateDate().get() : ", as stated"), FONT, "middle", "axis-title",
                    "fill=\"" + Svg.MUTED + "\"");
            svg.close();
            y = bottom + 44;
        }
        svg.open("legend");
        int x = 20;
        for (Stage s : STAGES) {
            Palette.Style st = Palette.of(s);
            svg.rect(x, legendY, 26, 14, st.fill(), Svg.INK, "legend-swatch", st.label(),
                    Svg.attr("data-stage", s.name().toLowerCase(Locale.ROOT)));
            svg.text(x + 32, legendY + 12, st.label(), FONT, "start", "legend-label", "fill=\"" + Svg.INK + "\"");
            x += 50 + Svg.textWidth(st.label(), FONT);
        }
        svg.close();
        int ny = legendY + 38;
        for (String line : wrap(statement, 150)) {
            svg.text(20, ny, line, FONT - 1, "start", "conversion-note", "fill=\"" + Svg.MUTED + "\"");
            ny += 18;
        }
        for (String note : notes) {
            svg.text(20, ny, note, FONT - 1, "start", "note", "fill=\"" + Svg.MUTED + "\"");
            ny += 18;
        }
        return svg.finish();
    }

    /** The text at a bar's end: the short amount, and the items without value. */
    private static String valueLabel(Fulfilment f, Stage s, MoneyView view, CurrencyUnit currency) {
        long unvalued = f.total(s).unvaluedCount();
        return ReadableMoney.format(view.value(f.total(s), currency), currency)
                + (unvalued > 0 ? " + " + unvalued + " without value" : "");
    }

    /** Splits a sentence into lines of at most {@code width} characters at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
