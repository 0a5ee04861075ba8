package io.github.pledgebook.chart;

import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.EntryKind;

/**
 * The charts' colours and shapes: the Okabe-Ito palette, which the common forms of colour-blindness keep apart,
 * and for each stage a second cue that survives grey-scale printing (a fill pattern for bars, a marker shape and a
 * dash pattern for lines). Light and dark fills alternate: announced is light and solid, committed dark and solid,
 * disbursed medium and dotted, reported light and hatched.
 */
final class Palette {

    static final String ORANGE = "#E69F00";
    static final String SKY_BLUE = "#56B4E9";
    static final String BLUISH_GREEN = "#009E73";
    static final String BLUE = "#0072B2";
    static final String VERMILLION = "#D55E00";
    static final String REDDISH_PURPLE = "#CC79A7";
    static final String BLACK = "#000000";

    /** Marker shapes, drawn as paths centred on a point. */
    enum Shape {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS, STAR;

        String path(int x, int y, int r) {
            switch (this) {
                case CIRCLE:
                    return "M" + (x - r) + "," + y + " a" + r + "," + r + " 0 1,0 " + 2 * r + ",0 a" + r + "," + r
                            + " 0 1,0 " + -2 * r + ",0 Z";
                case SQUARE:
                    return "M" + (x - r) + "," + (y - r) + " h" + 2 * r + " v" + 2 * r + " h" + -2 * r + " Z";
                case TRIANGLE:
                    return "M" + x + "," + (y - r - 1) + " L" + (x + r + 1) + "," + (y + r) + " L" + (x - r - 1) + ","
                            + (y + r) + " Z";
                case DIAMOND:
                    return "M" + x + "," + (y - r - 1) + " L" + (x + r + 1) + "," + y + " L" + x + "," + (y + r + 1)
                            + " L" + (x - r - 1) + "," + y + " Z";
                case CROSS:
                    int t = Math.max(1, r / 2);
                    return "M" + (x - t) + "," + (y - r) + " h" + 2 * t + " v" + (r - t) + " h" + (r - t) + " v"
                            + 2 * t + " h" + (t - r) + " v" + (r - t) + " h" + -2 * t + " v" + (t - r) + " h"
                            + (t - r) + " v" + -2 * t + " h" + (r - t) + " Z";
                default:
                    // a four-pointed star
                    int s = Math.max(1, r / 3);
                    return "M" + x + "," + (y - r - 2) + " L" + (x + s) + "," + (y - s) + " L" + (x + r + 2) + "," + y
                            + " L" + (x + s) + "," + (y + s) + " L" + x + "," + (y + r + 2) + " L" + (x - s) + ","
                            + (y + s) + " L" + (x - r - 2) + "," + y + " L" + (x - s) + "," + (y - s) + " Z";
            }
        }
    }

    /**
     * How one stage or kind of entry looks.
     *
     * @param label what the legend calls it
     * @param colour the solid colour (markers, lines)
     * @param fill the fill of bars: the colour or a pattern
     * @param shape the marker shape
     * @param dash the line's dash array, null for solid
     */
    record Style(String label, String colour, String fill, Shape shape, String dash) {
    }

    /** The pattern definitions that the bar fills refer to; put once in each chart. */
    static final String DEFS = "<defs>\n"
            + "<pattern id=\"pb-hatch-reported\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
            + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"" + ORANGE + "\"/>"
            + "<rect width=\"2\" height=\"6\" fill=\"#ffffff\"/></pattern>\n"
            + "<pattern id=\"pb-dots-disbursed\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
            + "<rect width=\"6\" height=\"6\" fill=\"" + BLUISH_GREEN + "\"/>"
            + "<circle cx=\"3\" cy=\"3\" r=\"1.5\" fill=\"#ffffff\"/></pattern>\n"
            + "</defs>\n";

    private Palette() {
    }

    static Style of(Stage stage) {
        switch (stage) {
            case REPORTED:
                return new Style("reported (unofficial)", ORANGE, "url(#pb-hatch-reported)", Shape.TRIANGLE, "8,4");
            case ANNOUNCED:
                return new Style("announced", SKY_BLUE, SKY_BLUE, Shape.CIRCLE, null);
            case COMMITTED:
                return new Style("committed", BLUE, BLUE, Shape.SQUARE, null);
            case DISBURSED:
                return new Style("disbursed", BLUISH_GREEN, "url(#pb-dots-disbursed)", Shape.DIAMOND, "2,3");
            default:
                return new Style("cancelled", VERMILLION, VERMILLION, Shape.CROSS, "1,3");
        }
    }

    static Style of(EntryKind kind) {
        switch (kind) {
            case MILESTONE:
                return new Style("milestone", BLACK, BLACK, Shape.STAR, null);
            case CONFERENCE:
                return new Style("conference", REDDISH_PURPLE, REDDISH_PURPLE, Shape.SQUARE, null);
            case MEMORANDUM:
                return new Style("memorandum signed", "#ffffff", "#ffffff", Shape.SQUARE, null);
            default:
                return of(Stage.valueOf(kind.name()));
        }
    }
}
