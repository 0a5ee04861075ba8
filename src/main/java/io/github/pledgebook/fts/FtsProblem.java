package io.github.pledgebook.fts;

import java.util.Objects;
import java.util.Optional;

/**
 * A flow pledgebook refused to read, or a page it could not read to the end, with the reason.
 * <p>
 * A malformed flow (no status, an unknown currency, a negative or non-numeric amount, an unknown object type...)
 * never stops the rest: it becomes a problem naming the page, the flow's place on it, its id where it has one, and
 * what was wrong.
 * <pre>{@code
 * // FtsProblem[page 1, flow 3, id 9002: originalCurrency must be a known ISO 4217 code such as USD, was "XYZ"]
 * }</pre>
 *
 * @param page the page, counted from 1 in the order pages were added
 * @param position the flow's place in the page's flows array, from 1; 0 for a problem of the whole page
 * @param flowId the flow's id, empty when the flow has none or the problem is the page's
 * @param reason what was wrong, as a sentence naming the field and the value
 */
public record FtsProblem(int page, int position, Optional<String> flowId, String reason) {

    /**
     * Checks the parts.
     *
     * @param page the page
     * @param position the flow's place
     * @param flowId the flow's id
     * @param reason the reason
     */
    public FtsProblem {
        Objects.requireNonNull(flowId, "flow id is required (use Optional.empty()), was null");
        Objects.requireNonNull(reason, "problem reason is required, was null");
    }

    @Override
    public String toString() {
        return "FtsProblem[page " + page + (position == 0 ? "" : ", flow " + position)
                + flowId.map(id -> ", id " + id).orElse("") + ": " + reason + "]";
    }
}
