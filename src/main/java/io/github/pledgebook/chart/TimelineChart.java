package io.github.pledgebook.chart;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.timeline.EntryKind;
import io.github.pledgebook.timeline.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Draws a chronicle: one lane per kind of entry, time across, conferences as bands, a pledge's events joined. */
final class TimelineChart {

    static final int WIDTH = 960;
    private static final int X0 = 190;
    private static final int X1 = WIDTH - 30;
    private static final int ROW = 22;
    private static final int MAX_ROWS = 4;
    private static final int FONT = 12;
    /** Beyond this many entries in a lane, markers carry their text only as tooltips. */
    private static final int MAX_LABELS = 30;

    private TimelineChart() {
    }

    /** One placed entry. */
    private static final class Placed {
        final TimelineEntry entry;
        final int x;
        int y;
        String label;
        boolean labelLeft;

        Placed(TimelineEntry entry, int x) {
            this.entry = entry;
            this.x = x;
        }
    }

    static String draw(String title, List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            Svg svg = new Svg(WIDTH, 120, title, title + ": nothing to show");
            svg.text(20, 32, title, 18, "start", "title", "font-weight=\"bold\"", "fill=\"" + Svg.INK + "\"");
            svg.text(20, 70, "Nothing to show: the book or chronicle has no entries.", FONT, "start", "note");
            return svg.finish();
        }
        LocalDate first = entries.get(0).date();
        LocalDate last = first;
        for (TimelineEntry e : entries) {
            LocalDate end = e.conference().map(c -> c.dates().getEndInclusive()).orElse(e.date());
            last = end.isAfter(last) ? end : last;
        }
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        long pad = Math.max(2, span / 25);
        DateAxis axis = new DateAxis(first.minusDays(pad), last.plusDays(pad), X0, X1);

        Set<EntryKind> kinds = EnumSet.of(EntryKind.REPORTED, EntryKind.ANNOUNCED, EntryKind.COMMITTED,
                EntryKind.DISBURSED);
        for (TimelineEntry e : entries) {
            kinds.add(e.kind());
        }
        Map<EntryKind, List<Placed>> lanes = new EnumMap<>(EntryKind.class);
        for (EntryKind k : kinds) {
            lanes.put(k, new ArrayList<>());
        }
        List<Placed> byDate = new ArrayList<>();
        for (TimelineEntry e : entries) {
            Placed p = new Placed(e, axis.x(e.date()));
            lanes.get(e.kind()).add(p);
            byDate.add(p);
        }

        // lay out each lane: labels go right of their marker (left near the right edge), in the first free row
        int y = 76;
        Map<EntryKind, int[]> laneBounds = new EnumMap<>(EntryKind.class);
        for (Map.Entry<EntryKind, List<Placed>> lane : lanes.entrySet()) {
            List<Placed> placed = lane.getValue();
            boolean labelled = placed.size() <= MAX_LABELS;
            List<List<int[]>> rows = new ArrayList<>();
            int used = 1;
            for (Placed p : placed) {
                p.label = labelled ? label(p.entry) : null;
                int right = WIDTH - 8 - (p.x + 11);
                int left = p.x - 11 - 8;
                if (p.label != null && Svg.textWidth(p.label, FONT) > right) {
                    p.labelLeft = left > right;
                    p.label = fit(p.label, Math.max(left, right));
                }
                int w = p.label == null ? 14 : Svg.textWidth(p.label, FONT) + 14;
                int a = p.labelLeft ? p.x - w : p.x - 8;
                int b = p.labelLeft ? p.x + 8 : p.x + w;
                int row = 0;
                while (row < MAX_ROWS - 1 && row < rows.size() && overlaps(rows.get(row), a, b)) {
                    row++;
                }
                while (rows.size() <= row) {
                    rows.add(new ArrayList<>());
                }
                rows.get(row).add(new int[] {a, b});
                used = Math.max(used, row + 1);
                p.y = y + 18 + row * ROW;
            }
            int height = 14 + used * ROW;
            laneBounds.put(lane.getKey(), new int[] {y, y + height});
            y += height;
        }
        int plotBottom = y;
        Set<LocalDate> dates = new TreeSet<>();
        for (TimelineEntry e : entries) {
            dates.add(e.date());
        }
        int legendY = plotBottom + 58;
        int height = legendY + 62;

