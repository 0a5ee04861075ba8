package io.github.pledgebook.chart;

import io.github.pledgebook.timeline.Chronicle;
import io.github.pledgebook.timeline.PledgeBook;
import io.github.pledgebook.timeline.Snapshot;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Charts of a book as SVG text: a timeline of what happened, stages side by side per donor, and cumulative totals
 * per stage over time.
 * <p>
 * Each method returns one standalone SVG document (with a {@code viewBox}, so it scales) and writes nothing: show it
 * in a notebook (a Jupyter Java kernel displays it with the {@code image/svg+xml} MIME type), put it in a web page,
 * or save it yourself. Titles and labels are escaped, so any text is safe. Money is never added across currencies
 * and never drawn as zero because it is in another currency: a {@link MoneyView} says whether amounts are converted
 * (with a stated rate table on a stated date, named in the chart's footnote) or drawn per currency, each on its own
 * axis.
 * <pre>{@code
 * PledgeBook book = JapanUkraine2024.book();
 * String timeline = Charts.timeline("Japan and Ukraine, Dec 2023 to Feb 2024", book);
 * MoneyView usd = MoneyView.convertedTo("USD", LocalDate.of(2024, 2, 19), JapanUkraine2024.rates());
 * String stages = Charts.stagesByDonor("Japan's pledges to Ukraine", book.asOf(LocalDate.of(2024, 2, 20)), usd);
 * String cumulative = Charts.cumulative("Japan to Ukraine, cumulative", book,
 *         LocalDateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1)), usd);
 * }</pre>
 * Colours come from the Okabe-Ito palette; each stage also has its own fill pattern, marker shape or dash, so a
 * chart reads in grey-scale and for colour-blind readers. This class is stateless and thread-safe.
 */
public final class Charts {

    private Charts() {
    }

    /**
     * Draws a book's chronicle: one lane per stage (and for milestones, conferences and memoranda), time across,
     * every entry a marker with a short label, conferences as bands over all lanes, the events of one pledge joined
     * by a line. Amounts are shown as stated, in their own currency.
     *
     * @param title the chart's title
     * @param book the book
     * @return the SVG document
     */
    public static String timeline(String title, PledgeBook book) {
        Objects.requireNonNull(book, "book to chart is required, was null");
        return timeline(title, book.chronicle());
    }

    /**
     * Draws a chronicle, such as one narrowed to a period, a donor or some kinds of entries. Lanes with more than
     * 30 entries show their text as tooltips only; beyond 16 distinct dates the axis shows months instead of days.
     *
     * @param title the chart's title
     * @param chronicle the entries to draw
     * @return the SVG document
     */
    public static String timeline(String title, Chronicle chronicle) {
        Objects.requireNonNull(title, "chart title is required, was null");
        Objects.requireNonNull(chronicle, "chronicle to chart is required, was null");
        return TimelineChart.draw(title, chronicle.entries());
    }

    /**
     * Draws announced, committed and disbursed side by side for each top-level donor of a snapshot
     * ({@link Snapshot#fulfilment()}), converted to one currency or one panel per currency as the view says.
     * Items without a money value are counted next to their bar and in a footnote, never drawn as zero money.
     *
     * @param title the chart's title
     * @param snapshot the book as of a date
     * @param view how to show several currencies
     * @return the SVG document
     * @throws io.github.pledgebook.money.MissingRateException if the view converts and a rate is missing
     */
    public static String stagesByDonor(String title, Snapshot snapshot, MoneyView view) {
        Objects.requireNonNull(title, "chart title is required, was null");
        Objects.requireNonNull(snapshot, "snapshot to chart is required, was null");
        Objects.requireNonNull(view, "money view is required, was null");
        return StageBars.draw(title, snapshot.date(), snapshot.fulfilment(), view);
    }

    /**
     * Draws each stage's total as of every day of a period as a step line (reported, announced, committed,
     * disbursed), converted to one currency or one panel per currency as the view says. Steps fall on the days
     * of the book's events.
     *
     * @param title the chart's title
     * @param book the book
     * @param period the days to draw (end exclusive, as every {@code LocalDateRange}); must not be empty
     * @param view how to show several currencies
     * @return the SVG document
     * @throws IllegalArgumentException if the period is empty or unbounded
     * @throws io.github.pledgebook.money.MissingRateException if the view converts and a rate is missing
     */
    public static String cumulative(String title, PledgeBook book, LocalDateRange period, MoneyView view) {
        Objects.requireNonNull(title, "chart title is required, was null");
        Objects.requireNonNull(book, "book to chart is required, was null");
        Objects.requireNonNull(period, "chart period is required, was null");
        Objects.requireNonNull(view, "money view is required, was null");
        if (period.isEmpty() || period.isUnboundedStart() || period.isUnboundedEnd()) {
            throw new IllegalArgumentException("chart period must hold at least one day and have both ends, was "
                    + period);
        }
        return CumulativeChart.draw(title, book, period, view);
    }
}
