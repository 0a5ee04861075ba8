package io.github.pledgebook.table;

import io.github.pledgebook.timeline.PledgeBook;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a table reader made of a table: the book of everything it could read, and a problem for everything it
 * could not.
 * <p>
 * A reader never drops a row silently: a row it leaves out, or a cell it cannot read, is listed in
 * {@link #problems()} with its row number, column and reason. Ask {@link #isComplete()} before trusting the book as
 * the whole table, or call {@link #completeBook()}, which refuses an incomplete reading.
 * <pre>{@code
 * TableReading r = EventTable.read(csvText);
 * r.isComplete();      // true when every row was read
 * r.problems();        // [row 7, column "amount": "12,3x" is not an amount; ...]
 * r.completeBook();    // the book, or an exception listing the problems
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class TableReading {

    private final PledgeBook book;
    private final List<RowProblem> problems;
    private final long rows;

    TableReading(PledgeBook book, List<RowProblem> problems, long rows) {
        this.book = Objects.requireNonNull(book, "book");
        this.problems = List.copyOf(problems);
        this.rows = rows;
    }

    /**
     * The book of everything that could be read.
     *
     * @return the book, possibly empty
     */
    public PledgeBook book() {
        return book;
    }

    /**
     * Everything that could not be read, in row order.
     *
     * @return the problems, unmodifiable, empty when the reading is complete
     */
    public List<RowProblem> problems() {
        return problems;
    }

    /**
     * How many data rows the table had (the header and empty lines not counted).
     *
     * @return the number of data rows
     */
    public long rows() {
        return rows;
    }

    /**
     * Whether every row was read without a problem.
     *
     * @return true if there are no problems
     */
    public boolean isComplete() {
        return problems.isEmpty();
    }

    /**
     * The book, if every row was read.
     *
     * @return the book
     * @throws IllegalStateException listing the problems (the first 20) if the reading is not complete
     */
    public PledgeBook completeBook() {
        if (!problems.isEmpty()) {
            int n = problems.size();
            throw new IllegalStateException("table was not read completely (" + n + (n == 1 ? " problem" : " problems")
                    + "): " + problems.stream().limit(20).map(RowProblem::toString).collect(Collectors.joining("; "))
                    + (n > 20 ? "; and " + (n - 20) + " more" : ""));
        }
        return book;
    }

    /**
     * A summary: {@code TableReading[5 rows, PledgeBook[3 pledges, ...], 2 problems]}.
     */
    @Override
    public String toString() {
        return "TableReading[" + rows + (rows == 1 ? " row, " : " rows, ") + book + ", " + problems.size()
                + (problems.size() == 1 ? " problem]" : " problems]");
    }
}
