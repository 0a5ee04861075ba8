package io.github.pledgebook.iati;

import io.github.pledgebook.internal.ByteOrderMark;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads IATI activity XML (versions 2.01 to 2.03) into an {@link IatiImport}, with the options a caller chooses.
 * <p>
 * The caller opens the file; the reader takes a {@link Reader}, an {@link InputStream} (whose encoding the XML
 * declaration names) or a {@link CharSequence}, reads it once with the JDK's StAX parser, activity by activity, and
 * never closes what it was given. The XML is read with DTDs and external entities off: a file with a DOCTYPE is
 * refused with an {@link IatiFormatException}.
 * <pre>{@code
 * IatiImport strict = IatiReader.standard().strict(true).read(reader);     // stops at the first problem
 * IatiImport french = IatiReader.standard().withLanguage("fr").read(reader); // names in French where given
 * }</pre>
 * This class is immutable and thread-safe; each read is independent.
 */
public final class IatiReader {

    private static final IatiReader STANDARD = new IatiReader(false, DacSectors.builtIn(), null, true);

    private final boolean strict;
    private final DacSectors sectors;
    private final String language;
    private final boolean transactionNotes;

    private IatiReader(boolean strict, DacSectors sectors, String language, boolean transactionNotes) {
        this.strict = strict;
        this.sectors = sectors;
        this.language = language;
        this.transactionNotes = transactionNotes;
    }

    /**
     * The default reader: lenient (problems are reported, the rest is read), the built-in DAC sector list, the first
     * narrative of each element, each event noting its transaction's ref.
     *
     * @return the default reader
     */
    public static IatiReader standard() {
        return STANDARD;
    }

    /**
     * Returns a reader that stops at the first transaction it cannot count, with an {@link IatiFormatException}
     * naming it, instead of reporting it and reading on.
     *
     * @param strict true to stop at the first problem
     * @return a new reader
     */
    public IatiReader strict(boolean strict) {
        return new IatiReader(strict, sectors, language, transactionNotes);
    }

    /**
     * Returns a reader that names DAC sectors from the given list, such as a newer IATI codelist.
     *
     * @param sectors the list
     * @return a new reader
     */
    public IatiReader withSectors(DacSectors sectors) {
        return new IatiReader(strict, Objects.requireNonNull(sectors, "sector list is required, was null"), language,
                transactionNotes);
    }

    /**
     * Returns a reader that prefers narratives in a language ({@code xml:lang}, such as {@code "fr"}) for names and
     * titles, and takes the first narrative where none is in that language.
     *
     * @param language an ISO 639-1 code
     * @return a new reader
     */
    public IatiReader withLanguage(String language) {
        Objects.requireNonNull(language, "language is required, was null");
        if (language.isBlank()) {
            throw new IllegalArgumentException("language must be an ISO 639-1 code such as \"en\", was blank");
        }
        return new IatiReader(strict, sectors, language.strip(), transactionNotes);
    }

    /**
     * Returns a reader whose events keep, or leave out, the note naming their IATI transaction
     * ({@code IATI transaction <ref>}, for transactions that have a {@code ref}). Kept by default, as it ties each
     * event to the publisher's own transaction. Left out, the book of a large import is about a quarter smaller
     * (two objects fewer per transaction) and is read faster; see docs/iati.md. Problems name the transactions
     * they report, with their refs, either way.
     * <pre>{@code
     * IatiImport bulk = IatiReader.standard().withTransactionNotes(false).read(stream);
     * }</pre>
     *
     * @param keep true to keep the notes
     * @return a new reader
     */
    public IatiReader withTransactionNotes(boolean keep) {
        return new IatiReader(strict, sectors, language, keep);
    }

    /**
     * Reads IATI activity XML from characters.
     *
     * @param xml the XML, opened by the caller and not closed here
     * @return the book and the account of every transaction
     * @throws IatiFormatException if the XML is not well-formed, has a DOCTYPE, is IATI 1.0x, or (strict) has a
     *     transaction that cannot be counted
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public IatiImport read(Reader xml) {
        Objects.requireNonNull(xml, "IATI reader is required, was null");
        return read(open(f -> f.createXMLStreamReader(ByteOrderMark.skipped(xml))));
    }

    /**
     * Reads IATI activity XML from bytes, in the encoding its XML declaration names (UTF-8 without one).
     *
     * @param xml the XML, opened by the caller and not closed here
     * @return the book and the account of every transaction
     * @throws IatiFormatException as {@link #read(Reader)}
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public IatiImport read(InputStream xml) {
        Objects.requireNonNull(xml, "IATI input stream is required, was null");
        return read(open(f -> f.createXMLStreamReader(xml)));
    }

    /**
     * Reads IATI activity XML held as text.
     *
     * @param xml the XML text
     * @return the book and the account of every transaction
     * @throws IatiFormatException as {@link #read(Reader)}
     */
    public IatiImport read(CharSequence xml) {
        Objects.requireNonNull(xml, "IATI text is required, was null");
        return read(new StringReader(xml.toString()));
    }

    /**
     * Starts reading several files into one book with these options, so that money published in two of them counts
     * once; see {@link IatiFiles}.
     * <pre>{@code
     * IatiImport both = IatiReader.standard().files().add("GB-1.xml", funder).add("UA.xml", implementer).result();
     * }</pre>
     *
     * @return a new, empty set of files
     */
    public IatiFiles files() {
        return new IatiFiles(this, new BookAssembly(strict, sectors, transactionNotes));
    }

    /** Opens a StAX reader over what the caller gave. */
    interface Opener {
        XMLStreamReader open(XMLInputFactory f) throws XMLStreamException;
    }

    static XMLStreamReader open(Opener opener) {
        try {
            return opener.open(ActivityParser.hardenedFactory());
        } catch (XMLStreamException e) {
            IOException io = ActivityParser.ioFailure(e);
            if (io != null) {
                throw new UncheckedIOException("reading the IATI file failed: " + io.getMessage(), io);
            }
            throw new IatiFormatException("IATI file cannot be read as XML: " + e.getMessage(), -1, -1, e);
        }
    }

    private IatiImport read(XMLStreamReader x) {
        BookAssembly assembly = new BookAssembly(strict, sectors, transactionNotes);
        return assembly.build(readInto(assembly, x));
    }

    /** Reads one file's activities into an assembly; returns the file's version ("" if none). */
    String readInto(BookAssembly assembly, XMLStreamReader x) {
        return ActivityParser.read(x, assembly, language, assembly::accept);
    }

    /**
     * The options, for people.
     *
     * @return for example {@code IatiReader[lenient, DacSectors[325 codes], first narrative]}, with
     *     {@code , no transaction notes} before the bracket when they are left out
     */
    @Override
    public String toString() {
        return "IatiReader[" + (strict ? "strict" : "lenient") + ", " + sectors + ", "
                + (language == null ? "first narrative" : "narratives in " + language)
                + (transactionNotes ? "" : ", no transaction notes") + "]";
    }
}
