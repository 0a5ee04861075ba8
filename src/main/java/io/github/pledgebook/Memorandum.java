package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A signed document of cooperation: a memorandum, an exchange of notes, a grant agreement.
 * <p>
 * Two or more parties sign it on a date, optionally at a {@link Conference}, optionally for a money value, and
 * optionally formalising a {@link Pledge} (by id: a pledge's {@link PledgeEvent#memorandumId()} points back).
 * <pre>{@code
 * Memorandum moc = Memorandum.builder()
 *         .id("moc-energy-1").title("Memorandum of cooperation on energy")
 *         .addParties(jica, ukraineMinistry).signedOn(LocalDate.of(2024, 2, 19))
 *         .conferenceId("jp-ua-erc-2024").addSubject(Sector.ENERGY)
 *         .build();
 * }</pre>
 * This class is immutable and thread-safe; equality is by value, amounts compared numerically.
 */
@Value.Immutable
public abstract class Memorandum {

    Memorandum() {
    }

    /**
     * Returns a builder; id, title, two or more parties and the signing date are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A stable identifier, unique within a dataset.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The title.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * Who signed, two or more distinct parties.
     *
     * @return the parties, unmodifiable
     */
    public abstract List<Party> parties();

    /**
     * The date of signature.
     *
     * @return the date
     */
    public abstract LocalDate signedOn();

    /**
     * The id of the conference where it was signed, if any.
     *
     * @return the conference id
     */
    public abstract Optional<String> conferenceId();

    /**
     * What it is about.
     *
     * @return the subjects, unmodifiable
     */
    public abstract List<Sector> subjects();

    /**
     * The money value, if it has one, exactly and in its own currency.
     *
     * @return the positive value
     */
    public abstract Optional<MonetaryAmount> value();

    /**
     * The id of the pledge it formalises, if any.
     *
     * @return the pledge id
     */
    public abstract Optional<String> pledgeId();

    /**
     * Who reported the signature.
     *
     * @return the source, if recorded
     */
    public abstract Optional<Source> source();

    @Value.Check
    Memorandum normalize() {
        Check.id(id(), "memorandum id");
        String p = "memorandum " + id() + ": ";
        Check.line(title(), p + "title");
        Check.required(signedOn(), p + "signing date");
        Check.noNulls(parties(), p + "parties");
        Check.distinct(Check.noNulls(subjects(), p + "subjects"), Sector::code, p + "subjects");
        if (parties().size() < 2) {
            throw new IllegalArgumentException(p + "expected two or more parties, was " + parties().size()
                    + (parties().isEmpty() ? "" : " (" + parties().get(0).id() + ")"));
        }
        Set<String> ids = new HashSet<>();
        for (Party party : parties()) {
            if (!ids.add(party.id())) {
                throw new IllegalArgumentException(p + "party " + party.id() + " is listed twice; expected distinct parties");
            }
        }
        conferenceId().ifPresent(c -> Check.id(c, p + "conference id"));
        pledgeId().ifPresent(c -> Check.id(c, p + "pledge id"));
        if (value().isPresent()) {
            MonetaryAmount v = value().get();
            MonetaryAmount exact = positive(v, p + "value");
            if (exact != v) {
                return builder().from(this).value(exact).build();
            }
        }
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Memorandum[").append(id()).append(' ').append(title()).append(", ");
        for (int i = 0; i < parties().size(); i++) {
            sb.append(i == 0 ? "" : " + ").append(parties().get(i).name());
        }
        sb.append(", ").append(signedOn());
        value().ifPresent(v -> sb.append(", ").append(Amounts.format(v)));
        return sb.append(']').toString();
    }

    /** Builds a {@link Memorandum}; obtain one from {@link Memorandum#builder()}. Not thread-safe. */
    public static final class Builder {
        private final ImmutableMemorandum.Builder draft = ImmutableMemorandum.draft();

        Builder() {
        }

        /**
         * Fill a builder with attribute values from the provided {@code Memorandum} instance.
         * Regular attribute values will be replaced with those from the given instance.
         * Absent optional values will not replace present values.
         * Collection elements and entries will be added, not replaced.
         * @param instance The instance from which to copy values
         * @return this builder
         */
        public Builder from(Memorandum instance) {
            Check.required(instance, "memorandum to copy from");
            draft.from(instance);
            return this;
        }

        /**
         * Initializes the value for the {@link Memorandum#id() id} attribute.
         * @param id The value for id
         * @return this builder
         */
        public Builder id(String id) {
            draft.id(id);
            return this;
        }

        /**
         * Initializes the value for the {@link Memorandum#title() title} attribute.
         * @param title The value for title
         * @return this builder
         */
        public Builder title(String title) {
            draft.title(title);
            return this;
        }

        /**
         * Adds one element to {@link Memorandum#parties() parties} list.
         * @param element A parties element
         * @return this builder
         */
        public Builder addParty(Party element) {
            draft.addParty(element);
            return this;
        }

        /**
         * Adds elements to {@link Memorandum#parties() parties} list.
         * @param elements An array of parties elements
         * @return this builder
         */
        public Builder addParties(Party... elements) {
            Check.required(elements, "memorandum parties list");
            draft.addParties(elements);
            return this;
        }

        /**
         * Sets or replaces all elements for {@link Memorandum#parties() parties} list.
         * @param elements An iterable of parties elements
         * @return this builder
         */
        public Builder parties(Iterable<? extends Party> elements) {
            Check.required(elements, "memorandum parties list");
            draft.parties(elements);
            return this;
        }

        /**
         * Adds elements to {@link Memorandum#parties() parties} list.
         * @param elements An iterable of parties elements
         * @return this builder
         */
        public Builder addAllParties(Iterable<? extends Party> elements) {
            Check.required(elements, "memorandum parties list");
            draft.addAllParties(elements);
            return this;
        }

        /**
         * Initializes the value for the {@link Memorandum#signedOn() signedOn} attribute.
         * @param signedOn The value for signedOn
         * @return this builder
         */
        public Builder signedOn(LocalDate signedOn) {
            draft.signedOn(signedOn);
            return this;
        }

        /**
         * Initializes the optional value {@link Memorandum#conferenceId() conferenceId} to conferenceId.
         * @param conferenceId The value for conferenceId, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder conferenceId(String conferenceId) {
            draft.conferenceId(conferenceId);
            return this;
        }

        /**
         * Initializes the optional value {@link Memorandum#conferenceId() conferenceId} to conferenceId.
         * @param conferenceId The value for conferenceId
         * @return this builder
         */
        public Builder conferenceId(Optional<String> conferenceId) {
            Check.required(conferenceId, "memorandum conference id optional value");
            draft.conferenceId(conferenceId);
            return this;
        }

        /**
         * Adds one element to {@link Memorandum#subjects() subjects} list.
         * @param element A subjects element
         * @return this builder
         */
        public Builder addSubject(Sector element) {
            draft.addSubject(element);
            return this;
        }

        /**
         * Adds elements to {@link Memorandum#subjects() subjects} list.
         * @param elements An array of subjects elements
         * @return this builder
         */
        public Builder addSubjects(Sector... elements) {
            Check.required(elements, "memorandum subjects list");
            draft.addSubjects(elements);
            return this;
        }

        /**
         * Sets or replaces all elements for {@link Memorandum#subjects() subjects} list.
         * @param elements An iterable of subjects elements
         * @return this builder
         */
        public Builder subjects(Iterable<? extends Sector> elements) {
            Check.required(elements, "memorandum subjects list");
            draft.subjects(elements);
            return this;
        }

        /**
         * Adds elements to {@link Memorandum#subjects() subjects} list.
         * @param elements An iterable of subjects elements
         * @return this builder
         */
        public Builder addAllSubjects(Iterable<? extends Sector> elements) {
            Check.required(elements, "memorandum subjects list");
            draft.addAllSubjects(elements);
            return this;
        }

        /**
         * Initializes the optional value {@link Memorandum#value() value} to value.
         * @param value The value for value, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder value(MonetaryAmount value) {
            draft.value(value);
            return this;
        }

        /**
         * Initializes the optional value {@link Memorandum#value() value} to value.
         * @param value The value for value
         * @return this builder
         */
        public Builder value(Optional<? extends MonetaryAmount> value) {
            Check.required(value, "memorandum value optional value");
            draft.value(value);
            return this;
        }

        /**
         * Initializes the optional value {@link Memorandum#pledgeId() pledgeId} to pledgeId.
         * @param pledgeId The value for pledgeId, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder pledgeId(String pledgeId) {
            draft.pledgeId(pledgeId);
            return this;
        }

        /**
         * Initializes the optional value {@link Memorandum#pledgeId() pledgeId} to pledgeId.
         * @param pledgeId The value for pledgeId
         * @return this builder
         */
        public Builder pledgeId(Optional<String> pledgeId) {
            Check.required(pledgeId, "memorandum pledge id optional value");
            draft.pledgeId(pledgeId);
            return this;
        }

        /**
         * Initializes the optional value {@link Memorandum#source() source} to source.
         * @param source The value for source, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder source(Source source) {
            draft.source(source);
            return this;
        }

        /**
         * Initializes the optional value {@link Memorandum#source() source} to source.
         * @param source The value for source
         * @return this builder
         */
        public Builder source(Optional<? extends Source> source) {
            Check.required(source, "memorandum source optional value");
            draft.source(source);
            return this;
        }

        /**
         * Builds the memorandum, checking every rule of its type.
         *
         * @return the new, immutable memorandum
         * @throws NullPointerException if a required attribute is missing
         * @throws IllegalArgumentException if an attribute breaks a rule; the message names it
         */
        public Memorandum build() {
            return draft.build();
        }
    }

    /** The amount in exact form, if within the bounds of {@link Amounts} and positive. */
    private static MonetaryAmount positive(MonetaryAmount amount, String what) {
        amount = Amounts.exact(amount, what);
        if (Amounts.decimal(amount).signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + Amounts.format(amount));
        }
        return amount;
    }
}
