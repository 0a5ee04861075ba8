package io.github.pledgebook.chart;

/**
 * A small writer of SVG text: elements with escaped attribute values and text. Coordinates are whole numbers of
 * the document's user units, which the root's {@code viewBox} scales.
 */
final class Svg {

    static final String FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
    static final String INK = "#222222";
    static final String GRID = "#d9d9d9";
    static final String MUTED = "#555555";

    private final StringBuilder out = new StringBuilder(8192);

    Svg(int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"pb-title pb-desc\" font-family=\"")
                .append(FONT).append("\">\n");
        out.append("<title id=\"pb-title\">").append(escape(title)).append("</title>\n");
        out.append("<desc id=\"pb-desc\">").append(escape(description)).append("</desc>\n");
        out.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" fill=\"#ffffff\"/>\n");
    }

    /**
     * Escapes text for XML content and attribute values; characters XML 1.0 cannot hold become U+FFFD.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&apos;");
                    break;
                default:
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }

    /** Shortens text to at most {@code max} characters, ending with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "\u2026";
    }

    /** An estimate of the width of text in user units: SVG has no font metrics, so a wide average is assumed. */
    static int textWidth(String text, int fontSize) {
        return (text.codePointCount(0, text.length()) * fontSize * 62 + 99) / 100;
    }

    /** Appends raw markup that the caller built from escaped parts. */
    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Opens a group with a class and optional extra attributes (already escaped by {@link #attr}). */
    Svg open(String cssClass, String... attributes) {
        out.append("<g class=\"").append(escape(cssClass)).append('"');
        for (String a : attributes) {
            out.append(' ').append(a);
        }
        out.append(">\n");
        return this;
    }

    Svg close() {
        out.append("</g>\n");
        return this;
    }

    /** An attribute, escaped: {@code name="value"}. */
    static String attr(String name, Object value) {
        return name + "=\"" + escape(String.valueOf(value)) + "\"";
    }

    /** A text element; {@code anchor} is start, middle or end. */
    Svg text(int x, int y, String text, int size, String anchor, String cssClass, String... attributes) {
        out.append("<text class=\"").append(escape(cssClass)).append("\" x=\"").append(x).append("\" y=\"")
                .append(y).append("\" font-size=\"").append(size).append("\" text-anchor=\"").append(anchor)
                .append('"');
        for (String a : attributes) {
            out.append(' ').append(a);
        }
        out.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    Svg line(int x1, int y1, int x2, int y2, String stroke, int width, String dash) {
        out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(width).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>\n");
        return this;
    }

    /** A rectangle with a tooltip. */
    Svg rect(int x, int y, int w, int h, String fill, String stroke, String cssClass, String tooltip,
            String... attributes) {
        out.append("<rect class=\"").append(escape(cssClass)).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" fill=\"").append(fill)
                .append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1\"");
        }
        for (String a : attributes) {
            out.append(' ').append(a);
        }
        if (tooltip == null) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></rect>\n");
        }
        return this;
    }

    /** A marker of a stage's shape centred on (x, y), with a tooltip. */
    Svg marker(Palette.Style style, int x, int y, int r, String cssClass, String tooltip, String... attributes) {
        out.append("<path class=\"").append(escape(cssClass)).append("\" d=\"").append(style.shape().path(x, y, r))
                .append("\" fill=\"").append(style.colour()).append("\" stroke=\"").append(INK)
                .append("\" stroke-width=\"1\"");
        for (String a : attributes) {
            out.append(' ').append(a);
        }
        out.append("><title>").append(escape(tooltip)).append("</title></path>\n");
        return this;
    }

    /** A path with a stroke style. */
    Svg path(String d, String stroke, int width, String dash, String cssClass, String... attributes) {
        out.append("<path class=\"").append(escape(cssClass)).append("\" d=\"").append(d)
                .append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(width)
                .append("\" stroke-linejoin=\"round\"");
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        for (String a : attributes) {
            out.append(' ').append(a);
        }
        out.append("/>\n");
        return this;
    }

    String finish() {
        return out.append("</svg>\n").toString();
    }
}
