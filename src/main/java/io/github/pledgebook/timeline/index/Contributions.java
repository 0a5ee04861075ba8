package io.github.pledgebook.timeline.index;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.ExactLongs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * Turns a pledge's history into day-by-day changes of what it contributes to the totals of one stage.
 * <p>
 * The rules, for reported, announced and committed: on a day, a pledge is <em>counted</em> at a stage if it had an
 * event at that stage by then and was not cancelled; it counts at its latest amount for that stage
 * ({@link Pledge#amountAt(Stage, java.time.LocalDate)}), or as one item without money value if none of its events at
 * that stage had an amount. For disbursed: every tranche adds up, a tranche without amount is one item without money
 * value, and a cancellation does not undo what was delivered. An event that adds to its stage
 * ({@link PledgeEvent#addsToStage()}) adds its amount, of any sign, to the stage's latest amount instead of replacing
 * it. Changes are emitted once per day, after all events of that day, so a revision is {@code +new -old} at its date
 * and a cancellation is minus whatever was counted. A pledge that reaches a stage and is cancelled on the same day
 * arrives and leaves on that day (+1 and -1), so a window over the day counts it as new exactly as it would if the
 * cancellation came a day later.
 */
public final class Contributions {

    /** Receives the changes; days are epoch days. */
    public interface Sink {
        /** Receives a change of money. */
        void money(long day, CurrencyUnit currency, BigDecimal delta);

        /** Receives a change of {@code unscaled * 10^-scale}, with {@code 0 <= scale <= 18}; exact either way. */
        default void money(long day, CurrencyUnit currency, long unscaled, int scale) {
            money(day, currency, BigDecimal.valueOf(unscaled, scale));
        }

        /** Receives a change of the pledges counted: +1 arrived, -1 left. */
        void counted(long day, int delta);

        /** Receives a change of the items without money value counted: +1 arrived, -1 left. */
        void unvalued(long day, int delta);
    }

    private Contributions() {
    }

    /**
     * One pledge's history read once into columns: per event its epoch day, stage, and amount as currency and exact
     * value (null without amount). The index reads every pledge once and emits the changes of all stages from here.
     * Reusable; not thread-safe.
     */
    static final class Events {
        private int n;
        private long[] day = new long[8];
        private Stage[] stage = new Stage[8];
        private CurrencyUnit[] currency = new CurrencyUnit[8];
        private BigDecimal[] value = new BigDecimal[8];
        /**
         * The value as {@code unscaled[i] * 10^-scale[i]} when it has at most 18 digits at a scale 0 to 18, else
         * scale -1.
         */
        private long[] unscaled = new long[8];
        private int[] scale = new int[8];
        /** Whether event i adds to its stage, and whether any event of the history does. */
        private boolean[] adds = new boolean[8];
        private boolean anyAdds;

        Events read(Pledge pledge) {
            List<PledgeEvent> history = pledge.history();
            n = history.size();
            if (n > day.length) {
                day = new long[n];
                stage = new Stage[n];
                currency = new CurrencyUnit[n];
                value = new BigDecimal[n];
                unscaled = new long[n];
                scale = new int[n];
                adds = new boolean[n];
            }
            anyAdds = false;
            LocalDate date = null;
            long d = 0;
            for (int i = 0; i < n; i++) {
                PledgeEvent e = history.get(i);
                if (!e.date().equals(date)) {
                    date = e.date();
                    d = date.toEpochDay();
                }
                day[i] = d;
                stage[i] = e.stage();
                adds[i] = e.addsToStage();
                anyAdds |= adds[i];
                BigDecimal v = e.amountNumber().orElse(null);
                currency[i] = v == null ? null : e.amountCurrency().get();
                if (v != null && v.scale() < 0 && v.precision() - v.scale() <= 18) {
                    // an amount written with an exponent (2.8095775E+8) is a whole number that fits a long at
                    // scale 0, and should be summed as one
                    v = v.setScale(0);
                }
                value[i] = v;
                scale[i] = -1;
                if (v != null && v.scale() >= 0 && v.scale() <= 18 && v.precision() <= 18) {
                    // at most 18 digits fit a long (and its negation); wider values stay BigDecimals
                    unscaled[i] = ExactLongs.unscaledLong(v);
                    scale[i] = v.scale();
                }
            }
            return this;
        }

        /** Emits event {@code i}'s amount, or its negation. */
        void money(long day, int i, boolean negate, Sink sink) {
            if (scale[i] >= 0) {
                sink.money(day, currency[i], negate ? -unscaled[i] : unscaled[i], scale[i]);
            } else {
                sink.money(day, currency[i], negate ? value[i].negate() : value[i]);
            }
        }

        /** Emits the change from event {@code from}'s amount to event {@code to}'s, of one currency, unless zero. */
        void moneyChange(long day, int from, int to, Sink sink) {
            int s = Math.max(scale[from], scale[to]);
            if (scale[from] >= 0 && scale[to] >= 0) {
                long a = unscaled[to] * ExactLongs.pow10(s - scale[to]);
                long b = unscaled[from] * ExactLongs.pow10(s - scale[from]);
                long d = a - b;
                boolean exact = Math.multiplyHigh(unscaled[to], ExactLongs.pow10(s - scale[to])) == (a >> 63)
                        && Math.multiplyHigh(unscaled[from], ExactLongs.pow10(s - scale[from])) == (b >> 63)
                        && ((a ^ b) & (a ^ d)) >= 0;
                if (exact) {
                    if (d != 0) {
                        sink.money(day, currency[to], d, s);
                    }
                    return;
                }
            }
            BigDecimal delta = value[to].subtract(value[from]);
            if (delta.signum() != 0) {
                sink.money(day, currency[to], delta);
            }
        }
    }

    /** Emits one pledge's changes at one stage to a sink, day by day. */
    public static void emit(Pledge pledge, Stage stage, Sink sink) {
        emit(new Events().read(pledge), stage, sink);
    }

    static void emit(Events events, Stage stage, Sink sink) {
        if (stage == Stage.DISBURSED) {
            emitDisbursed(events, sink);
            return;
        }
        if (events.anyAdds) {
            emitAdding(events, stage, sink);
            return;
        }
        long[] days = events.day;
        boolean seen = false;
        boolean cancelled = false;
        int current = -1;
        boolean prevCounted = false;
        int prev = -1;
        boolean prevUnvalued = false;
        int i = 0;
        int n = events.n;
        while (i < n) {
            long day = days[i];
            boolean changed = false;
            boolean stageToday = false;
            while (i < n && days[i] == day) {
                Stage s = events.stage[i];
                if (s == stage) {
                    seen = true;
                    changed = true;
                    stageToday = true;
                    if (events.value[i] != null) {
                        current = i;
                    }
                } else if (s == Stage.CANCELLED) {
                    cancelled = true;
                    changed = true;
                }
                i++;
            }
            if (!changed) {
                continue;
            }
            boolean counted = seen && !cancelled;
            boolean unvalued = counted && current < 0;
            if (cancelled && stageToday && !prevCounted) {
                arrivedAndLeft(day, current < 0, sink);
            }
            if (counted != prevCounted) {
                sink.counted(day, counted ? 1 : -1);
            }
            if (unvalued != prevUnvalued) {
                sink.unvalued(day, unvalued ? 1 : -1);
            }
            int now = counted ? current : -1;
            CurrencyUnit currency = now < 0 ? null : events.currency[now];
            if (prev >= 0 && now >= 0 && events.currency[prev].equals(currency)) {
                if (events.value[now] != events.value[prev]) {
                    events.moneyChange(day, prev, now, sink);
                }
            } else {
                if (prev >= 0) {
                    events.money(day, prev, true, sink);
                }
                if (now >= 0) {
                    events.money(day, now, false, sink);
                }
            }
            prevCounted = counted;
            prevUnvalued = unvalued;
            prev = now;
            if (cancelled) {
                return;
            }
        }
    }

    /**
     * The rules of {@link #emit(Events, Stage, Sink)} for a history with events that add to their stage: the stage's
     * amount is the latest revising amount plus the additions after it, kept as an exact running sum; each day emits
     * the change of that sum (or minus the old and plus the new amount when the currency changes).
     */
    private static void emitAdding(Events events, Stage stage, Sink sink) {
        boolean seen = false;
        boolean cancelled = false;
        BigDecimal value = null;
        CurrencyUnit currency = null;
        boolean prevCounted = false;
        boolean prevUnvalued = false;
        BigDecimal prev = null;
        CurrencyUnit prevCurrency = null;
        int i = 0;
        int n = events.n;
        while (i < n) {
            long day = events.day[i];
            boolean changed = false;
            boolean stageToday = false;
            int valued = 0;
            int last = -1;
            while (i < n && events.day[i] == day) {
                Stage s = events.stage[i];
                if (s == stage) {
                    seen = true;
                    changed = true;
                    stageToday = true;
                    BigDecimal v = events.value[i];
                    if (v != null) {
                        value = value != null && events.adds[i] ? value.add(v) : v;
                        currency = events.currency[i];
                        valued++;
                        last = i;
                    }
                } else if (s == Stage.CANCELLED) {
                    cancelled = true;
                    changed = true;
                }
                i++;
            }
            if (!changed) {
                continue;
            }
            boolean counted = seen && !cancelled;
            boolean unvalued = counted && value == null;
            if (cancelled && stageToday && !prevCounted) {
                arrivedAndLeft(day, value == null, sink);
            }
            if (counted != prevCounted) {
                sink.counted(day, counted ? 1 : -1);
            }
            if (unvalued != prevUnvalued) {
                sink.unvalued(day, unvalued ? 1 : -1);
            }
            BigDecimal now = counted ? value : null;
            CurrencyUnit nowCurrency = counted ? currency : null;
            // the day's one amount, when it is the whole change, is emitted as the event's own number (a long where
            // it fits) instead of as a difference of sums: most days of most pledges
            boolean one = valued == 1 && now != null;
            if (prev != null && now != null && prevCurrency.equals(nowCurrency)) {
                if (one && events.adds[last]) {
                    // added to what the stage held, which is prev: the change is the amount itself
                    if (events.value[last].signum() != 0) {
                        events.money(day, last, false, sink);
                    }
                } else {
                    BigDecimal delta = now.subtract(prev);
                    if (delta.signum() != 0) {
                        sink.money(day, nowCurrency, delta);
                    }
                }
            } else {
                if (prev != null && prev.signum() != 0) {
                    sink.money(day, prevCurrency, prev.negate());
                }
                if (now != null && now.signum() != 0) {
                    if (one && now == events.value[last]) {
                        events.money(day, last, false, sink);
                    } else {
                        sink.money(day, nowCurrency, now);
                    }
                }
            }
            prevCounted = counted;
            prevUnvalued = unvalued;
            prev = now;
            prevCurrency = nowCurrency;
            if (cancelled) {
                return;
            }
        }
    }

    /**
     * A pledge that reached the stage and was withdrawn on one day: it arrived (a window over the day counts it, as
     * it would had the cancellation come a day later) and left again, so as-of counts are unchanged.
     */
    private static void arrivedAndLeft(long day, boolean unvalued, Sink sink) {
        sink.counted(day, 1);
        sink.counted(day, -1);
        if (unvalued) {
            sink.unvalued(day, 1);
            sink.unvalued(day, -1);
        }
    }

    private static void emitDisbursed(Events events, Sink sink) {
        boolean counted = false;
        for (int i = 0; i < events.n; i++) {
            if (events.stage[i] != Stage.DISBURSED) {
                continue;
            }
            long day = events.day[i];
            if (!counted) {
                counted = true;
                sink.counted(day, 1);
            }
            if (events.value[i] != null) {
                events.money(day, i, false, sink);
            } else {
                sink.unvalued(day, 1);
            }
        }
    }
}
