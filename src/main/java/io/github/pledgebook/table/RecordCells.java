package io.github.pledgebook.table;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of the CSV record being read, as FastCSV hands them over, made into text only when asked and shared
 * with earlier records: a table repeats most of its cells (a pledge's fields on each of its rows, a few donors,
 * stages, currencies and dates among a million rows), so a field whose characters equal those the same field had
 * before gets the same {@code String}, without a new one being made, and any value read from it
 * ({@link #memo}). A shared text compares by identity and keeps its hash, so the reader's comparisons and map
 * look-ups of repeated cells cost little.
 * <p>
 * The text of a field has the formula guard taken off ({@link Cells#unguard}). The limits are FastCSV's own
 * ({@code CsvRecordHandler}'s defaults), with its messages. Not thread-safe: one reader uses one instance, record
 * after record; the record is valid until the next one is read.
 */
final class RecordCells extends CsvCallbackHandler<RecordCells> {

    /** FastCSV's default limits: fields per record, characters per field and per record. */
    private static final int MAX_FIELDS = 16_384;
    private static final int MAX_FIELD_SIZE = 16 * 1024 * 1024;
    private static final int MAX_RECORD_SIZE = 64 * 1024 * 1024;
    /** Texts at most this long are shared between records; longer ones are made anew each time they change. */
    private static final int SHARED_LENGTH = 48;
    /** At most this many distinct texts are shared per field, and at most {@link #SHARED_TOTAL} in all. */
    private static final int SHARED_TEXTS = 4096;
    private static final int SHARED_TOTAL = 1 << 16;

    /** A text shared by the records that have it in one field, and the value read from it, if any. */
    private static final class Shared {
        final char[] chars;
        final int hash;
        final String text;
        Object value;
        Shared next;

        Shared(char[] chars, int hash, String text, Shared next) {
            this.chars = chars;
            this.hash = hash;
            this.text = text;
            this.next = next;
        }
    }

    /** One field position: the characters it had last, their text and value, and the texts shared in it. */
    private static final class Field {
        char[] chars = new char[32];
        int length;
        /** The text of {@link #chars}, unguarded; null until asked for. */
        String text;
        /** The shared entry of {@link #chars}, or null. */
        Shared shared;
        /** A value read from the text, or null. */
        Object value;
        /** The record in which the characters last changed. */
        long changed;
        Shared[] table;
        int sharedCount;
        int misses;
        boolean unshared;

        Field() {
            text = "";
        }
    }

    private Field[] fields = new Field[0];
    private int count;
    private int recordSize;
    private long startingLine;
    /** The texts shared so far, over all fields. */
    private int sharedTotal;
    /** The records begun so far: the current one's number, from 1. */
    private long records;
    private RecordType type = RecordType.DATA;

    /** A CSV reader over a caller's text: empty lines kept (so row numbers match a spreadsheet's), ragged rows allowed. */
    static CsvReader<RecordCells> reader(java.io.Reader reader) {
        return reader(reader, ',');
    }

    /** A CSV reader over a caller's text whose fields are separated by {@code separator}. */
    static CsvReader<RecordCells> reader(java.io.Reader reader, char separator) {
        java.util.Objects.requireNonNull(reader, "reader is required, was null");
        return builder().fieldSeparator(separator).build(new RecordCells(), reader);
    }

    /**
     * A CSV reader over text in memory, read in chunks like a caller's reader: FastCSV would copy a whole
     * {@code String} into one array first (400 MB for a table of 200 MB of text).
     */
    static CsvReader<RecordCells> reader(CharSequence text) {
        return reader(text, ',');
    }

    /**
     * A CSV reader over text in memory whose fields are separated by {@code separator}; see
     * {@link #reader(CharSequence)}.
     */
    static CsvReader<RecordCells> reader(CharSequence text, char separator) {
        java.util.Objects.requireNonNull(text, "CSV text is required, was null");
        return builder().fieldSeparator(separator).build(new RecordCells(), new java.io.StringReader(text.toString()));
    }

    @SuppressWarnings("removal")
    private static CsvReader.CsvReaderBuilder builder() {
        return CsvReader.builder().skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true);
    }

    // ------------------------------------------------------------------------------------------ FastCSV's calls

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        startingLine = startingLineNumber;
        records++;
        count = 0;
        recordSize = 0;
        type = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        if (len > MAX_FIELD_SIZE) {
            throw new CsvParseException(String.format("Field at index %d in record starting at line %d exceeds the "
                    + "max field size of %d characters", count, startingLine, MAX_FIELD_SIZE));
        }
        if (recordSize + len > MAX_RECORD_SIZE) {
            throw new CsvParseException(String.format("Field at index %d in record starting at line %d exceeds the "
                    + "max record size of %d characters", count, startingLine, MAX_RECORD_SIZE));
        }
        if (count == fields.length) {
            grow();
        }
        Field f = fields[count++];
        recordSize += len;
        if (len == f.length && (len == 0 || buf[offset] == f.chars[0] && buf[offset + len - 1] == f.chars[len - 1]
                && same(buf, offset, f.chars, len))) {
            return;
        }
        if (len > f.chars.length) {
            f.chars = new char[Math.max(len, f.chars.length * 2)];
        }
        System.arraycopy(buf, offset, f.chars, 0, len);
        f.length = len;
        f.changed = records;
        f.value = null;
        f.shared = null;
        if (len == 0) {
            f.text = "";
        } else if (len <= SHARED_LENGTH && !f.unshared) {
            share(f);
        } else {
            f.text = null;
        }
    }

    /** Whether characters from an offset equal the first ones of another array (short cells: a plain loop). */
    private static boolean same(char[] a, int offset, char[] b, int len) {
        for (int i = 0; i < len; i++) {
            if (a[offset + i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        if (fields.length >= MAX_FIELDS) {
            throw new CsvParseException(String.format("Record starting at line %d has surpassed the maximum limit "
                    + "of %d fields", startingLine, MAX_FIELDS));
        }
        int n = fields.length;
        fields = Arrays.copyOf(fields, Math.min(MAX_FIELDS, Math.max(64, n * 2)));
        for (int i = n; i < fields.length; i++) {
            fields[i] = new Field();
        }
    }

    /** Finds the field's characters among its shared texts, adding them while there is room. */
    private void share(Field f) {
        char[] c = f.chars;
        int len = f.length;
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + c[i];
        }
        if (f.table == null) {
            f.table = new Shared[16];
        }
        Shared[] table = f.table;
        int slot = (h ^ (h >>> 16)) & (table.length - 1);
        for (Shared s = table[slot]; s != null; s = s.next) {
            if (s.hash == h && s.chars.length == len && same(c, 0, s.chars, len)) {
                f.shared = s;
                f.text = s.text;
                f.value = s.value;
                return;
            }
        }
        f.text = text(c, len);
        if (f.sharedCount >= SHARED_TEXTS || sharedTotal >= SHARED_TOTAL) {
            // a field of ever new texts (ids, amounts) stops looking after a while
            if (++f.misses > 4 * SHARED_TEXTS) {
                f.unshared = true;
                f.table = null;
            }
            return;
        }
        Shared s = new Shared(Arrays.copyOf(c, len), h, f.text, table[slot]);
        table[slot] = s;
        f.shared = s;
        sharedTotal++;
        if (++f.sharedCount > table.length * 3 / 4 && table.length < SHARED_TEXTS * 2) {
            rehash(f);
        }
    }

    private static void rehash(Field f) {
        Shared[] old = f.table;
        Shared[] table = new Shared[old.length * 2];
        for (Shared head : old) {
            for (Shared s = head; s != null;) {
                Shared next = s.next;
                int slot = (s.hash ^ (s.hash >>> 16)) & (table.length - 1);
                s.next = table[slot];
                table[slot] = s;
                s = next;
            }
        }
        f.table = table;
    }

    /** The text of characters, with the formula guard taken off. */
    private static String text(char[] c, int len) {
        if (len > 1 && c[0] == Cells.GUARD && Cells.isGuarded(c[1])) {
            return new String(c, 1, len - 1);
        }
        return new String(c, 0, len);
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
        // comments are not enabled: FastCSV never calls this
        throw new IllegalStateException("comments are not read");
    }

    @Override
    protected void setEmpty() {
        type = RecordType.EMPTY;
        count = 0;
        addField(buf0, 0, 0, false);
    }

    private static final char[] buf0 = new char[0];

    @Override
    protected RecordCells buildRecord() {
        return this;
    }

    // ------------------------------------------------------------------------------------------ the reader's calls

    /** How many fields the record has. */
    int count() {
        return count;
    }

    /** The number of the current record, from 1: every record FastCSV read, empty lines too. */
    long record() {
        return records;
    }

    /**
     * Whether a field is in this record with the characters it had in an earlier one (every record since that
     * had the field had these characters).
     */
    boolean sameSince(int field, long earlier) {
        return field < count && fields[field].changed <= earlier;
    }

    /** Whether the record is an empty line (one empty field). */
    boolean isEmptyLine() {
        return count == 1 && fields[0].length == 0;
    }

    /** The text of a field, unguarded; the same {@code String} as before if the field had this text before. */
    String text(int field) {
        Field f = fields[field];
        String s = f.text;
        if (s == null) {
            s = text(f.chars, f.length);
            f.text = s;
        }
        return s;
    }

    /**
     * The record's fields as one text, each followed by a unit separator, without trailing empty fields: equal for
     * two records whose cells are equal one for one.
     */
    String joined(StringBuilder reuse) {
        int n = count;
        while (n > 0 && fields[n - 1].length == 0) {
            n--;
        }
        reuse.setLength(0);
        for (int i = 0; i < n; i++) {
            reuse.append(fields[i].chars, 0, fields[i].length).append('\u001f');
        }
        return reuse.toString();
    }

    /** Whether a field is empty (no characters). */
    boolean isEmpty(int field) {
        return fields[field].length == 0;
    }

    /**
     * A plain decimal number read straight from a field's characters (no text made), or null if they are not one
     * ({@link Cells#isPlainNumber}); a guarded cell is never a number.
     */
    java.math.BigDecimal plainNumber(int field) {
        Field f = fields[field];
        return Cells.isPlainNumber(f.chars, f.length) ? new java.math.BigDecimal(f.chars, 0, f.length) : null;
    }

    /** The value read from a field's text before, or null. */
    Object memo(int field) {
        return fields[field].value;
    }

    /** Keeps a value read from a field's text, for the records that have the same text there. */
    void memo(int field, Object value) {
        Field f = fields[field];
        f.value = value;
        if (f.shared != null) {
            f.shared.value = value;
        }
    }

    /** The fields as they are, guard and all: the header. */
    List<String> raw() {
        List<String> raw = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            raw.add(new String(fields[i].chars, 0, fields[i].length));
        }
        return raw;
    }
}
