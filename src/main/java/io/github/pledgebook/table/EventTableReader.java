package io.github.pledgebook.table;

import static io.github.pledgebook.table.EventTable.*;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.Figure;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Organization;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Source;
import io.github.pledgebook.SourceKind;
import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.PledgeBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Reads pledgebook's own event table: first every row into definitions (checking each cell), then parties, sectors,
 * pledges, conferences, memoranda and milestones from them, then the book. One instance reads one table.
 * <p>
 * Speed: the writer puts a pledge's rows together, so a pledge is built as soon as its rows end, when everything
 * it names (parties, sectors) is already defined and nothing about it is wrong; its scratch rows die young instead
 * of outliving the whole read. Whatever is not certain then (a party or sector defined further down, a problem, a
 * pledge whose rows come back later) waits for the end and is built there as before, so the result, problems
 * included, is the same in either case. Only the conference check waits for the end for every pledge, since a
 * conference's figures may follow.
 */
final class EventTableReader {

    /** The event columns that belong to the pledge and must be the same on every row of one pledge. */
    private static final int[] PLEDGE_COLUMNS = {DONOR_ID, DONOR_NAME, DONOR_KIND, DONOR_COUNTRY, DONOR_PARENT,
        RECIPIENT_ID, RECIPIENT_NAME, CHANNEL_ID, CHANNEL_NAME, CATEGORY, INSTRUMENT, SECTORS, DESCRIPTION,
        CONFERENCE_ID, COVERAGE_FROM, COVERAGE_TO, IN_KIND, IN_KIND_QUANTITY, IN_KIND_UNIT, REGRANTS};
    private static final Map<String, Stage> STAGES = new HashMap<>();

    static {
        for (Stage s : Stage.values()) {
            STAGES.put(s.label(), s);
        }
    }

    private final List<RowProblem> problems = new ArrayList<>();
    private SheetRow row;

    /** A party as a row defines it. */
    private static final class PartyDef {
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

    /**
     * A pledge's rows: the pledge cells of its first row and its events; once built early, the pledge (and the
     * cells, shared with other pledges that have the same, in case its rows come back).
     */
    private static final class PledgeDef {
        final long row;
        final String id;
        String[] cells = new String[PLEDGE_COLUMNS.length];
        List<PledgeEvent> events = new ArrayList<>(4);
        List<Long> badRows = List.of();
        /** The pledge, built as soon as its rows ended; null while open or when it waits for the end. */
        Pledge built;
        /** Its rows came back after other rows: built at the end only. */
        boolean scattered;

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

    /** The cells of a conference, memorandum or milestone row, read once all parties are known. */
    private static final class ItemDef {
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

    private record SourceKey(String publisher, String kind, String date, String url, String note) {
    }

    private final Map<String, PartyDef> parties = new HashMap<>();
    private final Map<String, Sector> sectors = new HashMap<>();
    private final Map<String, PledgeDef> pledges = new HashMap<>();
    /** The pledges in the order of their first rows, which is the book's order. */
    private final List<PledgeDef> pledgeOrder = new ArrayList<>();
    /** The pledge whose rows are being read: the last event row's. */
    private PledgeDef open;
    /** One copy of each combination of pledge cells among the pledges built early (few: donor, kind, ...). */
    private final Map<List<String>, String[]> cellSets = new HashMap<>();
    private String[] lastCellSet;
    /** Built-in sector codes that pledges built early took from the constants, and whether a row redefined one. */
    private final Set<String> builtInUsed = new HashSet<>();
    private boolean builtInRedefined;
    private final Map<String, ItemDef> conferences = new LinkedHashMap<>();
    private final List<ItemDef> figures = new ArrayList<>();
    private final Map<String, ItemDef> memoranda = new LinkedHashMap<>();
    private final Map<String, ItemDef> milestones = new LinkedHashMap<>();
    private final Map<SourceKey, Source> sources = new HashMap<>();
    private PledgeDef lastPledge;
    private String[] lastPledgeCells;
    private final String[] lastSourceCells = new String[5];
    private Source lastSource;
    private final Map<String, Boolean> sectorCells = new HashMap<>();

