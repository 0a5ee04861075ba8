package io.github.pledgebook.timeline;

import io.github.pledgebook.Stage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;

/**
 * One stage's totals per calendar period (month, quarter or year): what changed in each period and the cumulative
 * total at its end, in period order, ready to print.
 * <p>
 * The changes of the periods add up to the cumulative totals: a revision counts as its difference in the period it
 * happened, a cancellation as a negative change.
 * <pre>{@code
 * Series<YearQuarter> s = book.quarterly(Stage.COMMITTED, YearQuarter.of(2024, 1), YearQuarter.of(2024, 4));
 * s.rows().get(0).inPeriod().total();     // [JPY 15,800,000,000]
 * s.toMap().get(YearQuarter.of(2024, 4)).cumulative().total();   // [JPY 15,800,000,000]
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param <P> the period type: {@link java.time.YearMonth}, {@link org.threeten.extra.YearQuarter} or
 *     {@link java.time.Year}
 */
public final class Series<P> {

    private final Stage stage;
    private final List<Row<P>> rows;

    Series(Stage stage, List<Row<P>> rows) {
        this.stage = stage;
        this.rows = List.copyOf(rows);
    }

    /**
     * The stage of the series.
     *
     * @return the stage
     */
    public Stage stage() {
        return stage;
    }

    /**
     * The rows, one per period, in order.
     *
     * @return an unmodifiable list
     */
    public List<Row<P>> rows() {
        return rows;
    }

    /**
     * The rows keyed by period, in order.
     *
     * @return an unmodifiable, ordered map
     */
    public Map<P, Row<P>> toMap() {
        Map<P, Row<P>> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.period(), r));
        return Collections.unmodifiableMap(m);
    }

    /**
     * Returns one line per period: the period, its change and the cumulative total, tab-separated.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(stage.label()).append('\n');
        rows.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    /**
     * One period of a {@link Series}. Immutable and thread-safe.
     *
     * @param <P> the period type
     */
    public static final class Row<P> {
        private final P period;
        private final LocalDateRange dates;
        private final StageTotal inPeriod;
        private final StageTotal cumulative;

        Row(P period, LocalDateRange dates, StageTotal inPeriod, StageTotal cumulative) {
            this.period = period;
            this.dates = dates;
            this.inPeriod = inPeriod;
            this.cumulative = cumulative;
        }

        /**
         * The period.
         *
         * @return the period, such as {@code 2024-Q1}
         */
        public P period() {
            return period;
        }

        /**
         * The dates of the period.
         *
         * @return the range; its end is exclusive
         */
        public LocalDateRange dates() {
            return dates;
        }

        /**
         * What changed in the period.
         *
         * @return the window total of the period
         */
        public StageTotal inPeriod() {
            return inPeriod;
        }

        /**
         * The total at the end of the period.
         *
         * @return the as-of total on the period's last day
         */
        public StageTotal cumulative() {
            return cumulative;
        }

        /**
         * Returns {@code 2024-Q1	[JPY 15,800,000,000]	cumulative [JPY 15,800,000,000]}.
         */
        @Override
        public String toString() {
            return period + "\t" + inPeriod.total() + "\tcumulative " + cumulative.total();
        }
    }
}
