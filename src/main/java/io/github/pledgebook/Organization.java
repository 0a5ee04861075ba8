package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@link Party} that is not tracked as a donor: a recipient government, a ministry, a state company.
 * <pre>{@code
 * Organization ukraine = Organization.of("ua", "Ukraine", "UA");  // Organization[ua Ukraine, UA]
 * }</pre>
 * This class is immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class Organization implements Party {

    Organization() {
    }

    /**
     * Creates an organization without a country.
     *
     * @param id a stable identifier
     * @param name the display name
     * @return the organization
     */
    public static Organization of(String id, String name) {
        return ImmutableOrganization.draft().id(id).name(name).build();
    }

    /**
     * Creates an organization with its country.
     *
     * @param id a stable identifier
     * @param name the display name
     * @param country an ISO 3166 alpha-2 code such as {@code "UA"}
     * @return the organization
     */
    public static Organization of(String id, String name, String country) {
        return ImmutableOrganization.draft().id(id).name(name).country(Check.required(country, "organization country")).build();
    }

    @Override
    public abstract String id();

    @Override
    public abstract String name();

    @Override
    public abstract Optional<String> country();

    @Value.Check
    void check() {
        Check.id(id(), "organization id");
        Check.line(name(), "organization " + id() + ": name");
        country().ifPresent(c -> Check.country(c, "organization " + id() + ": country"));
    }

    @Override
    public String toString() {
        return "Organization[" + id() + " " + name() + country().map(c -> ", " + c).orElse("") + "]";
    }
}
