package io.github.pledgebook.fts;

import java.util.List;
import java.util.Objects;

/**
 * One of a flow's source or destination objects as FTS states it: an organization, location, plan, emergency, usage
 * year, cluster, global cluster or project, with FTS's id and name.
 * <p>
 * FTS describes each end of a flow by several such objects at once (the Government of Japan <em>and</em> the
 * location Japan <em>and</em> usage year 2020). {@code behavior} says whether the flow belongs to the object alone
 * ({@code single}), or is shared with others of its type ({@code shared}, such as several usage years of a multi-year
 * grant) or counted in each ({@code overlap}).
 * <pre>{@code
 * FtsObject plan = flow.destinations().get(0);   // FtsObject[Plan 832 occupied Palestinian territory 2020 ..., single]
 * }</pre>
 *
 * @param type FTS's type: {@code Organization}, {@code Location}, {@code Plan}, {@code Emergency},
 *     {@code UsageYear}, {@code Cluster}, {@code GlobalCluster} or {@code Project}
 * @param id FTS's id of the object, as text
 * @param name FTS's name of the object, empty when FTS gives none
 * @param behavior {@code single}, {@code shared} or {@code overlap}; empty when FTS gives none
 * @param organizationTypes for organizations, FTS's types such as {@code Government} or {@code UN agency}
 */
public record FtsObject(String type, String id, String name, String behavior, List<String> organizationTypes) {

    /** The object types FTS API v1 uses in flows; any other is a problem of the flow. */
    static final List<String> TYPES = List.of("Organization", "Location", "Plan", "Emergency", "UsageYear", "Cluster",
            "GlobalCluster", "Project");

    /**
     * Checks and copies the parts.
     *
     * @param type FTS's type
     * @param id FTS's id
     * @param name FTS's name
     * @param behavior FTS's behavior
     * @param organizationTypes FTS's organization types
     */
    public FtsObject {
        Objects.requireNonNull(type, "FTS object type is required, was null");
        Objects.requireNonNull(id, "FTS object id is required, was null");
        Objects.requireNonNull(name, "FTS object name is required, was null");
        Objects.requireNonNull(behavior, "FTS object behavior is required, was null");
        organizationTypes = List.copyOf(organizationTypes);
    }

    /**
     * Whether FTS shares the flow between this object and others of its type.
     *
     * @return true for behavior {@code shared}
     */
    public boolean isShared() {
        return behavior.equals("shared");
    }

    @Override
    public String toString() {
        return "FtsObject[" + type + " " + id + (name.isEmpty() ? "" : " " + name)
                + (behavior.isEmpty() ? "" : ", " + behavior) + "]";
    }
}
