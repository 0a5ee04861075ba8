package io.github.pledgebook.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/** Argument checks whose messages name the field, the value and the expectation; one wording per rule. */
public final class Check {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Check() {
    }

    /** The value, or a {@code NullPointerException} "{@code what} is required, was null". */
    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " is required, was null");
        }
        return value;
    }

    /** The text, if neither null nor blank. */
    public static String notBlank(String value, String what) {
        required(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, was \"" + value + "\"");
        }
        return value;
    }

    /** Checks an ISO 3166 alpha-2 country code. */
    public static void country(String code, String what) {
        required(code, what);
        if (!COUNTRIES.contains(code)) {
            throw new IllegalArgumentException(
                    what + " must be an ISO 3166 alpha-2 country code such as JP or UA, was \"" + code + "\"");
        }
    }

    /** The collection, if neither it nor any element is null. */
    public static <C extends Collection<?>> C noNulls(C values, String what) {
        required(values, what);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(what + " must not contain null, was " + values);
        }
        return values;
    }

    /**
     * A stage that carries amounts: anything but the cancelled stage (passed in, since this package knows no
     * stages).
     */
    public static <E extends Enum<E>> E amountStage(E stage, E cancelled) {
        required(stage, "stage");
        if (stage == cancelled) {
            throw new IllegalArgumentException("stage must be one that carries amounts (reported, announced, "
                    + "committed or disbursed), was cancelled");
        }
        return stage;
    }

    /** A required date as an epoch day. */
    public static long day(LocalDate date, String what) {
        return required(date, what).toEpochDay();
    }

    /** The first day of a range as an epoch day, {@code Long.MIN_VALUE} when unbounded. */
    public static long firstDay(LocalDateRange range) {
        return range.isUnboundedStart() ? Long.MIN_VALUE : range.getStart().toEpochDay();
    }

    /** The last day (inclusive) of a range as an epoch day, {@code Long.MAX_VALUE} when unbounded. */
    public static long lastDay(LocalDateRange range) {
        return range.isUnboundedEnd() ? Long.MAX_VALUE : range.getEnd().toEpochDay() - 1;
    }

    /** An enum constant for people: {@code IN_KIND} as {@code "in kind"}. */
    public static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