        Svg svg = new Svg(WIDTH, height, title, "Timeline of " + entries.size() + " entries from "
                + first + " to " + last + ", one lane per stage; amounts as stated, in their own currency.");
        svg.raw(Palette.DEFS);
        svg.text(20, 32, title, 18, "start", "title", "font-weight=\"bold\"", "fill=\"" + Svg.INK + "\"");
        svg.text(20, 54, "What happened when, one lane per stage; amounts as stated, in their own currency",
                FONT, "start", "subtitle", "fill=\"" + Svg.MUTED + "\"");

        // lanes: alternating background, name at the left
        svg.open("lanes");
        boolean shade = false;
        for (Map.Entry<EntryKind, int[]> lane : laneBounds.entrySet()) {
            int[] b = lane.getValue();
            if (shade) {
                svg.rect(0, b[0], WIDTH, b[1] - b[0], "#f4f4f4", null, "lane-shade", null);
            }
            shade = !shade;
            svg.text(X0 - 22, b[0] + 22, laneName(lane.getKey()), FONT + 1, "end", "lane-label",
                    Svg.attr("data-kind", lane.getKey().name().toLowerCase(java.util.Locale.ROOT)),
                    "fill=\"" + Svg.INK + "\"");
        }
        svg.close();

        // conferences: a band over every lane for their dates
        svg.open("conference-bands");
        for (Placed p : lanes.getOrDefault(EntryKind.CONFERENCE, List.of())) {
            LocalDate end = p.entry.conference().map(c -> c.dates().getEndInclusive()).orElse(p.entry.date());
            int a = axis.x(p.entry.date()) - 5;
            int b = Math.max(axis.x(end) + 5, a + 10);
            svg.rect(a, 66, b - a, plotBottom - 66, Palette.REDDISH_PURPLE, null, "conference-band",
                    p.entry.toString(), "fill-opacity=\"0.22\"");
        }
        svg.close();

        // the date axis: a guide line at every date that has an entry, labelled where the labels do not collide
        svg.open("date-axis");
        svg.line(X0 - 10, plotBottom, X1 + 10, plotBottom, Svg.INK, 1, null);
        int lastLabelEnd = Integer.MIN_VALUE;
        boolean labelDates = dates.size() <= 16;
        for (LocalDate d : dates) {
            int x = axis.x(d);
            svg.line(x, 66, x, plotBottom + 5, "#9a9a9a", 1, "3,3");
            String text = DateAxis.DAY.format(d);
            int w = Svg.textWidth(text, FONT);
            if (labelDates && x - w / 2 > lastLabelEnd + 6) {
                svg.text(x, plotBottom + 20, text, FONT, "middle", "date-label", Svg.attr("data-date", d),
                        "fill=\"" + Svg.INK + "\"", "font-weight=\"bold\"");
                lastLabelEnd = x + w / 2;
            }
        }
        if (!labelDates) {
            List<LocalDate> ticks = axis.ticks();
            for (LocalDate t : ticks) {
                svg.text(axis.x(t), plotBottom + 20, axis.tickLabel(t, ticks), FONT, "middle", "tick-label",
                        "fill=\"" + Svg.INK + "\"");
            }
        }
        svg.text((X0 + X1) / 2, plotBottom + 40, "date", FONT, "middle", "axis-title", "fill=\"" + Svg.MUTED + "\"");
        svg.close();

