package io.github.pledgebook.table;

import static io.github.pledgebook.table.EventTable.*;
import static io.github.pledgebook.table.PledgeCells.emptyToNull;

import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.Organization;
import io.github.pledgebook.Party;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rows of an event table define besides pledges: parties (from party rows and from the pledge cells of
 * event rows), sectors, and the rows of conferences, figures, memoranda and milestones, kept until the end; and the
 * parties and sectors made from them.
 */
final class TableDefinitions {

    /** A party as a row defines it. */
    static final class PartyDef {
        final long row;
        final String id;
        final String name;
        /** A donor kind's label, "organization", or null for a recipient or channel known only by name. */
        final String kind;
        final String country;
        final String parent;
        Party party;
        boolean failed;
        boolean resolving;

        PartyDef(long row, String id, String name, String kind, String country, String parent) {
            this.row = row;
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.country = country;
            this.parent = parent;
        }
    }

    /** The cells of a conference, memorandum or milestone row, read once all parties are known. */
    static final class ItemDef {
        final long row;
        final String id;
        final String[] cells;
        final Source source;
        final List<ItemDef> figures = new ArrayList<>();

        ItemDef(long row, String id, String[] cells, Source source) {
            this.row = row;
            this.id = id;
            this.cells = cells;
            this.source = source;
        }
    }

    private final SheetRow row;
    private final List<RowProblem> problems;
    private final EventCells eventCells;
    private final Map<String, PartyDef> parties = new HashMap<>();
    private final Map<String, Sector> sectors = new HashMap<>();
    /** Built-in sector codes that pledges built early took from the constants, and whether a row redefined one. */
    private final Set<String> builtInUsed = new HashSet<>();
    private boolean builtInRedefined;
    final Map<String, ItemDef> conferences = new LinkedHashMap<>();
    final List<ItemDef> figures = new ArrayList<>();
    final Map<String, ItemDef> memoranda = new LinkedHashMap<>();
    final Map<String, ItemDef> milestones = new LinkedHashMap<>();

    TableDefinitions(SheetRow row, List<RowProblem> problems, EventCells eventCells) {
        this.row = row;
        this.problems = problems;
        this.eventCells = eventCells;
    }

    /** Notes the donor, recipient and channel of a pledge's first row, checking them against their party rows. */
    boolean definePledgeParties() {
        boolean ok = true;
        String donorKind = row.cell(DONOR_KIND);
        ok &= defineFromEvent(DONOR_ID, DONOR_NAME, donorKind.isEmpty() ? null : donorKind,
                row.cell(DONOR_COUNTRY), row.cell(DONOR_PARENT), "donor");
        ok &= defineFromEvent(RECIPIENT_ID, RECIPIENT_NAME, null, null, null, "recipient");
        if (!row.cell(CHANNEL_ID).isEmpty() || !row.cell(CHANNEL_NAME).isEmpty()) {
            ok &= defineFromEvent(CHANNEL_ID, CHANNEL_NAME, null, null, null, "channel");
        }
        return ok;
    }

    private boolean defineFromEvent(int idColumn, int nameColumn, String kind, String country, String parent,
            String role) {
        String id = row.required(idColumn, "the " + role + "'s id");
        String name = row.cell(nameColumn);
        if (id == null) {
            return false;
        }
        PartyDef known = parties.get(id);
        if (known == null) {
            if (name.isEmpty()) {
                row.problem(nameColumn, "", "is empty and no party row defines " + id + "; expected the "
                        + role + "'s name");
                return false;
            }
            if (role.equals("donor") && kind == null) {
                row.problem(DONOR_KIND, "", "is empty and no party row defines " + id + "; expected one of "
                        + Cells.labels(DonorKind.class));
                return false;
            }
            parties.put(id, new PartyDef(row.number(), id, name, kind, emptyToNull(country),
                    emptyToNull(parent)));
            return true;
        }
        boolean ok = same(nameColumn, name, known.name, known, "name");
        if (role.equals("donor")) {
            ok &= same(DONOR_KIND, kind == null ? "" : kind, known.kind, known, "kind");
            ok &= same(DONOR_COUNTRY, country, known.country, known, "country");
            ok &= same(DONOR_PARENT, parent, known.parent, known, "parent");
        }
        return ok;
    }

