package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who gives: a government, an agency, a multilateral institution, a fund, a company or an NGO.
 * <p>
 * Donors form a hierarchy through their optional parent (JICA belongs to the Government of Japan), so totals can
 * roll up to the top-level donor and count agency money once, as the government's.
 * <pre>{@code
 * Donor japan = Donor.government("jp-gov", "Government of Japan", "JP");
 * Donor jica = Donor.agency("jp-jica", "Japan International Cooperation Agency", japan);
 * jica.topLevel();        // japan
 * jica.isPartOf(japan);   // true
 * }</pre>
 * This class is immutable and thread-safe; equality is by value, parent included.
 */
@Value.Immutable
public abstract class Donor implements Party {

    Donor() {
    }

    /**
     * Creates a national government donor.
     *
     * @param id a stable identifier, such as {@code "jp-gov"}
     * @param name the display name
     * @param country its ISO 3166 alpha-2 code
     * @return the donor
     */
    public static Donor government(String id, String name, String country) {
        return builder().id(id).name(name).kind(DonorKind.GOVERNMENT).country(Check.required(country, "donor country")).build();
    }

    /**
     * Creates a government agency that belongs to {@code parent}, in the parent's country.
     *
     * @param id a stable identifier
     * @param name the display name
     * @param parent the government (or agency) it belongs to
     * @return the donor
     */
    public static Donor agency(String id, String name, Donor parent) {
        Check.required(parent, "donor " + id + ": parent");
        return builder().id(id).name(name).kind(DonorKind.GOVERNMENT_AGENCY).parent(parent).country(parent.country()).build();
    }

    /**
     * Creates a donor of any kind, without country or parent.
     *
     * @param id a stable identifier
     * @param name the display name
     * @param kind the kind of body
     * @return the donor
     */
    public static Donor of(String id, String name, DonorKind kind) {
        return builder().id(id).name(name).kind(kind).build();
    }

    /**
     * Returns a builder for donors with every attribute.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract String id();

    @Override
    public abstract String name();

    /**
     * The kind of body.
     *
     * @return the kind
     */
    public abstract DonorKind kind();

    @Override
    public abstract Optional<String> country();

    /**
     * The donor this one belongs to, such as the government of an agency.
     *
     * @return the parent, if any
     */
    public abstract Optional<Donor> parent();

    /**
     * Returns a copy with the given parent.
     *
     * @param parent the new parent
     * @return a new donor
     */
    public abstract Donor withParent(Donor parent);

    /**
     * The chain of parents, nearest first.
     *
     * @return the ancestors, empty for a top-level donor; unmodifiable
     */
    @Value.Lazy
    public List<Donor> ancestors() {
        List<Donor> chain = new ArrayList<>();
        for (Optional<Donor> p = parent(); p.isPresent(); p = p.get().parent()) {
            chain.add(p.get());
        }
        return List.copyOf(chain);
    }

    /**
     * The donor at the top of this donor's hierarchy: itself if it has no parent.
     *
     * @return the top-level donor
     */
    public Donor topLevel() {
        List<Donor> chain = ancestors();
        return chain.isEmpty() ? this : chain.get(chain.size() - 1);
    }

    /**
     * How many parents are above this donor: 0 for a top-level donor.
     *
     * @return the depth in the hierarchy
     */
    public int depth() {
        return ancestors().size();
    }

    /**
     * Whether this donor is {@code other} or belongs to it, directly or through other parents (compared by id).
     *
     * @param other the possible ancestor
     * @return true if {@code other} is this donor or one of its ancestors
     */
    public boolean isPartOf(Donor other) {
        Check.required(other, "donor");
        if (id().equals(other.id())) {
            return true;
        }
        return ancestors().stream().anyMatch(a -> a.id().equals(other.id()));
    }

    @Value.Check
    void check() {
        Check.notBlank(id(), "donor id");
        Check.notBlank(name(), "donor " + id() + ": name");
        Check.required(kind(), "donor " + id() + ": kind");
        country().ifPresent(c -> Check.country(c, "donor " + id() + ": country"));
        Set<String> seen = new HashSet<>();
        seen.add(id());
        for (Optional<Donor> p = parent(); p.isPresent(); p = p.get().parent()) {
            if (!seen.add(p.get().id())) {
                throw new IllegalArgumentException("donor " + id() + ": parent chain " + chainText()
                        + " repeats " + p.get().id() + ", expected a donor hierarchy without cycles");
            }
        }
    }

    private String chainText() {
        StringBuilder sb = new StringBuilder(id());
        for (Optional<Donor> p = parent(); p.isPresent(); p = p.get().parent()) {
            sb.append(" -> ").append(p.get().id());
            if (sb.length() > 200) {
                break;
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Donor[" + id() + " " + name() + ", " + kind().label() + country().map(c -> ", " + c).orElse("")
                + parent().map(p -> ", part of " + p.id()).orElse("") + "]";
    }

    /** Builds a {@link Donor}; obtain one from {@link Donor#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutableDonor.Builder {
        Builder() {
        }
    }
}
