package io.github.pledgebook.timeline;

import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Check;

/**
 * What a {@link TimelineEntry} records: a pledge reaching a stage, a conference, a memorandum signed or a milestone.
 * <pre>{@code
 * book.chronicle().ofKinds(EntryKind.ANNOUNCED, EntryKind.MEMORANDUM).entries();
 * EntryKind.of(Stage.COMMITTED);   // COMMITTED
 * }</pre>
 */
public enum EntryKind {
    /** A milestone: a dated event without money, such as a policy change. */
    MILESTONE,
    /** A conference, dated by its first day. */
    CONFERENCE,
    /** A pledge reported unofficially. */
    REPORTED,
    /** A pledge announced officially. */
    ANNOUNCED,
    /** A pledge committed by a signed agreement. */
    COMMITTED,
    /** A tranche disbursed. */
    DISBURSED,
    /** A pledge cancelled. */
    CANCELLED,
    /** A memorandum signed. */
    MEMORANDUM;

    /**
     * The kind of entry for a pledge event at a stage.
     *
     * @param stage the stage
     * @return the matching kind
     */
    public static EntryKind of(Stage stage) {
        return valueOf(Check.required(stage, "stage").name());
    }

    /**
     * Whether entries of this kind are pledge events.
     *
     * @return true for the stage kinds
     */
    public boolean isPledgeEvent() {
        return this != MILESTONE && this != CONFERENCE && this != MEMORANDUM;
    }

    /**
     * The kind in lower case, as in {@code toString} of entries.
     *
     * @return for example {@code "memorandum"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
