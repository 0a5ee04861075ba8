package io.github.pledgebook.timeline;

import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.internal.Periods;
import io.github.pledgebook.internal.RecentlySeen;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.timeline.index.BookIndex;
import io.github.pledgebook.timeline.index.Span;
import io.github.pledgebook.timeline.index.StageIndex;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

    private static final PledgeBook EMPTY = ofValid(List.of(), List.of(), List.of(), List.of());

    private final List<Pledge> pledges;
    private final List<Conference> conferences;
    private final List<Memorandum> memoranda;
    private final List<Milestone> milestones;
    private final Map<String, Conference> conferencesById;
    private final Map<String, Memorandum> memorandaById;
    /** The engine: pledges by id and the index of every stage (package {@code timeline.index}). */
    private final BookIndex index;

    private PledgeBook(List<Pledge> pledges, List<Conference> conferences, List<Memorandum> memoranda,
            List<Milestone> milestones, BookIndex index) {
        this.pledges = pledges;
        this.conferences = conferences;
        this.memoranda = memoranda;
        this.milestones = milestones;
        this.index = index;
        this.conferencesById = index(conferences, Conference::id);
        this.memorandaById = index(memoranda, Memorandum::id);
    }

    /** A book of items already validated as a whole. */
    private static PledgeBook ofValid(List<Pledge> pledges, List<Conference> conferences, List<Memorandum> memoranda,
            List<Milestone> milestones) {
        return new PledgeBook(pledges, conferences, memoranda, milestones, new BookIndex(pledges, null));
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
        return Optional.ofNullable(index.pledge(Check.required(id, "pledge id")));
    }

    /**
     * Finds a conference by id.
     *
     * @param id the conference id
     * @return the conference, or empty if the book has none with that id
     */
    public Optional<Conference> conference(String id) {
        return Optional.ofNullable(conferencesById.get(Check.required(id, "conference id")));
    }

    /**
     * Finds a memorandum by id.
     *
     * @param id the memorandum id
     * @return the memorandum, or empty if the book has none with that id
     */
    public Optional<Memorandum> memorandum(String id) {
        return Optional.ofNullable(memorandaById.get(Check.required(id, "memorandum id")));
    }

    /**
     * Returns a new book with one more pledge; this book is unchanged.
     *
     * @param pledge the pledge, with an id not yet in the book
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook plus(Pledge pledge) {
        return toBuilder().addPledges(Check.required(pledge, "pledge")).build();
    }

    /**
     * Returns a new book with one more conference; this book is unchanged.
     *
     * @param conference the conference, with an id not yet in the book
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook plus(Conference conference) {
        return toBuilder().addConferences(Check.required(conference, "conference")).build();
    }

    /**
     * Returns a new book with one more memorandum; this book is unchanged.
     *
     * @param memorandum the memorandum, with an id not yet in the book
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook plus(Memorandum memorandum) {
        return toBuilder().addMemoranda(Check.required(memorandum, "memorandum")).build();
    }

    /**
     * Returns a new book with one more milestone; this book is unchanged.
     *
     * @param milestone the milestone, with an id not yet in the book
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook plus(Milestone milestone) {
        return toBuilder().addMilestones(Check.required(milestone, "milestone")).build();
    }

    /**
     * Returns a new book with everything of both; this book is unchanged.
     *
     * @param other another book, whose ids do not clash with this one's
     * @return the new book
     * @throws IllegalArgumentException if the result would not be a valid book
     */
    public PledgeBook plus(PledgeBook other) {
        Check.required(other, "book to add");
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
        Check.required(pledge, "pledge");
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
        Check.required(date, "known-on date");
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
        return new Snapshot(this, Check.required(date, "as-of date"));
    }

    /**
     * The questions one can ask about a window of dates: what changed at each stage within it, grouped or not.
     *
     * @param window the window; its end is exclusive, as in every {@link LocalDateRange}
     * @return the window view
     */
    public Window within(LocalDateRange window) {
        return new Window(this, Check.required(window, "window"));
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
        Check.amountStage(stage, Stage.CANCELLED);
        return total(stage, Span.asOf(date));
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
        Check.amountStage(stage, Stage.CANCELLED);
        return total(stage, Span.within(window));
    }

    /** The total of one stage over a span, from the index in O(log n). */
    StageTotal total(Stage stage, Span span) {
        StageIndex in = index.counted(Check.amountStage(stage, Stage.CANCELLED));
        StageIndex out = index.excluded(stage);
        return new StageTotal(stage, span, in.total(span), in.count(span), out.total(span), out.count(span));
    }

    /** The counted money of one stage over a span, each day's changes converted at that day's rates. */
    ConvertedTotal convertedTotal(Stage stage, Span span, CurrencyUnit target, RateTable rates) {
        StageIndex in = index.counted(Check.amountStage(stage, Stage.CANCELLED));
        Check.required(target, "target currency");
        Check.required(rates, "rate table");
        return rates.convertTotalsByDate(in.changes(span), target).plusUnvalued(in.unvalued(span));
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
        Check.amountStage(stage, Stage.CANCELLED);
        checkOrder(Check.required(first, "first month"), Check.required(last, "last month"), "month");
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
        Check.amountStage(stage, Stage.CANCELLED);
        checkOrder(Check.required(first, "first quarter"), Check.required(last, "last quarter"), "quarter");
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
        Check.amountStage(stage, Stage.CANCELLED);
        checkOrder(Check.required(first, "first year"), Check.required(last, "last year"), "year");
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
        Check.required(date, "date");
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

    /** A stage's totals over a span grouped by a key: from the index's change records for donor keys, else a scan. */
    <K> Grouped<K> grouped(Stage stage, GroupBy<K> by, Span span) {
        Check.amountStage(stage, Stage.CANCELLED);
        Check.required(by, "grouping");
        LinkedHashMap<K, StageTotal> out = new LinkedHashMap<>();
        if (by.donorKey() != null && index.groupsByDonor(stage)) {
            index.byDonorKey(stage, span, by.donorKey(), by.order()).forEach((k, g) -> {
                StageTotal total = new StageTotal(stage, span, g.money(), g.count(), g.excludedMoney(),
                        g.excludedCount());
                if (!total.isEmpty()) {
                    out.put(k, total);
                }
            });
            return new Grouped<>(stage, out, Tally.of(stage, span).total());
        }
        Map<K, Tally> groups = new HashMap<>();
        List<K> firstMet = new ArrayList<>();
        Tally ungrouped = Tally.of(stage, span);
        for (Pledge p : pledges) {
            Collection<? extends K> keys = by.keysOf(p, this);
            if (keys.isEmpty()) {
                ungrouped.add(p);
            }
            for (K k : keys) {
                Tally t = groups.get(k);
                if (t == null) {
                    t = Tally.of(stage, span);
                    groups.put(k, t);
                    firstMet.add(k);
                }
                t.add(p);
            }
        }
        for (K k : by.sorted(firstMet)) {
            StageTotal total = groups.get(k).total();
            if (!total.isEmpty()) {
                out.put(k, total);
            }
        }
        return new Grouped<>(stage, out, ungrouped.total());
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
            return addAllPledges(Arrays.asList(Check.required(pledges, "pledges")));
        }

        /**
         * Adds pledges from any collection.
         *
         * @param pledges the pledges
         * @return this builder
         */
        public Builder addAllPledges(Collection<? extends Pledge> pledges) {
            addAll(this.pledges, pledges, "pledge", "pledges");
            return this;
        }

        /**
         * Adds conferences.
         *
         * @param conferences the conferences
         * @return this builder
         */
        public Builder addConferences(Conference... conferences) {
            return addAllConferences(Arrays.asList(Check.required(conferences, "conferences")));
        }

        /**
         * Adds conferences from any collection.
         *
         * @param conferences the conferences
         * @return this builder
         */
        public Builder addAllConferences(Collection<? extends Conference> conferences) {
            addAll(this.conferences, conferences, "conference", "conferences");
            return this;
        }

        /**
         * Adds memoranda.
         *
         * @param memoranda the memoranda
         * @return this builder
         */
        public Builder addMemoranda(Memorandum... memoranda) {
            return addAllMemoranda(Arrays.asList(Check.required(memoranda, "memoranda")));
        }

        /**
         * Adds memoranda from any collection.
         *
         * @param memoranda the memoranda
         * @return this builder
         */
        public Builder addAllMemoranda(Collection<? extends Memorandum> memoranda) {
            addAll(this.memoranda, memoranda, "memorandum", "memoranda");
            return this;
        }

        /**
         * Adds milestones.
         *
         * @param milestones the milestones
         * @return this builder
         */
        public Builder addMilestones(Milestone... milestones) {
            return addAllMilestones(Arrays.asList(Check.required(milestones, "milestones")));
        }

        /**
         * Adds milestones from any collection.
         *
         * @param milestones the milestones
         * @return this builder
         */
        public Builder addAllMilestones(Collection<? extends Milestone> milestones) {
            addAll(this.milestones, milestones, "milestone", "milestones");
            return this;
        }

        private static <T> void addAll(List<T> to, Collection<? extends T> items, String what, String plural) {
            Check.required(items, plural);
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
            Validation validation = new Validation(conferences, memoranda, milestones, pledges.size());
            BookIndex index = new BookIndex(pledges, validation::pledge);
            validation.finish(id -> index.pledge(id) != null, index.repeatedIds());
            if (pledges.isEmpty() && conferences.isEmpty() && memoranda.isEmpty() && milestones.isEmpty()) {
                return EMPTY;
            }
            return new PledgeBook(List.copyOf(pledges), List.copyOf(conferences), List.copyOf(memoranda),
                    List.copyOf(milestones), index);
        }
    }
}
