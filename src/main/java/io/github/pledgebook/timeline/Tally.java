package io.github.pledgebook.timeline;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.money.MoneyTotal;
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
    private final LocalDate asOf;
    private final LocalDateRange window;
    private final long before;
    private final long last;
    private final Part counted = new Part();
    private final Part excluded = new Part();

    private Tally(Stage stage, LocalDate asOf, LocalDateRange window, long before, long last) {
        this.stage = stage;
        this.asOf = asOf;
        this.window = window;
        this.before = before;
        this.last = last;
    }

    static Tally asOf(Stage stage, LocalDate date) {
        return new Tally(stage, date, null, Long.MIN_VALUE, date.toEpochDay());
    }

    static Tally within(Stage stage, LocalDateRange window) {
        long first = Check.firstDay(window);
        long before = first == Long.MIN_VALUE ? Long.MIN_VALUE : first - 1;
        long last = window.isEmpty() ? before : Check.lastDay(window);
        return new Tally(stage, null, window, before, last);
    }

    void add(Pledge pledge) {
        Contributions.emit(pledge, stage, pledge.regrantsPooledFunds() ? excluded : counted);
    }

    StageTotal total() {
        return new StageTotal(stage, asOf, window, counted.total(), counted.count, excluded.total(), excluded.count);
    }

    private final class Part implements Contributions.Sink {
        private final MoneyTotal.Builder money = MoneyTotal.builder();
        private long count;
        private long unvalued;

        private boolean in(long day) {
            return day > before && day <= last;
        }

        @Override
        public void money(long day, CurrencyUnit currency, BigDecimal delta) {
            if (in(day)) {
                money.add(currency, delta);
            }
        }

        @Override
        public void counted(long day, int delta) {
            if (in(day) && (asOf != null || delta > 0)) {
                count += delta;
            }
        }

        @Override
        public void unvalued(long day, int delta) {
            if (in(day) && (asOf != null || delta > 0)) {
                unvalued += delta;
            }
        }

        MoneyTotal total() {
            return money.build().withoutZeros().plusUnvalued(unvalued);
        }
    }
}
