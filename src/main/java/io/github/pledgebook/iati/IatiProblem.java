package io.github.pledgebook.iati;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the IATI reader did not count, or a remark about how it read a part of the file, with where it is.
 * <p>
 * Every transaction in a file is either counted in the book, counted once through the provider's activity (an
 * {@link IatiLink}), or reported as a problem that names the activity, the transaction (its {@code ref} when the
 * file gives one, else its position in the activity, from 1), the line and column of its start tag, and why:
 * <pre>{@code
 * activity NL-KVK-30214009-C380, transaction 4 (ref 221027), line 512, column 5: value is empty
 * }</pre>
 * Notes ({@link IatiImport#notes()}) use the same form for remarks that do not drop money, such as an organisation
 * without a {@code ref}. When several files are read into one book ({@link IatiFiles}), each problem also names its
 * file, as the caller named it: {@code file GB-1.xml, activity GB-1-2, line 40, column 3: ...}. This class is
 * immutable and thread-safe; equality is by value.
 */
public final class IatiProblem {

    private final String activityId;
    private final String transactionRef;
    private final int transactionPosition;
    private final int line;
    private final int column;
    private final String reason;
    /** The caller's name of the file, when several are read into one book; else null. */
    private final String file;
    /** The file's place in the order read, from 0: problems are listed file by file. */
    final int fileIndex;

    IatiProblem(String activityId, String transactionRef, int transactionPosition, int line, int column,
            String reason) {
        this(null, 0, activityId, transactionRef, transactionPosition, line, column, reason);
    }

    IatiProblem(String file, int fileIndex, String activityId, String transactionRef, int transactionPosition,
            int line, int column, String reason) {
        this.file = file;
        this.fileIndex = fileIndex;
        this.activityId = Objects.requireNonNull(activityId, "activity id");
        this.transactionRef = transactionRef;
        this.transactionPosition = transactionPosition;
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * The file the problem is in, as the caller named it to {@link IatiFiles#add(String, java.io.Reader)}; empty when one
     * file was read on its own.
     *
     * @return the file's name, if several files were read
     */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The {@code iati-identifier} of the activity, or {@code "(activity at line N)"} when it has none.
     *
     * @return the activity id
     */
    public String activityId() {
        return activityId;
    }

    /**
     * The transaction's {@code ref} attribute, when the file gives one.
     *
     * @return the ref, if any
     */
    public Optional<String> transactionRef() {
        return Optional.ofNullable(transactionRef);
    }

    /**
     * The transaction's position among the activity's transactions, from 1; 0 when the remark is not about a
     * transaction.
     *
     * @return the position, or 0
     */
    public int transactionPosition() {
        return transactionPosition;
    }

    /**
     * The line of the element's start tag, from 1; -1 if the parser could not tell.
     *
     * @return the line number
     */
    public int line() {
        return line;
    }

    /**
     * The column just after the element's start tag (where StAX reports it), from 1; -1 if the parser could not tell.
     *
     * @return the column number
     */
    public int column() {
        return column;
    }

    /**
     * Why the transaction was not counted, or what the note says, as a sentence.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IatiProblem)) {
            return false;
        }
        IatiProblem p = (IatiProblem) o;
        return Objects.equals(file, p.file) && activityId.equals(p.activityId)
                && Objects.equals(transactionRef, p.transactionRef)
                && transactionPosition == p.transactionPosition && line == p.line && column == p.column
                && reason.equals(p.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, activityId, transactionRef, transactionPosition, line, column, reason);
    }

    /**
     * Where and why, in one line, after the file's name when several were read: {@code activity A, transaction 4 (ref 221027), line 512, column 5: value is empty}.
     *
     * @return the readable form
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append("file ").append(file).append(", ");
        }
        sb.append("activity ").append(activityId);
        if (transactionPosition > 0) {
            sb.append(", transaction ").append(transactionPosition);
            if (transactionRef != null) {
                sb.append(" (ref ").append(transactionRef).append(')');
            }
        }
        return sb.append(", line ").append(line).append(", column ").append(column).append(": ").append(reason)
                .toString();
    }
}
