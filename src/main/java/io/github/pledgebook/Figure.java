package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A counted fact as it was reported: what was counted, how many, and how precisely.
 * <p>
 * Press figures are rarely exact ("about 100 businesses", "more than 10 memorandums"), and a count reported in
 * aggregate ("56 documents signed") is not the same as the memoranda one can itemise. A figure keeps the number
 * with its qualifier and, optionally, its source.
 * <pre>{@code
 * Figure.about(100, "businesses from Japan");           // about 100 businesses from Japan
 * Figure.moreThan(10, "memorandums of cooperation");    // more than 10 memorandums of cooperation
 * }</pre>
 * This class is immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class Figure {

    /** How precise a reported count is. */
    public enum Precision {
        /** Exactly the number given. */
        EXACT,
        /** About the number given. */
        ABOUT,
        /** Strictly more than the number given. */
        MORE_THAN,
        /** The number given or more. */
        AT_LEAST,
        /** The number given or fewer. */
        UP_TO;

        String prefix() {
            return this == EXACT ? "" : Check.lower(this) + " ";
        }
    }

    Figure() {
    }

    /**
     * Creates a figure.
     *
     * @param precision how precise the count is
     * @param count the number, zero or more
     * @param what what was counted, such as {@code "businesses from Japan"}
     * @return the figure
     */
    public static Figure of(Precision precision, long count, String what) {
        return ImmutableFigure.draft().precision(precision).count(count).what(what).build();
    }

    /**
     * Creates an exact count.
     *
     * @param count the number
     * @param what what was counted
     * @return the figure
     */
    public static Figure exactly(long count, String what) {
        return of(Precision.EXACT, count, what);
    }

    /**
     * Creates an approximate count ("about 100").
     *
     * @param count the number
     * @param what what was counted
     * @return the figure
     */
    public static Figure about(long count, String what) {
        return of(Precision.ABOUT, count, what);
    }

    /**
     * Creates a lower bound ("more than 10").
     *
     * @param count the number exceeded
     * @param what what was counted
     * @return the figure
     */
    public static Figure moreThan(long count, String what) {
        return of(Precision.MORE_THAN, count, what);
    }

    /**
     * What was counted.
     *
     * @return the description, never blank
     */
    public abstract String what();

    /**
     * The number reported.
     *
     * @return the count, zero or more
     */
    public abstract long count();

    /**
     * How precise the number is.
     *
     * @return the precision
     */
    public abstract Precision precision();

    /**
     * Who reported the figure.
     *
     * @return the source, if recorded
     */
    public abstract Optional<Source> source();

    /**
     * Returns a copy with the given source.
     *
     * @param source who reported the figure
     * @return a new figure
     */
    public abstract Figure withSource(Source source);

    @Value.Check
    void check() {
        Check.line(what(), "figure description");
        Check.required(precision(), "figure " + what() + ": precision");
        if (count() < 0) {
            throw new IllegalArgumentException("figure " + what() + ": count must be zero or more, was " + count());
        }
    }

    @Override
    public String toString() {
        return precision().prefix() + Amounts.formatNumber(java.math.BigDecimal.valueOf(count()), 0) + " " + what();
    }
}
