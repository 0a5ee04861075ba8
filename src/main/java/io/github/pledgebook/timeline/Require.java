package io.github.pledgebook.timeline;

import io.github.pledgebook.Stage;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/** Argument checks for the timeline package; messages name the field, the value and the expectation. */
final class Require {

    private Require() {
    }

    static <T> T nonNull(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " is required, was null");
        }
        return value;
    }

    static Stage amountStage(Stage stage) {
        nonNull(stage, "stage");
        if (stage == Stage.CANCELLED) {
            throw new IllegalArgumentException("stage must be one that carries amounts (reported, announced, "
                    + "committed or disbursed), was cancelled");
        }
        return stage;
    }

    static long day(LocalDate date, String what) {
        return nonNull(date, what).toEpochDay();
    }

    /** The first day of a range as an epoch day, {@code Long.MIN_VALUE} when unbounded. */
    static long firstDay(LocalDateRange range) {
        return range.isUnboundedStart() ? Long.MIN_VALUE : range.getStart().toEpochDay();
    }

    /** The last day (inclusive) of a range as an epoch day, {@code Long.MAX_VALUE} when unbounded. */
    static long lastDay(LocalDateRange range) {
        return range.isUnboundedEnd() ? Long.MAX_VALUE : range.getEnd().toEpochDay() - 1;
    }
}
