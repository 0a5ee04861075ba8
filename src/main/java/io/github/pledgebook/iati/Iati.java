package io.github.pledgebook.iati;

import java.io.InputStream;
import java.io.Reader;

/**
 * Reads IATI activity files (the International Aid Transparency Initiative's XML, versions 2.01 to 2.03) into a
 * pledge book, with every transaction either counted or reported.
 * <pre>{@code
 * IatiImport imported = Iati.read(reader);   // the caller opens the file: a Reader, an InputStream or a String
 * PledgeBook book = imported.book();
 * imported.problems();                       // every transaction not counted, with where and why
 * }</pre>
 * These are shortcuts for {@link IatiReader#standard()}; see {@code docs/iati.md} for the mapping.
 */
public final class Iati {

    private Iati() {
    }

    /**
     * Reads IATI activity XML from characters with the default options.
     *
     * @param xml the XML, opened by the caller and not closed here
     * @return the book and the account of every transaction
     * @throws IatiFormatException if the file cannot be read at all
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public static IatiImport read(Reader xml) {
        return IatiReader.standard().read(xml);
    }

    /**
     * Reads IATI activity XML from bytes with the default options.
     *
     * @param xml the XML, opened by the caller and not closed here
     * @return the book and the account of every transaction
     * @throws IatiFormatException if the file cannot be read at all
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public static IatiImport read(InputStream xml) {
        return IatiReader.standard().read(xml);
    }

    /**
     * Starts reading several IATI files into one book with the default options, so that the same money published by
     * a funder and by its implementer counts once; see {@link IatiFiles}.
     *
     * @return a new, empty set of files
     */
    public static IatiFiles files() {
        return IatiReader.standard().files();
    }

    /**
     * Reads IATI activity XML held as text with the default options.
     *
     * @param xml the XML text
     * @return the book and the account of every transaction
     * @throws IatiFormatException if the file cannot be read at all
     */
    public static IatiImport read(CharSequence xml) {
        return IatiReader.standard().read(xml);
    }
}
