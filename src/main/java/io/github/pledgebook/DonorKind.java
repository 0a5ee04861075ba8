package io.github.pledgebook;

import io.github.pledgebook.internal.Check;

/** What kind of body a {@link Donor} is. */
public enum DonorKind {
    /** A national government, such as the Government of Japan. */
    GOVERNMENT,
    /** An agency or ministry acting for a government, such as JICA. */
    GOVERNMENT_AGENCY,
    /** A multilateral institution, such as the World Bank or the EU. */
    MULTILATERAL,
    /** A trust or pooled fund, such as NATO's Comprehensive Assistance Package trust fund. */
    TRUST_FUND,
    /** A private or state company. */
    COMPANY,
    /** A non-governmental organisation. */
    NGO,
    /** Anything else. */
    OTHER;

    /** The label, made once: tables and checks ask for it per row. */
    private final String label = Check.lower(this);

    /**
     * The kind in lower case with spaces.
     *
     * @return for example {@code "government agency"}
     */
    public String label() {
        return label;
    }
}