        // each pledge's events joined in order, behind the markers
        svg.open("pledge-paths");
        Map<String, Placed> previous = new HashMap<>();
        if (byDate.size() <= 400) {
            for (Placed p : byDate) {
                if (p.entry.pledge().isEmpty()) {
                    continue;
                }
                String id = p.entry.pledge().map(Pledge::id).get();
                Placed before = previous.get(id);
                if (before != null) {
                    svg.path("M" + before.x + "," + before.y + " L" + p.x + "," + p.y, "#7a7a7a", 1, null,
                            "pledge-path", Svg.attr("data-pledge", id));
                }
                previous.put(id, p);
            }
        }
        svg.close();

        // markers and labels
        for (Map.Entry<EntryKind, List<Placed>> lane : lanes.entrySet()) {
            Palette.Style style = Palette.of(lane.getKey());
            String kind = lane.getKey().name().toLowerCase(java.util.Locale.ROOT);
            svg.open("lane", Svg.attr("data-kind", kind));
            for (Placed p : lane.getValue()) {
                svg.marker(style, p.x, p.y, 6, "event", p.entry.toString(), Svg.attr("data-kind", kind),
                        Svg.attr("data-date", p.entry.date()), Svg.attr("data-id", p.entry.id()));
                if (p.label != null) {
                    svg.text(p.labelLeft ? p.x - 11 : p.x + 11, p.y + 4, p.label, FONT,
                            p.labelLeft ? "end" : "start", "event-label", "fill=\"" + Svg.INK + "\"");
                }
            }
            svg.close();
        }

        // legend and note
        svg.open("legend");
        int x = 20;
        for (EntryKind k : lanes.keySet()) {
            Palette.Style s = Palette.of(k);
            svg.marker(s, x + 6, legendY, 6, "legend-marker", s.label());
            svg.text(x + 19, legendY + 4, s.label(), FONT, "start", "legend-label", "fill=\"" + Svg.INK + "\"");
            x += 30 + Svg.textWidth(s.label(), FONT);
        }
        svg.close();
        svg.text(20, legendY + 30, "Lines join the events of one pledge. Amounts as stated, in their own currency, "
                        + "nothing converted; in-kind items have no money value.", FONT - 1, "start", "note",
                "fill=\"" + Svg.MUTED + "\"");
        return svg.finish();
    }

    /** Shortens a label to the characters that fit a width. */
    private static String fit(String label, int width) {
        int chars = Math.max(8, width * 100 / (FONT * 62));
        return Svg.shorten(label, chars);
    }

    private static boolean overlaps(List<int[]> row, int a, int b) {
        for (int[] r : row) {
            if (a < r[1] + 8 && r[0] < b + 8) {
                return true;
            }
        }
        return false;
    }

    private static String laneName(EntryKind kind) {
        switch (kind) {
            case MILESTONE:
                return "Milestones";
            case CONFERENCE:
                return "Conferences";
            case MEMORANDUM:
                return "Memoranda signed";
            case REPORTED:
                return "Reported (unofficial)";
            default:
                String n = kind.name().toLowerCase(java.util.Locale.ROOT);
                return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
    }

    /** The short text next to a marker. */
    static String label(TimelineEntry e) {
        if (e.milestone().isPresent()) {
            return e.milestone().get().title();
        }
        if (e.conference().isPresent()) {
            return e.conference().get().city() + ": " + e.conference().get().name();
        }
        if (e.memorandum().isPresent()) {
            String value = e.memorandum().get().value().map(v -> ", " + ReadableMoney.format(v)).orElse("");
            return Svg.shorten(e.memorandum().get().title(), 80) + value;
        }
        Pledge pledge = e.pledge().get();
        String what = e.amount().map(ReadableMoney::format)
                .orElseGet(() -> pledge.inKind().map(k -> "in kind: " + k).orElse("no money value"));
        return Svg.shorten(what, 60) + " \u00b7 " + pledge.id();
    }
}
