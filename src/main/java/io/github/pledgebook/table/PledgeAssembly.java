package io.github.pledgebook.table;

import static io.github.pledgebook.table.EventTable.*;
import static io.github.pledgebook.table.PledgeCells.PLEDGE_COLUMNS;
import static io.github.pledgebook.table.PledgeCells.emptyToNull;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Donor;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles the pledges of an event table from their rows, in the order of their first rows.
 * <p>
 * Speed: the writer puts a pledge's rows together, so a pledge is built as soon as its rows end, when everything
 * it names (parties, sectors) is already defined and nothing about it is wrong; its scratch rows die young instead
 * of outliving the whole read. Whatever is not certain then (a party or sector defined further down, a problem, a
 * pledge whose rows come back later) waits for the end and is built there as before, so the result, problems
 * included, is the same in either case. Only the conference check waits for the end for every pledge, since a
 * conference's figures may follow.
 */
final class PledgeAssembly {

    /**
     * A pledge's rows: the pledge cells of its first row (an array shared with the pledges that have the same) and
     * its events; once built early, the pledge, and the cells in case its rows come back.
     */
    private static final class PledgeDef {
        final long row;
        final String id;
        String[] cells;
        List<PledgeEvent> events = new ArrayList<>(4);
        List<Long> badRows = List.of();
        /** The pledge, built as soon as its rows ended; null while open or when it waits for the end. */
        Pledge built;
        /** Its rows came back after other rows: built at the end only. */
        boolean scattered;
        /** Made into a pledge of the book, at the end. */
        boolean made;
        /** The last row (as {@link SheetRow#record}) whose pledge cells were its own; -1 if none. */
        long matched = -1;

        void bad(long row) {
            if (badRows.isEmpty()) {
                badRows = new ArrayList<>(2);
            }
            if (!badRows.contains(row)) {
                badRows.add(row);
            }
        }

        PledgeDef(long row, String id) {
            this.row = row;
            this.id = id;
        }
    }

    private final SheetRow row;
    private final List<RowProblem> problems;
    private final EventCells cells;
    private final PledgeCells fields;
    private final TableDefinitions definitions;
    private final Map<String, PledgeDef> pledges;
    /** The pledges in the order of their first rows, which is the book's order. */
    private final List<PledgeDef> pledgeOrder = new ArrayList<>();
    /** The pledge whose rows are being read: the last event row's. */
    private PledgeDef open;
    /** One copy of each combination of pledge cells (few: donor, kind, ...), open addressing; see cellSet. */
    private static final int CELL_SETS = 10_000;
    private final String[][] cellSets = new String[16_384][];
    private int cellSetCount;
    private String[] lastCellSet;
    /** The pledge cells of the row being read. */
    private final String[] scratch = new String[PLEDGE_COLUMNS.length];

    /** @param expected how many pledges there may be (the map of pledges is made that large), 0 if not known */
    PledgeAssembly(SheetRow row, List<RowProblem> problems, EventCells cells, TableDefinitions definitions,
            int expected) {
        this.pledges = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
        this.row = row;
        this.problems = problems;
        this.cells = cells;
        this.fields = new PledgeCells(problems);
        this.definitions = definitions;
    }

    /** A row of a kind is read next: the open pledge's rows end unless it is another of its event rows. */
    void next(String record) {
        if (open != null && !(record.equals(EVENT) && open.id.equals(row.cell(ID)))) {
            closeOpen();
        }
    }

    /** The rows ended: the open pledge's rows too. */
    void end() {
        closeOpen();
    }

    /**
     * The pledges, once every row is read and the conferences are made, leaving out (with a problem) the ones that
     * cannot be made.
     */
    List<Pledge> build(Set<String> conferenceIds) {
        List<Pledge> builtPledges = new ArrayList<>(pledges.size());
        for (PledgeDef p : pledgeOrder) {
            Pledge pledge = p.built != null ? builtEarly(p, conferenceIds) : pledge(p, conferenceIds);
            p.events = null;
            p.built = null;
            if (pledge != null) {
                builtPledges.add(pledge);
                p.made = true;
            }
        }
        return builtPledges;
    }

    /** Whether a pledge with an id was made by {@link #build}. */
    boolean isMade(String id) {
        PledgeDef p = pledges.get(id);
        return p != null && p.made;
    }

