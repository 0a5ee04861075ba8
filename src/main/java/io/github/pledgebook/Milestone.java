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
        Check.notBlank(id(), "milestone id");
        String p = "milestone " + id() + ": ";
        Check.required(date(), p + "date");
        Check.notBlank(title(), p + "title");
        Check.required(source(), p + "source");
        Check.noNulls(parties(), p + "parties");
        if (parties().isEmpty()) {
            throw new IllegalArgumentException(p + "expected at least one party, was none");
        }
        description().ifPresent(d -> Check.notBlank(d, p + "description"));
    }

    @Override
    public String toString() {
        return "Milestone[" + id() + " " + date() + " " + title() + "]";
    }

    /** Builds a {@link Milestone}; obtain one from {@link Milestone#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutableMilestone.Builder {
        Builder() {
        }
    }
}