    TableReading read(CsvReader<CsvRecord> csv) {
        long number = 0;
        long dataRows = 0;
        for (CsvRecord r : csv) {
            number++;
            if (number == 1) {
                if (!header(r)) {
                    return new TableReading(PledgeBook.empty(), problems, 0);
                }
                continue;
            }
            if (Cells.isEmptyLine(r)) {
                continue;
            }
            dataRows++;
            row.next(r, number);
            dataRow();
        }
        closeOpen();
        if (number == 0) {
            problems.add(RowProblem.of(1, "", "", "table is empty; expected a header row with the columns "
                    + String.join(", ", COLUMNS)));
            return new TableReading(PledgeBook.empty(), problems, 0);
        }
        PledgeBook book = build();
        problems.sort((a, b) -> Long.compare(a.row(), b.row()));
        return new TableReading(book, problems, dataRows);
    }

    private boolean header(CsvRecord r) {
        List<String> names = Cells.header(r);
        int[] position = new int[COLUMNS.size()];
        Arrays.fill(position, -1);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int c = COLUMNS.indexOf(name);
            if (c < 0) {
                if (!name.isEmpty()) {
                    problems.add(RowProblem.of(1, name, "", "is not a column of the event table, so it was not "
                            + "read; expected one of " + String.join(", ", COLUMNS)));
                }
            } else if (position[c] >= 0) {
                problems.add(RowProblem.of(1, name, "", "appears twice; the first one was read"));
            } else {
                position[c] = i;
            }
        }
        row = new SheetRow(position, COLUMNS, problems);
        if (position[RECORD] < 0 || position[ID] < 0) {
            problems.add(RowProblem.of(1, "", String.join(",", names), "header lacks the record or id column; "
                    + "expected the event table's columns " + String.join(", ", COLUMNS)));
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------- rows

    private void dataRow() {
        String record = row.cell(RECORD);
        if (open != null && !(record.equals(EVENT) && open.id.equals(row.cell(ID)))) {
            closeOpen();
        }
        String id = row.required(ID, "an id");
        if (id == null) {
            return;
        }
        switch (record) {
            case EVENT:
                event(id);
                break;
            case PARTY:
                party(id);
                break;
            case SECTOR:
                sector(id);
                break;
            case CONFERENCE:
                item(conferences, "conference", id, false);
                break;
            case FIGURE:
                figure(id);
                break;
            case MEMORANDUM:
                item(memoranda, "memorandum", id, false);
                break;
            case MILESTONE:
                item(milestones, "milestone", id, true);
                break;
            default:
                row.problem(RECORD, record, "is not a kind of record, so the row was left out; expected one of "
                        + String.join(", ", EVENT, PARTY, SECTOR, CONFERENCE, FIGURE, MEMORANDUM, MILESTONE));
        }
    }

    private void event(String id) {
        PledgeDef p = open != null && open.id.equals(id) ? open : pledges.get(id);
        boolean first = p == null;
        if (p != null && p != open) {
            reopen(p);
        }
        if (first) {
            p = new PledgeDef(row.number(), id);
            pledges.put(id, p);
            pledgeOrder.add(p);
            // a table holds a few distinct values per pledge column: keep one copy of each run, not one per pledge
            for (int i = 0; i < PLEDGE_COLUMNS.length; i++) {
                String cell = row.cell(PLEDGE_COLUMNS[i]);
                p.cells[i] = lastPledge != null && cell.equals(lastPledgeCells[i]) ? lastPledgeCells[i] : cell;
            }
            lastPledge = p;
            lastPledgeCells = p.cells;
            if (!definePledgeParties(p)) {
                p.bad(row.number());
            }
        } else {
            for (int i = 0; i < PLEDGE_COLUMNS.length; i++) {
                String cell = row.cell(PLEDGE_COLUMNS[i]);
                if (!cell.equals(p.cells[i])) {
                    row.problem(PLEDGE_COLUMNS[i], cell, "differs from row " + p.row + " of pledge " + id + " (\""
                            + p.cells[i] + "\"); every row of a pledge must repeat its pledge fields");
                }
            }
        }
        open = p;
        PledgeEvent e = pledgeEvent();
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
        p.cells = cellSet(p.cells);
    }

    /** One shared copy of a pledge's cells, so that the pledges built early keep a few arrays between them. */
    private String[] cellSet(String[] cells) {
        if (lastCellSet != null && Arrays.equals(cells, lastCellSet)) {
            return lastCellSet;
        }
        String[] known = cellSets.get(Arrays.asList(cells));
        if (known == null) {
            if (cellSets.size() >= 10_000) {
                return cells;
            }
            known = cells;
            cellSets.put(Arrays.asList(cells), cells);
        }
        lastCellSet = known;
        return known;
    }

    private PledgeEvent pledgeEvent() {
        String stageText = row.cell(STAGE);
        Stage stage = STAGES.get(stageText);
        if (stage == null) {
            if (stageText.isEmpty()) {
                row.problem(STAGE, "", "is empty; expected one of " + Cells.labels(Stage.class));
            } else {
                stage = row.constant(STAGE, Stage.class);
            }
        }
        LocalDate date = row.requiredDate(DATE);
        LocalDate knownOn = row.date(KNOWN_ON);
        LocalDate expected = row.date(EXPECTED_DATE);
        LocalDate rateDate = row.date(RATE_DATE);
        Boolean adds = addsToStage();
        MonetaryAmount amount = amount();
        Source source = source(true);
        if (row.isBad() || adds == null) {
            return null;
        }
        try {
            PledgeEvent.Builder b = PledgeEvent.builder().date(date).stage(stage).source(source)
                    .addsToStage(adds).rateDate(Optional.ofNullable(rateDate))
                    .expectedDate(Optional.ofNullable(expected))
                    .memorandumId(Optional.ofNullable(row.text(MEMORANDUM_ID)))
                    .note(Optional.ofNullable(row.text(NOTE)));
            if (amount != null) {
                b.amount(amount);
            }
            if (knownOn != null) {
                b.knownOn(knownOn);
            }
            return b.build();
        } catch (IllegalArgumentException | NullPointerException ex) {
            row.rowProblem("is not a valid pledge event: " + ex.getMessage());
            return null;
        }
    }

    /** The adds_to_stage column: empty or false for an event that revises its stage, true for one that adds to it. */
    private Boolean addsToStage() {
        String cell = row.cell(ADDS_TO_STAGE);
        switch (cell.toLowerCase(java.util.Locale.ROOT)) {
            case "":
            case "false":
                return Boolean.FALSE;
            case "true":
                return Boolean.TRUE;
            default:
                row.problem(ADDS_TO_STAGE, cell, "is not true or false");
                return null;
        }
    }

    /** The amount and currency columns: both or neither. */
    private MonetaryAmount amount() {
        String number = row.cell(AMOUNT);
        String code = row.cell(CURRENCY);
        if (number.isEmpty() && code.isEmpty()) {
            return null;
        }
        if (code.isEmpty()) {
            row.problem(CURRENCY, "", "is empty but the amount is " + number + "; expected the ISO 4217 code of "
                    + "the amount's currency, such as JPY");
            return null;
        }
        if (number.isEmpty()) {
            row.problem(AMOUNT, "", "is empty but the currency is " + code + "; expected an amount or no currency");
            return null;
        }
        CurrencyUnit currency;
        try {
            currency = Amounts.currency(code);
        } catch (IllegalArgumentException e) {
            row.problem(CURRENCY, code, "is not a known ISO 4217 currency code such as JPY");
            return null;
        }
        BigDecimal value = row.decimal(AMOUNT);
        return value == null ? null : Amounts.of(value, currency);
    }

    /** The source columns: publisher, kind and date, or (if not required) all empty. */
    private Source source(boolean required) {
        String publisher = row.cell(SOURCE_PUBLISHER);
        String kind = row.cell(SOURCE_KIND);
        String date = row.cell(SOURCE_DATE);
        String url = row.cell(SOURCE_URL);
        String note = row.cell(SOURCE_NOTE);
        if (!required && publisher.isEmpty() && kind.isEmpty() && date.isEmpty() && url.isEmpty()
                && note.isEmpty()) {
            return null;
        }
        String[] last = lastSourceCells;
        if (lastSource != null && publisher.equals(last[0]) && kind.equals(last[1]) && date.equals(last[2])
                && url.equals(last[3]) && note.equals(last[4])) {
            return lastSource;
        }
        SourceKey key = new SourceKey(publisher, kind, date, url, note);
        Source s = sources.get(key);
        if (s != null) {
            remember(key, s);
            return s;
        }
        String p = row.required(SOURCE_PUBLISHER, "who published the fact");
        SourceKind k = kind.isEmpty() ? null : row.constant(SOURCE_KIND, SourceKind.class);
        if (kind.isEmpty()) {
            row.problem(SOURCE_KIND, "", "is empty; expected one of " + Cells.labels(SourceKind.class));
        }
        LocalDate d = row.requiredDate(SOURCE_DATE);
        if (p == null || k == null || d == null) {
            return null;
        }
        try {
            s = Source.builder().publisher(p).kind(k).date(d).url(Optional.ofNullable(url.isEmpty() ? null : url))
                    .note(Optional.ofNullable(note.isEmpty() ? null : note)).build();
        } catch (IllegalArgumentException e) {
            row.problem(SOURCE_PUBLISHER, p, "is not a valid source: " + e.getMessage());
            return null;
        }
        sources.put(key, s);
        remember(key, s);
        return s;
    }

    private void remember(SourceKey key, Source s) {
        lastSourceCells[0] = key.publisher();
        lastSourceCells[1] = key.kind();
        lastSourceCells[2] = key.date();
        lastSourceCells[3] = key.url();
        lastSourceCells[4] = key.note();
        lastSource = s;
    }

    /** Notes the donor, recipient and channel of a pledge's first row, checking them against their party rows. */
    private boolean definePledgeParties(PledgeDef p) {
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

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private void party(String id) {
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

    private void sector(String code) {
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

    private void item(Map<String, ItemDef> items, String what, String id, boolean sourceRequired) {
        String[] cells = new String[COLUMNS.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = row.cell(c);
        }
        Source source = source(sourceRequired);
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

    private void figure(String conferenceId) {
        String[] cells = new String[COLUMNS.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = row.cell(c);
        }
        Source source = source(false);
        if (!row.isBad()) {
            figures.add(new ItemDef(row.number(), conferenceId, cells, source));
        }
    }

    // ------------------------------------------------------------------------------------------------- the book

    private PledgeBook build() {
        for (ItemDef f : figures) {
            ItemDef c = conferences.get(f.id);
            if (c == null) {
                problems.add(RowProblem.of(f.row, COLUMNS.get(ID), f.id, "names no conference of the table, so the "
                        + "figure was left out"));
            } else {
                c.figures.add(f);
            }
        }
        List<Conference> builtConferences = new ArrayList<>();
        Set<String> conferenceIds = new HashSet<>();
        for (ItemDef c : conferences.values()) {
            Conference conference = conference(c);
            if (conference != null) {
                builtConferences.add(conference);
                conferenceIds.add(conference.id());
            }
        }
        List<Pledge> builtPledges = new ArrayList<>(pledges.size());
        Set<String> pledgeIds = new HashSet<>();
        for (PledgeDef p : pledgeOrder) {
            Pledge pledge = p.built != null ? builtEarly(p, conferenceIds) : pledge(p, conferenceIds);
            p.events = null;
            p.built = null;
            if (pledge != null) {
                builtPledges.add(pledge);
                pledgeIds.add(pledge.id());
            }
        }
        List<Memorandum> builtMemoranda = new ArrayList<>();
        for (ItemDef m : memoranda.values()) {
            Memorandum memo = memorandum(m, conferenceIds, pledgeIds);
            if (memo != null) {
                builtMemoranda.add(memo);
            }
        }
        List<Milestone> builtMilestones = new ArrayList<>();
        for (ItemDef m : milestones.values()) {
            Milestone milestone = milestone(m);
            if (milestone != null) {
                builtMilestones.add(milestone);
            }
        }
        try {
            return PledgeBook.of(builtPledges, builtConferences, builtMemoranda, builtMilestones);
        } catch (IllegalArgumentException e) {
            problems.add(RowProblem.of(1, "", "", "the rows read do not form a valid book, so none was made: "
                    + e.getMessage()));
            return PledgeBook.empty();
        }
    }

    private Pledge pledge(PledgeDef p, Set<String> conferenceIds) {
        if (!p.badRows.isEmpty()) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(ID), p.id, "pledge was left out because of the problems "
                    + "on rows " + p.badRows.toString().replaceAll("[\\[\\]]", "")));
            return null;
        }
        String[] c = p.cells;
        String where = "pledge " + p.id;
        Party donor = resolve(c[0], p.row, where);
        Party recipient = resolve(c[5], p.row, where);
        Party channel = c[7].isEmpty() ? null : resolve(c[7], p.row, where);
        if (donor == null || recipient == null || (!c[7].isEmpty() && channel == null)) {
            return leftOut(p, "a party could not be made");
        }
        if (!(donor instanceof Donor)) {
            return leftOut(p, "its donor " + donor.id() + " is defined as an organization, not a donor");
        }
        if (!same(p, RECIPIENT_NAME, c[6], recipient.name()) || (channel != null
                && !same(p, CHANNEL_NAME, c[8], channel.name()))) {
            return null;
        }
        int before = problems.size();
        AidCategory category = constant(p, CATEGORY, c[9], AidCategory.class);
        Instrument instrument = constant(p, INSTRUMENT, c[10], Instrument.class);
        List<Sector> sectorList = sectors(p.row, SECTORS, c[11]);
        LocalDate from = date(p, COVERAGE_FROM, c[14]);
        LocalDate to = date(p, COVERAGE_TO, c[15]);
        InKind inKind = inKind(p, c[16], c[17], c[18]);
        Boolean regrants = bool(p, REGRANTS, c[19]);
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
        Party donor = tryResolve(c[0]);
        Party recipient = tryResolve(c[5]);
        Party channel = c[7].isEmpty() ? null : tryResolve(c[7]);
        if (!(donor instanceof Donor) || recipient == null || (!c[7].isEmpty() && channel == null)
                || !c[6].equals(recipient.name()) || (channel != null && !c[8].equals(channel.name()))) {
            return null;
        }
        List<Sector> sectorList = knownSectors(c[11]);
        if (sectorList == null) {
            return null;
        }
        int before = problems.size();
        try {
            AidCategory category = constant(p, CATEGORY, c[9], AidCategory.class);
            Instrument instrument = constant(p, INSTRUMENT, c[10], Instrument.class);
            LocalDate from = date(p, COVERAGE_FROM, c[14]);
            LocalDate to = date(p, COVERAGE_TO, c[15]);
            InKind inKind = inKind(p, c[16], c[17], c[18]);
            Boolean regrants = bool(p, REGRANTS, c[19]);
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
            for (Sector s : sectorList) {
                if (!sectors.containsKey(s.code())) {
                    builtInUsed.add(s.code());
                }
            }
            return pledge;
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        } finally {
            // a problem found now is found again, in its place, when the pledge is built at the end
            problems.subList(before, problems.size()).clear();
        }
    }

    /** The sectors of a list cell if every code is already defined (by a sector row or as a constant), else null. */
    private List<Sector> knownSectors(String cell) {
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

    /** A pledge built early, at the end: its conference must exist, and a sector row may have renamed a constant. */
    private Pledge builtEarly(PledgeDef p, Set<String> conferenceIds) {
        String conference = p.cells[13];
        if (!conference.isEmpty() && !conferenceIds.contains(conference)) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(CONFERENCE_ID), conference, "names no conference of the "
                    + "table; expected the id of a conference row"));
            return leftOut(p, "its conference is unknown");
        }
        Pledge pledge = p.built;
        if (builtInRedefined) {
            List<Sector> defined = new ArrayList<>(pledge.sectors().size());
            boolean changed = false;
            for (Sector s : pledge.sectors()) {
                Sector d = sectors.getOrDefault(s.code(), s);
                changed |= d != s;
                defined.add(d);
            }
            if (changed) {
                pledge = Pledge.builder().from(pledge).sectors(defined).build();
            }
        }
        return pledge;
    }

