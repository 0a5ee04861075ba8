package io.github.pledgebook.timeline;

import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * An immutable, indexed collection of pledges, conferences, memoranda and milestones that answers "how much, at
 * which stage, as of when".
 * <p>
 * A book is built once from whatever the caller holds and validated as a whole: unique ids per kind, a pledge's
 * conference and a memorandum's pledge and conference that resolve, one party per id, donor hierarchies without
 * cycles. Errors name the offending ids. Adding data with {@link #plus(Pledge)} or {@link #with(Pledge)} gives a new
 * book; this one is unchanged.
 * <p>
 * Building takes O(n log n): every pledge's history is turned into per-day changes of each stage's total (a
 * revision is {@code +new -old} at its date, a cancellation is minus what was counted), sorted by date and summed
 * into per-currency prefix sums of exact unscaled {@code long}s (falling back to {@code BigDecimal} on overflow).
 * Stage totals as of a date or within a window are then answered in O(log n) by binary search
 * ({@link #total(Stage, LocalDate)}, {@link #total(Stage, LocalDateRange)}); donor groupings sum the index's
 * per-donor records in one pass; other groupings, states and chronicles scan the pledges.
 * Dates are always parameters: nothing reads a clock.
 * <pre>{@code
 * PledgeBook book = PledgeBook.builder()
 *         .addPledges(reconstruction, antiDrone)
 *         .addConferences(tokyo).addMemoranda(grantAgreement).addMilestones(armsExportRules)
 *         .build();
 * book.asOf(LocalDate.of(2024, 2, 15)).reported().total();   // [USD 106,000,000]
 * book.asOf(LocalDate.of(2024, 2, 20)).announced().total();  // [JPY 15,800,000,000; USD 37,000,000]
 * book.total(Stage.COMMITTED, LocalDateRange.from(YearQuarter.of(2024, 1)));  // [JPY 15,800,000,000]
 * }</pre>
 * This class is immutable and thread-safe. Two books are equal when they hold equal items in the same order.
 */
public final class PledgeBook {

    private static final Stage[] AMOUNT_STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};
    private static final PledgeBook EMPTY = ofValid(List.of(), List.of(), List.of(), List.of());

    private final List<Pledge> pledges;
    private final List<Conference> conferences;
    private final List<Memorandum> memoranda;
    private final List<Milestone> milestones;
    private final Pledge[] byId;
    private final Map<String, Conference> conferencesById;
    private final Map<String, Memorandum> memorandaById;
    private final StageIndex[] counted = new StageIndex[AMOUNT_STAGES.length];
    private final StageIndex[] excluded = new StageIndex[AMOUNT_STAGES.length];
    /** The distinct donors (by identity) of the pledges, indexed as in the index's donor records. */
    private final Donor[] donors;

    private PledgeBook(List<Pledge> pledges, Pledge[] byId, List<Conference> conferences, List<Memorandum> memoranda,
            List<Milestone> milestones, Indexer indexer) {
        this.pledges = pledges;
        this.conferences = conferences;
        this.memoranda = memoranda;
        this.milestones = milestones;
        this.byId = byId;
        this.conferencesById = index(conferences, Conference::id);
        this.memorandaById = index(memoranda, Memorandum::id);
        this.donors = indexer.donorNumbers.donors();
        System.arraycopy(indexer.counted, 0, counted, 0, counted.length);
        System.arraycopy(indexer.excluded, 0, excluded, 0, excluded.length);
    }

    /** A book of items already validated as a whole. */
    private static PledgeBook ofValid(List<Pledge> pledges, List<Conference> conferences, List<Memorandum> memoranda,
            List<Milestone> milestones) {
        Indexer indexer = new Indexer(pledges, null);
        return new PledgeBook(pledges, byHashThenId(pledges, indexer.idKeys, new TreeMap<>()), conferences,
                memoranda, milestones, indexer);
    }

    /**
     * Reads the pledges once, a chunk at a time, for everything a book needs: the keys of their ids, the numbers of
     * their donors, the checks of the whole book (when built from a {@link Builder}) and the changes of every stage.
     * Each further pass over a million pledge objects would pay its cache misses again. Reading a chunk (pointer
     * chasing) and then emitting its changes is more than twice as fast as alternating the two per pledge, where the
     * reads and the builders' writes get in each other's way.
     */
    private static final class Indexer {
        /** Pledges read at a time before their changes are emitted. */
        private static final int CHUNK = 1024;

        /** The keys of {@link #idKey}, in the pledges' order. */
        final long[] idKeys;
        final DonorNumbers donorNumbers;
        final StageIndex[] counted = new StageIndex[AMOUNT_STAGES.length];
        final StageIndex[] excluded = new StageIndex[AMOUNT_STAGES.length];

        /**
         * Indexes the pledges.
         *
         * @param validation receives every pledge, or null for pledges of a valid book
         */
        Indexer(List<Pledge> pledges, Validation validation) {
            int n = pledges.size();
            idKeys = new long[n];
            donorNumbers = new DonorNumbers(n);
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
                    if (validation != null) {
                        validation.pledge(p);
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
                counted[s] = in[s].build();
                in[s] = null;
                excluded[s] = anyOut ? out[s].build() : StageIndex.EMPTY;
                out[s] = null;
            }
        }
    }

    /**
     * The pledges ordered by the hash code of their id, then by id: sorting {@code long} keys is much faster than
     * comparing a million strings, and a lookup is still a binary search ({@code String} caches its hash).
     *
     * @param keys the keys of {@link #idKey}, in the pledges' order; sorted here
     * @param repeated receives each id used more than once, with how many pledges use it
     */
    static Pledge[] byHashThenId(List<Pledge> pledges, long[] keys, Map<String, Integer> repeated) {
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
    static long idKey(Pledge pledge, int i) {
        return ((long) pledge.id().hashCode() << 32) | i;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new TreeMap<>();
        items.forEach(i -> m.put(id.apply(i), i));
        return m;
    }

    /**
     * Returns the empty book.
     *
     * @return a book without pledges, conferences, memoranda or milestones
     */
    public static PledgeBook empty() {
        return EMPTY;
    }

    /**
     * Returns a book of pledges alone.
     *
     * @param pledges the pledges, with unique ids and without conference ids
     * @return the book
     * @throws IllegalArgumentException if the pledges do not form a valid book; the message lists every problem
     */
    public static PledgeBook of(Collection<? extends Pledge> pledges) {
        return builder().addAllPledges(pledges).build();
    }

    /**
     * Returns a book of everything.
     *
     * @param pledges the pledges
     * @param conferences the conferences the pledges and memoranda refer to, and others
     * @param memoranda the memoranda
     * @param milestones the milestones
     * @return the book
     * @throws IllegalArgumentException if the items do not form a valid book; the message lists every problem
     */
    public static PledgeBook of(Collection<? extends Pledge> pledges, Collection<? extends Conference> conferences,
            Collection<? extends Memorandum> memoranda, Collection<? extends Milestone> milestones) {
        return builder().addAllPledges(pledges).addAllConferences(conferences).addAllMemoranda(memoranda)
                .addAllMilestones(milestones).build();
    }

    /**
     * Returns a builder for a book.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding everything in this book, to add more.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return builder().addAllPledges(pledges).addAllConferences(conferences).addAllMemoranda(memoranda)
                .addAllMilestones(milestones);
    }

    /**
     * The pledges, in the order they were added.
     *
     * @return an unmodifiable list
     */
    public List<Pledge> pledges() {
        return pledges;
    }

    /**
     * The conferences, in the order they were added.
     *
     * @return an unmodifiable list
     */
    public List<Conference> conferences() {
        return conferences;
    }

    /**
     * The memoranda, in the order they were added.
     *
     * @return an unmodifiable list
     */
    public List<Memorandum> memoranda() {
        return memoranda;
    }

    /**
     * The milestones, in the order they were added.
     *
     * @return an unmodifiable list
     */
    public List<Milestone> milestones() {
        return milestones;
    }

    /**
     * Finds a pledge by id, in O(log n).
     *
     * @param id the pledge id
     * @return the pledge, or empty if the book has none with that id
     */
    public Optional<Pledge> pledge(String id) {
        Require.nonNull(id, "pledge id");
        int at = find(byId, id);
        return at < 0 ? Optional.empty() : Optional.of(byId[at]);
    }

    /** The position of the pledge with this id in an array from {@link #byHashThenId}, or -1. */
    static int find(Pledge[] byId, String id) {
        int h = id.hashCode();
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String other = byId[mid].id();
            int c = other.hashCode() != h ? Integer.compare(other.hashCode(), h) : other.compareTo(id);
            if (c == 0) {
                return mid;
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /**
     * Finds a conference by id.
     *
     * @param id the conference id
     * @return the conference, or empty if the book has none with that id
     */
    public Optional<Conference> conference(String id) {
        return Optional.ofNullable(conferencesById.get(Require.nonNull(id, "conference id")));
    }

    /**
     * Finds a memorandum by id.
     *
     * @param id the memorandum id
     * @return the memorandum, or empty if the book has none with that id
     */
    public Optional<Memorandum> memorandum(String id) {
        return Optional.ofNullable(memorandaById.get(Require.nonNull(id, "memorandum id")));
    }

    /**
     * Returns a new book with one more pledge; this book is unchanged.
     *
     * @param pledge the pledge, with an id not yet in the book
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook plus(Pledge pledge) {
        return toBuilder().addPledges(Require.nonNull(pledge, "pledge")).build();
    }

    /**
     * Returns a new book with one more conference; this book is unchanged.
     *
     * @param conference the conference, with an id not yet in the book
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook plus(Conference conference) {
        return toBuilder().addConferences(Require.nonNull(conference, "conference")).build();
    }

    /**
     * Returns a new book with one more memorandum; this book is unchanged.
     *
     * @param memorandum the memorandum, with an id not yet in the book
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook plus(Memorandum memorandum) {
        return toBuilder().addMemoranda(Require.nonNull(memorandum, "memorandum")).build();
    }

    /**
     * Returns a new book with one more milestone; this book is unchanged.
     *
     * @param milestone the milestone, with an id not yet in the book
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook plus(Milestone milestone) {
        return toBuilder().addMilestones(Require.nonNull(milestone, "milestone")).build();
    }

    /**
     * Returns a new book with everything of both; this book is unchanged.
     *
     * @param other another book, whose ids do not clash with this one's
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook plus(PledgeBook other) {
        Require.nonNull(other, "book to add");
        return toBuilder().addAllPledges(other.pledges).addAllConferences(other.conferences)
                .addAllMemoranda(other.memoranda).addAllMilestones(other.milestones).build();
    }

    /**
     * Returns a new book in which the pledge with the same id is replaced by this one (such as the same pledge with
     * a new event), or added if there is none; this book is unchanged.
     * <pre>{@code
     * PledgeBook later = book.with(reconstruction.withEvent(PledgeEvent.disbursed(mar1, yen5bn, mofa)));
     * }</pre>
     *
     * @param pledge the new version of a pledge
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook with(Pledge pledge) {
        Require.nonNull(pledge, "pledge");
        List<Pledge> list = new ArrayList<>(pledges.size() + 1);
        boolean replaced = false;
        for (Pledge p : pledges) {
            if (p.id().equals(pledge.id())) {
                list.add(pledge);
                replaced = true;
            } else {
                list.add(p);
            }
        }
        if (!replaced) {
            list.add(pledge);
        }
        return builder().addAllPledges(list).addAllConferences(conferences).addAllMemoranda(memoranda)
                .addAllMilestones(milestones).build();
    }

    /**
     * The book as the record stood on a date: only the pledge events known by then
     * ({@link io.github.pledgebook.PledgeEvent#knownOn()}), the memoranda signed and the milestones dated by then,
     * and every conference. Pledges with no event known yet are left out. Queries on the result answer "what did
     * the record show", while queries on this book answer "what had happened". Takes O(n log n): the index is
     * rebuilt.
     * <pre>{@code
     * book.asKnownOn(feb11).asOf(feb11).announced();   // what the record showed on 11 Feb
     * }</pre>
     *
     * @param date the date of the record
     * @return the book as known on that date
     */
    public PledgeBook asKnownOn(LocalDate date) {
        Require.nonNull(date, "known-on date");
        List<Pledge> known = new ArrayList<>(pledges.size());
        for (Pledge p : pledges) {
            p.asKnownOn(date).ifPresent(known::add);
        }
        List<Memorandum> signed = new ArrayList<>();
        for (Memorandum m : memoranda) {
            if (!m.signedOn().isAfter(date)) {
                signed.add(m);
            }
        }
        List<Milestone> dated = new ArrayList<>();
        for (Milestone m : milestones) {
            if (!m.date().isAfter(date)) {
                dated.add(m);
            }
        }
        // the pledges of a valid book, so no id repeats
        return ofValid(List.copyOf(known), conferences, List.copyOf(signed), List.copyOf(dated));
    }

    /**
     * The questions one can ask about a date: stage totals, groupings, fulfilment and pledge states as of it.
     *
     * @param date the date of the question; events on that day count
     * @return the snapshot
     */
    public Snapshot asOf(LocalDate date) {
        return new Snapshot(this, Require.nonNull(date, "as-of date"));
    }

    /**
     * The questions one can ask about a window of dates: what changed at each stage within it, grouped or not.
     *
     * @param window the window; its end is exclusive, as in every {@link LocalDateRange}
     * @return the window view
     */
    public Window within(LocalDateRange window) {
        return new Window(this, Require.nonNull(window, "window"));
    }

    /**
     * The total of one stage as of a date, from the index in O(log n).
     *
     * @param stage the stage: reported, announced, committed or disbursed
     * @param date the date; events on that day count
     * @return the total, with what it left out
     * @throws IllegalArgumentException if {@code stage} is {@code CANCELLED}
     */
    public StageTotal total(Stage stage, LocalDate date) {
        int s = Require.amountStage(stage).ordinal();
        long day = Require.day(date, "as-of date");
        return new StageTotal(stage, date, null, counted[s].totalUpTo(day), counted[s].countUpTo(day),
                excluded[s].totalUpTo(day), excluded[s].countUpTo(day));
    }

    /**
     * What changed at one stage within a window, from the index in O(log n): the net change of money (new pledges,
     * revisions, cancellations) and the pledges and unvalued items that arrived at the stage.
     *
     * @param stage the stage: reported, announced, committed or disbursed
     * @param window the window; its end is exclusive, so Q1 2024 is {@code LocalDateRange.from(YearQuarter.of(2024, 1))}
     * @return the total, with what it left out
     * @throws IllegalArgumentException if {@code stage} is {@code CANCELLED}
     */
    public StageTotal total(Stage stage, LocalDateRange window) {
        int s = Require.amountStage(stage).ordinal();
        Require.nonNull(window, "window");
        long first = Require.firstDay(window);
        long before = first == Long.MIN_VALUE ? Long.MIN_VALUE : first - 1;
        long last = window.isEmpty() ? before : Require.lastDay(window);
        return new StageTotal(stage, null, window, counted[s].changeBetween(before, last),
                counted[s].arrivalsBetween(before, last), excluded[s].changeBetween(before, last),
                excluded[s].arrivalsBetween(before, last));
    }

    ConvertedTotal convertedTotal(Stage stage, LocalDate date, CurrencyUnit target, RateTable rates) {
        int s = Require.amountStage(stage).ordinal();
        long day = Require.day(date, "as-of date");
        return converted(counted[s], Long.MIN_VALUE, day, false, target, rates);
    }

    ConvertedTotal convertedTotal(Stage stage, LocalDateRange window, CurrencyUnit target, RateTable rates) {
        int s = Require.amountStage(stage).ordinal();
        Require.nonNull(window, "window");
        long first = Require.firstDay(window);
        long before = first == Long.MIN_VALUE ? Long.MIN_VALUE : first - 1;
        long last = window.isEmpty() ? before : Require.lastDay(window);
        return converted(counted[s], before, last, true, target, rates);
    }

    private static ConvertedTotal converted(StageIndex index, long before, long last, boolean arrivals,
            CurrencyUnit target, RateTable rates) {
        Require.nonNull(target, "target currency");
        Require.nonNull(rates, "rate table");
        return rates.convertDated(index.changes(before, last), target)
                .plusUnvalued(index.unvaluedBetween(before, last, arrivals));
    }

    /** The most periods (months, quarters or years) a series may have: 10,000. */
    public static final int MAX_PERIODS = 10_000;

    /**
     * A monthly series of one stage: what changed in each month and the total at its end.
     * <pre>{@code
     * book.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 1), YearMonth.of(2024, 3));
     * // 2024-01  [USD 37,000,000]  cumulative [USD 37,000,000]
     * // 2024-02  [JPY 15,800,000,000]  cumulative [JPY 15,800,000,000; USD 37,000,000]
     * // 2024-03  []  cumulative [JPY 15,800,000,000; USD 37,000,000]
     * }</pre>
     *
     * @param stage the stage: reported, announced, committed or disbursed
     * @param first the first month
     * @param last the last month, not before the first
     * @return the series, one row per month
     * @throws IllegalArgumentException if {@code last} is before {@code first}, the series would have more than
     *     {@value #MAX_PERIODS} periods, or the stage is cancelled
     */
    public Series<YearMonth> monthly(Stage stage, YearMonth first, YearMonth last) {
        Require.amountStage(stage);
        checkOrder(Require.nonNull(first, "first month"), Require.nonNull(last, "last month"), "month");
        int n = periods(first.until(last, ChronoUnit.MONTHS), "months", first, last);
        List<YearMonth> periods = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            periods.add(first.plusMonths(i));
        }
        return series(stage, periods, Periods::of);
    }

    /**
     * A quarterly series of one stage (calendar quarters): what changed in each quarter and the total at its end.
     *
     * @param stage the stage: reported, announced, committed or disbursed
     * @param first the first quarter
     * @param last the last quarter, not before the first
     * @return the series, one row per quarter
     * @throws IllegalArgumentException if {@code last} is before {@code first}, the series would have more than
     *     {@value #MAX_PERIODS} periods, or the stage is cancelled
     */
    public Series<YearQuarter> quarterly(Stage stage, YearQuarter first, YearQuarter last) {
        Require.amountStage(stage);
        checkOrder(Require.nonNull(first, "first quarter"), Require.nonNull(last, "last quarter"), "quarter");
        int n = periods(first.until(last, java.time.temporal.IsoFields.QUARTER_YEARS), "quarters", first, last);
        List<YearQuarter> periods = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            periods.add(first.plusQuarters(i));
        }
        return series(stage, periods, Periods::of);
    }

    /**
     * A yearly series of one stage (calendar years): what changed in each year and the total at its end.
     *
     * @param stage the stage: reported, announced, committed or disbursed
     * @param first the first year
     * @param last the last year, not before the first
     * @return the series, one row per year
     * @throws IllegalArgumentException if {@code last} is before {@code first}, the series would have more than
     *     {@value #MAX_PERIODS} periods, or the stage is cancelled
     */
    public Series<Year> yearly(Stage stage, Year first, Year last) {
        Require.amountStage(stage);
        checkOrder(Require.nonNull(first, "first year"), Require.nonNull(last, "last year"), "year");
        int n = periods(first.until(last, ChronoUnit.YEARS), "years", first, last);
        List<Year> periods = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            periods.add(first.plusYears(i));
        }
        return series(stage, periods, Periods::of);
    }

    /** The number of periods from first to last, both included, refused above {@link #MAX_PERIODS}. */
    private static int periods(long between, String what, Object first, Object last) {
        if (between >= MAX_PERIODS) {
            throw new IllegalArgumentException("a series must have at most " + MAX_PERIODS + " " + what + ", was "
                    + (between + 1) + " from " + first + " to " + last);
        }
        return (int) between + 1;
    }

    private static <P extends Comparable<? super P>> void checkOrder(P first, P last, String what) {
        if (last.compareTo(first) < 0) {
            throw new IllegalArgumentException("last " + what + " must not be before the first " + what + ", was "
                    + last + " before " + first);
        }
    }

    private <P> Series<P> series(Stage stage, List<P> periods, Function<P, LocalDateRange> range) {
        List<Series.Row<P>> rows = new ArrayList<>(periods.size());
        for (P p : periods) {
            LocalDateRange r = range.apply(p);
            rows.add(new Series.Row<>(p, r, total(stage, r), total(stage, r.getEndInclusive())));
        }
        return new Series<>(stage, rows);
    }

    /**
     * A pledge's state on a date: its stage, amounts per stage, disbursed sum and outstanding commitment.
     *
     * @param pledgeId the pledge's id
     * @param date the date; events on that day count
     * @return the state
     * @throws IllegalArgumentException if the book has no pledge with that id
     */
    public PledgeState stateOf(String pledgeId, LocalDate date) {
        Require.nonNull(date, "date");
        Pledge p = pledge(pledgeId).orElseThrow(() -> new IllegalArgumentException("pledge id " + pledgeId
                + " is not in the book; expected one of its " + pledges.size() + " pledge ids"));
        return new PledgeState(p, date);
    }

    /**
     * Everything that happened, in date order: stage events, conferences, memoranda signed and milestones; narrow
     * it with {@link Chronicle#within(LocalDateRange)}, {@link Chronicle#involving(io.github.pledgebook.Donor)} and
     * {@link Chronicle#ofKinds(EntryKind...)}.
     *
     * @return the whole chronicle of this book
     */
    public Chronicle chronicle() {
        return Chronicle.of(this);
    }

    /**
     * A conference's picture: the pledges announced and committed there, the memoranda itemised, the counts
     * reported in aggregate next to the itemised ones, and the participation figures.
     *
     * @param conferenceId the conference's id
     * @return the picture
     * @throws IllegalArgumentException if the book has no conference with that id
     */
    public ConferencePicture conferencePicture(String conferenceId) {
        Conference c = conference(conferenceId).orElseThrow(() -> new IllegalArgumentException("conference id "
                + conferenceId + " is not in the book; expected one of " + conferencesById.keySet()));
        return ConferencePicture.of(this, c);
    }

    <K> Grouped<K> grouped(Stage stage, GroupBy<K> by, Function<Stage, Tally> tallies) {
        Require.amountStage(stage);
        Require.nonNull(by, "grouping");
        int s = stage.ordinal();
        if (by.donorKey() != null && counted[s].records != null && excluded[s].records != null) {
            return groupedByDonor(stage, by, tallies.apply(stage).total());
        }
        Map<K, Tally> groups = new HashMap<>();
        List<K> firstMet = new ArrayList<>();
        Tally ungrouped = tallies.apply(stage);
        for (Pledge p : pledges) {
            Collection<? extends K> keys = by.keysOf(p, this);
            if (keys.isEmpty()) {
                ungrouped.add(p);
            }
            for (K k : keys) {
                Tally t = groups.get(k);
                if (t == null) {
                    t = tallies.apply(stage);
                    groups.put(k, t);
                    firstMet.add(k);
                }
                t.add(p);
            }
        }
        LinkedHashMap<K, StageTotal> out = new LinkedHashMap<>();
        for (K k : by.sorted(firstMet)) {
            StageTotal total = groups.get(k).total();
            if (!total.isEmpty()) {
                out.put(k, total);
            }
        }
        return new Grouped<>(stage, out, ungrouped.total());
    }

    /** Groups by a key of the donor from the index's donor records: one pass over the records in range. */
    private <K> Grouped<K> groupedByDonor(Stage stage, GroupBy<K> by, StageTotal empty) {
        int s = stage.ordinal();
        boolean arrivals = empty.window().isPresent();
        long before;
        long last;
        if (arrivals) {
            LocalDateRange window = empty.window().get();
            long first = Require.firstDay(window);
            before = first == Long.MIN_VALUE ? Long.MIN_VALUE : first - 1;
            last = window.isEmpty() ? before : Require.lastDay(window);
        } else {
            before = Long.MIN_VALUE;
            last = empty.asOf().get().toEpochDay();
        }
        DonorRecords.Sums in = counted[s].records.sums(before, last, donors.length);
        DonorRecords.Sums out = excluded[s].records.sums(before, last, donors.length);
        Map<K, GroupSums> groups = new HashMap<>();
        List<K> firstMet = new ArrayList<>();
        for (int d = 0; d < donors.length; d++) {
            K key = by.donorKey().apply(donors[d]);
            GroupSums g = groups.get(key);
            if (g == null) {
                g = new GroupSums();
                groups.put(key, g);
                firstMet.add(key);
            }
            in.addMoney(d, g.money);
            g.count += in.counted(d, arrivals);
            g.unvalued += in.unvalued(d, arrivals);
            out.addMoney(d, g.excludedMoney);
            g.excludedCount += out.counted(d, arrivals);
            g.excludedUnvalued += out.unvalued(d, arrivals);
        }
        LinkedHashMap<K, StageTotal> result = new LinkedHashMap<>();
        for (K k : by.sorted(firstMet)) {
            GroupSums g = groups.get(k);
            StageTotal total = new StageTotal(stage, empty.asOf().orElse(null), empty.window().orElse(null),
                    g.money.build().withoutZeros().plusUnvalued(g.unvalued), g.count,
                    g.excludedMoney.build().withoutZeros().plusUnvalued(g.excludedUnvalued), g.excludedCount);
            if (!total.isEmpty()) {
                result.put(k, total);
            }
        }
        return new Grouped<>(stage, result, empty);
    }

    /** One group's running sums in {@link #groupedByDonor}. */
    private static final class GroupSums {
        final MoneyTotal.Builder money = MoneyTotal.builder();
        final MoneyTotal.Builder excludedMoney = MoneyTotal.builder();
        long count;
        long unvalued;
        long excludedCount;
        long excludedUnvalued;
    }

    static Stage[] amountStages() {
        return AMOUNT_STAGES.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PledgeBook)) {
            return false;
        }
        PledgeBook other = (PledgeBook) o;
        return pledges.equals(other.pledges) && conferences.equals(other.conferences)
                && memoranda.equals(other.memoranda) && milestones.equals(other.milestones);
    }

    @Override
    public int hashCode() {
        return ((pledges.hashCode() * 31 + conferences.hashCode()) * 31 + memoranda.hashCode()) * 31
                + milestones.hashCode();
    }

    /**
     * Returns the size of the book, such as {@code PledgeBook[3 pledges, 1 conference, 4 memoranda, 1 milestone]}.
     */
    @Override
    public String toString() {
        return "PledgeBook[" + count(pledges.size(), "pledge", "pledges") + ", "
                + count(conferences.size(), "conference", "conferences") + ", "
                + count(memoranda.size(), "memorandum", "memoranda") + ", "
                + count(milestones.size(), "milestone", "milestones") + "]";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * Numbers the distinct donors of pledges (by identity) in the order first seen, and records each pledge's
     * number. A million pledges share a few hundred donor objects, so the last donors seen are kept in a small
     * table by identity hash and most lookups never reach the map. Not thread-safe.
     */
    static final class DonorNumbers {
        private static final int RECENT = 256;
        private final Map<Donor, Integer> index = new IdentityHashMap<>();
        private final Donor[] recent = new Donor[RECENT];
        private final int[] recentNumber = new int[RECENT];
        /** The number of each pledge's donor, in the pledges' order. */
        final int[] numbers;
        private int n;

        DonorNumbers(int pledges) {
            numbers = new int[pledges];
        }

        /** Numbers the donor of the next pledge. */
        void add(Donor donor) {
            int slot = System.identityHashCode(donor) & (RECENT - 1);
            if (recent[slot] != donor) {
                Integer known = index.putIfAbsent(donor, index.size());
                recent[slot] = donor;
                recentNumber[slot] = known == null ? index.size() - 1 : known;
            }
            numbers[n++] = recentNumber[slot];
        }

        /** The distinct donors, indexed by their numbers. */
        Donor[] donors() {
            Donor[] donors = new Donor[index.size()];
            index.forEach((d, k) -> donors[k] = d);
            return donors;
        }
    }

    /**
     * Collects pledges, conferences, memoranda and milestones, and builds a validated {@link PledgeBook}.
     * Not thread-safe; the book it builds is.
     */
    public static final class Builder {
        private final List<Pledge> pledges = new ArrayList<>();
        private final List<Conference> conferences = new ArrayList<>();
        private final List<Memorandum> memoranda = new ArrayList<>();
        private final List<Milestone> milestones = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds pledges.
         *
         * @param pledges the pledges
         * @return this builder
         */
        public Builder addPledges(Pledge... pledges) {
            return addAllPledges(Arrays.asList(Require.nonNull(pledges, "pledges")));
        }

        /**
         * Adds pledges from any collection.
         *
         * @param pledges the pledges
         * @return this builder
         */
        public Builder addAllPledges(Collection<? extends Pledge> pledges) {
            addAll(this.pledges, pledges, "pledge");
            return this;
        }

        /**
         * Adds conferences.
         *
         * @param conferences the conferences
         * @return this builder
         */
        public Builder addConferences(Conference... conferences) {
            return addAllConferences(Arrays.asList(Require.nonNull(conferences, "conferences")));
        }

        /**
         * Adds conferences from any collection.
         *
         * @param conferences the conferences
         * @return this builder
         */
        public Builder addAllConferences(Collection<? extends Conference> conferences) {
            addAll(this.conferences, conferences, "conference");
            return this;
        }

        /**
         * Adds memoranda.
         *
         * @param memoranda the memoranda
         * @return this builder
         */
        public Builder addMemoranda(Memorandum... memoranda) {
            return addAllMemoranda(Arrays.asList(Require.nonNull(memoranda, "memoranda")));
        }

        /**
         * Adds memoranda from any collection.
         *
         * @param memoranda the memoranda
         * @return this builder
         */
        public Builder addAllMemoranda(Collection<? extends Memorandum> memoranda) {
            addAll(this.memoranda, memoranda, "memorandum");
            return this;
        }

        /**
         * Adds milestones.
         *
         * @param milestones the milestones
         * @return this builder
         */
        public Builder addMilestones(Milestone... milestones) {
            return addAllMilestones(Arrays.asList(Require.nonNull(milestones, "milestones")));
        }

        /**
         * Adds milestones from any collection.
         *
         * @param milestones the milestones
         * @return this builder
         */
        public Builder addAllMilestones(Collection<? extends Milestone> milestones) {
            addAll(this.milestones, milestones, "milestone");
            return this;
        }

        private static <T> void addAll(List<T> to, Collection<? extends T> items, String what) {
            Require.nonNull(items, what + "s");
            int i = 0;
            for (T item : items) {
                if (item == null) {
                    throw new NullPointerException(what + " at position " + i + " is required, was null");
                }
                to.add(item);
                i++;
            }
        }

        /**
         * Validates everything as a whole and builds the book with its index, in O(n log n).
         *
         * @return the book
         * @throws IllegalArgumentException if ids repeat, references do not resolve, one id names two different
         *     parties or a donor hierarchy has a cycle; the message lists every problem with the ids involved
         */
        public PledgeBook build() {
            // the index is built in the same pass as the checks, and thrown away if they fail
            Validation validation = new Validation(conferences, memoranda, milestones);
            Indexer indexer = new Indexer(pledges, validation);
            Map<String, Integer> repeatedIds = new TreeMap<>();
            Pledge[] byId = byHashThenId(pledges, indexer.idKeys, repeatedIds);
            validation.finish(byId, repeatedIds);
            if (pledges.isEmpty() && conferences.isEmpty() && memoranda.isEmpty() && milestones.isEmpty()) {
                return EMPTY;
            }
            return new PledgeBook(List.copyOf(pledges), byId, List.copyOf(conferences), List.copyOf(memoranda),
                    List.copyOf(milestones), indexer);
        }
    }
}
