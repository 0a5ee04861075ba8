package io.github.pledgebook.timeline.index;

import io.github.pledgebook.Donor;
import io.github.pledgebook.internal.RecentlySeen;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Numbers the distinct donors of pledges (by identity) in the order first seen, and records each pledge's
 * number. A million pledges share a few hundred donor objects, so the last donors seen are kept in a small
 * table by identity hash and most lookups never reach the map. Not thread-safe.
 */
final class DonorNumbers {
    private final Map<Donor, Integer> index = new IdentityHashMap<>();
    private final RecentlySeen<Donor> recent;
    /** The number of each pledge's donor, in the pledges' order. */
    final int[] numbers;
    private int n;

    DonorNumbers(int pledges) {
        numbers = new int[pledges];
        recent = new RecentlySeen<>(pledges);
    }

    /** Numbers the donor of the next pledge. */
    void add(Donor donor) {
        int slot = recent.slot(donor);
        if (!recent.holds(slot, donor)) {
            Integer known = index.putIfAbsent(donor, index.size());
            recent.put(slot, donor, known == null ? index.size() - 1 : known);
        }
        numbers[n++] = recent.value(slot);
    }

    /** The distinct donors, indexed by their numbers. */
    Donor[] donors() {
        Donor[] donors = new Donor[index.size()];
        index.forEach((d, k) -> donors[k] = d);
        return donors;
    }
}
