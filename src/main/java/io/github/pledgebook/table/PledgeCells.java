package io.github.pledgebook.table;

import static io.github.pledgebook.table.EventTable.*;

import io.github.pledgebook.InKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The pledge cells of an event table's rows: which columns belong to the pledge (and repeat on each of its rows),
 * and reading and checking them into a pledge's fields, noting a problem on the pledge's first row for each cell
 * that cannot be read.
 */
final class PledgeCells {

    /** The event columns that belong to the pledge and must be the same on every row of one pledge. */
    static final int[] PLEDGE_COLUMNS = {DONOR_ID, DONOR_NAME, DONOR_KIND, DONOR_COUNTRY, DONOR_PARENT,
        RECIPIENT_ID, RECIPIENT_NAME, CHANNEL_ID, CHANNEL_NAME, CATEGORY, INSTRUMENT, SECTORS, DESCRIPTION,
        CONFERENCE_ID, COVERAGE_FROM, COVERAGE_TO, IN_KIND, IN_KIND_QUANTITY, IN_KIND_UNIT, REGRANTS};

    private final List<RowProblem> problems;
    /** The last text read as a constant in each column and the constant (the same text object: no look-up). */
    private final String[] lastText = new String[COLUMNS.size()];
    private final Object[] lastConstant = new Object[COLUMNS.size()];

    PledgeCells(List<RowProblem> problems) {
        this.problems = problems;
    }

    /** The text of a cell, or null for an empty one. */
    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    boolean sameName(long row, int column, String cell, String name) {
        if (cell.equals(name)) {
            return true;
        }
        problems.add(RowProblem.of(row, COLUMNS.get(column), cell, "differs from the party's name \"" + name
                + "\"; expected the same name everywhere, so the pledge was left out"));
        return false;
    }

    <E extends Enum<E>> E constant(long row, int column, String cell, Class<E> type) {
        if (cell.isEmpty()) {
            problems.add(RowProblem.of(row, COLUMNS.get(column), "", "is empty; expected one of "
                    + Cells.labels(type)));
            return null;
        }
        if (cell == lastText[column] && type.isInstance(lastConstant[column])) {
            return type.cast(lastConstant[column]);
        }
        E e = Cells.constant(type, cell);
        if (e == null) {
            problems.add(RowProblem.of(row, COLUMNS.get(column), cell, "is not one of " + Cells.labels(type)));
        } else {
            lastText[column] = cell;
            lastConstant[column] = e;
        }
        return e;
    }

    LocalDate date(long row, int column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(RowProblem.of(row, COLUMNS.get(column), cell, "is not an ISO date such as 2024-02-19"));
            return null;
        }
    }

    Boolean bool(long row, int column, String cell) {
        switch (cell.toLowerCase(java.util.Locale.ROOT)) {
            case "":
            case "false":
            case "no":
                return Boolean.FALSE;
            case "true":
            case "yes":
                return Boolean.TRUE;
            default:
                problems.add(RowProblem.of(row, COLUMNS.get(column), cell, "is not true or false"));
                return null;
        }
    }

    InKind inKind(long row, String description, String quantity, String unit) {
        if (description.isEmpty()) {
            if (!quantity.isEmpty() || !unit.isEmpty()) {
                problems.add(RowProblem.of(row, COLUMNS.get(IN_KIND), "", "is empty but a quantity or unit is "
                        + "given; expected a description of the goods"));
            }
            return null;
        }
        BigDecimal q = null;
        if (!quantity.isEmpty()) {
            if (!Cells.isPlainNumber(quantity)) {
                problems.add(RowProblem.of(row, COLUMNS.get(IN_KIND_QUANTITY), quantity,
                        "is not a plain decimal number such as 80 or 1200.5"));
                return null;
            }
            q = new BigDecimal(quantity);
        }
        try {
            InKind k = EventTable.inKind(description, q, emptyToNull(unit));
            if (k == null) {
                problems.add(RowProblem.of(row, COLUMNS.get(unit.isEmpty() ? IN_KIND_UNIT : IN_KIND_QUANTITY),
                        unit.isEmpty() ? "" : unit, "cannot be read: a quantity that is not a whole number needs "
                                + "a unit, and a unit needs a quantity"));
            }
            return k;
        } catch (IllegalArgumentException e) {
            problems.add(RowProblem.of(row, COLUMNS.get(IN_KIND), description, "is not valid in-kind aid: "
                    + e.getMessage()));
            return null;
        }
    }
}
