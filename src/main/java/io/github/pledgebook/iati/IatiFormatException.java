package io.github.pledgebook.iati;

/**
 * An IATI file that cannot be read at all: not well-formed XML, a DOCTYPE (refused: external entities and entity
 * expansion are how hostile XML attacks a reader), a version pledgebook does not read, or, in strict mode, the first
 * transaction that could not be counted. The message says what, where (line and column) and what was expected.
 */
public final class IatiFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The line of the problem, or -1. */
    private final int line;
    /** The column of the problem, or -1. */
    private final int column;

    IatiFormatException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /**
     * The line where reading stopped, from 1; -1 if unknown.
     *
     * @return the line number
     */
    public int line() {
        return line;
    }

    /**
     * The column where reading stopped, from 1; -1 if unknown.
     *
     * @return the column number
     */
    public int column() {
        return column;
    }
}
