package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One step in a pledge's history: on a date, a source said the pledge reached a {@link Stage}, with an amount.
 * <p>
 * Events are never edited: a revised amount is a new event, so the history keeps what was said before. Each event
 * has the date it happened and the date it became known ({@link #knownOn()}, the same by default), so a timeline can
 * answer "what did the record show on 11 Feb?" without facts learned later.
 * <pre>{@code
 * PledgeEvent report = PledgeEvent.reported(LocalDate.of(2024, 2, 11), Amounts.of(106_000_000, "USD"), kyodo)
 *         .withExpectedDate(LocalDate.of(2024, 2, 19));
 * // 2024-02-11 reported USD 106,000,000 (Kyodo News, unnamed sources), expected 2024-02-19
 * }</pre>
 * Amounts are kept exactly, in the currency stated, and compare numerically ({@code JPY 100} equals
 * {@code JPY 100.00}). This class is immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class PledgeEvent {

    PledgeEvent() {
    }

    /**
     * Creates an event with an amount.
     *
     * @param date the date it happened
     * @param stage the stage reached
     * @param amount the amount stated, positive
     * @param source who said it
     * @return the event
     */
    public static PledgeEvent of(LocalDate date, Stage stage, MonetaryAmount amount, Source source) {
        return builder().date(date).stage(stage).amount(Check.required(amount, "event amount")).source(source).build();
    }

    /**
     * Creates an event without a money value, such as goods handed over or a cancellation.
     *
     * @param date the date it happened
     * @param stage the stage reached
     * @param source who said it
     * @return the event
     */
    public static PledgeEvent of(LocalDate date, Stage stage, Source source) {
        return builder().date(date).stage(stage).source(source).build();
    }

    /**
     * An unofficial report, such as media citing unnamed sources.
     *
     * @param date the date of the report
     * @param amount the amount reported
     * @param source who reported it
     * @return the event
     */
    public static PledgeEvent reported(LocalDate date, MonetaryAmount amount, Source source) {
        return of(date, Stage.REPORTED, amount, source);
    }

    /**
     * An official announcement.
     *
     * @param date the date of the announcement
     * @param amount the amount announced
     * @param source who announced it
     * @return the event
     */
    public static PledgeEvent announced(LocalDate date, MonetaryAmount amount, Source source) {
        return of(date, Stage.ANNOUNCED, amount, source);
    }

    /**
     * A signed commitment (grant or loan agreement).
     *
     * @param date the date of signature
     * @param amount the amount committed
     * @param source who reported it
     * @return the event
     */
    public static PledgeEvent committed(LocalDate date, MonetaryAmount amount, Source source) {
        return of(date, Stage.COMMITTED, amount, source);
    }

    /**
     * A disbursed tranche; tranches of one pledge add up.
     *
     * @param date the date of payment or delivery
     * @param amount the amount of this tranche
     * @param source who reported it
     * @return the event
     */
    public static PledgeEvent disbursed(LocalDate date, MonetaryAmount amount, Source source) {
        return of(date, Stage.DISBURSED, amount, source);
    }

    /**
     * A cancellation: nothing may follow it in a history.
     *
     * @param date the date of cancellation
     * @param source who reported it
     * @return the event
     */
    public static PledgeEvent cancelled(LocalDate date, Source source) {
        return of(date, Stage.CANCELLED, source);
    }

    /**
     * Returns a builder for events with every attribute.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The date the event happened.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * The date the event became known to the record; the same as {@link #date()} unless set, never before it.
     *
     * @return the date it became known
     */
    @Value.Default
    public LocalDate knownOn() {
        return date();
    }

    /**
     * The stage reached.
     *
     * @return the stage
     */
    public abstract Stage stage();

    /**
     * The amount stated, exactly and in its own currency; empty for goods without a value and for cancellations.
     *
     * @return the positive amount, if any
     */
    public abstract Optional<MonetaryAmount> amount();

    /**
     * Who said it.
     *
     * @return the source
     */
    public abstract Source source();

    /**
     * When the next step was expected at the time ("decision expected on 19 Feb"), never before {@link #date()}.
     *
     * @return the expected date, if one was given
     */
    public abstract Optional<LocalDate> expectedDate();

    /**
     * The id of the {@link Memorandum} that formalised this step, if any.
     *
     * @return the memorandum id
     */
    public abstract Optional<String> memorandumId();

    /**
     * A free-text note.
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();

    /**
     * Returns a copy that became known on the given date.
     *
     * @param knownOn the date the event entered the record, not before {@link #date()}
     * @return a new event
     */
    public abstract PledgeEvent withKnownOn(LocalDate knownOn);

    /**
     * Returns a copy with an expected date for the next step.
     *
     * @param expectedDate the expected date
     * @return a new event
     */
    public abstract PledgeEvent withExpectedDate(LocalDate expectedDate);

    /**
     * Returns a copy linked to the memorandum that formalised it.
     *
     * @param memorandumId the memorandum's id
     * @return a new event
     */
    public abstract PledgeEvent withMemorandumId(String memorandumId);

    /**
     * Returns a copy with a note.
     *
     * @param note the note
     * @return a new event
     */
    public abstract PledgeEvent withNote(String note);

    /** The short description used in error messages: {@code event on 2024-02-11 (reported)}. */
    String label() {
        return "event on " + date() + " (" + (stage() == null ? "no stage" : stage().label()) + ")";
    }

    @Value.Check
    PledgeEvent normalize() {
        Check.required(date(), "event date");
        Check.required(stage(), "event on " + date() + ": stage");
        Check.required(source(), label() + ": source");
        Check.required(knownOn(), label() + ": known-on date");
        if (knownOn().isBefore(date())) {
            throw new IllegalArgumentException(label() + ": known-on date must not be before the event date, was "
                    + knownOn());
        }
        expectedDate().ifPresent(e -> {
            if (e.isBefore(date())) {
                throw new IllegalArgumentException(label() + ": expected date must not be before the event date, was "
                        + e);
            }
        });
        memorandumId().ifPresent(m -> Check.notBlank(m, label() + ": memorandum id"));
        note().ifPresent(n -> Check.notBlank(n, label() + ": note"));
        if (amount().isPresent()) {
            MonetaryAmount a = amount().get();
            if (Amounts.decimal(a).signum() <= 0) {
                throw new IllegalArgumentException(label() + " has amount " + Amounts.format(a)
                        + ", expected a positive amount");
            }
            if (stage() == Stage.CANCELLED) {
                throw new IllegalArgumentException(label() + " has amount " + Amounts.format(a)
                        + ", expected none: a cancellation carries no amount (record a revision as a new announcement)");
            }
            MonetaryAmount exact = Amounts.exact(a);
            if (exact != a) {
                return builder().from(this).amount(exact).build();
            }
        }
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(date()).append(' ').append(stage().label());
        amount().ifPresent(a -> sb.append(' ').append(Amounts.format(a)));
        sb.append(" (").append(source().publisher()).append(", ").append(source().kind().label()).append(')');
        expectedDate().ifPresent(e -> sb.append(", expected ").append(e));
        memorandumId().ifPresent(m -> sb.append(", memorandum ").append(m));
        if (!knownOn().equals(date())) {
            sb.append(", known ").append(knownOn());
        }
        return sb.toString();
    }

    /** Builds a {@link PledgeEvent}; obtain one from {@link PledgeEvent#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutablePledgeEvent.Builder {
        Builder() {
        }
    }
}
