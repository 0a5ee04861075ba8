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
        Check.id(id(), "conference id");
        String p = "conference " + id() + ": ";
        Check.line(name(), p + "name");
        Check.line(city(), p + "city");
        Check.country(country(), p + "country");
        Check.required(dates(), p + "dates");
        if (dates().isEmpty()) {
            throw new IllegalArgumentException(p + "dates must not be empty, was " + dates()
                    + "; the end of a LocalDateRange is exclusive, so one day is LocalDateRange.ofClosed(day, day)");
        }
        Check.bounded(dates(), p + "dates");
        Check.noNulls(aliases(), p + "aliases").forEach(a -> Check.line(a, p + "alias"));
        Check.noNulls(hosts(), p + "hosts");
        Check.noNulls(participation(), p + "participation");
        Check.distinct(Check.noNulls(themes(), p + "themes"), Sector::code, p + "themes");
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
    public static final class Builder {
        private final ImmutableConference.Builder draft = ImmutableConference.draft();

        Builder() {
        }

        /**
         * Fill a builder with attribute values from the provided {@code Conference} instance.
         * Regular attribute values will be replaced with those from the given instance.
         * Absent optional values will not replace present values.
         * Collection elements and entries will be added, not replaced.
         * @param instance The instance from which to copy values
         * @return this builder
         */
        public Builder from(Conference instance) {
            Check.required(instance, "conference to copy from");
            draft.from(instance);
            return this;
        }

        /**
         * Initializes the value for the {@link Conference#id() id} attribute.
         * @param id The value for id
         * @return this builder
         */
        public Builder id(String id) {
            draft.id(id);
            return this;
        }

        /**
         * Initializes the value for the {@link Conference#name() name} attribute.
         * @param name The value for name
         * @return this builder
         */
        public Builder name(String name) {
            draft.name(name);
            return this;
        }

        /**
         * Adds one element to {@link Conference#aliases() aliases} list.
         * @param element A aliases element
         * @return this builder
         */
        public Builder addAlias(String element) {
            draft.addAlias(element);
            return this;
        }

        /**
         * Adds elements to {@link Conference#aliases() aliases} list.
         * @param elements An array of aliases elements
         * @return this builder
         */
        public Builder addAliases(String... elements) {
            Check.required(elements, "conference aliases list");
            draft.addAliases(elements);
            return this;
        }

        /**
         * Sets or replaces all elements for {@link Conference#aliases() aliases} list.
         * @param elements An iterable of aliases elements
         * @return this builder
         */
        public Builder aliases(Iterable<String> elements) {
            Check.required(elements, "conference aliases list");
            draft.aliases(elements);
            return this;
        }

        /**
         * Adds elements to {@link Conference#aliases() aliases} list.
         * @param elements An iterable of aliases elements
         * @return this builder
         */
        public Builder addAllAliases(Iterable<String> elements) {
            Check.required(elements, "conference aliases list");
            draft.addAllAliases(elements);
            return this;
        }

        /**
         * Initializes the value for the {@link Conference#city() city} attribute.
         * @param city The value for city
         * @return this builder
         */
        public Builder city(String city) {
            draft.city(city);
            return this;
        }

        /**
         * Initializes the value for the {@link Conference#country() country} attribute.
         * @param country The value for country
         * @return this builder
         */
        public Builder country(String country) {
            draft.country(country);
            return this;
        }

        /**
         * Initializes the value for the {@link Conference#dates() dates} attribute.
         * @param dates The value for dates
         * @return this builder
         */
        public Builder dates(LocalDateRange dates) {
            draft.dates(dates);
            return this;
        }

        /**
         * Adds one element to {@link Conference#hosts() hosts} list.
         * @param element A hosts element
         * @return this builder
         */
        public Builder addHost(Party element) {
            draft.addHost(element);
            return this;
        }

        /**
         * Adds elements to {@link Conference#hosts() hosts} list.
         * @param elements An array of hosts elements
         * @return this builder
         */
        public Builder addHosts(Party... elements) {
            Check.required(elements, "conference hosts list");
            draft.addHosts(elements);
            return this;
        }

        /**
         * Sets or replaces all elements for {@link Conference#hosts() hosts} list.
         * @param elements An iterable of hosts elements
         * @return this builder
         */
        public Builder hosts(Iterable<? extends Party> elements) {
            Check.required(elements, "conference hosts list");
            draft.hosts(elements);
            return this;
        }

        /**
         * Adds elements to {@link Conference#hosts() hosts} list.
         * @param elements An iterable of hosts elements
         * @return this builder
         */
        public Builder addAllHosts(Iterable<? extends Party> elements) {
            Check.required(elements, "conference hosts list");
            draft.addAllHosts(elements);
            return this;
        }

        /**
         * Adds one element to {@link Conference#participation() participation} list.
         * @param element A participation element
         * @return this builder
         */
        public Builder addParticipation(Figure element) {
            draft.addParticipation(element);
            return this;
        }

        /**
         * Adds elements to {@link Conference#participation() participation} list.
         * @param elements An array of participation elements
         * @return this builder
         */
        public Builder addParticipation(Figure... elements) {
            Check.required(elements, "conference participation list");
            draft.addParticipation(elements);
            return this;
        }

        /**
         * Sets or replaces all elements for {@link Conference#participation() participation} list.
         * @param elements An iterable of participation elements
         * @return this builder
         */
        public Builder participation(Iterable<? extends Figure> elements) {
            Check.required(elements, "conference participation list");
            draft.participation(elements);
            return this;
        }

        /**
         * Adds elements to {@link Conference#participation() participation} list.
         * @param elements An iterable of participation elements
         * @return this builder
         */
        public Builder addAllParticipation(Iterable<? extends Figure> elements) {
            Check.required(elements, "conference participation list");
            draft.addAllParticipation(elements);
            return this;
        }

        /**
         * Adds one element to {@link Conference#themes() themes} list.
         * @param element A themes element
         * @return this builder
         */
        public Builder addTheme(Sector element) {
            draft.addTheme(element);
            return this;
        }

        /**
         * Adds elements to {@link Conference#themes() themes} list.
         * @param elements An array of themes elements
         * @return this builder
         */
        public Builder addThemes(Sector... elements) {
            Check.required(elements, "conference themes list");
            draft.addThemes(elements);
            return this;
        }

        /**
         * Sets or replaces all elements for {@link Conference#themes() themes} list.
         * @param elements An iterable of themes elements
         * @return this builder
         */
        public Builder themes(Iterable<? extends Sector> elements) {
            Check.required(elements, "conference themes list");
            draft.themes(elements);
            return this;
        }

        /**
         * Adds elements to {@link Conference#themes() themes} list.
         * @param elements An iterable of themes elements
         * @return this builder
         */
        public Builder addAllThemes(Iterable<? extends Sector> elements) {
            Check.required(elements, "conference themes list");
            draft.addAllThemes(elements);
            return this;
        }

        /**
         * Adds one element to {@link Conference#reportedCounts() reportedCounts} list.
         * @param element A reportedCounts element
         * @return this builder
         */
        public Builder addReportedCount(Figure element) {
            draft.addReportedCount(element);
            return this;
        }

        /**
         * Adds elements to {@link Conference#reportedCounts() reportedCounts} list.
         * @param elements An array of reportedCounts elements
         * @return this builder
         */
        public Builder addReportedCounts(Figure... elements) {
            Check.required(elements, "conference reported counts list");
            draft.addReportedCounts(elements);
            return this;
        }

        /**
         * Sets or replaces all elements for {@link Conference#reportedCounts() reportedCounts} list.
         * @param elements An iterable of reportedCounts elements
         * @return this builder
         */
        public Builder reportedCounts(Iterable<? extends Figure> elements) {
            Check.required(elements, "conference reported counts list");
            draft.reportedCounts(elements);
            return this;
        }

        /**
         * Adds elements to {@link Conference#reportedCounts() reportedCounts} list.
         * @param elements An iterable of reportedCounts elements
         * @return this builder
         */
        public Builder addAllReportedCounts(Iterable<? extends Figure> elements) {
            Check.required(elements, "conference reported counts list");
            draft.addAllReportedCounts(elements);
            return this;
        }

        /**
         * Builds the conference, checking every rule of its type.
         *
         * @return the new, immutable conference
         * @throws NullPointerException if a required attribute is missing
         * @throws IllegalArgumentException if an attribute breaks a rule; the message names it
         */
        public Conference build() {
            return draft.build();
        }

        /**
         * Sets the dates to one day.
         *
         * @param day the day of the conference
         * @return this builder
         */
        public Builder day(LocalDate day) {
            dates(LocalDateRange.ofClosed(Check.rangeDay(day, "conference day"), day));
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
            Check.rangeDay(first, "conference first day");
            Check.rangeDay(last, "conference last day");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("conference must not end before it starts, was " + first
                        + " to " + last);
            }
            dates(LocalDateRange.ofClosed(first, last));
            return this;
        }
    }
}
