package io.github.pledgebook.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * LocalDates by year, month and day, so that the events of a file the readers import share one object per day (the
 * book keeps two dates per event, and a million events fall on a few thousand days). A hash table of ints with linear
 * probing; it stops growing at {@link #MAX} days and then only finds. One per read; not thread-safe.
 */
public final class Days {

    private static final int MAX = 1 << 16;
    /** Year * 10,000 + month * 100 + day; 0 marks a free slot (no valid date has that key). */
    private int[] keys = new int[256];
    private LocalDate[] values = new LocalDate[256];
    private int size;

    /** An empty table. */
    public Days() {
    }

    /**
     * The date, or null if there is no such day.
     *
     * @param y the year, from 0 to 9999 as four digits give it
     * @param m the month, from 1
     * @param d the day of the month, from 1
     * @return the one object for that day, or null
     */
    public LocalDate of(int y, int m, int d) {
        if (y < 0 || y > 9_999 || m < 1 || m > 12 || d < 1 || d > 31) {
            return null; // no such day, and the key below stays unique
        }
        int key = y * 10_000 + m * 100 + d;
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        LocalDate date;
        try {
            date = LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
        if (size < MAX) {
            keys[i] = key;
            values[i] = date;
            if (++size * 2 > keys.length) {
                grow();
            }
        }
        return date;
    }

    /**
     * Appends the date as {@link LocalDate#toString} writes it, without making a {@code String} for a year of four
     * digits (the readers write a date into each imported event's note).
     *
     * @param sb where to append
     * @param date the date
     * @return {@code sb}
     */
    public static StringBuilder appendIso(StringBuilder sb, LocalDate date) {
        int y = date.getYear();
        if (y < 1000 || y > 9999) {
            return sb.append(date);
        }
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        return sb.append(y).append(m < 10 ? "-0" : "-").append(m).append(d < 10 ? "-0" : "-").append(d);
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }

    private void grow() {
        int[] oldKeys = keys;
        LocalDate[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new LocalDate[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
