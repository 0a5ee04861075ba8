package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who stated a fact, and when: a publisher, the kind of source, the date, and optionally a URL and a note.
 * <p>
 * The URL is kept as text only; pledgebook never opens it.
 * <pre>{@code
 * Source kyodo = Source.of("Kyodo News", SourceKind.UNNAMED_SOURCES, LocalDate.of(2024, 2, 11))
 *         .withNote("citing unnamed sources, via Kyiv Independent");
 * // Source[Kyodo News, unnamed sources, 2024-02-11]
 * }</pre>
 * This class is immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class Source {

    Source() {
    }

    /**
     * Creates a source.
     *
     * @param publisher who published the fact, such as {@code "Kyodo News"} or {@code "Ministry of Foreign Affairs of Japan"}
     * @param kind the kind of source
     * @param date the date it was published
     * @return the source
     */
    public static Source of(String publisher, SourceKind kind, LocalDate date) {
        return builder().publisher(publisher).kind(kind).date(date).build();
    }

    /**
     * Creates an official source: the donor or another official body speaking for itself.
     *
     * @param publisher the official body
     * @param date the date of publication
     * @return the source
     */
    public static Source official(String publisher, LocalDate date) {
        return of(publisher, SourceKind.OFFICIAL, date);
    }

    /**
     * Creates a media source reporting on the record.
     *
     * @param publisher the outlet
     * @param date the date of publication
     * @return the source
     */
    public static Source media(String publisher, LocalDate date) {
        return of(publisher, SourceKind.MEDIA, date);
    }

    /**
     * Returns a builder for sources with a URL or note.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Who published the fact.
     *
     * @return the publisher, never blank
     */
    public abstract String publisher();

    /**
     * The kind of source.
     *
     * @return the kind
     */
    public abstract SourceKind kind();

    /**
     * The date the fact was published.
     *
     * @return the publication date
     */
    public abstract LocalDate date();

    /**
     * Where the fact can be read, as text; never fetched by pledgebook.
     *
     * @return the URL text, if known
     */
    public abstract Optional<String> url();

    /**
     * A free-text note, such as "citing unnamed sources".
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();

    /**
     * Returns a copy with the given URL.
     *
     * @param url the URL text, without spaces
     * @return a new source
     */
    public abstract Source withUrl(String url);

    /**
     * Returns a copy with the given note.
     *
     * @param note the note
     * @return a new source
     */
    public abstract Source withNote(String note);

    @Value.Check
    void check() {
        Check.notBlank(publisher(), "source publisher");
        Check.required(kind(), "source kind");
        Check.required(date(), "source date");
        url().ifPresent(u -> {
            Check.notBlank(u, "source url");
            if (u.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("source url must not contain spaces, was \"" + u + "\"");
            }
        });
        note().ifPresent(n -> Check.notBlank(n, "source note"));
    }

    @Override
    public String toString() {
        return "Source[" + publisher() + ", " + kind().label() + ", " + date() + "]";
    }

    /** Builds a {@link Source}; obtain one from {@link Source#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutableSource.Builder {
        Builder() {
        }
    }
}
