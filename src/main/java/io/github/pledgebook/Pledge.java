package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A promise of support from a donor to a recipient, with its whole history from first report to disbursement.
 * <p>
 * One promise is one pledge, however many times it is reported, announced, formalised and paid: Japan's
 * reconstruction pledge of February 2024, reported by Kyodo at "USD 106 million" on 11 Feb and announced and signed
 * at JPY 15.8 billion on 19 Feb, is one pledge with three {@link PledgeEvent}s. A later amount supersedes an earlier
 * one; the history keeps both.
 * <pre>{@code
 * Pledge erp = Pledge.builder()
 *         .id("jp-erp3").donor(japan).recipient(ukraine)
 *         .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
 *         .addSectors(Sector.MINE_ACTION, Sector.INFRASTRUCTURE)
 *         .addEvent(PledgeEvent.reported(feb11, Amounts.of(106_000_000, "USD"), kyodo))
 *         .addEvent(PledgeEvent.announced(feb19, Amounts.of(15_800_000_000L, "JPY"), mofa))
 *         .build();
 * erp.stageOn(feb15);    // Optional[REPORTED]
 * erp.amountOn(feb20);   // Optional[JPY 15800000000]
 * // Pledge[jp-erp3 Government of Japan -> Ukraine JPY 15,800,000,000 announced 2024-02-19]
 * }</pre>
 * <b>History rules</b>, checked when the pledge is built: at least one event; dates never go backwards (events of one
 * day keep their order); nothing follows a cancellation; disbursed tranches share one currency; an event that
 * {@link PledgeEvent#addsToStage() adds to its stage} makes that stage keep one currency; an event without an
 * amount (other than a cancellation) needs the goods described with {@link #inKind()}. A history may start at any
 * stage and skip stages.
 * <p>
 * This class is immutable and thread-safe; equality is by value, amounts compared numerically.
 */
@Value.Immutable
public abstract class Pledge {

    Pledge() {
    }

    /**
     * Returns a builder; id, donor, recipient, category, instrument and at least one event are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A stable identifier, unique within a dataset.
     *
     * @return the id, never blank
     */
    public abstract String id();

    /**
     * Who gives.
     *
     * @return the donor
     */
    public abstract Donor donor();

    /**
     * Who receives in the end, such as Ukraine.
     *
     * @return the recipient
     */
    public abstract Party recipient();

    /**
     * The fund or body the money passes through on its way, such as NATO's trust fund.
     *
     * @return the channel, if any
     */
    public abstract Optional<Party> channel();

    /**
     * The broad kind of support.
     *
     * @return the aid category
     */
    public abstract AidCategory category();

    /**
     * How the support is given.
     *
     * @return the instrument
     */
    public abstract Instrument instrument();

    /**
     * What the pledge is for.
     *
     * @return the sectors, unmodifiable, possibly empty
     */
    public abstract List<Sector> sectors();

    /**
     * A short free-text description, such as "reconstruction: demining and infrastructure".
     *
     * @return the description, if any
     */
    public abstract Optional<String> description();

    /**
     * The id of the {@link Conference} at which the pledge was made, if any.
     *
     * @return the conference id
     */
    public abstract Optional<String> conferenceId();

    /**
     * The period a multi-year pledge covers, such as 2024 to 2027.
     *
     * @return the coverage period, never empty, if given
     */
    public abstract Optional<LocalDateRange> coverage();

    /**
     * The goods given in kind, for pledges that are not (only) money.
     *
     * @return the in-kind description, if any
     */
    public abstract Optional<InKind> inKind();

    /**
     * Whether this pledge re-grants money a fund received from its own donors (pooled money), so that totals across
     * a whole book do not count it a second time.
     *
     * @return true for onward grants of pooled money; false by default
     */
    public abstract boolean regrantsPooledFunds();

    /**
     * The events from first report on, in date order.
     *
     * @return the history, never empty, unmodifiable
     */
    public abstract List<PledgeEvent> history();

    /**
     * Returns a copy with one more event at the end of its history; the history rules are checked again.
     *
     * @param event the new event, not dated before the last one
     * @return a new pledge
     */
    public Pledge withEvent(PledgeEvent event) {
        Check.required(event, "pledge " + id() + ": new event");
        return builder().from(this).addEvent(event).build();
    }

    /**
     * The first event of the history.
     *
     * @return the first event
     */
    public PledgeEvent firstEvent() {
        return history().get(0);
    }

    /**
     * The last event of the history.
     *
     * @return the last event
     */
    public PledgeEvent lastEvent() {
        return history().get(history().size() - 1);
    }

    /**
     * The furthest stage reached on a date, counting events that happened on or before it. {@code CANCELLED} wins
     * over every other stage.
     *
     * @param date the date of the question
     * @return the stage, or empty before the first event
     */
    public Optional<Stage> stageOn(LocalDate date) {
        Check.required(date, "date");
        Stage furthest = null;
        for (PledgeEvent e : history()) {
            if (e.date().isAfter(date)) {
                break;
            }
            if (furthest == null || e.stage().compareTo(furthest) > 0) {
                furthest = e.stage();
            }
        }
        return Optional.ofNullable(furthest);
    }

    /**
     * Whether the pledge was still only an unofficial report on a date.
     *
     * @param date the date of the question
     * @return true if the furthest stage on that date was {@link Stage#REPORTED}
     */
    public boolean isReportOnlyOn(LocalDate date) {
        return stageOn(date).filter(s -> s == Stage.REPORTED).isPresent();
    }

    /**
     * Whether the pledge had been cancelled by a date.
     *
     * @param date the date of the question
     * @return true if a cancellation happened on or before that date
     */
    public boolean isCancelledOn(LocalDate date) {
        return stageOn(date).filter(s -> s == Stage.CANCELLED).isPresent();
    }

    /**
     * The amount pledged on a date: the latest amount announced or committed on or before it, or, while the pledge is
     * only reported, the latest amount reported. Empty once cancelled, and when no amount was stated.
     *
     * @param date the date of the question
     * @return the current pledged amount, in the currency it was stated in
     */
    public Optional<MonetaryAmount> amountOn(LocalDate date) {
        Check.required(date, "date");
        MonetaryAmount current = null;
        boolean official = false;
        MonetaryAmount[] stages = new MonetaryAmount[Stage.values().length];
        for (PledgeEvent e : history()) {
            if (e.date().isAfter(date)) {
                break;
            }
            if (e.stage() == Stage.CANCELLED) {
                return Optional.empty();
            }
            if (e.currency() == null) {
                continue;
            }
            int s = e.stage().ordinal();
            stages[s] = applied(stages[s], e);
            if (e.stage() == Stage.ANNOUNCED || e.stage() == Stage.COMMITTED) {
                current = stages[s];
                official = true;
            } else if (e.stage() == Stage.REPORTED && !official) {
                current = stages[s];
            }
        }
        return Optional.ofNullable(current);
    }

    /**
     * The amount of one stage on or before a date: the latest amount stated at it plus the amounts of later events that
     * {@link PledgeEvent#addsToStage() add to it}; for {@link Stage#DISBURSED}, the sum of tranches.
     * Unlike {@link #amountOn(LocalDate)} this ignores cancellation, so a caller can ask what had been committed
     * before a pledge was withdrawn.
     *
     * @param stage the stage, not {@code CANCELLED}
     * @param date the date of the question
     * @return the amount, or empty if no event of that stage with an amount happened by then
     */
    public Optional<MonetaryAmount> amountAt(Stage stage, LocalDate date) {
        Check.required(stage, "stage");
        Check.required(date, "date");
        Check.amountStage(stage, Stage.CANCELLED);
        if (stage == Stage.DISBURSED) {
            return disbursedOn(date);
        }
        MonetaryAmount latest = null;
        for (PledgeEvent e : history()) {
            if (e.date().isAfter(date)) {
                break;
            }
            if (e.stage() == stage && e.currency() != null) {
                latest = applied(latest, e);
            }
        }
        return Optional.ofNullable(latest);
    }

    /** A stage's amount after an event with an amount: the sum for an event that adds, else the event's amount. */
    private static MonetaryAmount applied(MonetaryAmount before, PledgeEvent e) {
        if (before == null || !e.addsToStage()) {
            return e.amount().get();
        }
        return Amounts.of(Amounts.decimal(before).add(e.number()), e.currency());
    }

    /**
     * The sum of the tranches disbursed on or before a date.
     *
     * @param date the date of the question
     * @return the exact sum, or empty if no tranche with an amount was disbursed by then
     */
    public Optional<MonetaryAmount> disbursedOn(LocalDate date) {
        Check.required(date, "date");
        BigDecimal sum = null;
        CurrencyUnit currency = null;
        for (PledgeEvent e : history()) {
            if (e.date().isAfter(date)) {
                break;
            }
            if (e.stage() == Stage.DISBURSED && e.currency() != null) {
                BigDecimal v = e.number();
                sum = sum == null ? v : sum.add(v);
                currency = e.currency();
            }
        }
        return sum == null ? Optional.empty() : Optional.of(Amounts.of(sum, currency));
    }

    /**
     * What was committed but not yet disbursed on a date: the latest committed amount minus the tranches disbursed by
     * then. Negative if more was disbursed than committed.
     *
     * @param date the date of the question
     * @return the outstanding amount, or empty if nothing had been committed with an amount by then
     * @throws IllegalStateException if the commitment and the tranches are in different currencies: convert them
     *     with a rate table first
     */
    public Optional<MonetaryAmount> outstandingOn(LocalDate date) {
        Optional<MonetaryAmount> committed = amountAt(Stage.COMMITTED, date);
        if (committed.isEmpty()) {
            return Optional.empty();
        }
        Optional<MonetaryAmount> disbursed = disbursedOn(date);
        if (disbursed.isEmpty()) {
            return committed;
        }
        CurrencyUnit c = committed.get().getCurrency();
        if (!c.equals(disbursed.get().getCurrency())) {
            throw new IllegalStateException("pledge " + id() + ": committed " + Amounts.format(committed.get())
                    + " but disbursed " + Amounts.format(disbursed.get())
                    + "; convert both to one currency with a rate table before comparing them");
        }
        return Optional.of(Amounts.of(Amounts.decimal(committed.get()).subtract(Amounts.decimal(disbursed.get())), c));
    }

    /**
     * The pledge as the record showed it on a date: only the events known by then ({@link PledgeEvent#knownOn()}).
     *
     * @param date the date of the record
     * @return the pledge with the events known on that date, or empty if none was known yet
     */
    public Optional<Pledge> asKnownOn(LocalDate date) {
        Check.required(date, "date");
        return onlyEvents(e -> !e.knownOn().isAfter(date));
    }

    private Optional<Pledge> onlyEvents(Predicate<PledgeEvent> keep) {
        List<PledgeEvent> kept = new ArrayList<>(history().size());
        for (PledgeEvent e : history()) {
            if (keep.test(e)) {
                kept.add(e);
            }
        }
        if (kept.size() == history().size()) {
            return Optional.of(this);
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(builder().from(this).history(kept).build());
    }

    @Value.Check
    void check() {
        // messages are made only when a check fails: an import checks 10^5 pledges and more
        String id = id();
        if (!Check.isId(id)) {
            Check.id(id, "pledge id");
        }
        if (donor() == null || recipient() == null || category() == null || instrument() == null) {
            String p = prefix();
            Check.required(donor(), p + "donor");
            Check.required(recipient(), p + "recipient");
            Check.required(category(), p + "category");
            Check.required(instrument(), p + "instrument");
        }
        List<Sector> sectors = sectors();
        if (!sectors.isEmpty() && !distinctSectors(sectors)) {
            Check.distinct(Check.noNulls(sectors, prefix() + "sectors"), Sector::code, prefix() + "sectors");
        }
        String description = description().orElse(null);
        if (description != null && !Check.isText(description)) {
            Check.text(description, prefix() + "description");
        }
        String conference = conferenceId().orElse(null);
        if (conference != null && !Check.isId(conference)) {
            Check.id(conference, prefix() + "conference id");
        }
        LocalDateRange coverage = coverage().orElse(null);
        if (coverage != null) {
            if (coverage.isEmpty()) {
                throw new IllegalArgumentException(prefix() + "coverage must not be an empty range, was " + coverage
                        + " (use LocalDateRange.ofClosed for inclusive end dates)");
            }
            Check.bounded(coverage, prefix() + "coverage");
        }
        String donorId = donor().id();
        String recipientId = recipient().id();
        if (recipientId.equals(donorId)) {
            throw new IllegalArgumentException(prefix() + "recipient must differ from the donor, both were " + donorId);
        }
        Party channel = channel().orElse(null);
        if (channel != null && (channel.id().equals(donorId) || channel.id().equals(recipientId))) {
            throw new IllegalArgumentException(prefix() + "channel must differ from the donor and the recipient, was "
                    + channel.id());
        }
        List<PledgeEvent> history = history();
        if (Check.hasNull(history)) {
            Check.noNulls(history, prefix() + "history");
        }
        if (history.isEmpty()) {
            throw new IllegalArgumentException(prefix() + "history must have at least one event, was empty");
        }
        checkHistory();
    }

    /** Whether the sectors hold no null and no code twice, without a set for the usual one to four sectors. */
    private static boolean distinctSectors(List<Sector> sectors) {
        int n = sectors.size();
        if (n > 8) {
            return !Check.hasNull(sectors) && sectors.stream().map(Sector::code).distinct().count() == n;
        }
        for (int i = 0; i < n; i++) {
            Sector a = sectors.get(i);
            if (a == null) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (a.code().equals(sectors.get(j).code())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The start of every message of {@link #check()}: {@code pledge jp-erp3: }. */
    private String prefix() {
        return "pledge " + id() + ": ";
    }

    private static final int STAGES = Stage.values().length;

    private void checkHistory() {
        PledgeEvent previous = null;
        CurrencyUnit trancheCurrency = null;
        CurrencyUnit[] stageCurrency = new CurrencyUnit[STAGES];
        PledgeEvent[] mixed = null; // per stage: an event in another currency than the stage's first; made if needed
        PledgeEvent[] adding = null; // per stage: an event that adds to it; made if needed
        for (PledgeEvent e : history()) {
            if (previous != null) {
                if (previous.stage() == Stage.CANCELLED) {
                    throw new IllegalArgumentException(prefix() + e.label() + " follows the cancellation on "
                            + previous.date() + "; nothing may follow a cancellation");
                }
                if (e.date().isBefore(previous.date())) {
                    if (e.stage() == Stage.DISBURSED
                            && (previous.stage() == Stage.ANNOUNCED || previous.stage() == Stage.COMMITTED)) {
                        throw new IllegalArgumentException(prefix() + "disbursement on " + e.date() + " is dated before the "
                                + (previous.stage() == Stage.COMMITTED ? "commitment" : "announcement") + " on "
                                + previous.date() + " it follows; history must be in date order");
                    }
                    throw new IllegalArgumentException(prefix() + e.label() + " is dated before the previous "
                            + previous.label() + "; history must be in date order");
                }
            }
            CurrencyUnit c = e.currency();
            if (c == null && e.stage() != Stage.CANCELLED && inKind().isEmpty()) {
                throw new IllegalArgumentException(prefix() + e.label() + " has no amount; a pledge without a money value "
                        + "must describe its goods with inKind(...)");
            }
            if (c != null) {
                int s = e.stage().ordinal();
                if (stageCurrency[s] == null) {
                    stageCurrency[s] = c;
                } else if (stageCurrency[s] != c && !stageCurrency[s].equals(c)) {
                    if (mixed == null) {
                        mixed = new PledgeEvent[STAGES];
                    }
                    mixed[s] = e;
                }
                if (e.addsToStage()) {
                    if (adding == null) {
                        adding = new PledgeEvent[STAGES];
                    }
                    adding[s] = e;
                }
                if (adding != null && mixed != null && adding[s] != null && mixed[s] != null) {
                    // checked on the whole stage, not on the amount before each addition, so that every subset of a
                    // valid history (the record as known on a date) is valid too
                    throw new IllegalArgumentException(prefix() + e.stage().label() + " amounts are in " + stageCurrency[s]
                            + " and " + mixed[s].amount().get().getCurrency() + ", but the " + adding[s].label()
                            + " adds " + Amounts.format(adding[s].amount().get()) + " to its stage; a stage with "
                            + "additions keeps one currency");
                }
                if (e.stage() == Stage.DISBURSED) {
                    if (trancheCurrency != null && trancheCurrency != c && !trancheCurrency.equals(c)) {
                        throw new IllegalArgumentException(prefix() + "disbursement on " + e.date() + " is in " + c
                                + " but earlier tranches are in " + trancheCurrency
                                + "; tranches of one pledge must share a currency");
                    }
                    trancheCurrency = c;
                }
            }
            previous = e;
        }
    }

    /**
     * One line: id, donor, channel, recipient, the current amount, the furthest stage and the date of the last event,
     * such as {@code Pledge[jp-erp3 Government of Japan -> Ukraine JPY 15,800,000,000 announced 2024-02-19]}. A partly
     * disbursed pledge shows the tranches paid against the amount pledged: {@code JPY 5,000,000,000 of
     * JPY 15,800,000,000 disbursed 2024-03-01}.
     *
     * @return the readable form
     */
    @Override
    public String toString() {
        LocalDate last = lastEvent().date();
        StringBuilder sb = new StringBuilder("Pledge[").append(id()).append(' ').append(donor().name());
        channel().ifPresent(c -> sb.append(" -> ").append(c.name()));
        sb.append(" -> ").append(recipient().name());
        Stage stage = stageOn(last).orElseThrow();
        Optional<MonetaryAmount> pledged = amountOn(last);
        Optional<MonetaryAmount> disbursed = disbursedOn(last);
        Optional<MonetaryAmount> amount = pledged.or(() -> disbursed);
        if (stage == Stage.DISBURSED && pledged.isPresent() && disbursed.isPresent()
                && !disbursed.get().equals(pledged.get())) {
            // part paid: say how much of what, never that the whole pledge was disbursed
            sb.append(' ').append(Amounts.format(disbursed.get())).append(" of ").append(Amounts.format(pledged.get()));
        } else if (amount.isPresent()) {
            sb.append(' ').append(Amounts.format(amount.get()));
        } else {
            inKind().ifPresent(k -> sb.append(' ').append(k));
        }
        sb.append(' ').append(stage.label()).append(' ').append(last);
        return sb.append(']').toString();
    }

    /** Builds a {@link Pledge}; obtain one from {@link Pledge#builder()}. Not thread-safe. */
    public static final class Builder {
        private final ImmutablePledge.Builder draft = ImmutablePledge.draft();

        Builder() {
        }

        /**
         * Fill a builder with attribute values from the provided {@code Pledge} instance.
         * Regular attribute values will be replaced with those from the given instance.
         * Absent optional values will not replace present values.
         * Collection elements and entries will be added, not replaced.
         * @param instance The instance from which to copy values
         * @return this builder
         */
        public Builder from(Pledge instance) {
            Check.required(instance, "pledge to copy from");
            draft.from(instance);
            return this;
        }

        /**
         * Initializes the value for the {@link Pledge#id() id} attribute.
         * @param id The value for id
         * @return this builder
         */
        public Builder id(String id) {
            draft.id(id);
            return this;
        }

        /**
         * Initializes the value for the {@link Pledge#donor() donor} attribute.
         * @param donor The value for donor
         * @return this builder
         */
        public Builder donor(Donor donor) {
            draft.donor(donor);
            return this;
        }

        /**
         * Initializes the value for the {@link Pledge#recipient() recipient} attribute.
         * @param recipient The value for recipient
         * @return this builder
         */
        public Builder recipient(Party recipient) {
            draft.recipient(recipient);
            return this;
        }

        /**
         * Initializes the optional value {@link Pledge#channel() channel} to channel.
         * @param channel The value for channel, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder channel(Party channel) {
            draft.channel(channel);
            return this;
        }

        /**
         * Initializes the optional value {@link Pledge#channel() channel} to channel.
         * @param channel The value for channel
         * @return this builder
         */
        public Builder channel(Optional<? extends Party> channel) {
            Check.required(channel, "pledge channel optional value");
            draft.channel(channel);
            return this;
        }

        /**
         * Initializes the value for the {@link Pledge#category() category} attribute.
         * @param category The value for category
         * @return this builder
         */
        public Builder category(AidCategory category) {
            draft.category(category);
            return this;
        }

        /**
         * Initializes the value for the {@link Pledge#instrument() instrument} attribute.
         * @param instrument The value for instrument
         * @return this builder
         */
        public Builder instrument(Instrument instrument) {
            draft.instrument(instrument);
            return this;
        }

        /**
         * Adds one element to {@link Pledge#sectors() sectors} list.
         * @param element A sectors element
         * @return this builder
         */
        public Builder addSector(Sector element) {
            draft.addSector(element);
            return this;
        }

        /**
         * Adds elements to {@link Pledge#sectors() sectors} list.
         * @param elements An array of sectors elements
         * @return this builder
         */
        public Builder addSectors(Sector... elements) {
            Check.required(elements, "pledge sectors list");
            draft.addSectors(elements);
            return this;
        }

        /**
         * Sets or replaces all elements for {@link Pledge#sectors() sectors} list.
         * @param elements An iterable of sectors elements
         * @return this builder
         */
        public Builder sectors(Iterable<? extends Sector> elements) {
            Check.required(elements, "pledge sectors list");
            draft.sectors(elements);
            return this;
        }

        /**
         * Adds elements to {@link Pledge#sectors() sectors} list.
         * @param elements An iterable of sectors elements
         * @return this builder
         */
        public Builder addAllSectors(Iterable<? extends Sector> elements) {
            Check.required(elements, "pledge sectors list");
            draft.addAllSectors(elements);
            return this;
        }

        /**
         * Initializes the optional value {@link Pledge#description() description} to description.
         * @param description The value for description, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder description(String description) {
            draft.description(description);
            return this;
        }

        /**
         * Initializes the optional value {@link Pledge#description() description} to description.
         * @param description The value for description
         * @return this builder
         */
        public Builder description(Optional<String> description) {
            Check.required(description, "pledge description optional value");
            draft.description(description);
            return this;
        }

        /**
         * Initializes the optional value {@link Pledge#conferenceId() conferenceId} to conferenceId.
         * @param conferenceId The value for conferenceId, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder conferenceId(String conferenceId) {
            draft.conferenceId(conferenceId);
            return this;
        }

        /**
         * Initializes the optional value {@link Pledge#conferenceId() conferenceId} to conferenceId.
         * @param conferenceId The value for conferenceId
         * @return this builder
         */
        public Builder conferenceId(Optional<String> conferenceId) {
            Check.required(conferenceId, "pledge conference id optional value");
            draft.conferenceId(conferenceId);
            return this;
        }

        /**
         * Initializes the optional value {@link Pledge#coverage() coverage} to coverage.
         * @param coverage The value for coverage, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder coverage(LocalDateRange coverage) {
            draft.coverage(coverage);
            return this;
        }

        /**
         * Initializes the optional value {@link Pledge#coverage() coverage} to coverage.
         * @param coverage The value for coverage
         * @return this builder
         */
        public Builder coverage(Optional<? extends LocalDateRange> coverage) {
            Check.required(coverage, "pledge coverage optional value");
            draft.coverage(coverage);
            return this;
        }

        /**
         * Initializes the optional value {@link Pledge#inKind() inKind} to inKind.
         * @param inKind The value for inKind, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder inKind(InKind inKind) {
            draft.inKind(inKind);
            return this;
        }

        /**
         * Initializes the optional value {@link Pledge#inKind() inKind} to inKind.
         * @param inKind The value for inKind
         * @return this builder
         */
        public Builder inKind(Optional<? extends InKind> inKind) {
            Check.required(inKind, "pledge in kind optional value");
            draft.inKind(inKind);
            return this;
        }

        /**
         * Initializes the value for the {@link Pledge#regrantsPooledFunds() regrantsPooledFunds} attribute.
         * <p><em>If not set, it is false.</em>
         * @param regrantsPooledFunds The value for regrantsPooledFunds 
         * @return this builder
         */
        public Builder regrantsPooledFunds(boolean regrantsPooledFunds) {
            draft.regrantsPooledFunds(regrantsPooledFunds);
            return this;
        }

        /**
         * Adds one element to {@link Pledge#history() history} list.
         * @param element A history element
         * @return this builder
         */
        public Builder addEvent(PledgeEvent element) {
            draft.addEvent(element);
            return this;
        }

        /**
         * Adds elements to {@link Pledge#history() history} list.
         * @param elements An array of history elements
         * @return this builder
         */
        public Builder addHistory(PledgeEvent... elements) {
            Check.required(elements, "pledge history list");
            draft.addHistory(elements);
            return this;
        }

        /**
         * Sets or replaces all elements for {@link Pledge#history() history} list.
         * @param elements An iterable of history elements
         * @return this builder
         */
        public Builder history(Iterable<? extends PledgeEvent> elements) {
            Check.required(elements, "pledge history list");
            draft.history(elements);
            return this;
        }

        /**
         * Adds elements to {@link Pledge#history() history} list.
         * @param elements An iterable of history elements
         * @return this builder
         */
        public Builder addAllHistory(Iterable<? extends PledgeEvent> elements) {
            Check.required(elements, "pledge history list");
            draft.addAllHistory(elements);
            return this;
        }

        /**
         * Builds the pledge, checking every rule of its type.
         *
         * @return the new, immutable pledge
         * @throws NullPointerException if a required attribute is missing
         * @throws IllegalArgumentException if an attribute breaks a rule; the message names it
         */
        public Pledge build() {
            return draft.build();
        }
    }
}