    /** An event row of the pledge with an id: its first row defines it, a later one must repeat its cells. */
    void event(String id) {
        PledgeDef p;
        boolean first = false;
        if (open != null && open.id.equals(id)) {
            p = open;
        } else {
            PledgeDef fresh = new PledgeDef(row.number(), id);
            p = pledges.putIfAbsent(id, fresh);
            if (p == null) {
                first = true;
                p = fresh;
            } else {
                reopen(p);
            }
        }
        if (first) {
            pledgeOrder.add(p);
            String[] cells = scratch;
            for (int i = 0; i < PLEDGE_COLUMNS.length; i++) {
                cells[i] = row.cell(PLEDGE_COLUMNS[i]);
            }
            p.cells = cellSet(cells);
            if (!definitions.definePledgeParties()) {
                p.bad(row.number());
            }
            p.matched = row.whole(PLEDGE_COLUMNS) ? row.record() : -1;
        } else if (p == open && row.sameSince(PLEDGE_COLUMNS, p.matched)) {
            // the cells are those of an earlier row of this pledge that had its own
            p.matched = row.whole(PLEDGE_COLUMNS) ? row.record() : -1;
        } else {
            boolean same = true;
            for (int i = 0; i < PLEDGE_COLUMNS.length; i++) {
                String cell = row.cell(PLEDGE_COLUMNS[i]);
                if (!cell.equals(p.cells[i])) {
                    same = false;
                    row.problem(PLEDGE_COLUMNS[i], cell, "differs from row " + p.row + " of pledge " + id + " (\""
                            + p.cells[i] + "\"); every row of a pledge must repeat its pledge fields");
                }
            }
            if (same) {
                p.matched = row.whole(PLEDGE_COLUMNS) ? row.record() : -1;
            }
        }
        open = p;
        PledgeEvent e = cells.pledgeEvent();
        if (e == null || row.isBad()) {
            p.bad(row.number());
            return;
        }
        p.events.add(e);
    }

    /** A pledge's rows came back after other rows: it is built at the end, from all its rows, as it was. */
    private void reopen(PledgeDef p) {
        p.scattered = true;
        if (p.built != null) {
            p.events = new ArrayList<>(p.built.history());
            p.built = null;
        }
    }

    /** The rows of the open pledge ended: builds it now if nothing about it can change or go wrong later. */
    private void closeOpen() {
        PledgeDef p = open;
        open = null;
        if (p == null || p.scattered || !p.badRows.isEmpty()) {
            return;
        }
        Pledge pledge = early(p);
        if (pledge == null) {
            return;
        }
        p.built = pledge;
        p.events = null;
    }

    /**
     * One shared copy of a pledge's cells (a table holds a few combinations: donor, kind, category, ...), from the
     * cells of a row; the first {@value #CELL_SETS} combinations are kept, the others copied for their pledge.
     */
    private String[] cellSet(String[] cells) {
        if (lastCellSet != null && Arrays.equals(cells, lastCellSet)) {
            return lastCellSet;
        }
        int h = Arrays.hashCode(cells);
        int mask = cellSets.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        for (String[] known = cellSets[i]; known != null; known = cellSets[i]) {
            if (Arrays.equals(known, cells)) {
                lastCellSet = known;
                return known;
            }
            i = (i + 1) & mask;
        }
        String[] copy = cells.clone();
        if (cellSetCount < CELL_SETS) {
            cellSets[i] = copy;
            cellSetCount++;
            lastCellSet = copy;
        }
        return copy;
    }

