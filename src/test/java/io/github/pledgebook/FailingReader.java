package io.github.pledgebook;

import java.io.IOException;
import java.io.Reader;

/**
 * A caller's reader that gives the first characters of a text and then fails, as a dropped connection does: the
 * readers must throw that failure, not report it as a fault of the text.
 */
public final class FailingReader extends Reader {

    private final String text;
    private final int failAt;
    private int position;

    /**
     * A reader that fails once it has given {@code failAt} characters of {@code text}.
     *
     * @param text the text
     * @param failAt how many characters it gives before failing
     */
    public FailingReader(String text, int failAt) {
        this.text = text;
        this.failAt = failAt;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (position >= failAt) {
            throw new IOException("connection reset");
        }
        int n = Math.min(length, failAt - position);
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() {
        // the caller's to close
    }
}
