package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated event without money that belongs on a timeline: a policy change, a law, a visit.
 * <p>
 * Japan's revision of its arms-export rules on 22 Dec 2023 moved no money, but explains what followed.
 * <pre>{@code
 * Milestone rules = Milestone.of("jp-arms-2023", LocalDate.of(2023, 12, 22),
 *         "Japan revises its arms-export rules to allow Patriot missiles to go to the US",
 *         Source.official("Ministry of Foreign Affairs of Japan", LocalDate.of(2023, 12, 22)), japan);
 * }</pre>
 * This class is immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class Milestone {

    Milestone() {
    }

    /**
     * Creates a milestone.
     *
     * @param id a stable identifier
     * @param date when it happened
     * @param title what happened, in one line
     * @param source who reported it
     * @param parties who acted, one or more
     * @return the milestone
     */
    public static Milestone of(String id, LocalDate date, String title, Source source, Party... parties) {
        Check.required(parties, "milestone " + id + ": parties");
        return builder().id(id).date(date).title(title).source(source).addParties(parties).build();
    }

    /**
     * Returns a builder; id, date, title, source and at least one party are required.
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
     * When it happened.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * What happened, in one line.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * Who acted.
     *
     * @return the parties, one or more, unmodifiable
     */
    public abstract List<Party> parties();

    /**
     * Who reported it.
     *
     * @return the source
     */
    public abstract Source source();

    /**
     * A longer description, if any.
     *
     * @return the description
     */
    public abstract Optional<String> description();

    @Value.Check
    void check() {
        Check.id(id(), "milestone id");
        String p = "milestone " + id() + ": ";
        Check.required(date(), p + "date");
        Check.line(title(), p + "title");
        Check.required(source(), p + "source");
        Check.noNulls(parties(), p + "parties");
        if (parties().isEmpty()) {
            throw new IllegalArgumentException(p + "expected at least one party, was none");
        }
        description().ifPresent(d -> Check.text(d, p + "description"));
    }

    @Override
    public String toString() {
        return "Milestone[" + id() + " " + date() + " " + title() + "]";
    }

    /** Builds a {@link Milestone}; obtain one from {@link Milestone#builder()}. Not thread-safe. */
    public static final class Builder {
        private final ImmutableMilestone.Builder draft = ImmutableMilestone.draft();

        Builder() {
        }

        /**
         * Fill a builder with attribute values from the provided {@code Milestone} instance.
         * Regular attribute values will be replaced with those from the given instance.
         * Absent optional values will not replace present values.
         * Collection elements and entries will be added, not replaced.
         * @param instance The instance from which to copy values
         * @return this builder
         */
        public Builder from(Milestone instance) {
            Check.required(instance, "milestone to copy from");
            draft.from(instance);
            return this;
        }

        /**
         * Initializes the value for the {@link Milestone#id() id} attribute.
         * @param id The value for id
         * @return this builder
         */
        public Builder id(String id) {
            draft.id(id);
            return this;
        }

        /**
         * Initializes the value for the {@link Milestone#date() date} attribute.
         * @param date The value for date
         * @return this builder
         */
        public Builder date(LocalDate date) {
            draft.date(date);
            return this;
        }

        /**
         * Initializes the value for the {@link Milestone#title() title} attribute.
         * @param title The value for title
         * @return this builder
         */
        public Builder title(String title) {
            draft.title(title);
            return this;
        }

        /**
         * Adds one element to {@link Milestone#parties() parties} list.
         * @param element A parties element
         * @return this builder
         */
        public Builder addParty(Party element) {
            draft.addParty(element);
            return this;
        }

        /**
         * Adds elements to {@link Milestone#parties() parties} list.
         * @param elements An array of parties elements
         * @return this builder
         */
        public Builder addParties(Party... elements) {
            Check.required(elements, "milestone parties list");
            draft.addParties(elements);
            return this;
        }

        /**
         * Sets or replaces all elements for {@link Milestone#parties() parties} list.
         * @param elements An iterable of parties elements
         * @return this builder
         */
        public Builder parties(Iterable<? extends Party> elements) {
            Check.required(elements, "milestone parties list");
            draft.parties(elements);
            return this;
        }

        /**
         * Adds elements to {@link Milestone#parties() parties} list.
         * @param elements An iterable of parties elements
         * @return this builder
         */
        public Builder addAllParties(Iterable<? extends Party> elements) {
            Check.required(elements, "milestone parties list");
            draft.addAllParties(elements);
            return this;
        }

        /**
         * Initializes the value for the {@link Milestone#source() source} attribute.
         * @param source The value for source
         * @return this builder
         */
        public Builder source(Source source) {
            draft.source(source);
            return this;
        }

        /**
         * Initializes the optional value {@link Milestone#description() description} to description.
         * @param description The value for description, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder description(String description) {
            draft.description(description);
            return this;
        }

        /**
         * Initializes the optional value {@link Milestone#description() description} to description.
         * @param description The value for description
         * @return this builder
         */
        public Builder description(Optional<String> description) {
            Check.required(description, "milestone description optional value");
            draft.description(description);
            return this;
        }

        /**
         * Builds the milestone, checking every rule of its type.
         *
         * @return the new, immutable milestone
         * @throws NullPointerException if a required attribute is missing
         * @throws IllegalArgumentException if an attribute breaks a rule; the message names it
         */
        public Milestone build() {
            return draft.build();
        }
    }
}