    private boolean same(int column, String cell, String defined, PartyDef def, String what) {
        String d = defined == null ? "" : defined;
        // equal text, or for the kind the same constant written another way (both empty or both given)
        boolean equal = cell.equals(d) || what.equals("kind") && Objects.equals(Cells.constant(DonorKind.class, cell),
                Cells.constant(DonorKind.class, d)) && cell.isEmpty() == d.isEmpty();
        if (!equal) {
            row.problem(column, cell, "differs from the " + what + " of party " + def.id + " on row " + def.row
                    + " (\"" + d + "\"); expected the same " + what + " everywhere");
        }
        return equal;
    }

    void party(String id) {
        String name = row.required(NAME, "the party's name");
        String kind = row.required(KIND, "\"organization\" or a donor kind: " + Cells.labels(DonorKind.class));
        if (kind != null && !kind.equals(ORGANIZATION) && Cells.constant(DonorKind.class, kind) == null) {
            row.problem(KIND, kind, "is not \"organization\" or a donor kind; expected one of organization, "
                    + Cells.labels(DonorKind.class));
        }
        String parent = row.text(PARENT);
        if (parent != null && ORGANIZATION.equals(kind)) {
            row.problem(PARENT, parent, "is given for an organization; only donors have parents");
        }
        if (row.isBad()) {
            return;
        }
        PartyDef def = new PartyDef(row.number(), id, name, kind, row.text(COUNTRY), parent);
        PartyDef old = parties.get(id);
        if (old != null) {
            row.problem(ID, id, "is defined again; the party was defined on row " + old.row
                    + ", and this row was left out");
            return;
        }
        parties.put(id, def);
    }

    void sector(String code) {
        String name = row.required(NAME, "the sector's name");
        String dac = row.text(DAC_CODE);
        if (name == null) {
            return;
        }
        try {
            Sector s = dac == null ? Sector.of(code, name) : Sector.of(code, name, Integer.parseInt(dac));
            if (sectors.putIfAbsent(code, s) != null) {
                row.problem(ID, code, "is defined again; the first sector row was read and this one left out");
            } else if (builtInUsed.contains(code)) {
                builtInRedefined = true;
            }
        } catch (NumberFormatException e) {
            row.problem(DAC_CODE, dac, "is not a five-digit DAC purpose code such as 15250");
        } catch (IllegalArgumentException e) {
            row.rowProblem("is not a valid sector: " + e.getMessage());
        }
    }

    void item(Map<String, ItemDef> items, String what, String id, boolean sourceRequired) {
        String[] cells = new String[COLUMNS.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = row.cell(c);
        }
        Source source = eventCells.source(sourceRequired);
        if (row.isBad()) {
            row.rowProblem("was left out: the " + what + " " + id + " could not be read");
            return;
        }
        ItemDef old = items.get(id);
        if (old != null) {
            row.problem(ID, id, "is used again; the " + what + " on row " + old.row + " was read and this row "
                    + "left out");
            return;
        }
        items.put(id, new ItemDef(row.number(), id, cells, source));
    }

    void figure(String conferenceId) {
        String[] cells = new String[COLUMNS.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = row.cell(c);
        }
        Source source = eventCells.source(false);
        if (!row.isBad()) {
            figures.add(new ItemDef(row.number(), conferenceId, cells, source));
        }
    }

    /** Notes the built-in sectors a pledge built early took from the constants (no sector row defined them yet). */
    void builtInUsed(List<Sector> sectorList) {
        for (Sector s : sectorList) {
            if (!sectors.containsKey(s.code())) {
                builtInUsed.add(s.code());
            }
        }
    }

    /** Whether a sector row defined a built-in sector after a pledge built early took the constant. */
    boolean builtInRedefined() {
        return builtInRedefined;
    }

    /** The sector a sector row defined with the code of a sector, or the sector itself. */
    Sector defined(Sector s) {
        return sectors.getOrDefault(s.code(), s);
    }

