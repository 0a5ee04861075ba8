package io.github.pledgebook.table;

import static io.github.pledgebook.table.EventTable.*;
import static io.github.pledgebook.table.PledgeCells.emptyToNull;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Conference;
import io.github.pledgebook.Figure;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Party;
import io.github.pledgebook.Sector;
import io.github.pledgebook.table.TableDefinitions.ItemDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.money.MonetaryAmount;

/**
 * Makes the conferences (with their figures), memoranda and milestones of an event table from their rows, once
 * every row is read and the parties they name are known; what cannot be made is left out with a problem.
 */
final class ItemAssembly {

    private final List<RowProblem> problems;
    private final TableDefinitions definitions;

    ItemAssembly(List<RowProblem> problems, TableDefinitions definitions) {
        this.problems = problems;
        this.definitions = definitions;
    }

    private List<Party> partyList(ItemDef item, String what) {
        List<Party> list = new ArrayList<>();
        for (String id : Cells.items(item.cells[PARTIES])) {
            Party p = definitions.resolve(id, item.row, what + " " + item.id);
            if (p == null) {
                return null;
            }
            list.add(p);
        }
        return list;
    }

    Conference conference(ItemDef c) {
        String[] cells = c.cells;
        List<Party> hosts = partyList(c, "conference");
        List<Sector> themes = definitions.sectors(c.row, SECTORS, cells[SECTORS]);
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

    Memorandum memorandum(ItemDef m, Set<String> conferenceIds, Predicate<String> pledgeMade) {
        String[] cells = m.cells;
        List<Party> signatories = partyList(m, "memorandum");
        List<Sector> subjects = definitions.sectors(m.row, SECTORS, cells[SUBJECTS_COLUMN]);
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
        if (!cells[PLEDGE_ID].isEmpty() && !pledgeMade.test(cells[PLEDGE_ID])) {
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

    Milestone milestone(ItemDef m) {
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
