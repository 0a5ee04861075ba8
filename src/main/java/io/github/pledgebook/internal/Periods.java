package io.github.pledgebook.internal;

import java.time.Year;
import java.time.YearMonth;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/** Calendar periods as date ranges, and ranges as text with inclusive ends. */
public final class Periods {

    private Periods() {
    }

    /** The days of a month. */
    public static LocalDateRange of(YearMonth month) {
        return LocalDateRange.ofClosed(month.atDay(1), month.atEndOfMonth());
    }

    /** The days of a calendar quarter. */
    public static LocalDateRange of(YearQuarter quarter) {
        return LocalDateRange.ofClosed(quarter.atDay(1), quarter.atEndOfQuarter());
    }

    /** The days of a year. */
    public static LocalDateRange of(Year year) {
        return LocalDateRange.ofClosed(year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    /** {@code 2024-01-01..2024-03-31}, with the inclusive last day, unlike {@link LocalDateRange#toString()}. */
    public static String text(LocalDateRange range) {
        if (range.isEmpty()) {
            return "empty range starting " + range.getStart();
        }
        String start = range.isUnboundedStart() ? "" : range.getStart().toString();
        String end = range.isUnboundedEnd() ? "" : range.getEndInclusive().toString();
        return start + ".." + end;
    }
}
