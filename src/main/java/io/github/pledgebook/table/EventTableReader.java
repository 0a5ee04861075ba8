package io.github.pledgebook.table;

import static io.github.pledgebook.table.EventTable.*;

import de.siegmar.fastcsv.reader.CsvReader;
import io.github.pledgebook.Conference;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.table.TableDefinitions.ItemDef;
import io.github.pledgebook.timeline.PledgeBook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads pledgebook's own event table: first every row into definitions (checking each cell), then parties, sectors,
 * pledges, conferences, memoranda and milestones from them, then the book. One instance reads one table.
 * <p>
 * The work is shared out: {@link EventCells} reads the event and source of a row, {@link TableDefinitions} keeps
 * what party, sector, conference, figure, memorandum and milestone rows define, {@link PledgeAssembly} builds the
 * pledges from their rows (checking their pledge cells with {@link PledgeCells}), and {@link ItemAssembly} makes
 * conferences, memoranda and milestones at the end. This class reads the header, hands each row on and makes the
 * book.
 */
final class EventTableReader {

    /** About the fewest characters of text per pledge in a table the writer made: two rows of 200. */
    private static final int CHARS_PER_PLEDGE = 400;

    private final List<RowProblem> problems = new ArrayList<>();
    /** How many pledges the table may hold, to size the map of pledges once; 0 if the length is not known. */
    private final int expectedPledges;
    private SheetRow row;
    private TableDefinitions definitions;
    private PledgeAssembly pledges;

    /** @param chars the length of the table's text, or 0 if not known */
    EventTableReader(int chars) {
        this.expectedPledges = chars / CHARS_PER_PLEDGE;
    }

    TableReading read(CsvReader<RecordCells> csv) {
        long number = 0;
        long dataRows = 0;
        try {
            for (RecordCells r : Cells.records(csv)) {
                number++;
                if (number == 1) {
                    if (!header(r)) {
                        return new TableReading(PledgeBook.empty(), problems, 0);
                    }
                    continue;
                }
                if (r.isEmptyLine()) {
                    continue;
                }
                dataRows++;
                row.next(r, number);
                dataRow();
            }
        } catch (Cells.BrokenCsv e) {
            problems.add(RowProblem.of(e.row, "", "", e.reason));
            if (number == 0) {
                return new TableReading(PledgeBook.empty(), problems, 0);
            }
        }
        if (number == 0) {
            problems.add(RowProblem.of(1, "", "", "table is empty; expected a header row with the columns "
                    + String.join(", ", COLUMNS)));
            return new TableReading(PledgeBook.empty(), problems, 0);
        }
        pledges.end();
        PledgeBook book = build();
        problems.sort((a, b) -> Long.compare(a.row(), b.row()));
        return new TableReading(book, problems, dataRows);
    }

    private boolean header(RecordCells r) {
        List<String> names = Cells.header(r.raw());
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
        row = new SheetRow(position, names.size(), COLUMNS, problems);
        EventCells cells = new EventCells(row);
        definitions = new TableDefinitions(row, problems, cells);
        pledges = new PledgeAssembly(row, problems, cells, definitions, expectedPledges);
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
        pledges.next(record);
        String id = row.required(ID, "an id");
        if (id == null) {
            return;
        }
        switch (record) {
            case EVENT:
                pledges.event(id);
                break;
            case PARTY:
                definitions.party(id);
                break;
            case SECTOR:
                definitions.sector(id);
                break;
            case CONFERENCE:
                definitions.item(definitions.conferences, "conference", id, false);
                break;
            case FIGURE:
                definitions.figure(id);
                break;
            case MEMORANDUM:
                definitions.item(definitions.memoranda, "memorandum", id, false);
                break;
            case MILESTONE:
                definitions.item(definitions.milestones, "milestone", id, true);
                break;
            default:
                row.problem(RECORD, record, "is not a kind of record, so the row was left out; expected one of "
                        + String.join(", ", EVENT, PARTY, SECTOR, CONFERENCE, FIGURE, MEMORANDUM, MILESTONE));
        }
    }

    // ------------------------------------------------------------------------------------------------- the book

    private PledgeBook build() {
        ItemAssembly items = new ItemAssembly(problems, definitions);
        for (ItemDef f : definitions.figures) {
            ItemDef c = definitions.conferences.get(f.id);
            if (c == null) {
                problems.add(RowProblem.of(f.row, COLUMNS.get(ID), f.id, "names no conference of the table, so the "
                        + "figure was left out"));
            } else {
                c.figures.add(f);
            }
        }
        List<Conference> builtConferences = new ArrayList<>();
        Set<String> conferenceIds = new HashSet<>();
        for (ItemDef c : definitions.conferences.values()) {
            Conference conference = items.conference(c);
            if (conference != null) {
                builtConferences.add(conference);
                conferenceIds.add(conference.id());
            }
        }
        List<Pledge> builtPledges = pledges.build(conferenceIds);
        List<Memorandum> builtMemoranda = new ArrayList<>();
        for (ItemDef m : definitions.memoranda.values()) {
            Memorandum memo = items.memorandum(m, conferenceIds, pledges::isMade);
            if (memo != null) {
                builtMemoranda.add(memo);
            }
        }
        List<Milestone> builtMilestones = new ArrayList<>();
        for (ItemDef m : definitions.milestones.values()) {
            Milestone milestone = items.milestone(m);
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
}
