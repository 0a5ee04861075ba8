package io.github.pledgebook.timeline.index;

import io.github.pledgebook.Donor;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.CurrencySums;
import io.github.pledgebook.money.MoneyTotal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The index of a pledge book: its pledges ordered for lookup by id, the numbers of their donors, and per stage
 * that carries amounts the {@link StageIndex} of the counted pledges and of the excluded re-grants.
 * <p>
 * The pledges are read once, a chunk at a time, for everything: the keys of their ids, the numbers of their
 * donors, the caller's checks of each pledge and the changes of every stage. Each further pass over a million
 * pledge objects would pay its cache misses again. Reading a chunk (pointer chasing) and then emitting its changes
 * is more than twice as fast as alternating the two per pledge, where the reads and the builders' writes get in each
 * other's way. Immutable once built.
 */
public final class BookIndex {

    private static final Stage[] AMOUNT_STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};
    /** Pledges read at a time before their changes are emitted. */
    private static final int CHUNK = 1024;

    private final Pledge[] byId;
    private final Map<String, Integer> repeatedIds;
    /** The distinct donors (by identity) of the pledges, indexed as in the stages' change records. */
    private final Donor[] donors;
    private final StageIndex[] counted = new StageIndex[Stage.values().length];
    private final StageIndex[] excluded = new StageIndex[Stage.values().length];

    /**
     * Indexes the pledges.
     *
     * @param pledges the pledges, in the book's order
     * @param reader receives every pledge as it is read (the book's checks), or null
     */
    public BookIndex(List<Pledge> pledges, Consumer<Pledge> reader) {
        int n = pledges.size();
        long[] idKeys = new long[n];
        DonorNumbers donorNumbers = new DonorNumbers(n);
        StageIndex.Builder[] in = new StageIndex.Builder[AMOUNT_STAGES.length];
        StageIndex.Builder[] out = new StageIndex.Builder[AMOUNT_STAGES.length];
        for (int s = 0; s < AMOUNT_STAGES.length; s++) {
            in[s] = new StageIndex.Builder();
            out[s] = new StageIndex.Builder();
        }
        boolean anyOut = false;
        Contributions.Events[] chunk = new Contributions.Events[Math.min(CHUNK, n)];
        boolean[] regrants = new boolean[chunk.length];
        for (int k = 0; k < chunk.length; k++) {
            chunk[k] = new Contributions.Events();
        }
        for (int lo = 0; lo < n; lo += CHUNK) {
            int hi = Math.min(n, lo + CHUNK);
            for (int k = lo; k < hi; k++) {
                Pledge p = pledges.get(k);
                idKeys[k] = idKey(p, k);
                donorNumbers.add(p.donor());
                if (reader != null) {
                    reader.accept(p);
                }
                regrants[k - lo] = p.regrantsPooledFunds();
                chunk[k - lo].read(p);
            }
            for (int k = lo; k < hi; k++) {
                boolean regrant = regrants[k - lo];
                anyOut |= regrant;
                StageIndex.Builder[] to = regrant ? out : in;
                for (int s = 0; s < AMOUNT_STAGES.length; s++) {
                    to[s].pledge(donorNumbers.numbers[k]);
                    Contributions.emit(chunk[k - lo], AMOUNT_STAGES[s], to[s]);
                }
            }
        }
        for (int s = 0; s < AMOUNT_STAGES.length; s++) {
            int stage = AMOUNT_STAGES[s].ordinal();
            counted[stage] = in[s].build();
            in[s] = null;
            excluded[stage] = anyOut ? out[s].build() : StageIndex.EMPTY;
            out[s] = null;
        }
        donors = donorNumbers.donors();
        Map<String, Integer> repeated = new TreeMap<>();
        byId = byHashThenId(pledges, idKeys, repeated);
        repeatedIds = Collections.unmodifiableMap(repeated);
    }

    /**
     * The pledges ordered by the hash code of their id, then by id: sorting {@code long} keys is much faster than
     * comparing a million strings, and a lookup is still a binary search ({@code String} caches its hash).
     *
     * @param keys the keys of {@link #idKey}, in the pledges' order; sorted here
     * @param repeated receives each id used more than once, with how many pledges use it
     */
    private static Pledge[] byHashThenId(List<Pledge> pledges, long[] keys, Map<String, Integer> repeated) {
        int n = pledges.size();
        Arrays.sort(keys);
        Pledge[] out = new Pledge[n];
        for (int i = 0; i < n; i++) {
            out[i] = pledges.get((int) keys[i]);
        }
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && (keys[j] >> 32) == (keys[i] >> 32)) {
                j++;
            }
            if (j - i > 1) {
                Arrays.sort(out, i, j, Comparator.comparing(Pledge::id));
                for (int k = i + 1; k < j; k++) {
                    if (out[k].id().equals(out[k - 1].id())) {
                        repeated.merge(out[k].id(), 2, (count, one) -> count + 1);
                    }
                }
            }
            i = j;
        }
        return out;
    }

    /** The sort key of pledge {@code i} for {@link #byHashThenId}: its id's hash code, then its position. */
    private static long idKey(Pledge pledge, int i) {
        return ((long) pledge.id().hashCode() << 32) | i;
    }

    /** Each pledge id used more than once, with how many pledges use it; empty for a valid book. */
    public Map<String, Integer> repeatedIds() {
        return repeatedIds;
    }

    /** The pledge with this id, or null; in O(log n). */
    public Pledge pledge(String id) {
        int h = id.hashCode();
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String other = byId[mid].id();
            int c = other.hashCode() != h ? Integer.compare(other.hashCode(), h) : other.compareTo(id);
            if (c == 0) {
                return byId[mid];
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** The index of the counted pledges at a stage that carries amounts. */
    public StageIndex counted(Stage stage) {
        return counted[stage.ordinal()];
    }

    /** The index of the excluded re-grants at a stage that carries amounts. */
    public StageIndex excluded(Stage stage) {
        return excluded[stage.ordinal()];
    }

    /** Whether {@link #byDonorKey} can answer for this stage from the change records. */
    public boolean groupsByDonor(Stage stage) {
        return counted(stage).hasDonorRecords() && excluded(stage).hasDonorRecords();
    }

    /**
     * The totals of a span grouped by a key of the pledges' donors, in one pass over the change records in range.
     *
     * @param key the group of a donor
     * @param order the order of the groups; keys are told apart by {@code equals}, never by the order
     * @return per group in order: the counted money and count, the excluded money and count
     */
    public <K> Map<K, DonorGroup> byDonorKey(Stage stage, Span span, Function<Donor, K> key,
            Comparator<? super K> order) {
        ChangeRecords.Sums in = counted(stage).records.sums(span.before, span.last, donors.length);
        ChangeRecords.Sums out = excluded(stage).records.sums(span.before, span.last, donors.length);
        boolean arrivals = span.arrivalsOnly();
        Map<K, DonorGroup> groups = new HashMap<>();
        List<K> firstMet = new ArrayList<>();
        for (int d = 0; d < donors.length; d++) {
            K k = key.apply(donors[d]);
            DonorGroup g = groups.get(k);
            if (g == null) {
                g = new DonorGroup();
                groups.put(k, g);
                firstMet.add(k);
            }
            if (in.hasMoney(d)) {
                in.addMoney(d, g.moneySums());
            }
            g.count += in.counted(d, arrivals);
            g.unvalued += in.unvalued(d, arrivals);
            if (out.hasMoney(d)) {
                out.addMoney(d, g.excludedSums());
            }
            g.excludedCount += out.counted(d, arrivals);
            g.excludedUnvalued += out.unvalued(d, arrivals);
        }
        // keyed by equals; the order only sorts, and keys it ranks alike stay apart in the order first met
        firstMet.sort(order);
        LinkedHashMap<K, DonorGroup> sorted = new LinkedHashMap<>();
        for (K k : firstMet) {
            sorted.put(k, groups.get(k));
        }
        return sorted;
    }

    /** One group's sums in {@link #byDonorKey}. Not thread-safe; made inside one query. */
    public static final class DonorGroup {
        /** The sums, made when the first money arrives: a million groups of a million donors stay small. */
        private MoneyTotal.Builder money;
        private MoneyTotal.Builder excludedMoney;
        private long count;
        private long unvalued;
        private long excludedCount;
        private long excludedUnvalued;

        private CurrencySums moneySums() {
            if (money == null) {
                money = MoneyTotal.builder();
            }
            return CurrencySums.inside(money);
        }

        private CurrencySums excludedSums() {
            if (excludedMoney == null) {
                excludedMoney = MoneyTotal.builder();
            }
            return CurrencySums.inside(excludedMoney);
        }

        /** The counted money, without zero sums, with the counted items without money value. */
        public MoneyTotal money() {
            return (money == null ? MoneyTotal.empty() : money.build().withoutZeros()).plusUnvalued(unvalued);
        }

        /** The counted pledges. */
        public long count() {
            return count;
        }

        /** The money of the excluded re-grants, as {@link #money()}. */
        public MoneyTotal excludedMoney() {
            return (excludedMoney == null ? MoneyTotal.empty() : excludedMoney.build().withoutZeros())
                    .plusUnvalued(excludedUnvalued);
        }

        /** The excluded re-grants. */
        public long excludedCount() {
            return excludedCount;
        }
    }
}
