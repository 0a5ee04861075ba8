package io.github.pledgebook.iati;

import io.github.pledgebook.internal.ByteOrderMark;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads several IATI files into one book, so that the same money published by a funder and by its implementer, in
 * two files, counts once.
 * <p>
 * Real IATI data comes as many files: one per publisher, country or year. Read one by one, each into its own book, a
 * funder's outgoing commitment and the implementer's incoming funds for the same money are never linked, and a
 * total of both books counts that money twice. Read here, every file's activities go into one book: links by
 * {@code provider-activity-id} and {@code receiver-activity-id} are made across files, an activity id repeated in a
 * later file is reported instead of counted again, and each organisation id is one party, named as first read.
 * <pre>{@code
 * IatiFiles files = IatiReader.standard().files();
 * files.add("GB-1.xml", funderReader);        // the caller opens and closes each file; only its name is kept
 * files.add("UA-implementer.xml", otherReader);
 * IatiImport both = files.result();           // one book; problems and links name their file
 * }</pre>
 * A file that cannot be read to its end (not well-formed, a DOCTYPE, IATI 1.0x, or a problem in strict mode) adds
 * nothing: {@code add} takes back what the file added so far and throws an {@link IatiFormatException} naming the
 * file, and the files read before stay as they were, so the caller can report it and go on with the next one.
 * <p>
 * Not thread-safe: one thread adds the files, then asks for the result once.
 */
public final class IatiFiles {

    private final IatiReader options;
    private final BookAssembly assembly;
    private final Set<String> versions = new LinkedHashSet<>();
    private final List<String> names = new ArrayList<>();
    private boolean done;

    IatiFiles(IatiReader options, BookAssembly assembly) {
        this.options = options;
        this.assembly = assembly;
    }

    /**
     * Reads one more file from characters.
     *
     * @param name the caller's name for the file (a file name or URL, say), which problems and links repeat
     * @param xml the XML, opened by the caller and not closed here
     * @return this, to add the next file
     * @throws IatiFormatException if the file cannot be read to its end; it then adds nothing
     * @throws IllegalStateException if {@link #result()} was already asked for
     * @throws java.io.UncheckedIOException if the reader fails; the file then adds nothing
     */
    public IatiFiles add(String name, Reader xml) {
        String checked = check(name);
        Objects.requireNonNull(xml, "IATI reader of file " + checked + " is required, was null");
        return add(checked, f -> f.createXMLStreamReader(ByteOrderMark.skipped(xml)));
    }

    /**
     * Reads one more file from bytes, in the encoding its XML declaration names (UTF-8 without one).
     *
     * @param name the caller's name for the file, which problems and links repeat
     * @param xml the XML, opened by the caller and not closed here
     * @return this, to add the next file
     * @throws IatiFormatException if the file cannot be read to its end; it then adds nothing
     * @throws IllegalStateException if {@link #result()} was already asked for
     * @throws java.io.UncheckedIOException if the stream fails; the file then adds nothing
     */
    public IatiFiles add(String name, InputStream xml) {
        String checked = check(name);
        Objects.requireNonNull(xml, "IATI input stream of file " + checked + " is required, was null");
        return add(checked, f -> f.createXMLStreamReader(xml));
    }

    /**
     * Reads one more file held as text.
     *
     * @param name the caller's name for the file, which problems and links repeat
     * @param xml the XML text
     * @return this, to add the next file
     * @throws IatiFormatException if the file cannot be read to its end; it then adds nothing
     * @throws IllegalStateException if {@link #result()} was already asked for
     */
    public IatiFiles add(String name, CharSequence xml) {
        String checked = check(name);
        Objects.requireNonNull(xml, "IATI text of file " + checked + " is required, was null");
        return add(checked, new StringReader(xml.toString()));
    }

    private String check(String name) {
        if (done) {
            throw new IllegalStateException("IATI files already read into a book (result() was called); "
                    + "start again with IatiReader.files() to read more");
        }
        Objects.requireNonNull(name, "IATI file name is required, was null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("IATI file name must not be blank: problems and links name it");
        }
        return name.strip();
    }

    private IatiFiles add(String name, IatiReader.Opener opener) {
        assembly.startFile(name);
        String version;
        try {
            version = options.readInto(assembly, IatiReader.open(opener));
        } catch (IatiFormatException e) {
            assembly.undoFile();
            throw new IatiFormatException("IATI file " + name + " not read, nothing of it is counted: "
                    + e.getMessage(), e.line(), e.column(), e);
        } catch (RuntimeException | Error e) {
            assembly.undoFile();
            throw e;
        }
        names.add(name);
        if (!version.isEmpty()) {
            versions.add(version);
        }
        return this;
    }

    /**
     * Links incoming money to its providers' activities across all files read and builds the one book. Ends the
     * reading: asking twice, or adding a file afterwards, throws.
     *
     * @return the book and the account of every transaction of every file; its {@link IatiImport#version()} is the
     *     files' version, or their versions in the order first read ({@code "2.01, 2.03"}) when they differ
     * @throws IllegalStateException if the result was already asked for
     */
    public IatiImport result() {
        if (done) {
            throw new IllegalStateException("IATI files already read into a book: result() gives it once");
        }
        done = true;
        return assembly.build(String.join(", ", versions));
    }

    /**
     * The files read so far, for people.
     *
     * @return for example {@code IatiFiles[2 files read: GB-1.xml, UA.xml]}
     */
    @Override
    public String toString() {
        return "IatiFiles[" + names.size() + (names.size() == 1 ? " file" : " files") + " read"
                + (names.isEmpty() ? "" : ": " + String.join(", ", names)) + (done ? ", book made" : "") + "]";
    }
}
