package io.github.pledgebook;

import io.github.pledgebook.internal.Check;

/** What kind of source stated a fact; it decides how far a reader may trust it. */
public enum SourceKind {
    /** The donor, the recipient or another official body speaking for itself. */
    OFFICIAL,
    /** A news outlet reporting on the record. */
    MEDIA,
    /** A news outlet citing unnamed or anonymous sources. */
    UNNAMED_SOURCES,
    /** A compiled dataset (Kiel Institute tracker, IATI, OCHA FTS, OECD CRS...). */
    DATASET,
    /** Anything else. */
    OTHER;

    /** The label, made once: tables and checks ask for it per row. */
    private final String label = Check.lower(this);

    /**
     * The kind in lower case with spaces, as shown in {@code toString}.
     *
     * @return for example {@code "unnamed sources"}
     */
    public String label() {
        return label;
    }
}
