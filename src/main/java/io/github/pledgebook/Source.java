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
        Check.line(publisher(), "source publisher");
        Check.required(kind(), "source kind");
        Check.required(date(), "source date");
        url().ifPresent(u -> {
            Check.id(u, "source url");
            if (u.indexOf(' ') >= 0) {
                throw new IllegalArgumentException("source url must not contain spaces, was " + Check.shown(u));
            }
        });
        note().ifPresent(n -> Check.text(n, "source note"));
    }

    @Override
    public String toString() {
        return "Source[" + publisher() + ", " + kind().label() + ", " + date() + "]";
    }

    /** Builds a {@link Source}; obtain one from {@link Source#builder()}. Not thread-safe. */
    public static final class Builder {
        private final ImmutableSource.Builder draft = ImmutableSource.draft();

        Builder() {
        }

        /**
         * Fill a builder with attribute values from the provided {@code Source} instance.
         * Regular attribute values will be replaced with those from the given instance.
         * Absent optional values will not replace present values.
         * @param instance The instance from which to copy values
         * @return this builder
         */
        public Builder from(Source instance) {
            Check.required(instance, "source to copy from");
            draft.from(instance);
            return this;
        }

        /**
         * Initializes the value for the {@link Source#publisher() publisher} attribute.
         * @param publisher The value for publisher
         * @return this builder
         */
        public Builder publisher(String publisher) {
            draft.publisher(publisher);
            return this;
        }

        /**
         * Initializes the value for the {@link Source#kind() kind} attribute.
         * @param kind The value for kind
         * @return this builder
         */
        public Builder kind(SourceKind kind) {
            draft.kind(kind);
            return this;
        }

        /**
         * Initializes the value for the {@link Source#date() date} attribute.
         * @param date The value for date
         * @return this builder
         */
        public Builder date(LocalDate date) {
            draft.date(date);
            return this;
        }

        /**
         * Initializes the optional value {@link Source#url() url} to url.
         * @param url The value for url, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder url(String url) {
            draft.url(url);
            return this;
        }

        /**
         * Initializes the optional value {@link Source#url() url} to url.
         * @param url The value for url
         * @return this builder
         */
        public Builder url(Optional<String> url) {
            Check.required(url, "source url optional value");
            draft.url(url);
            return this;
        }

        /**
         * Initializes the optional value {@link Source#note() note} to note.
         * @param note The value for note, {@code null} is accepted as {@code java.util.Optional.empty()}
         * @return this builder
         */
        public Builder note(String note) {
            draft.note(note);
            return this;
        }

        /**
         * Initializes the optional value {@link Source#note() note} to note.
         * @param note The value for note
         * @return this builder
         */
        public Builder note(Optional<String> note) {
            Check.required(note, "source note optional value");
            draft.note(note);
            return this;
        }

        /**
         * Builds the source, checking every rule of its type.
         *
         * @return the new, immutable source
         * @throws NullPointerException if a required attribute is missing
         * @throws IllegalArgumentException if an attribute breaks a rule; the message names it
         */
        public Source build() {
            return draft.build();
        }
    }
}