    /**
     * The party with an id if it and its parents are defined and can be made; null otherwise, leaving no trace
     * (no problem, no failure noted) so that {@link #resolve} says what is wrong at the end.
     */
    private Party tryResolve(String id) {
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

    private Pledge leftOut(PledgeDef p, String why) {
        problems.add(RowProblem.of(p.row, COLUMNS.get(ID), p.id, "pledge was left out: " + why));
        return null;
    }

    private boolean same(PledgeDef p, int column, String cell, String name) {
        if (cell.equals(name)) {
            return true;
        }
        problems.add(RowProblem.of(p.row, COLUMNS.get(column), cell, "differs from the party's name \"" + name
                + "\"; expected the same name everywhere, so the pledge was left out"));
        return false;
    }

    private <E extends Enum<E>> E constant(PledgeDef p, int column, String cell, Class<E> type) {
        if (cell.isEmpty()) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(column), "", "is empty; expected one of "
                    + Cells.labels(type)));
            return null;
        }
        E e = Cells.constant(type, cell);
        if (e == null) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(column), cell, "is not one of " + Cells.labels(type)));
        }
        return e;
    }

    private LocalDate date(PledgeDef p, int column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(column), cell, "is not an ISO date such as 2024-02-19"));
            return null;
        }
    }

    private Boolean bool(PledgeDef p, int column, String cell) {
        switch (cell.toLowerCase(java.util.Locale.ROOT)) {
            case "":
            case "false":
            case "no":
                return Boolean.FALSE;
            case "true":
            case "yes":
                return Boolean.TRUE;
            default:
                problems.add(RowProblem.of(p.row, COLUMNS.get(column), cell, "is not true or false"));
                return null;
        }
    }

    private InKind inKind(PledgeDef p, String description, String quantity, String unit) {
        if (description.isEmpty()) {
            if (!quantity.isEmpty() || !unit.isEmpty()) {
                problems.add(RowProblem.of(p.row, COLUMNS.get(IN_KIND), "", "is empty but a quantity or unit is "
                        + "given; expected a description of the goods"));
            }
            return null;
        }
        BigDecimal q = null;
        if (!quantity.isEmpty()) {
            if (!Cells.isPlainNumber(quantity)) {
                problems.add(RowProblem.of(p.row, COLUMNS.get(IN_KIND_QUANTITY), quantity,
                        "is not a plain decimal number such as 80 or 1200.5"));
                return null;
            }
            q = new BigDecimal(quantity);
        }
        try {
            InKind k = EventTable.inKind(description, q, emptyToNull(unit));
            if (k == null) {
                problems.add(RowProblem.of(p.row, COLUMNS.get(unit.isEmpty() ? IN_KIND_UNIT : IN_KIND_QUANTITY),
                        unit.isEmpty() ? "" : unit, "cannot be read: a quantity that is not a whole number needs "
                                + "a unit, and a unit needs a quantity"));
            }
            return k;
        } catch (IllegalArgumentException e) {
            problems.add(RowProblem.of(p.row, COLUMNS.get(IN_KIND), description, "is not valid in-kind aid: "
                    + e.getMessage()));
            return null;
        }
    }

    /** The sectors of a list cell: a sector row's, a built-in one, or a new sector named by its code. */
    private List<Sector> sectors(long rowNumber, int column, String cell) {
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
    private Party resolve(String id, long usedOn, String where) {
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

    private List<Party> partyList(ItemDef item, String what) {
        List<Party> list = new ArrayList<>();
        for (String id : Cells.items(item.cells[PARTIES])) {
            Party p = resolve(id, item.row, what + " " + item.id);
            if (p == null) {
                return null;
            }
            list.add(p);
        }
        return list;
    }

    private Conference conference(ItemDef c) {
        String[] cells = c.cells;
        List<Party> hosts = partyList(c, "conference");
        List<Sector> themes = sectors(c.row, SECTORS, cells[SECTORS]);
        LocalDate first = itemDate(c, DATE, true);
        LocalDate last = cells[LAST_DAY].isEmpty() ? first : itemDate(c, LAST_DAY, true);
        if (hosts == null || themes == null || first == null || last == null) {
            return itemLeftOut(c, "conference");
        }
        try {
            Conference.Builder b = Conference.builder().id(c.id).name(cells[NAME]).aliases(Cells.items(cells[ALIASES]))
                    .city(cells[CITY]).country(cells[COUNTRY]).hosts(hosts).themes(themes);
            b.days(first, last);
            for (ItemDef f : c.figures) {
                Figure figure = figure(f);
                if (figure == null) {
                    return itemLeftOut(c, "conference");
                }
                String kind = f.cells[KIND];
                if (kind.equals(PARTICIPATION)) {
                    b.addParticipation(figure);
                } else if (kind.equals(REPORTED_COUNT)) {
                    b.addReportedCount(figure);
                } else {
                    problems.add(RowProblem.of(f.row, COLUMNS.get(KIND), kind, "is not a kind of figure; expected "
                            + PARTICIPATION + " or " + REPORTED_COUNT));
                    return itemLeftOut(c, "conference");
                }
            }
            return b.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(RowProblem.of(c.row, "", c.id, "is not a valid conference, so it was left out: "
                    + e.getMessage()));
            return null;
        }
    }

    private Figure figure(ItemDef f) {
        Figure.Precision precision = Cells.constant(Figure.Precision.class, f.cells[PRECISION]);
        if (precision == null) {
            problems.add(RowProblem.of(f.row, COLUMNS.get(PRECISION), f.cells[PRECISION], "is not one of "
                    + Cells.labels(Figure.Precision.class)));
            return null;
        }
        long count;
        try {
            count = Long.parseLong(f.cells[COUNT]);
        } catch (NumberFormatException e) {
            problems.add(RowProblem.of(f.row, COLUMNS.get(COUNT), f.cells[COUNT], "is not a whole number"));
            return null;
        }
        try {
            Figure figure = Figure.of(precision, count, f.cells[NAME]);
            return f.source == null ? figure : figure.withSource(f.source);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(RowProblem.of(f.row, "", f.id, "is not a valid figure: " + e.getMessage()));
            return null;
        }
    }

    private Memorandum memorandum(ItemDef m, Set<String> conferenceIds, Set<String> pledgeIds) {
        String[] cells = m.cells;
        List<Party> signatories = partyList(m, "memorandum");
        List<Sector> subjects = sectors(m.row, SECTORS, cells[SUBJECTS_COLUMN]);
        LocalDate signed = itemDate(m, DATE, true);
        MonetaryAmount value = itemAmount(m);
        if (signatories == null || subjects == null || signed == null || (value == null
                && !(cells[AMOUNT].isEmpty() && cells[CURRENCY].isEmpty()))) {
            return itemLeftOut(m, "memorandum");
        }
        if (!cells[CONFERENCE_ID].isEmpty() && !conferenceIds.contains(cells[CONFERENCE_ID])) {
            problems.add(RowProblem.of(m.row, COLUMNS.get(CONFERENCE_ID), cells[CONFERENCE_ID], "names no "
                    + "conference of the table, so the memorandum was left out"));
            return null;
        }
        if (!cells[PLEDGE_ID].isEmpty() && !pledgeIds.contains(cells[PLEDGE_ID])) {
            problems.add(RowProblem.of(m.row, COLUMNS.get(PLEDGE_ID), cells[PLEDGE_ID], "names no pledge of the "
                    + "table, so the memorandum was left out"));
            return null;
        }
        try {
            return Memorandum.builder().id(m.id).title(cells[NAME]).parties(signatories).signedOn(signed)
                    .conferenceId(Optional.ofNullable(emptyToNull(cells[CONFERENCE_ID]))).subjects(subjects)
                    .value(Optional.ofNullable(value)).pledgeId(Optional.ofNullable(emptyToNull(cells[PLEDGE_ID])))
                    .source(Optional.ofNullable(m.source)).build();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(RowProblem.of(m.row, "", m.id, "is not a valid memorandum, so it was left out: "
                    + e.getMessage()));
            return null;
        }
    }

    private static final int SUBJECTS_COLUMN = SECTORS;

    private Milestone milestone(ItemDef m) {
        List<Party> actors = partyList(m, "milestone");
        LocalDate date = itemDate(m, DATE, true);
        if (actors == null || date == null) {
            return itemLeftOut(m, "milestone");
        }
        try {
            return Milestone.builder().id(m.id).date(date).title(m.cells[NAME]).parties(actors).source(m.source)
                    .description(Optional.ofNullable(emptyToNull(m.cells[DESCRIPTION]))).build();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(RowProblem.of(m.row, "", m.id, "is not a valid milestone, so it was left out: "
                    + e.getMessage()));
            return null;
        }
    }

    private <T> T itemLeftOut(ItemDef item, String what) {
        problems.add(RowProblem.of(item.row, COLUMNS.get(ID), item.id, what + " was left out because of the "
                + "problems above"));
        return null;
    }

    private LocalDate itemDate(ItemDef item, int column, boolean required) {
        String cell = item.cells[column];
        if (cell.isEmpty()) {
            if (required) {
                problems.add(RowProblem.of(item.row, COLUMNS.get(column), "", "is empty; expected an ISO date "
                        + "such as 2024-02-19"));
            }
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(RowProblem.of(item.row, COLUMNS.get(column), cell, "is not an ISO date such as 2024-02-19"));
            return null;
        }
    }

    private MonetaryAmount itemAmount(ItemDef item) {
        String number = item.cells[AMOUNT];
        String code = item.cells[CURRENCY];
        if (number.isEmpty() && code.isEmpty()) {
            return null;
        }
        if (!Cells.isPlainNumber(number)) {
            problems.add(RowProblem.of(item.row, COLUMNS.get(AMOUNT), number, "is not a plain decimal number "
                    + "such as 0.10"));
            return null;
        }
        try {
            return Amounts.of(new BigDecimal(number), Amounts.currency(code));
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(RowProblem.of(item.row, COLUMNS.get(CURRENCY), code, "is not a known ISO 4217 currency "
                    + "code such as JPY"));
            return null;
        }
    }
}
