package io.github.pledgebook.timeline.index;

import io.github.pledgebook.internal.Check;
import java.time.LocalDate;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The days a query covers: "as of a day" (every change up to and including it) or "within a window" (the changes
 * in it, counting arrivals only). Made once by a snapshot or window and passed to the index as it is, so the step
 * from a date or range to epoch days is written once. Immutable.
 */
public final class Span {

    private final LocalDate asOf;
    private final LocalDateRange window;
    /** The day before the first day counted ({@code Long.MIN_VALUE}: from the beginning) and the last day. */
    final long before;
    final long last;

    private Span(LocalDate asOf, LocalDateRange window, long before, long last) {
        this.asOf = asOf;
        this.window = window;
        this.before = before;
        this.last = last;
    }

    /** Every change up to and including a day. */
    public static Span asOf(LocalDate date) {
        return new Span(date, null, Long.MIN_VALUE, Check.day(date, "as-of date"));
    }

    /** The changes within a window; its end is exclusive, as in every {@link LocalDateRange}. */
    public static Span within(LocalDateRange window) {
        Check.required(window, "window");
        long first = Check.firstDay(window);
        long before = first == Long.MIN_VALUE ? Long.MIN_VALUE : first - 1;
        long last = window.isEmpty() ? before : Check.lastDay(window);
        return new Span(null, window, before, last);
    }

    /** The as-of date, for an as-of span. */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /** The window, for a window span. */
    public Optional<LocalDateRange> window() {
        return Optional.ofNullable(window);
    }

    /** Whether only arrivals are counted (a window), not arrivals minus departures (as of a day). */
    public boolean arrivalsOnly() {
        return window != null;
    }

    /** Whether a change on this epoch day is in the span. */
    public boolean contains(long day) {
        return day > before && day <= last;
    }

    @Override
    public String toString() {
        return asOf != null ? "as of " + asOf : "within " + window;
    }
}
