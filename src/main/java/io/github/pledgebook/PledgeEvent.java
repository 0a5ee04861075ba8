package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import io.github.pledgebook.internal.ExactLongs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
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
     * An event whose amount adds to what its stage already holds for the pledge, instead of revising it: a further
     * commitment, or, when negative, a decommitment or correction. IATI transactions work this way.
     * <pre>{@code
     * PledgeEvent.adding(LocalDate.of(2022, 2, 1), Stage.COMMITTED, Amounts.of(-200_000, "EUR"), bmz);
     * // 2022-02-01 committed adds EUR -200,000 (BMZ, dataset)
     * }</pre>
     *
     * @param date the date it happened
     * @param stage the stage it adds to: reported, announced, committed or disbursed
     * @param amount the amount added, of any sign, in the currency of the stage's amount
     * @param source who said it
     * @return the event
     */
    public static PledgeEvent adding(LocalDate date, Stage stage, MonetaryAmount amount, Source source) {
        return builder().date(date).stage(stage).amount(Check.required(amount, "event amount")).source(source)
                .addsToStage(true).build();
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
    public abstract LocalDate knownOn();

    /**
     * The stage reached.
     *
     * @return the stage
     */
    public abstract Stage stage();

    /**
     * The amount stated, exactly and in its own currency; empty for goods without a value and for cancellations.
     * Positive, except for an event that {@link #addsToStage() adds to its stage}, whose amount may be negative or zero.
     * <p>
     * The event keeps the amount's number and currency ({@link #amountNumber()}, {@link #amountCurrency()}) and makes
     * the {@code MonetaryAmount} (a Moneta {@code Money} with {@link Amounts#EXACT}) when asked: a book of a million
     * imported events then holds a million fewer objects. Each call returns an equal, new amount.
     *
     * @return the amount, if any
     */
    public Optional<MonetaryAmount> amount() {
        BigDecimal number = number();
        return number == null ? Optional.empty() : Optional.of(Amounts.exactOf(number, currency()));
    }

    /**
     * The number of the {@link #amount() amount}, exact, without making a {@code MonetaryAmount}: what totals read.
     * Given with {@link Builder#amount(BigDecimal, CurrencyUnit)} it is that number as given ({@code 0.10} stays
     * {@code 0.10}); taken from a {@code MonetaryAmount} it is the number Moneta gives, without trailing zeros. Either
     * way it is numerically the amount stated.
     *
     * @return the amount's number, if the event has an amount
     */
    public Optional<BigDecimal> amountNumber() {
        return Optional.ofNullable(number());
    }

    /**
     * The currency of the {@link #amount() amount}.
     *
     * @return the amount's currency, if the event has an amount
     */
    public Optional<CurrencyUnit> amountCurrency() {
        return Optional.ofNullable(currency());
    }

    /**
     * The number of the amount, or null without one: what {@link #amountNumber()} wraps, read directly by the checks
     * of this package so that a million events make no million {@code Optional}s. Made from {@link #unscaled()} and
     * {@link #scale()} unless the number is too wide for them ({@link #wide()}).
     */
    final BigDecimal number() {
        if (currency() == null) {
            return null;
        }
        BigDecimal wide = wide();
        return wide != null ? wide : BigDecimal.valueOf(unscaled(), scale());
    }

    /*
     * The number is kept as an unscaled long and a scale when it fits them (nearly every amount), not as a
     * BigDecimal: a book of a million events holds a million fewer objects and 32 fewer bytes per event, and its index
     * builds faster for it (docs/performance.md, "Sixth round").
     */

    /** The amount's unscaled value, when it has one and {@link #wide()} is null; else 0. */
    abstract long unscaled();

    /** The amount's scale, when it has one and {@link #wide()} is null; else 0. */
    abstract byte scale();

    /** The amount's number when its unscaled value or scale does not fit {@link #unscaled()} and {@link #scale()}. */
    abstract BigDecimal wide();

    /** The stored currency of the amount, or null without one (then the event has no amount). */
    abstract CurrencyUnit currency();

    /**
     * Whether this event's amount adds to what its stage already holds for the pledge, instead of replacing it: a
     * further commitment, or, when negative, a decommitment or correction (IATI's transactions work this way). False
     * by default: a new announced or committed amount revises the previous one, and disbursed tranches add up anyway.
     *
     * @return true if the amount adds to the stage
     */
    public abstract boolean addsToStage();

    /**
     * The date whose exchange rate converts this amount, when the source states one that differs from the event date
     * (IATI's {@code value-date}).
     *
     * @return the rate date, if stated
     */
    public abstract Optional<LocalDate> rateDate();

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
     * Returns a copy whose amount converts at the rate of another date than the event's, such as IATI's value-date.
     *
     * @param rateDate the date whose exchange rate applies
     * @return a new event
     */
    public abstract PledgeEvent withRateDate(LocalDate rateDate);

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
        // every message is made only when its check fails: an import checks 10^6 events
        LocalDate date = Check.required(date(), "event date");
        Stage stage = stage();
        Source source = source();
        LocalDate knownOn = knownOn();
        if (stage == null || source == null || knownOn == null) {
            Check.required(stage, "event on " + date + ": stage");
            Check.required(source, label() + ": source");
            Check.required(knownOn, label() + ": known-on date");
        }
        if (knownOn.isBefore(date)) {
            throw new IllegalArgumentException(label() + ": known-on date must not be before the event date, was "
                    + knownOn);
        }
        LocalDate expected = expectedDate().orElse(null);
        if (expected != null && expected.isBefore(date)) {
            throw new IllegalArgumentException(label() + ": expected date must not be before the event date, was "
                    + expected);
        }
        String memorandum = memorandumId().orElse(null);
        if (memorandum != null && !Check.isId(memorandum)) {
            Check.id(memorandum, label() + ": memorandum id");
        }
        String note = note().orElse(null);
        if (note != null && !Check.isText(note)) {
            Check.text(note, label() + ": note");
        }
        boolean adds = addsToStage();
        CurrencyUnit currency = currency();
        boolean hasNumber = currency != null;
        if (adds && stage == Stage.CANCELLED) {
            throw new IllegalArgumentException(label() + " adds to its stage, expected a stage that carries amounts: "
                    + "a cancellation adds nothing");
        }
        if (adds && !hasNumber) {
            throw new IllegalArgumentException(label() + " adds to its stage but has no amount; expected the amount "
                    + "it adds (negative for a decommitment or correction)");
        }
        if (hasNumber) {
            if (!Check.isMoney(currency)) {
                Amounts.checkCurrency(currency, label() + ": amount currency");
            }
            BigDecimal wide = wide();
            // a long has at most 19 digits: within these scales it has as many as Check.isDigits allows
            boolean fewDigits = wide == null && scale() >= 19 - Check.MAX_WHOLE_DIGITS
                    && scale() <= Check.MAX_FRACTION_DIGITS;
            if (!fewDigits && !Check.isDigits(number())) {
                Amounts.checkDigits(number(), label() + ": amount");
            }
            if (!adds && (wide == null ? Long.signum(unscaled()) : wide.signum()) <= 0) {
                throw new IllegalArgumentException(label() + " has amount "
                        + Amounts.format(Amounts.exactOf(number(), currency)) + ", expected a positive amount");
            }
            if (stage == Stage.CANCELLED) {
                throw new IllegalArgumentException(label() + " has amount "
                        + Amounts.format(Amounts.exactOf(number(), currency))
                        + ", expected none: a cancellation carries no amount (record a revision as a new announcement)");
            }
        }
        return this;
    }

    /**
     * Equal events have equal attributes, their amounts compared numerically and by currency ({@code JPY 100} equals
     * {@code JPY 100.00}), as {@code Money} compares.
     *
     * @param o another object
     * @return whether it is an equal event
     */
    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PledgeEvent)) {
            return false;
        }
        PledgeEvent e = (PledgeEvent) o;
        BigDecimal n = number();
        BigDecimal m = e.number();
        return date().equals(e.date()) && knownOn().equals(e.knownOn()) && stage() == e.stage()
                && addsToStage() == e.addsToStage()
                && (n == null ? m == null : m != null && n.compareTo(m) == 0)
                && Objects.equals(currency(), e.currency()) && source().equals(e.source())
                && rateDate().equals(e.rateDate()) && expectedDate().equals(e.expectedDate())
                && memorandumId().equals(e.memorandumId()) && note().equals(e.note());
    }

    /**
     * A hash code consistent with {@link #equals(Object)}: an amount's number counts without its trailing zeros.
     *
     * @return the hash code
     */
    @Override
    public final int hashCode() {
        return Objects.hash(date(), knownOn(), stage(), addsToStage(),
                number() == null ? null : number().stripTrailingZeros(), currency(),
                source(), rateDate().orElse(null), expectedDate().orElse(null), memorandumId().orElse(null),
                note().orElse(null));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(date()).append(' ').append(stage().label());
        if (addsToStage()) {
            sb.append(" adds");
        }
        amount().ifPresent(a -> sb.append(' ').append(Amounts.format(a)));
        sb.append(" (").append(source().publisher()).append(", ").append(source().kind().label()).append(')');
        expectedDate().ifPresent(e -> sb.append(", expected ").append(e));
        memorandumId().ifPresent(m -> sb.append(", memorandum ").append(m));
        rateDate().filter(r -> !r.equals(date())).ifPresent(r -> sb.append(", rate date ").append(r));
        if (!knownOn().equals(date())) {
            sb.append(", known ").append(knownOn());
        }
        return sb.toString();
    }

    /** Builds a {@link PledgeEvent}; obtain one from {@link PledgeEvent#builder()}. Not thread-safe. */
    public static final class Builder {
        private final ImmutablePledgeEvent.Builder draft = ImmutablePledgeEvent.draft();
        /**
         * The date set, and whether a known-on date was set: when none was, it is the date. (Done here, not with an
         * Immutables default, which keeps a shim object and a volatile field per event for it.)
         */
        private LocalDate date;
        private boolean knownOnSet;

        Builder() {
        }

        /**
         * Fill a builder with attribute values from the provided {@code PledgeEvent} instance.
         * Regular attribute values will be replaced with those from the given instance.
         * Absent optional values will not replace present values.
         * @param instance The instance from which to copy values
         * @return this builder
         */
        public Builder from(PledgeEvent instance) {
            Check.required(instance, "event to copy from");
            draft.from(instance);
            date = instance.date();
            knownOnSet = true;
            return this;
        }

        /**
         * Initializes the value for the {@link PledgeEvent#date() date} attribute.
         * @param date The value for date
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            draft.date(date);
            return this;
        }

        /**
         * Initializes the value for the {@link PledgeEvent#knownOn() knownOn} attribute.
         * <p><em>If not set, it is the event's date.</em>
         * @param knownOn The value for knownOn 
         * @return this builder
         */
        public Builder knownOn(LocalDate knownOn) {
            knownOnSet = true;
            draft.knownOn(knownOn);
            return this;
        }

        /**
         * Initializes the value for the {@link PledgeEvent#stage() stage} attribute.
         * @param stage The value for stage
         * @return this builder
         */
        public Builder stage(Stage stage) {
            draft.stage(stage);
            return this;
        }

        /**
         * Initializes the optional value {@link PledgeEvent#amount() amount} to amount.
         * @param amount The value for amount, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder amount(MonetaryAmount amount) {
            if (amount == null) {
                number(null);
                draft.currency(null);
                return this;
            }
            Number number = amount.getNumber();
            if (number == null || amount.getCurrency() == null) {
                throw new NullPointerException("event amount must have a number and a currency, was " + amount);
            }
            number(Amounts.decimal(amount));
            draft.currency(amount.getCurrency());
            return this;
        }

        /**
         * Sets the amount from its number and currency, exactly as stated, without making a {@code MonetaryAmount}
         * first: how the readers set a million amounts. The same rules apply as to {@link #amount(MonetaryAmount)}.
         * <pre>{@code
         * builder.amount(new BigDecimal("106000000"), Amounts.currency("USD"));
         * }</pre>
         *
         * @param number the number, scale kept
         * @param currency the currency
         * @return this builder
         * @throws NullPointerException if either is null
         */
        public Builder amount(BigDecimal number, CurrencyUnit currency) {
            Check.required(number, "event amount number");
            Check.required(currency, "event amount currency");
            number(number);
            draft.currency(currency);
            return this;
        }

        /** Keeps a number (or none) as an unscaled long and a scale, or whole when it does not fit them. */
        private void number(BigDecimal number) {
            if (number == null) {
                draft.unscaled(0).scale((byte) 0).wide(null);
                return;
            }
            // a subclass of BigDecimal is copied into a plain one first: it could change, or misstate its digits
            BigDecimal plain = number.getClass() == BigDecimal.class ? number
                    : new BigDecimal(number.unscaledValue(), number.scale());
            int scale = plain.scale();
            if (scale >= Byte.MIN_VALUE && scale <= Byte.MAX_VALUE
                    && (plain.precision() <= 18 || plain.unscaledValue().bitLength() < 64)) {
                draft.unscaled(ExactLongs.unscaledLong(plain)).scale((byte) scale).wide(null);
            } else {
                draft.unscaled(0).scale((byte) 0).wide(plain);
            }
        }

        /**
         * Initializes the optional value {@link PledgeEvent#amount() amount} to amount.
         * @param amount The value for amount
         * @return this builder
         */
        public Builder amount(Optional<? extends MonetaryAmount> amount) {
            Check.required(amount, "event amount optional value");
            return amount(amount.orElse(null));
        }

        /**
         * Initializes the value for the {@link PledgeEvent#source() source} attribute.
         * @param source The value for source
         * @return this builder
         */
        public Builder source(Source source) {
            draft.source(source);
            return this;
        }

        /**
         * Initializes the optional value {@link PledgeEvent#expectedDate() expectedDate} to expectedDate.
         * @param expectedDate The value for expectedDate, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder expectedDate(LocalDate expectedDate) {
            draft.expectedDate(expectedDate);
            return this;
        }

        /**
         * Initializes the optional value {@link PledgeEvent#expectedDate() expectedDate} to expectedDate.
         * @param expectedDate The value for expectedDate
         * @return this builder
         */
        public Builder expectedDate(Optional<? extends LocalDate> expectedDate) {
            Check.required(expectedDate, "event expected date optional value");
            draft.expectedDate(expectedDate);
            return this;
        }

        /**
         * Initializes the optional value {@link PledgeEvent#memorandumId() memorandumId} to memorandumId.
         * @param memorandumId The value for memorandumId, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder memorandumId(String memorandumId) {
            draft.memorandumId(memorandumId);
            return this;
        }

        /**
         * Initializes the optional value {@link PledgeEvent#memorandumId() memorandumId} to memorandumId.
         * @param memorandumId The value for memorandumId
         * @return this builder
         */
        public Builder memorandumId(Optional<String> memorandumId) {
            Check.required(memorandumId, "event memorandum id optional value");
            draft.memorandumId(memorandumId);
            return this;
        }

        /**
         * Initializes the optional value {@link PledgeEvent#note() note} to note.
         * @param note The value for note, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder note(String note) {
            draft.note(note);
            return this;
        }

        /**
         * Initializes the optional value {@link PledgeEvent#note() note} to note.
         * @param note The value for note
         * @return this builder
         */
        public Builder note(Optional<String> note) {
            Check.required(note, "event note optional value");
            draft.note(note);
            return this;
        }

        /**
         * Sets whether the event's amount adds to its stage ({@link PledgeEvent#addsToStage()}) instead of revising it.
         * @param addsToStage true for an addition, such as a further IATI commitment or a decommitment
         * @return this builder
         */
        public Builder addsToStage(boolean addsToStage) {
            draft.addsToStage(addsToStage);
            return this;
        }

        /**
         * Initializes the optional value {@link PledgeEvent#rateDate() rateDate} to rateDate.
         * @param rateDate the date whose exchange rate applies, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder rateDate(LocalDate rateDate) {
            draft.rateDate(rateDate);
            return this;
        }

        /**
         * Initializes the optional value {@link PledgeEvent#rateDate() rateDate} to rateDate.
         * @param rateDate the date whose exchange rate applies
         * @return this builder
         */
        public Builder rateDate(Optional<? extends LocalDate> rateDate) {
            Check.required(rateDate, "event rate date optional value");
            draft.rateDate(rateDate);
            return this;
        }

        /**
         * Builds the event, checking every rule of its type.
         *
         * @return the new, immutable event
         * @throws NullPointerException if a required attribute is missing
         * @throws IllegalArgumentException if an attribute breaks a rule; the message names it
         */
        public PledgeEvent build() {
            if (!knownOnSet) {
                draft.knownOn(date);
            }
            return draft.build();
        }
    }
}
