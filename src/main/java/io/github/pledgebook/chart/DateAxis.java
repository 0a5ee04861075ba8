package io.github.pledgebook.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A linear date axis, with month, quarter or year ticks spaced for their labels. */
final class DateAxis {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120};

    final LocalDate first;
    final LocalDate last;
    final int x0;
    final int x1;

    DateAxis(LocalDate first, LocalDate last, int x0, int x1) {
        this.first = first;
        this.last = last.isAfter(first) ? last : first.plusDays(1);
        this.x0 = x0;
        this.x1 = x1;
    }

    int x(LocalDate d) {
        long span = last.toEpochDay() - first.toEpochDay();
        long offset = (d.toEpochDay() - first.toEpochDay()) * (x1 - x0);
        return x0 + (int) Math.floorDiv(offset + span / 2, span);
    }

    /** Ticks on the first day of months, every 1, 2, 3, 6, 12... months so that labels get at least 80 units. */
    List<LocalDate> ticks() {
        long span = last.toEpochDay() - first.toEpochDay();
        int step = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int s : MONTH_STEPS) {
            if ((long) s * 30 * (x1 - x0) >= 80L * span) {
                step = s;
                break;
            }
        }
        List<LocalDate> ticks = new ArrayList<>();
        YearMonth m = YearMonth.from(first);
        if (!m.atDay(1).equals(first)) {
            m = m.plusMonths(1);
        }
        for (; !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
            int index = m.getYear() * 12 + m.getMonthValue() - 1;
            if (index % step == 0) {
                ticks.add(m.atDay(1));
            }
        }
        return ticks;
    }

    /** The label of a tick: the month, or only the year when ticks are a year or more apart. */
    String tickLabel(LocalDate tick, List<LocalDate> ticks) {
        boolean yearly = ticks.size() > 1 && ticks.get(1).getYear() * 12 + ticks.get(1).getMonthValue()
                - ticks.get(0).getYear() * 12 - ticks.get(0).getMonthValue() >= 12;
        return yearly ? String.valueOf(tick.getYear()) : MONTH.format(tick);
    }
}
