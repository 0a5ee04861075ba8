package io.github.pledgebook.timeline;

import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Periods;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.index.Span;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The total of one stage, as of a date or within a window, with what it left out.
 * <p>
 * A pledge counts once, at its latest amount for the stage; disbursed tranches add up; a cancelled pledge drops out
 * of the reported, announced and committed totals from its cancellation date (money already disbursed stays
 * disbursed). Stages are never added together. Pledges that re-grant pooled funds
 * ({@link io.github.pledgebook.Pledge#regrantsPooledFunds()}) are left out, so money passing through a fund counts
 * once, and reported apart in {@link #excludedRegrants()}. Items without a money value are counted in
 * {@link MoneyTotal#unvaluedCount()}.
 * <p>
 * <b>As of a date</b>, the total is what was counted on that day, and {@link #pledgeCount()} is how many pledges
 * were counted. <b>Within a window</b>, the total is the net change over the window: a new pledge adds its amount, a
 * revision adds the difference, a cancellation subtracts what was counted, so the changes of consecutive windows add
 * up to the as-of total. {@link #pledgeCount()} and the unvalued count then count arrivals in the window: pledges
 * that reached the stage, and items without value that came with them.
 * <pre>{@code
 * StageTotal announced = book.asOf(LocalDate.of(2024, 2, 20)).announced();
 * announced.total();          // [JPY 15,800,000,000; USD 37,000,000]
 * announced.pledgeCount();    // 2
 * announced.toString();       // announced as of 2024-02-20: [JPY 15,800,000,000; USD 37,000,000] from 2 pledges
 * }</pre>
 * This class is immutable and thread-safe; equality is by value.
 */
public final class StageTotal {

    private final Stage stage;
    private final LocalDate asOf;
    private final LocalDateRange window;
    private final MoneyTotal total;
    private final long pledgeCount;
    private final MoneyTotal excludedRegrants;
    private final long excludedRegrantCount;

    StageTotal(Stage stage, Span span, MoneyTotal total, long pledgeCount, MoneyTotal excludedRegrants,
            long excludedRegrantCount) {
        this.stage = stage;
        this.asOf = span.asOf().orElse(null);
        this.window = span.window().orElse(null);
        this.total = total;
        this.pledgeCount = pledgeCount;
        this.excludedRegrants = excludedRegrants;
        this.excludedRegrantCount = excludedRegrantCount;
    }

    /**
     * The stage this total is of.
     *
     * @return the stage, never {@code CANCELLED}
     */
    public Stage stage() {
        return stage;
    }

    /**
     * The date of an as-of total.
     *
     * @return the date, or empty for a window total
     */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * The window of a window total.
     *
     * @return the window, or empty for an as-of total
     */
    public Optional<LocalDateRange> window() {
        return Optional.ofNullable(window);
    }

    /**
     * The exact total per currency, re-grants of pooled funds left out; its {@link MoneyTotal#unvaluedCount()} is
     * the number of items without money value.
     *
     * @return the total
     */
    public MoneyTotal total() {
        return total;
    }

    /**
     * How many items without money value the total could not include.
     *
     * @return the count, zero or more
     */
    public long unvaluedCount() {
        return total.unvaluedCount();
    }

    /**
     * How many pledges were counted (as of a date) or reached the stage (within a window).
     *
     * @return the count, zero or more
     */
    public long pledgeCount() {
        return pledgeCount;
    }

    /**
     * What pledges re-granting pooled funds would have added; left out so that money counts once.
     *
     * @return the excluded money, with its own unvalued count
     */
    public MoneyTotal excludedRegrants() {
        return excludedRegrants;
    }

    /**
     * How many re-granting pledges were left out.
     *
     * @return the count, zero or more
     */
    public long excludedRegrantCount() {
        return excludedRegrantCount;
    }

    /**
     * The total with re-grants of pooled funds added back, for a view of one fund's own activity; across a whole
     * book this counts pass-through money twice.
     *
     * @return the total including re-grants
     */
    public MoneyTotal withRegrants() {
        return total.plus(excludedRegrants).withoutZeros();
    }

    /**
     * Returns this total merged with the total of other pledges for the same stage and the same date or window: sums
     * per currency, unvalued counts, pledge counts and the excluded re-grants all add up.
     * <p>
     * This is how partial results combine: split a book's pledges into parts (each pledge in one part), take the
     * same total of each part's book, and merge them in any order and grouping; the result equals the total of the
     * whole book. Merging is associative and commutative, so an engine such as Spark may combine partial totals on
     * many machines; {@link StageTotalCodec} ships them between machines. A pledge must not be in two parts: it would
     * count twice. Like the book's own totals, the merged total holds no currency whose sum is zero (changes within
     * a window can cancel out across parts).
     * <pre>{@code
     * StageTotal whole = partA.asOf(date).committed().plus(partB.asOf(date).committed());
     * }</pre>
     *
     * @param other the total of other pledges, of the same stage and the same date or window
     * @return the merged total
     * @throws IllegalArgumentException if the other total is of another stage, date or window
     * @throws ArithmeticException if a count would exceed {@link Long#MAX_VALUE}
     */
    public StageTotal plus(StageTotal other) {
        Objects.requireNonNull(other, "stage total to merge is required, was null");
        if (stage != other.stage || !Objects.equals(asOf, other.asOf) || !Objects.equals(window, other.window)) {
            throw new IllegalArgumentException("only totals of the same stage and the same date or window merge: "
                    + describe() + " and " + other.describe());
        }
        // a window's changes can cancel out across parts (JPY 83,000,000 more in one, less in another): the book's
        // own totals hold no zero entries, so neither does a merged total
        return new StageTotal(stage, asOf != null ? Span.asOf(asOf) : Span.within(window),
                total.plus(other.total).withoutZeros(), addCount(pledgeCount, other.pledgeCount),
                excludedRegrants.plus(other.excludedRegrants).withoutZeros(),
                addCount(excludedRegrantCount, other.excludedRegrantCount));
    }

    private static long addCount(long count, long more) {
        try {
            return Math.addExact(count, more);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("pledge count would exceed " + Long.MAX_VALUE + ": " + count + " + " + more);
        }
    }

    private String describe() {
        return stage.label() + (asOf != null ? " as of " + asOf : " within " + Periods.text(window));
    }

    /**
     * Whether nothing at all was counted or left out.
     *
     * @return true if the total, the unvalued count and the excluded re-grants are all empty
     */
    public boolean isEmpty() {
        return total.isEmpty() && total.unvaluedCount() == 0 && pledgeCount == 0 && excludedRegrantCount == 0
                && excludedRegrants.isEmpty() && excludedRegrants.unvaluedCount() == 0;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StageTotal)) {
            return false;
        }
        StageTotal other = (StageTotal) o;
        return stage == other.stage && Objects.equals(asOf, other.asOf) && Objects.equals(window, other.window)
                && total.equals(other.total) && pledgeCount == other.pledgeCount
                && excludedRegrants.equals(other.excludedRegrants)
                && excludedRegrantCount == other.excludedRegrantCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, asOf, window, total, pledgeCount, excludedRegrants, excludedRegrantCount);
    }

    /**
     * Returns the total for people, such as
     * {@code announced as of 2024-02-20: [JPY 15,800,000,000; USD 37,000,000] from 2 pledges}, followed by what was
     * left out.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(stage.label());
        if (asOf != null) {
            sb.append(" as of ").append(asOf);
        } else {
            sb.append(" within ").append(Periods.text(window));
        }
        sb.append(": ").append(total).append(asOf != null ? " from " : ", ").append(pledgeCount)
                .append(asOf != null ? "" : " new").append(pledgeCount == 1 ? " pledge" : " pledges");
        if (excludedRegrantCount > 0 || !excludedRegrants.isEmpty()) {
            sb.append("; left out ").append(excludedRegrantCount)
                    .append(excludedRegrantCount == 1 ? " re-grant" : " re-grants").append(" of pooled funds ")
                    .append(excludedRegrants);
        }
        return sb.toString();
    }
}
