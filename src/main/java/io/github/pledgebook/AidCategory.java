package io.github.pledgebook;

import io.github.pledgebook.internal.Check;

/** The broad kind of support a pledge gives, as trackers such as the Kiel Institute's separate them. */
public enum AidCategory {
    /** Budget support, loans, grants for reconstruction and the economy. */
    FINANCIAL,
    /** Relief for people: food, shelter, health, demining for civilians. */
    HUMANITARIAN,
    /** Weapons, equipment and military funds. */
    MILITARY;

    /** The label, made once: tables and checks ask for it per row. */
    private final String label = Check.lower(this);

    /**
     * The category in lower case.
     *
     * @return for example {@code "financial"}
     */
    public String label() {
        return label;
    }
}
