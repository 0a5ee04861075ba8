package io.github.pledgebook.timeline;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.index.Contributions;
import io.github.pledgebook.timeline.index.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import org.threeten.extra.LocalDateRange;

/**
 * A scan's running total for one stage over some pledges: the same rules as the index, summed pledge by pledge.
 * As of a day it sums every change up to that day; within a window it sums money changes in the window and counts
 * arrivals. Not thread-safe; used inside one query.
 */
final class Tally {

    private final Stage stage;
    private final Span span;
    private final Part counted = new Part();
    private final Part excluded = new Part();

    private Tally(Stage stage, Span span) {
        this.stage = stage;
        this.span = span;
    }

    /** A tally of one stage over a span, empty so far. */
    static Tally of(Stage stage, Span span) {
        return new Tally(stage, span);
    }

    void add(Pledge pledge) {
        Contributions.emit(pledge, stage, pledge.regrantsPooledFunds() ? excluded : counted);
    }

    StageTotal total() {
        return new StageTotal(stage, span, counted.total(), counted.count, excluded.total(), excluded.count);
    }

    private final class Part implements Contributions.Sink {
        private final MoneyTotal.Builder money = MoneyTotal.builder();
        private long count;
        private long unvalued;


        @Override
        public void money(long day, CurrencyUnit currency, BigDecimal delta) {
            if (span.contains(day)) {
                money.add(currency, delta);
            }
        }

        @Override
        public void counted(long day, int delta) {
            if (span.contains(day) && (!span.arrivalsOnly() || delta > 0)) {
                count += delta;
            }
        }

        @Override
        public void unvalued(long day, int delta) {
            if (span.contains(day) && (!span.arrivalsOnly() || delta > 0)) {
                unvalued += delta;
            }
        }

        MoneyTotal total() {
            return money.build().withoutZeros().plusUnvalued(unvalued);
        }
    }
}