    private Pledge pledge(PledgeDef p, Set<String> conferenceIds) {
        if (!p.badRows.isEmpty()) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(ID), p.id, "pledge was left out because of the problems "
                    + "on rows " + p.badRows.toString().replaceAll("[\\[\\]]", "")));
            return null;
        }
        String[] c = p.cells;
        String where = "pledge " + p.id;
        Party donor = definitions.resolve(c[0], p.row, where);
        Party recipient = definitions.resolve(c[5], p.row, where);
        Party channel = c[7].isEmpty() ? null : definitions.resolve(c[7], p.row, where);
        if (donor == null || recipient == null || (!c[7].isEmpty() && channel == null)) {
            return leftOut(p, "a party could not be made");
        }
        if (!(donor instanceof Donor)) {
            return leftOut(p, "its donor " + donor.id() + " is defined as an organization, not a donor");
        }
        if (!fields.sameName(p.row, RECIPIENT_NAME, c[6], recipient.name()) || (channel != null
                && !fields.sameName(p.row, CHANNEL_NAME, c[8], channel.name()))) {
            return null;
        }
        int before = problems.size();
        AidCategory category = fields.constant(p.row, CATEGORY, c[9], AidCategory.class);
        Instrument instrument = fields.constant(p.row, INSTRUMENT, c[10], Instrument.class);
        List<Sector> sectorList = definitions.sectors(p.row, SECTORS, c[11]);
        LocalDate from = fields.date(p.row, COVERAGE_FROM, c[14]);
        LocalDate to = fields.date(p.row, COVERAGE_TO, c[15]);
        InKind inKind = fields.inKind(p.row, c[16], c[17], c[18]);
        Boolean regrants = fields.bool(p.row, REGRANTS, c[19]);
        if (problems.size() > before || category == null || instrument == null || sectorList == null) {
            return leftOut(p, "a pledge field could not be read");
        }
        if ((from == null) != (to == null)) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(from == null ? COVERAGE_FROM : COVERAGE_TO), "",
                    "is empty but the other end of the coverage is given; expected both or neither"));
            return leftOut(p, "its coverage is incomplete");
        }
        if (!c[13].isEmpty() && !conferenceIds.contains(c[13])) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(CONFERENCE_ID), c[13], "names no conference of the "
                    + "table; expected the id of a conference row"));
            return leftOut(p, "its conference is unknown");
        }
        try {
            Pledge.Builder b = Pledge.builder().id(p.id).donor((Donor) donor).recipient(recipient)
                    .channel(Optional.ofNullable(channel)).category(category).instrument(instrument)
                    .sectors(sectorList).description(Optional.ofNullable(emptyToNull(c[12])))
                    .conferenceId(Optional.ofNullable(emptyToNull(c[13]))).inKind(Optional.ofNullable(inKind))
                    .regrantsPooledFunds(Boolean.TRUE.equals(regrants)).history(p.events);
            if (from != null) {
                b.coverage(EventTable.coverage(from, to));
            }
            return b.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(ID), p.id, "pledge is not valid, so it was left out: "
                    + e.getMessage()));
            return null;
        }
    }

    /**
     * The pledge of rows that just ended, built as {@link #pledge} would build it at the end, or null (and no trace:
     * no problem, no cached failure) if that is not certain now; the conference check is left for the end.
     */
    private Pledge early(PledgeDef p) {
        String[] c = p.cells;
        Party donor = definitions.tryResolve(c[0]);
        Party recipient = definitions.tryResolve(c[5]);
        Party channel = c[7].isEmpty() ? null : definitions.tryResolve(c[7]);
        if (!(donor instanceof Donor) || recipient == null || (!c[7].isEmpty() && channel == null)
                || !c[6].equals(recipient.name()) || (channel != null && !c[8].equals(channel.name()))) {
            return null;
        }
        List<Sector> sectorList = definitions.knownSectors(c[11]);
        if (sectorList == null) {
            return null;
        }
        int before = problems.size();
        try {
            AidCategory category = fields.constant(p.row, CATEGORY, c[9], AidCategory.class);
            Instrument instrument = fields.constant(p.row, INSTRUMENT, c[10], Instrument.class);
            LocalDate from = fields.date(p.row, COVERAGE_FROM, c[14]);
            LocalDate to = fields.date(p.row, COVERAGE_TO, c[15]);
            InKind inKind = fields.inKind(p.row, c[16], c[17], c[18]);
            Boolean regrants = fields.bool(p.row, REGRANTS, c[19]);
            if (problems.size() > before || category == null || instrument == null || (from == null) != (to == null)) {
                return null;
            }
            Pledge.Builder b = Pledge.builder().id(p.id).donor((Donor) donor).recipient(recipient)
                    .channel(Optional.ofNullable(channel)).category(category).instrument(instrument)
                    .sectors(sectorList).description(Optional.ofNullable(emptyToNull(c[12])))
                    .conferenceId(Optional.ofNullable(emptyToNull(c[13]))).inKind(Optional.ofNullable(inKind))
                    .regrantsPooledFunds(Boolean.TRUE.equals(regrants)).history(p.events);
            if (from != null) {
                b.coverage(EventTable.coverage(from, to));
            }
            Pledge pledge = b.build();
            definitions.builtInUsed(sectorList);
            return pledge;
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        } finally {
            // a problem found now is found again, in its place, when the pledge is built at the end
            if (problems.size() > before) {
                problems.subList(before, problems.size()).clear();
            }
        }
    }

    /** A pledge built early, at the end: its conference must exist, and a sector row may have renamed a constant. */
    private Pledge builtEarly(PledgeDef p, Set<String> conferenceIds) {
        String conference = p.cells[13];
        if (!conference.isEmpty() && !conferenceIds.contains(conference)) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(CONFERENCE_ID), conference, "names no conference of the "
                    + "table; expected the id of a conference row"));
            return leftOut(p, "its conference is unknown");
        }
        Pledge pledge = p.built;
        if (definitions.builtInRedefined()) {
            List<Sector> defined = new ArrayList<>(pledge.sectors().size());
            boolean changed = false;
            for (Sector s : pledge.sectors()) {
                Sector d = definitions.defined(s);
                changed |= d != s;
                defined.add(d);
            }
            if (changed) {
                pledge = Pledge.builder().from(pledge).sectors(defined).build();
            }
        }
        return pledge;
    }

    private Pledge leftOut(PledgeDef p, String why) {
        problems.add(RowProblem.of(p.row, COLUMNS.get(ID), p.id, "pledge was left out: " + why));
        return null;
    }
}