    /** The sectors of a list cell: a sector row's, a built-in one, or a new sector named by its code. */
    List<Sector> sectors(long rowNumber, int column, String cell) {
        List<Sector> list = new ArrayList<>();
        for (String code : Cells.items(cell)) {
            Sector s = sectors.get(code);
            if (s == null) {
                s = BUILT_IN_SECTORS.get(code);
            }
            if (s == null) {
                try {
                    s = Sector.of(code, code);
                } catch (IllegalArgumentException e) {
                    problems.add(RowProblem.of(rowNumber, COLUMNS.get(column), cell, "holds an invalid sector: "
                            + e.getMessage()));
                    return null;
                }
                sectors.put(code, s);
            }
            list.add(s);
        }
        return list;
    }

    /** The party with an id, made once; null (with a problem) if it or a parent cannot be made. */
    Party resolve(String id, long usedOn, String where) {
        PartyDef def = parties.get(id);
        if (def == null) {
            problems.add(RowProblem.of(usedOn, "", id, "names a party that no row defines (" + where
                    + "); expected a party row with this id"));
            return null;
        }
        if (def.party != null || def.failed) {
            return def.party;
        }
        if (def.resolving) {
            problems.add(RowProblem.of(def.row, COLUMNS.get(PARENT), def.parent, "makes the donor hierarchy a "
                    + "cycle through " + id + "; expected parents that lead up to a top-level donor"));
            def.failed = true;
            return null;
        }
        def.resolving = true;
        try {
            if (def.kind == null || def.kind.equals(ORGANIZATION)) {
                def.party = def.country == null ? Organization.of(id, def.name)
                        : Organization.of(id, def.name, def.country);
            } else {
                Donor parent = null;
                if (def.parent != null) {
                    Party pp = resolve(def.parent, def.row, "parent of " + id);
                    if (!(pp instanceof Donor)) {
                        if (pp != null) {
                            problems.add(RowProblem.of(def.row, COLUMNS.get(PARENT), def.parent, "is an organization; "
                                    + "a donor's parent must be a donor"));
                        }
                        def.failed = true;
                        return null;
                    }
                    parent = (Donor) pp;
                }
                def.party = Donor.builder().id(id).name(def.name).kind(Cells.constant(DonorKind.class, def.kind))
                        .country(Optional.ofNullable(def.country)).parent(Optional.ofNullable(parent)).build();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(RowProblem.of(def.row, "", id, "is not a valid party: " + e.getMessage()));
            def.failed = true;
        } finally {
            def.resolving = false;
        }
        return def.party;
    }

    /** The sectors of a list cell if every code is already defined (by a sector row or as a constant), else null. */
    List<Sector> knownSectors(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<Sector> list = new ArrayList<>(2);
        for (String code : Cells.items(cell)) {
            Sector s = sectors.get(code);
            if (s == null) {
                s = BUILT_IN_SECTORS.get(code);
            }
            if (s == null) {
                return null;
            }
            list.add(s);
        }
        return list;
    }

    /**
     * The party with an id if it and its parents are defined and can be made; null otherwise, leaving no trace
     * (no problem, no failure noted) so that {@link #resolve} says what is wrong at the end.
     */
    Party tryResolve(String id) {
        PartyDef def = parties.get(id);
        if (def == null || def.failed || def.resolving) {
            return null;
        }
        if (def.party != null) {
            return def.party;
        }
        def.resolving = true;
        try {
            if (def.kind == null || def.kind.equals(ORGANIZATION)) {
                def.party = def.country == null ? Organization.of(id, def.name)
                        : Organization.of(id, def.name, def.country);
            } else {
                Donor parent = null;
                if (def.parent != null) {
                    Party pp = tryResolve(def.parent);
                    if (!(pp instanceof Donor)) {
                        return null;
                    }
                    parent = (Donor) pp;
                }
                def.party = Donor.builder().id(id).name(def.name).kind(Cells.constant(DonorKind.class, def.kind))
                        .country(Optional.ofNullable(def.country)).parent(Optional.ofNullable(parent)).build();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        } finally {
            def.resolving = false;
        }
        return def.party;
    }
}
