package io.github.pledgebook.internal;

/**
 * The last object seen in each of up to 4,096 slots chosen by identity hash, with an {@code int} kept for it: a
 * million pledges share a few hundred donor and party objects, so most lookups end here and never reach a map.
 * (With 256 slots, 61 objects put about seven pairs in one slot, and pledges of two such donors in turn kept sending
 * each other to the map: a tenth of a book build.)
 * <pre>{@code
 * int slot = recent.slot(donor);
 * if (!recent.holds(slot, donor)) {
 *     recent.put(slot, donor, numberFromTheMap(donor));
 * }
 * int number = recent.value(slot);
 * }</pre>
 * Not thread-safe; used inside one build.
 *
 * @param <T> the type of the objects
 */
public final class RecentlySeen<T> {

    /** The most slots: 4,096 (48 KiB). */
    private static final int MOST_SLOTS = 4096;

    private final Object[] objects;
    private final int[] values;
    private final int mask;

    /**
     * A table sized for the lookups to come: as many slots as lookups (a power of two, 64 to 4,096), so that a
     * small book does not pay for a table it cannot fill and a miss costs at most one map lookup per lookup.
     *
     * @param lookups how many lookups are expected
     */
    public RecentlySeen(int lookups) {
        int c = Math.max(64, Math.min(MOST_SLOTS, lookups));
        int slots = Integer.highestOneBit(c - 1) << 1;
        objects = new Object[slots];
        values = new int[slots];
        mask = slots - 1;
    }

    /** The slot of an object. */
    public int slot(T object) {
        return System.identityHashCode(object) & mask;
    }

    /** Whether the slot holds this very object. */
    public boolean holds(int slot, T object) {
        return objects[slot] == object;
    }

    /** Keeps an object and its value in its slot, replacing the one there. */
    public void put(int slot, T object, int value) {
        objects[slot] = object;
        values[slot] = value;
    }

    /** The value kept with the slot's object. */
    public int value(int slot) {
        return values[slot];
    }
}
