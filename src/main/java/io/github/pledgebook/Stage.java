package io.github.pledgebook;

import io.github.pledgebook.internal.Check;

/**
 * How far a pledge has come: from an unofficial report to money or goods delivered.
 * <p>
 * Stages are ordered: {@code REPORTED < ANNOUNCED < COMMITTED < DISBURSED}; a history may start at any stage and
 * skip stages. {@code CANCELLED} ends a history. Totals are always per stage: adding a commitment to a
 * disbursement of the same money is the classic double count.
 * <pre>{@code
 * Stage.COMMITTED.isAtLeast(Stage.ANNOUNCED);  // true
 * Stage.REPORTED.isOfficial();                  // false
 * }</pre>
 */
public enum Stage {
    /** An unofficial claim: media citing unnamed sources, a leak. */
    REPORTED,
    /** Officially announced by the donor, not yet formalised. */
    ANNOUNCED,
    /** Formalised by a signed agreement. */
    COMMITTED,
    /** A tranche delivered (money paid or goods handed over); tranches add up. */
    DISBURSED,
    /** Withdrawn: nothing follows. */
    CANCELLED;

    /** The label, made once: tables and checks ask for it per row. */
    private final String label = Check.lower(this);

    /**
     * Whether this stage is an official act of the donor (announced, committed, disbursed or cancelled).
     *
     * @return false only for {@link #REPORTED}
     */
    public boolean isOfficial() {
        return this != REPORTED;
    }

    /**
     * Whether this stage is at or beyond {@code other} on the road {@code REPORTED -> DISBURSED}.
     * {@code CANCELLED} is beyond every stage.
     *
     * @param other the stage to compare with
     * @return true if this stage is the same as or later than {@code other}
     */
    public boolean isAtLeast(Stage other) {
        return compareTo(Check.required(other, "stage")) >= 0;
    }

    /**
     * The stage in lower case, as used in {@code toString} of pledges and events.
     *
     * @return for example {@code "announced"}
     */
    public String label() {
        return label;
    }
}
