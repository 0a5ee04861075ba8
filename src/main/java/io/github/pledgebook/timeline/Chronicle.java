package io.github.pledgebook.timeline;

import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.internal.Periods;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.threeten.extra.LocalDateRange;

/**
 * A chronological account of everything in a book: pledge events at every stage, conferences, memoranda signed and
 * milestones, narrowed by period, donor and kind.
 * <p>
 * Entries are ordered by date; on one day, milestones first, then conferences, pledge events by stage, and
 * memoranda, each by id (a pledge's events of one day keep their history order). Filters combine; each returns a
 * new chronicle.
 * <pre>{@code
 * book.chronicle()
 *     .within(LocalDateRange.ofClosed(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)))
 *     .involving(japan)
 *     .ofKinds(EntryKind.ANNOUNCED, EntryKind.COMMITTED, EntryKind.MEMORANDUM)
 *     .entries()
 *     .forEach(System.out::println);
 * }</pre>
 * This class is immutable and thread-safe; the entries are computed when asked for, in O(n log n).
 */
public final class Chronicle {

    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::date)
            .thenComparing(TimelineEntry::kind).thenComparing(TimelineEntry::id);

    private final PledgeBook book;
    private final LocalDateRange period;
    private final Donor donor;
    private final Set<EntryKind> kinds;

    private Chronicle(PledgeBook book, LocalDateRange period, Donor donor, Set<EntryKind> kinds) {
        this.book = book;
        this.period = period;
        this.donor = donor;
        this.kinds = kinds;
    }

    static Chronicle of(PledgeBook book) {
        return new Chronicle(book, null, null, EnumSet.allOf(EntryKind.class));
    }

    /**
     * Keeps the entries dated within a period (a conference by its first day).
     *
     * @param period the period; its end is exclusive
     * @return the narrowed chronicle
     */
    public Chronicle within(LocalDateRange period) {
        return new Chronicle(book, Check.required(period, "period"), donor, kinds);
    }

    /**
     * Keeps the entries that involve a donor or any donor below it in the hierarchy: its pledges, the conferences it
     * hosted, the memoranda it signed (or that formalise its pledges), its milestones.
     *
     * @param donor the donor, such as a government to include its agencies
     * @return the narrowed chronicle
     */
    public Chronicle involving(Donor donor) {
        return new Chronicle(book, period, Check.required(donor, "donor"), kinds);
    }

    /**
     * Keeps the entries of the given kinds.
     *
     * @param kinds one or more kinds
     * @return the narrowed chronicle
     * @throws IllegalArgumentException if no kind is given
     */
    public Chronicle ofKinds(EntryKind... kinds) {
        Check.required(kinds, "kinds");
        if (kinds.length == 0) {
            throw new IllegalArgumentException("kinds must name at least one kind of entry, was none");
        }
        Set<EntryKind> set = EnumSet.noneOf(EntryKind.class);
        for (EntryKind k : kinds) {
            set.add(Check.required(k, "kind"));
        }
        set.retainAll(this.kinds);
        return new Chronicle(book, period, donor, set);
    }

    /**
     * The entries, in order.
     *
     * @return an unmodifiable list
     */
    public List<TimelineEntry> entries() {
        List<TimelineEntry> out = new ArrayList<>();
        for (Pledge p : book.pledges()) {
            if (donor != null && !involves(p.donor())) {
                continue;
            }
            for (PledgeEvent e : p.history()) {
                if (kinds.contains(EntryKind.of(e.stage())) && inPeriod(e.date())) {
                    out.add(TimelineEntry.of(p, e));
                }
            }
        }
        if (kinds.contains(EntryKind.CONFERENCE)) {
            for (Conference c : book.conferences()) {
                if (inPeriod(c.startDate()) && (donor == null || anyInvolved(c.hosts()))) {
                    out.add(TimelineEntry.of(c));
                }
            }
        }
        if (kinds.contains(EntryKind.MEMORANDUM)) {
            for (Memorandum m : book.memoranda()) {
                if (inPeriod(m.signedOn()) && (donor == null || anyInvolved(m.parties()) || m.pledgeId()
                        .flatMap(book::pledge).filter(p -> involves(p.donor())).isPresent())) {
                    out.add(TimelineEntry.of(m));
                }
            }
        }
        if (kinds.contains(EntryKind.MILESTONE)) {
            for (Milestone m : book.milestones()) {
                if (inPeriod(m.date()) && (donor == null || anyInvolved(m.parties()))) {
                    out.add(TimelineEntry.of(m));
                }
            }
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /**
     * The entries, in order, as a stream.
     *
     * @return the stream
     */
    public Stream<TimelineEntry> stream() {
        return entries().stream();
    }

    private boolean inPeriod(java.time.LocalDate date) {
        return period == null || period.contains(date);
    }

    private boolean anyInvolved(List<? extends Party> parties) {
        for (Party p : parties) {
            if (involves(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean involves(Party party) {
        if (party.id().equals(donor.id())) {
            return true;
        }
        return party instanceof Donor && ((Donor) party).isPartOf(donor);
    }

    /**
     * Returns the filters, such as {@code Chronicle[2024-02-01..2024-02-29, involving jp-gov, [ANNOUNCED]]}.
     */
    @Override
    public String toString() {
        return "Chronicle[" + (period == null ? "all dates" : Periods.text(period)) + ", "
                + (donor == null ? "all donors" : "involving " + donor.id()) + ", "
                + (kinds.size() == EntryKind.values().length ? "all kinds" : Arrays.toString(kinds.toArray())) + "]";
    }
}
