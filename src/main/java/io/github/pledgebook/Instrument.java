package io.github.pledgebook;

import io.github.pledgebook.internal.Check;

/** How a pledge is given. */
public enum Instrument {
    /** Money that is not paid back. */
    GRANT,
    /** Money lent, to be repaid. */
    LOAN,
    /** A guarantee of someone else's loan or risk. */
    GUARANTEE,
    /** Goods or services rather than money (generators, transformers, equipment). */
    IN_KIND,
    /** Anything else. */
    OTHER;

    /** The label, made once: tables and checks ask for it per row. */
    private final String label = Check.lower(this);

    /**
     * The instrument in lower case with spaces.
     *
     * @return for example {@code "in kind"}
     */
    public String label() {
        return label;
    }
}
