package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A pledging or reconstruction conference: where, when, who hosted, who came, and what was reported of it.
 * <p>
 * The press gives one event several names, so a conference keeps its aliases. Counts reported in aggregate ("56
 * documents signed") are kept as {@link #reportedCounts()}, apart from the {@link Memorandum}s one can itemise.
 * {@link #dates()} is a threeten-extra {@link LocalDateRange}, whose end is exclusive: a one-day conference is
 * {@code LocalDateRange.ofClosed(day, day)}, or simply {@link Builder#day(LocalDate)}.
 * <pre>{@code
 * Conference tokyo = Conference.builder()
 *         .id("jp-ua-erc-2024").name("Japan-Ukraine Conference for Promoting Economic Growth and Reconstruction")
 *         .addAlias("Japan-Ukraine economic reconstruction conference")
 *         .city("Tokyo").country("JP").day(LocalDate.of(2024, 2, 19))
 *         .addParticipation(Figure.about(100, "businesses from Japan"))
 *         .build();
 * // Conference[jp-ua-erc-2024 Japan-Ukraine Conference for Promoting..., Tokyo JP, 2024-02-19]
 * }</pre>
 * This class is immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class Conference {

    Conference() {
    }

    /**
     * Returns a builder; id, name, city, country and dates are required.
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
     * The official or most common name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Other names the same event goes by in the press.
     *
     * @return the aliases, unmodifiable
     */
    public abstract List<String> aliases();

    /**
     * The host city.
     *
     * @return the city
     */
    public abstract String city();

    /**
     * The ISO 3166 alpha-2 code of the host country.
     *
     * @return the country code
     */
    public abstract String country();

    /**
     * The days of the conference, never empty; the end is exclusive, as in all {@link LocalDateRange}s.
     *
     * @return the dates
     */
    public abstract LocalDateRange dates();

    /**
     * The governments or bodies that hosted it.
     *
     * @return the hosts, unmodifiable
     */
    public abstract List<Party> hosts();

    /**
     * Who came, as reported: "about 100 businesses from Japan".
     *
     * @return the participation figures, unmodifiable
     */
    public abstract List<Figure> participation();

    /**
     * The themes, such as energy, agriculture, infrastructure.
     *
     * @return the themes, unmodifiable
     */
    public abstract List<Sector> themes();

    /**
     * Aggregate counts reported for the conference ("56 documents signed"), kept apart from itemised memoranda.
     *
     * @return the reported counts, unmodifiable
     */
    public abstract List<Figure> reportedCounts();

    /**
     * The first day.
     *
     * @return the start date
     */
    public LocalDate startDate() {
        return dates().getStart();
    }

    /**
     * The last day (inclusive).
     *
     * @return the end date
     */
    public LocalDate lastDay() {
        return dates().getEndInclusive();
    }

    /**
     * Whether a name is this conference's name or one of its aliases, ignoring case.
     *
     * @param name the name to look for
     * @return true if it matches
     */
    public boolean isKnownAs(String name) {
        Check.required(name, "name");
        return name().equalsIgnoreCase(name) || aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name));
    }

    @Value.Check
    void check() {
        Check.notBlank(id(), "conference id");
        String p = "conference " + id() + ": ";
        Check.notBlank(name(), p + "name");
        Check.notBlank(city(), p + "city");
        Check.country(country(), p + "country");
        Check.required(dates(), p + "dates");
        if (dates().isEmpty()) {
            throw new IllegalArgumentException(p + "dates must not be empty, was " + dates()
                    + "; the end of a LocalDateRange is exclusive, so one day is LocalDateRange.ofClosed(day, day)");
        }
        if (dates().isUnboundedStart() || dates().isUnboundedEnd()) {
            throw new IllegalArgumentException(p + "dates must be bounded, was " + dates());
        }
        Check.noNulls(aliases(), p + "aliases").forEach(a -> Check.notBlank(a, p + "alias"));
        Check.noNulls(hosts(), p + "hosts");
        Check.noNulls(participation(), p + "participation");
        Check.noNulls(themes(), p + "themes");
        Check.noNulls(reportedCounts(), p + "reported counts");
        Set<String> hostIds = new HashSet<>();
        for (Party h : hosts()) {
            if (!hostIds.add(h.id())) {
                throw new IllegalArgumentException(p + "hosts list " + h.id() + " twice");
            }
        }
    }

    @Override
    public String toString() {
        return "Conference[" + id() + " " + name() + ", " + city() + " " + country() + ", " + startDate()
                + (lastDay().equals(startDate()) ? "" : ".." + lastDay()) + "]";
    }

    /** Builds a {@link Conference}; obtain one from {@link Conference#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutableConference.Builder {
        Builder() {
        }

        /**
         * Sets the dates to one day.
         *
         * @param day the day of the conference
         * @return this builder
         */
        public Builder day(LocalDate day) {
            dates(LocalDateRange.ofClosed(Check.required(day, "conference day"), day));
            return this;
        }

        /**
         * Sets the dates from the first to the last day, both inclusive.
         *
         * @param first the first day
         * @param last the last day, not before the first
         * @return this builder
         */
        public Builder days(LocalDate first, LocalDate last) {
            Check.required(first, "conference first day");
            Check.required(last, "conference last day");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("conference must not end before it starts, was " + first
                        + " to " + last);
            }
            dates(LocalDateRange.ofClosed(first, last));
            return this;
        }
    }
}
