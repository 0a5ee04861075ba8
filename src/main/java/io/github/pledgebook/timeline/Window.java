package io.github.pledgebook.timeline;

import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Periods;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.timeline.index.Span;
import javax.money.CurrencyUnit;
import org.threeten.extra.LocalDateRange;

/**
 * A book's answers about a window of dates: what changed at each stage within it, grouped or not.
 * <p>
 * Obtain one with {@link PledgeBook#within(LocalDateRange)}. The money of a window total is the net change: new
 * pledges add their amounts, revisions their differences, cancellations subtract what was counted; the pledge count
 * is of pledges that reached the stage in the window. Totals come from the index in O(log n); donor
 * groupings from its per-donor records; other groupings scan.
 * <pre>{@code
 * Window q1 = book.within(LocalDateRange.from(YearQuarter.of(2024, 1)));   // end exclusive: Jan 1 to Mar 31
 * q1.announced().total();   // [JPY 15,800,000,000; USD 37,000,000]
 * q1.committed().total();   // [JPY 15,800,000,000]
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class Window {

    private final PledgeBook book;
    private final LocalDateRange range;
    private final Span span;

    Window(PledgeBook book, LocalDateRange range) {
        this.book = book;
        this.range = range;
        this.span = Span.within(range);
    }

    /**
     * The window's dates.
     *
     * @return the range; its end is exclusive
     */
    public LocalDateRange range() {
        return range;
    }

    /**
     * What changed at one stage within the window.
     *
     * @param stage reported, announced, committed or disbursed
     * @return the total, with what it left out
     * @throws IllegalArgumentException if {@code stage} is {@code CANCELLED}
     */
    public StageTotal total(Stage stage) {
        return book.total(stage, span);
    }

    /**
     * What was reported within the window.
     *
     * @return the reported change
     */
    public StageTotal reported() {
        return total(Stage.REPORTED);
    }

    /**
     * What was announced within the window.
     *
     * @return the announced change
     */
    public StageTotal announced() {
        return total(Stage.ANNOUNCED);
    }

    /**
     * What was committed within the window.
     *
     * @return the committed change
     */
    public StageTotal committed() {
        return total(Stage.COMMITTED);
    }

    /**
     * What was disbursed within the window: the tranches dated in it.
     *
     * @return the disbursed total
     */
    public StageTotal disbursed() {
        return total(Stage.DISBURSED);
    }

    /**
     * What changed at one stage within the window, converted to one currency with each change at the rate of its
     * own date, under the rate table's {@link RateTable#rule()}; the changes of one currency on one day are summed
     * exactly and converted once, which gives exactly the sum of the individually converted changes. The unvalued
     * count is of the items without money value that arrived in the window.
     * <pre>{@code
     * book.within(LocalDateRange.from(YearQuarter.of(2024, 1)))
     *         .convertedTotal(Stage.COMMITTED, Amounts.currency("EUR"), rates).rounded(RoundingMode.HALF_EVEN);
     * }</pre>
     *
     * @param stage reported, announced, committed or disbursed
     * @param target the currency to convert to
     * @param rates the rates, looked up under the table's own rule
     * @return the converted change, one conversion per currency and day with a change
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code stage} is {@code CANCELLED}
     * @throws io.github.pledgebook.money.MissingRateException if a currency has no acceptable rate for a day
     */
    public ConvertedTotal convertedTotal(Stage stage, CurrencyUnit target, RateTable rates) {
        return book.convertedTotal(stage, span, target, rates);
    }

    /**
     * What changed at one stage within the window, split into groups: donor groupings from the index's per-donor
     * records, others by a scan of the pledges.
     *
     * @param stage reported, announced, committed or disbursed
     * @param by the grouping, such as {@link GroupBy#sector()}
     * @param <K> the type of the group keys
     * @return the groups, with the pledges without a key kept apart
     * @throws IllegalArgumentException if {@code stage} is {@code CANCELLED}
     */
    public <K> Grouped<K> grouped(Stage stage, GroupBy<K> by) {
        return book.grouped(stage, by, span);
    }

    @Override
    public String toString() {
        return "Window[" + Periods.text(range) + " of " + book + "]";
    }
}
