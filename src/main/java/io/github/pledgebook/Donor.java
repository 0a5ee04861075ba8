package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * This class is immutable and thread-safe; equality is by value, parent included. Hierarchies of any depth work:
 * equality, hashing, validation and roll-up walk the chain of parents in loops (never by recursion), the hash code
 * and the top-level donor are computed once, and building a donor below a validated parent costs the same at any
 * depth.
 */
@Value.Immutable
public abstract class Donor implements Party {

    /** From this depth on a donor keeps the ids of its chain in a shared set, so cycle checks stay cheap. */
    private static final int DEEP = 16;

    /** The hash code, 0 until computed. */
    private int hash;
    /** The number of parents above, -1 until computed. */
    private int depth = -1;
    /** The donor at the top of the hierarchy, null until computed. */
    private Donor top;
    /** The ids of this donor and its ancestors, kept for deep donors only; null otherwise. */
    private ChainIds chainIds;

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
        Donor t = top;
        if (t == null) {
            t = this;
            for (Optional<Donor> p = parent(); p.isPresent(); p = p.get().parent()) {
                t = p.get();
            }
            top = t;
        }
        return t;
    }

    /**
     * How many parents are above this donor: 0 for a top-level donor.
     *
     * @return the depth in the hierarchy
     */
    public int depth() {
        int d = depth;
        if (d < 0) {
            d = 0;
            for (Optional<Donor> p = parent(); p.isPresent(); p = p.get().parent()) {
                d++;
            }
            depth = d;
        }
        return d;
    }

    /**
     * Whether this donor is {@code other} or belongs to it, directly or through other parents (compared by id).
     *
     * @param other the possible ancestor
     * @return true if {@code other} is this donor or one of its ancestors
     */
    public boolean isPartOf(Donor other) {
        Check.required(other, "donor");
        String id = other.id();
        ChainIds ids = chainIds;
        if (ids != null) {
            return ids.contains(id);
        }
        for (Donor d = this; d != null; d = d.parent().orElse(null)) {
            if (d.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Value.Check
    void check() {
        Check.id(id(), "donor id");
        Check.line(name(), "donor " + id() + ": name");
        Check.required(kind(), "donor " + id() + ": kind");
        country().ifPresent(c -> Check.country(c, "donor " + id() + ": country"));
        Donor parent = parent().orElse(null);
        if (parent == null) {
            depth = 0;
            top = this;
            return;
        }
        depth = parent.depth() + 1;
        top = parent.topLevel();
        if (depth < DEEP) {
            for (Donor p = parent; p != null; p = p.parent().orElse(null)) {
                if (p.id().equals(id())) {
                    throw cycle(p.id());
                }
            }
        } else {
            ChainIds above = parent.chainIds();
            if (above.contains(id())) {
                throw cycle(id());
            }
            chainIds = above.with(id());
        }
    }

    private IllegalArgumentException cycle(String repeated) {
        return new IllegalArgumentException("donor " + id() + ": parent chain " + chainText()
                + " repeats " + repeated + ", expected a donor hierarchy without cycles");
    }

    /** The ids of this donor and its ancestors: kept for deep donors, gathered by a short walk for shallow ones. */
    private ChainIds chainIds() {
        ChainIds ids = chainIds;
        if (ids != null) {
            return ids;
        }
        List<String> path = new ArrayList<>();
        Donor d = this;
        while (d != null && d.chainIds == null) {
            path.add(d.id());
            d = d.parent().orElse(null);
        }
        ids = d == null ? ChainIds.EMPTY : d.chainIds;
        for (int i = path.size() - 1; i >= 0; i--) {
            ids = ids.with(path.get(i));
        }
        return ids;
    }

    /**
     * Equal when id, name, kind, country and parent are equal, parents compared the same way, in a loop.
     *
     * @param o the other object
     * @return true if {@code o} is an equal donor
     */
    @Override
    public final boolean equals(Object o) {
        if (!(o instanceof Donor)) {
            return false;
        }
        Donor a = this;
        Donor b = (Donor) o;
        while (a != b) {
            if (a.hashCode() != b.hashCode() || !a.id().equals(b.id()) || !a.name().equals(b.name())
                    || a.kind() != b.kind() || !a.country().equals(b.country())) {
                return false;
            }
            Donor pa = a.parent().orElse(null);
            Donor pb = b.parent().orElse(null);
            if (pa == null || pb == null) {
                return pa == pb;
            }
            a = pa;
            b = pb;
        }
        return true;
    }

    /**
     * A hash of id, name, kind, country and parent, computed once per donor.
     *
     * @return the hash code
     */
    @Override
    public final int hashCode() {
        int h = hash;
        if (h != 0) {
            return h;
        }
        List<Donor> pending = new ArrayList<>();
        Donor d = this;
        while (d != null && d.hash == 0) {
            pending.add(d);
            d = d.parent().orElse(null);
        }
        h = d == null ? 0 : d.hash;
        for (int i = pending.size() - 1; i >= 0; i--) {
            Donor x = pending.get(i);
            int own = ((x.id().hashCode() * 31 + x.name().hashCode()) * 31 + x.kind().ordinal()) * 31
                    + x.country().hashCode();
            h = mix(own * 31 + h);
            if (h == 0) {
                h = 1;
            }
            x.hash = h;
        }
        return h;
    }

    /** Spreads the bits of a hash (ids and names are often alike, such as "d12" and "Donor 12"). */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** A persistent set of ids (a hash trie of 16-way nodes): adding copies one path and shares the rest. */
    private static final class ChainIds {
        static final ChainIds EMPTY = new ChainIds(new Object[16]);
        /** Each slot is null, an id, a deeper node, or an array of ids whose hashes are equal. */
        private final Object[] slots;

        private ChainIds(Object[] slots) {
            this.slots = slots;
        }

        boolean contains(String id) {
            int h = id.hashCode();
            ChainIds n = this;
            for (int shift = 0; ; shift += 4) {
                Object o = n.slots[(h >>> shift) & 15];
                if (o == null) {
                    return false;
                }
                if (o instanceof ChainIds) {
                    n = (ChainIds) o;
                } else if (o instanceof String) {
                    return o.equals(id);
                } else {
                    return List.of((String[]) o).contains(id);
                }
            }
        }

        ChainIds with(String id) {
            return with(id, id.hashCode(), 0);
        }

        private ChainIds with(String id, int h, int shift) {
            Object[] copy = slots.clone();
            int i = (h >>> shift) & 15;
            Object o = copy[i];
            if (o == null) {
                copy[i] = id;
            } else if (o instanceof ChainIds) {
                copy[i] = ((ChainIds) o).with(id, h, shift + 4);
            } else if (o instanceof String) {
                String s = (String) o;
                if (s.equals(id)) {
                    return this;
                }
                copy[i] = shift + 4 >= 32 ? new String[] {s, id}
                        : EMPTY.with(s, s.hashCode(), shift + 4).with(id, h, shift + 4);
            } else {
                String[] same = (String[]) o;
                if (List.of(same).contains(id)) {
                    return this;
                }
                String[] more = java.util.Arrays.copyOf(same, same.length + 1);
                more[same.length] = id;
                copy[i] = more;
            }
            return new ChainIds(copy);
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
    public static final class Builder {
        private final ImmutableDonor.Builder draft = ImmutableDonor.draft();

        Builder() {
        }

        /**
         * Fill a builder with attribute values from the provided {@code io.github.pledgebook.Party} instance.
         * @param instance The instance from which to copy values
         * @return this builder
         */
        public Builder from(Party instance) {
            Check.required(instance, "donor to copy from");
            draft.from(instance);
            return this;
        }

        /**
         * Fill a builder with attribute values from the provided {@code io.github.pledgebook.Donor} instance.
         * @param instance The instance from which to copy values
         * @return this builder
         */
        public Builder from(Donor instance) {
            Check.required(instance, "donor to copy from");
            draft.from(instance);
            return this;
        }

        /**
         * Initializes the value for the {@link Donor#id() id} attribute.
         * @param id The value for id
         * @return this builder
         */
        public Builder id(String id) {
            draft.id(id);
            return this;
        }

        /**
         * Initializes the value for the {@link Donor#name() name} attribute.
         * @param name The value for name
         * @return this builder
         */
        public Builder name(String name) {
            draft.name(name);
            return this;
        }

        /**
         * Initializes the value for the {@link Donor#kind() kind} attribute.
         * @param kind The value for kind
         * @return this builder
         */
        public Builder kind(DonorKind kind) {
            draft.kind(kind);
            return this;
        }

        /**
         * Initializes the optional value {@link Donor#country() country} to country.
         * @param country The value for country, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder country(String country) {
            draft.country(country);
            return this;
        }

        /**
         * Initializes the optional value {@link Donor#country() country} to country.
         * @param country The value for country
         * @return this builder
         */
        public Builder country(Optional<String> country) {
            Check.required(country, "donor country optional value");
            draft.country(country);
            return this;
        }

        /**
         * Initializes the optional value {@link Donor#parent() parent} to parent.
         * @param parent The value for parent, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder parent(Donor parent) {
            draft.parent(parent);
            return this;
        }

        /**
         * Initializes the optional value {@link Donor#parent() parent} to parent.
         * @param parent The value for parent
         * @return this builder
         */
        public Builder parent(Optional<? extends Donor> parent) {
            Check.required(parent, "donor parent optional value");
            draft.parent(parent);
            return this;
        }

        /**
         * Builds the donor, checking every rule of its type.
         *
         * @return the new, immutable donor
         * @throws NullPointerException if a required attribute is missing
         * @throws IllegalArgumentException if an attribute breaks a rule; the message names it
         */
        public Donor build() {
            return draft.build();
        }
    }
}
