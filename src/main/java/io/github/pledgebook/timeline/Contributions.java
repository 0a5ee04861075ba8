package io.github.pledgebook.timeline;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Turns a pledge's history into day-by-day changes of what it contributes to the totals of one stage.
 * <p>
 * The rules, for reported, announced and committed: on a day, a pledge is <em>counted</em> at a stage if it had an
 * event at that stage by then and was not cancelled; it counts at its latest amount for that stage
 * ({@link Pledge#amountAt(Stage, java.time.LocalDate)}), or as one item without money value if none of its events at
 * that stage had an amount. For disbursed: every tranche adds up, a tranche without amount is one item without money
 * value, and a cancellation does not undo what was delivered. Changes are emitted once per day, after all events of
 * that day, so a revision is {@code +new -old} at its date and a cancellation is minus whatever was counted.
 */
final class Contributions {

    /** Receives the changes; days are epoch days. */
    interface Sink {
        void money(long day, CurrencyUnit currency, BigDecimal delta);

        void counted(long day, int delta);

        void unvalued(long day, int delta);
    }

    private Contributions() {
    }

    static void emit(Pledge pledge, Stage stage, Sink sink) {
        List<PledgeEvent> history = pledge.history();
        if (stage == Stage.DISBURSED) {
            emitDisbursed(history, sink);
            return;
        }
        boolean seen = false;
        boolean cancelled = false;
        MonetaryAmount current = null;
        boolean prevCounted = false;
        CurrencyUnit prevCurrency = null;
        BigDecimal prevValue = null;
        boolean prevUnvalued = false;
        int i = 0;
        int n = history.size();
        while (i < n) {
            PledgeEvent first = history.get(i);
            java.time.LocalDate date = first.date();
            boolean changed = false;
            while (i < n && history.get(i).date().equals(date)) {
                PledgeEvent e = history.get(i++);
                if (e.stage() == stage) {
                    seen = true;
                    changed = true;
                    if (e.amount().isPresent()) {
                        current = e.amount().get();
                    }
                } else if (e.stage() == Stage.CANCELLED) {
                    cancelled = true;
                    changed = true;
                }
            }
            if (!changed) {
                continue;
            }
            long day = date.toEpochDay();
            boolean counted = seen && !cancelled;
            MonetaryAmount amount = counted ? current : null;
            boolean unvalued = counted && current == null;
            if (counted != prevCounted) {
                sink.counted(day, counted ? 1 : -1);
            }
            if (unvalued != prevUnvalued) {
                sink.unvalued(day, unvalued ? 1 : -1);
            }
            CurrencyUnit currency = amount == null ? null : amount.getCurrency();
            BigDecimal value = amount == null ? null : Amounts.decimal(amount);
            if (prevValue != null && value != null && prevCurrency.equals(currency)) {
                BigDecimal delta = value.subtract(prevValue);
                if (delta.signum() != 0) {
                    sink.money(day, currency, delta);
                }
            } else {
                if (prevValue != null) {
                    sink.money(day, prevCurrency, prevValue.negate());
                }
                if (value != null) {
                    sink.money(day, currency, value);
                }
            }
            prevCounted = counted;
            prevUnvalued = unvalued;
            prevCurrency = currency;
            prevValue = value;
            if (cancelled) {
                return;
            }
        }
    }

    private static void emitDisbursed(List<PledgeEvent> history, Sink sink) {
        boolean counted = false;
        for (PledgeEvent e : history) {
            if (e.stage() != Stage.DISBURSED) {
                continue;
            }
            long day = e.date().toEpochDay();
            if (!counted) {
                counted = true;
                sink.counted(day, 1);
            }
            if (e.amount().isPresent()) {
                MonetaryAmount a = e.amount().get();
                sink.money(day, a.getCurrency(), Amounts.decimal(a));
            } else {
                sink.unvalued(day, 1);
            }
        }
    }
}
