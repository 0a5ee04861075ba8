package io.github.pledgebook.timeline;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.money.MoneyTotal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One pledge as it stood on a date: the furthest stage, the current amount, the latest amount per stage, what was
 * disbursed and what remained outstanding.
 * <pre>{@code
 * PledgeState s = book.stateOf("jp-erp3", LocalDate.of(2024, 2, 15));
 * s.stage();     // Optional[REPORTED]
 * s.amount();    // Optional[USD 106000000]
 * s.toString();  // jp-erp3 on 2024-02-15: reported, USD 106,000,000
 * }</pre>
 * The outstanding commitment is a {@link MoneyTotal} so that a commitment in yen and tranches in dollars are shown
 * side by side instead of failing. This class is immutable and thread-safe.
 */
public final class PledgeState {

    private final Pledge pledge;
    private final LocalDate date;

    PledgeState(Pledge pledge, LocalDate date) {
        this.pledge = pledge;
        this.date = date;
    }

    /**
     * The pledge, with its whole history.
     *
     * @return the pledge
     */
    public Pledge pledge() {
        return pledge;
    }

    /**
     * The date of the state.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The furthest stage reached by the date.
     *
     * @return the stage, or empty before the first event
     */
    public Optional<Stage> stage() {
        return pledge.stageOn(date);
    }

    /**
     * Whether the pledge had been cancelled by the date.
     *
     * @return true if cancelled on or before the date
     */
    public boolean isCancelled() {
        return pledge.isCancelledOn(date);
    }

    /**
     * The amount pledged on the date (see {@link Pledge#amountOn(LocalDate)}).
     *
     * @return the amount, or empty when cancelled, not yet reported or without money value
     */
    public Optional<MonetaryAmount> amount() {
        return pledge.amountOn(date);
    }

    /**
     * The latest amount at one stage by the date; for disbursed, the sum of tranches.
     *
     * @param stage reported, announced, committed or disbursed
     * @return the amount, or empty if the stage had no amount by then
     * @throws IllegalArgumentException if {@code stage} is {@code CANCELLED}
     */
    public Optional<MonetaryAmount> amountAt(Stage stage) {
        return pledge.amountAt(Check.amountStage(stage, Stage.CANCELLED), date);
    }

    /**
     * The sum of tranches disbursed by the date.
     *
     * @return the sum, or empty if nothing with an amount was disbursed
     */
    public Optional<MonetaryAmount> disbursed() {
        return pledge.disbursedOn(date);
    }

    /**
     * The latest commitment minus the tranches disbursed by the date, per currency.
     *
     * @return the outstanding amount; empty if nothing was committed with an amount
     */
    public MoneyTotal outstanding() {
        Optional<MonetaryAmount> committed = pledge.amountAt(Stage.COMMITTED, date);
        if (committed.isEmpty()) {
            return MoneyTotal.empty();
        }
        return disbursed().map(d -> MoneyTotal.of(committed.get()).minus(d)).orElse(MoneyTotal.of(committed.get()));
    }

    /**
     * The events that had happened by the date, in order.
     *
     * @return an unmodifiable list
     */
    public List<PledgeEvent> events() {
        List<PledgeEvent> list = new ArrayList<>();
        for (PledgeEvent e : pledge.history()) {
            if (e.date().isAfter(date)) {
                break;
            }
            list.add(e);
        }
        return List.copyOf(list);
    }

    /**
     * The latest event by the date.
     *
     * @return the event, or empty before the first event
     */
    public Optional<PledgeEvent> lastEvent() {
        List<PledgeEvent> e = events();
        return e.isEmpty() ? Optional.empty() : Optional.of(e.get(e.size() - 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PledgeState && ((PledgeState) o).pledge.equals(pledge)
                && ((PledgeState) o).date.equals(date);
    }

    @Override
    public int hashCode() {
        return pledge.hashCode() * 31 + date.hashCode();
    }

    /**
     * Returns one line: {@code jp-erp3 on 2024-02-20: committed, JPY 15,800,000,000}, or
     * {@code ... : not yet reported}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(pledge.id()).append(" on ").append(date).append(": ");
        Optional<Stage> stage = stage();
        if (stage.isEmpty()) {
            return sb.append("not yet reported").toString();
        }
        sb.append(stage.get().label());
        Optional<MonetaryAmount> amount = amount().or(this::disbursed);
        if (amount.isPresent()) {
            sb.append(", ").append(Amounts.format(amount.get()));
        } else if (!isCancelled()) {
            pledge.inKind().ifPresent(k -> sb.append(", ").append(k));
        }
        return sb.toString();
    }
}
