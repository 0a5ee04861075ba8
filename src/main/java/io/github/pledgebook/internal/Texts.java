package io.github.pledgebook.internal;

/**
 * Tidies text read from other people's files (FTS, IATI, sheets) into what the values accept (see {@link Check}):
 * tabs, line breaks in one-line fields, non-breaking and other Unicode spaces become plain spaces, invisible
 * characters at the ends go, runs of spaces become one, and the ends are trimmed. Text that is already tidy is
 * returned as it is, without copying. pledgebook's own lossless formats never tidy.
 * <pre>{@code
 * Texts.line(" Operational appeal\tPalestine\u00A0(QZA)\u200B ");   // "Operational appeal Palestine (QZA)"
 * Texts.text("first\r\n\r\n\r\nsecond\t line");                       // "first\n\nsecond line"
 * Texts.id("GB-1\u200B-2 ");                                          // "GB-1-2"
 * }</pre>
 */
public final class Texts {

    private Texts() {
    }

    /**
     * One line of text (a name, a title, a publisher): every control character, line or paragraph separator, tab,
     * non-breaking or other Unicode space becomes a plain space; invisible (format) characters at the ends are
     * removed; runs of spaces become one; the ends are trimmed.
     *
     * @param s the text as read, possibly null
     * @return the tidy line, or null if {@code s} is null or nothing visible is left
     */
    public static String line(String s) {
        if (s == null) {
            return null;
        }
        if (isTidyLine(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        appendLine(sb, s, 0, s.length(), false);
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * An identifier: tidied as a {@link #line}, and without any invisible (format) character such as a zero-width
     * space, which identifiers refuse.
     *
     * @param s the id as read, possibly null
     * @return the tidy id, or null if {@code s} is null or nothing visible is left
     */
    public static String id(String s) {
        if (s == null) {
            return null;
        }
        if (isTidyLine(s) && !hasFormat(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        appendLine(sb, s, 0, s.length(), true);
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * Text of several lines (a note, a description): line breaks ({@code \r\n}, {@code \r}, {@code \n}, line and
     * paragraph separators) become {@code \n}, each line is tidied as a {@link #line}, runs of blank lines become
     * one blank line, and blank lines at the ends go.
     *
     * @param s the text as read, possibly null
     * @return the tidy text, or null if {@code s} is null or nothing visible is left
     */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        if (s.indexOf('\n') < 0 && isTidyLine(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean blankBefore = false;
        int n = s.length();
        for (int start = 0; start <= n; ) {
            int end = start;
            while (end < n && !isBreak(s.charAt(end))) {
                end++;
            }
            int before = sb.length();
            if (before > 0) {
                sb.append(blankBefore ? "\n\n" : "\n");
            }
            int mark = sb.length();
            appendLine(sb, s, start, end, false);
            if (sb.length() == mark) {
                sb.setLength(before); // a blank line: kept (once) only between two lines with text
                blankBefore = before > 0;
            } else {
                blankBefore = false;
            }
            if (end + 1 < n && s.charAt(end) == '\r' && s.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Appends the tidy line of {@code s[from, to)}, dropping format characters everywhere if {@code dropFormat}. */
    private static void appendLine(StringBuilder sb, String s, int from, int to, boolean dropFormat) {
        int start = sb.length();
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isSpaceLike(c)) {
                space = true;
            } else if (Character.getType(c) == Character.FORMAT && (dropFormat || sb.length() == start)) {
                continue; // leading (or, for ids, any) invisible character
            } else {
                if (space && sb.length() > start) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        // trailing invisible characters (and the spaces between them) go
        int end = sb.length();
        while (end > start && Character.getType(sb.charAt(end - 1)) == Character.FORMAT) {
            end--;
            while (end > start && sb.charAt(end - 1) == ' ') {
                end--;
            }
        }
        sb.setLength(end);
    }

    /** Whether {@code s} is non-blank, starts and ends visibly, and holds only plain single spaces between words. */
    private static boolean isTidyLine(String s) {
        int n = s.length();
        if (n == 0 || isEnd(s.charAt(0)) || isEnd(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i - 1) == ' ' : c < ' ' || c > '~' && isSpaceLike(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEnd(char c) {
        return isSpaceLike(c) || Character.getType(c) == Character.FORMAT;
    }

    private static boolean hasFormat(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '~' && Character.getType(c) == Character.FORMAT) {
                return true;
            }
        }
        return false;
    }

    /** A character that becomes a plain space in a line: controls, separators, tabs, every kind of space. */
    private static boolean isSpaceLike(char c) {
        return c == ' ' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }
}
