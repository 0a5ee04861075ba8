package io.github.pledgebook.timeline;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Sector;
import io.github.pledgebook.internal.Check;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How to split totals into groups: by donor (rolled up to a {@link DonorLevel}), recipient, channel, sector, aid
 * category, instrument, conference, or any key of your own.
 * <p>
 * A pledge without a key (no channel, no conference, no sector) lands in {@link Grouped#ungrouped()}, so nothing
 * is dropped. A pledge with several keys (several sectors) counts in each of their groups, so such groups do not
 * add up to the overall total.
 * <p>
 * Groups are keyed by the keys' {@code equals}, never by their order or their printed names: a pledge counts at
 * most once in a group, however often a key function returns the same key for it, and two keys that are not equal
 * stay two groups even when the order ranks them alike (they then keep the order in which the book first met them).
 * A key function must not return null, nor a null key.
 * <pre>{@code
 * Grouped<Donor> byDonor = book.asOf(feb20).grouped(Stage.ANNOUNCED, GroupBy.donor(DonorLevel.TOP));
 * Grouped<Sector> bySector = book.within(q1).grouped(Stage.COMMITTED, GroupBy.sector());
 * GroupBy<String> byCountry = GroupBy.of("donor country",
 *         p -> p.donor().country().map(List::of).orElse(List.of()), Comparator.naturalOrder());
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param <K> the type of the group keys
 */
public final class GroupBy<K> {

    private static final Comparator<Party> BY_NAME = Comparator.comparing(Party::name).thenComparing(Party::id);

    private final String name;
    private final BiFunction<Pledge, PledgeBook, ? extends Collection<? extends K>> keys;
    private final Comparator<? super K> order;
    /** The key of a pledge's donor, when the grouping is by donor alone; lets the book group from its index. */
    private final Function<Donor, ? extends K> donorKey;

    private GroupBy(String name, BiFunction<Pledge, PledgeBook, ? extends Collection<? extends K>> keys,
            Comparator<? super K> order) {
        this(name, keys, order, null);
    }

    private GroupBy(String name, BiFunction<Pledge, PledgeBook, ? extends Collection<? extends K>> keys,
            Comparator<? super K> order, Function<Donor, ? extends K> donorKey) {
        this.name = name;
        this.keys = keys;
        this.order = order;
        this.donorKey = donorKey;
    }

    Function<Donor, ? extends K> donorKey() {
        return donorKey;
    }

    /**
     * Groups by donor, rolled up to the given level.
     *
     * @param level the level of the hierarchy, such as {@link DonorLevel#TOP}
     * @return the grouping, ordered by donor name
     */
    public static GroupBy<Donor> donor(DonorLevel level) {
        Check.required(level, "donor level");
        return new GroupBy<Donor>("donor (" + level + ")", (p, b) -> List.of(level.of(p.donor())), BY_NAME,
                level::of);
    }

    /**
     * Groups by top-level donor: agency money counts as its government's. The same as
     * {@code donor(DonorLevel.TOP)}.
     *
     * @return the grouping, ordered by donor name
     */
    public static GroupBy<Donor> topLevelDonor() {
        return donor(DonorLevel.TOP);
    }

    /**
     * Groups by recipient.
     *
     * @return the grouping, ordered by name
     */
    public static GroupBy<Party> recipient() {
        return new GroupBy<Party>("recipient", (p, b) -> List.of(p.recipient()), BY_NAME);
    }

    /**
     * Groups by channel; pledges given directly are ungrouped. The money still counts as the donor's in every other
     * grouping.
     *
     * @return the grouping, ordered by name
     */
    public static GroupBy<Party> channel() {
        return new GroupBy<Party>("channel", (p, b) -> p.channel().map(List::of).orElse(List.of()), BY_NAME);
    }

    /**
     * Groups by sector; a pledge with several sectors counts in each.
     *
     * @return the grouping, ordered by sector code
     */
    public static GroupBy<Sector> sector() {
        return new GroupBy<Sector>("sector", (p, b) -> p.sectors(), Comparator.comparing(Sector::code));
    }

    /**
     * Groups by aid category.
     *
     * @return the grouping, in the order of {@link AidCategory}
     */
    public static GroupBy<AidCategory> category() {
        return new GroupBy<AidCategory>("category", (p, b) -> List.of(p.category()), Comparator.naturalOrder());
    }

    /**
     * Groups by instrument.
     *
     * @return the grouping, in the order of {@link Instrument}
     */
    public static GroupBy<Instrument> instrument() {
        return new GroupBy<Instrument>("instrument", (p, b) -> List.of(p.instrument()), Comparator.naturalOrder());
    }

    /**
     * Groups by the conference at which the pledge was made; pledges made elsewhere are ungrouped.
     *
     * @return the grouping, ordered by start date
     */
    public static GroupBy<Conference> conference() {
        return new GroupBy<Conference>("conference",
                (p, b) -> p.conferenceId().flatMap(b::conference).map(List::of).orElse(List.of()),
                Comparator.comparing(Conference::startDate).thenComparing(Conference::id));
    }

    /**
     * Groups by keys of your own.
     *
     * @param name what the grouping is called, for {@code toString}
     * @param keys the keys of a pledge; empty for an ungrouped pledge; never null
     * @param order the order of the groups
     * @param <K> the type of the keys
     * @return the grouping
     */
    public static <K> GroupBy<K> of(String name, Function<? super Pledge, ? extends Collection<? extends K>> keys,
            Comparator<? super K> order) {
        Check.required(name, "grouping name");
        Check.required(keys, "grouping keys function");
        Check.required(order, "grouping order");
        return new GroupBy<K>(name, (p, b) -> keys.apply(p), order);
    }

    /**
     * The distinct keys of a pledge, in the order the key function gave them.
     *
     * @throws NullPointerException if the key function returned null or a null key
     */
    Collection<? extends K> keysOf(Pledge pledge, PledgeBook book) {
        Collection<? extends K> k = keys.apply(pledge, book);
        if (k == null) {
            throw new NullPointerException("grouping " + name + " returned null keys for pledge " + pledge.id()
                    + "; return an empty collection for an ungrouped pledge");
        }
        int n = k.size();
        if (n == 1) {
            K only = k.iterator().next();
            if (only == null) {
                throw nullKey(pledge);
            }
            return k;
        }
        if (n == 0) {
            return k;
        }
        Set<K> distinct = new LinkedHashSet<>(n * 2);
        for (K key : k) {
            if (key == null) {
                throw nullKey(pledge);
            }
            distinct.add(key);
        }
        return distinct;
    }

    private NullPointerException nullKey(Pledge pledge) {
        return new NullPointerException("grouping " + name + " returned a null key for pledge " + pledge.id()
                + "; expected keys that are not null (an empty collection for an ungrouped pledge)");
    }

    /**
     * The keys in the grouping's order; keys the order ranks alike keep the order of {@code keys}.
     *
     * @param keys distinct keys, in the order first met
     * @return a new list
     */
    List<K> sorted(Collection<K> keys) {
        List<K> list = new ArrayList<>(keys);
        list.sort(order);
        return list;
    }

    Comparator<? super K> order() {
        return order;
    }

    /**
     * The name of the grouping.
     *
     * @return for example {@code "sector"}
     */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "GroupBy[" + name + "]";
    }
}
