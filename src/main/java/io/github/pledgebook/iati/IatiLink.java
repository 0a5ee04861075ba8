package io.github.pledgebook.iati;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Stage;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One transaction that the reader counted once instead of twice: money an activity reports as received
 * (incoming pledge, incoming commitment or incoming funds) from a provider whose own activity is in the same input,
 * where the provider's outgoing transactions already count it.
 * <pre>{@code
 * activity GB-1-2 transaction 3 (line 88, column 5): incoming funds EUR 5,000 counted in the provider's activity GB-1-1
 * }</pre>
 * When several files are read into one book ({@link IatiFiles}), the receiving activity's file is named first:
 * {@code file UA.xml, activity GB-1-2 transaction 3 ...}. This class is immutable and thread-safe; equality is by
 * value.
 */
public final class IatiLink {

    private final String activityId;
    private final int transactionPosition;
    private final int line;
    private final int column;
    private final Stage stage;
    private final MonetaryAmount amount;
    private final String countedIn;
    private final String how;
    private final String file;

    IatiLink(String file, String activityId, int transactionPosition, int line, int column, Stage stage, MonetaryAmount amount,
            String countedIn, String how) {
        this.file = file;
        this.activityId = activityId;
        this.transactionPosition = transactionPosition;
        this.line = line;
        this.column = column;
        this.stage = stage;
        this.amount = amount;
        this.countedIn = countedIn;
        this.how = how;
    }

    /**
     * The activity whose incoming transaction was not counted a second time.
     *
     * @return the receiving activity's id
     */
    public String activityId() {
        return activityId;
    }

    /**
     * The transaction's position among that activity's transactions, from 1.
     *
     * @return the position
     */
    public int transactionPosition() {
        return transactionPosition;
    }

    /**
     * The line where the transaction starts.
     *
     * @return the line number
     */
    public int line() {
        return line;
    }

    /**
     * The column where the transaction starts.
     *
     * @return the column number
     */
    public int column() {
        return column;
    }

    /**
     * The stage the transaction would have counted at.
     *
     * @return the stage
     */
    public Stage stage() {
        return stage;
    }

    /**
     * The transaction's amount, exactly as written.
     *
     * @return the amount
     */
    public MonetaryAmount amount() {
        return amount;
    }

    /**
     * The provider's activity, whose transactions count this money.
     *
     * @return the provider activity's id
     */
    public String countedIn() {
        return countedIn;
    }

    /**
     * The file of the receiving activity, as the caller named it to {@link IatiFiles#add(String, java.io.Reader)}; empty when
     * one file was read on its own.
     *
     * @return the file's name, if several files were read
     */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * How the two were linked: {@code "provider-activity-id"} or {@code "receiver-activity-id"}.
     *
     * @return the attribute that made the link
     */
    public String how() {
        return how;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IatiLink)) {
            return false;
        }
        IatiLink l = (IatiLink) o;
        return Objects.equals(file, l.file) && activityId.equals(l.activityId) && transactionPosition == l.transactionPosition && line == l.line
                && column == l.column && stage == l.stage && amount.equals(l.amount) && countedIn.equals(l.countedIn)
                && how.equals(l.how);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, activityId, transactionPosition, line, column, stage, countedIn);
    }

    /**
     * The link in one line.
     *
     * @return the readable form
     */
    @Override
    public String toString() {
        return (file == null ? "" : "file " + file + ", ") + "activity " + activityId + " transaction "
                + transactionPosition + " (line " + line + ", column "
                + column + "): " + stage.label() + " " + Amounts.format(amount) + " counted in the provider's activity "
                + countedIn + " (linked by " + how + ")";
    }
}
