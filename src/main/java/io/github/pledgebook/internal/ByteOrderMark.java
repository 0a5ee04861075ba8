package io.github.pledgebook.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Text without the byte-order mark (U+FEFF) it may start with. Files saved as "UTF-8 with BOM" keep the mark when
 * they are decoded by Java ({@code Files.readString}, an {@code InputStreamReader}), and the XML and JSON parsers
 * refuse it as content before the document; read as bytes, the parsers take it off themselves.
 */
public final class ByteOrderMark {

    private static final char MARK = '\uFEFF';

    private ByteOrderMark() {
    }

    /**
     * The text without a leading byte-order mark.
     *
     * @param text the text
     * @return the text, or the text after its mark
     */
    public static String skipped(CharSequence text) {
        String s = text.toString();
        return !s.isEmpty() && s.charAt(0) == MARK ? s.substring(1) : s;
    }

    /**
     * A reader of the caller's characters without a leading byte-order mark. It reads the first character now; closing
     * it closes the caller's reader, so the library never closes it.
     *
     * @param reader the caller's reader
     * @return a reader that gives the same characters after any mark
     * @throws UncheckedIOException if reading the first character fails
     */
    public static Reader skipped(Reader reader) {
        PushbackReader r = new PushbackReader(reader, 1);
        try {
            int first = r.read();
            if (first != -1 && first != MARK) {
                r.unread(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the caller's text failed at its first character: "
                    + e.getMessage(), e);
        }
        return r;
    }
}
