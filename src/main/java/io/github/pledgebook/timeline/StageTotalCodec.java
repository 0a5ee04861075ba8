package io.github.pledgebook.timeline;

import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.MoneyTotalCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32;
import org.threeten.extra.LocalDateRange;

/**
 * A compact, versioned byte form of a {@link StageTotal}, so that an engine such as Apache Spark can ship the stage
 * totals of parts of the pledges between machines and merge them there with {@link StageTotal#plus(StageTotal)}.
 * <p>
 * The form keeps everything a stage total holds: the stage, the date or the window, the exact total with its
 * unvalued count, the pledge count, and the excluded re-grants with their count (the two money totals in
 * {@link MoneyTotalCodec}'s form). It ends with a CRC-32 checksum; {@link #decode(byte[])} refuses a corrupted,
 * truncated or foreign input, or a later format version, with a message saying what is wrong. The byte layout
 * (format version {@value #VERSION}) is specified in {@code docs/scale.md}.
 * <pre>{@code
 * byte[] bytes = StageTotalCodec.encode(book.asOf(LocalDate.of(2024, 2, 20)).announced());
 * StageTotal back = StageTotalCodec.decode(bytes);   // equal to the total encoded
 * }</pre>
 * Stateless and thread-safe.
 */
public final class StageTotalCodec {

    /** The format version this class writes and reads. */
    public static final int VERSION = 1;

    /** The first three bytes of the form: ASCII {@code PBS} ("pledgebook stage"). */
    private static final byte[] MAGIC = {'P', 'B', 'S'};
    /** The stages a total can be of, by their one-letter code in the form. */
    private static final String STAGE_CODES = "RACD";
    private static final Stage[] STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};
    private static final int MIN_LENGTH = MAGIC.length + 1 + 2 + 1 + 2 + 2 + 4;

    private StageTotalCodec() {
    }

    /**
     * Returns the byte form of a stage total.
     *
     * @param total the stage total
     * @return a new array holding its byte form
     * @throws NullPointerException if {@code total} is null
     */
    public static byte[] encode(StageTotal total) {
        Objects.requireNonNull(total, "stage total to encode is required, was null");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.write(MAGIC, 0, MAGIC.length);
        out.write(VERSION);
        int stage = Arrays.asList(STAGES).indexOf(total.stage());
        out.write(STAGE_CODES.charAt(stage));
        if (total.asOf().isPresent()) {
            out.write('A');
            writeSigned(out, total.asOf().get().toEpochDay());
        } else {
            LocalDateRange window = total.window().orElseThrow();
            out.write('W');
            writeSigned(out, window.getStart().toEpochDay());
            writeSigned(out, window.getEnd().toEpochDay());
        }
        writeUnsigned(out, total.pledgeCount());
        writeUnsigned(out, total.excludedRegrantCount());
        writeTotal(out, total.total());
        writeTotal(out, total.excludedRegrants());
        CRC32 crc = new CRC32();
        byte[] body = out.toByteArray();
        crc.update(body, 0, body.length);
        long sum = crc.getValue();
        for (int i = 0; i < 4; i++) {
            out.write((int) (sum >>> (24 - 8 * i)));
        }
        return out.toByteArray();
    }

    /**
     * Reads a stage total from its byte form.
     *
     * @param bytes the bytes written by {@link #encode(StageTotal)}, nothing before or after
     * @return the stage total, equal to the one encoded
     * @throws NullPointerException if {@code bytes} is null
     * @throws IllegalArgumentException if the bytes are not a pledgebook stage total of a version this class reads,
     *         are truncated or corrupted; the message says which
     */
    public static StageTotal decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes to decode are required, was null");
        Input in = Input.open(bytes);
        int stageCode = in.unsignedByte("stage");
        int s = STAGE_CODES.indexOf(stageCode);
        if (s < 0) {
            throw in.error("stage must be one of the letters " + STAGE_CODES + ", was byte " + stageCode);
        }
        int kind = in.unsignedByte("date kind");
        LocalDate asOf = null;
        LocalDateRange window = null;
        if (kind == 'A') {
            asOf = in.date("date");
        } else if (kind == 'W') {
            LocalDate start = in.date("window start");
            LocalDate end = in.date("window end");
            if (end.isBefore(start)) {
                throw in.error("window end " + end + " is before its start " + start);
            }
            window = LocalDateRange.of(start, end);
        } else {
            throw in.error("date kind must be the letter A (as of a date) or W (within a window), was byte " + kind);
        }
        long pledges = in.unsigned("pledge count");
        long regrants = in.unsigned("excluded re-grant count");
        MoneyTotal total = in.total("total");
        MoneyTotal excluded = in.total("excluded re-grants");
        in.end();
        return new StageTotal(STAGES[s], asOf, window, total, pledges, excluded, regrants);
    }

    private static void writeTotal(ByteArrayOutputStream out, MoneyTotal total) {
        byte[] bytes = MoneyTotalCodec.encode(total);
        writeUnsigned(out, bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private static void writeUnsigned(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static void writeSigned(ByteArrayOutputStream out, long value) {
        writeUnsigned(out, (value << 1) ^ (value >> 63));
    }

    /** Reads the fields of one form in order, with errors that name the field and the byte. */
    private static final class Input {
        private final byte[] bytes;
        private final int end;
        private int pos;

        private Input(byte[] bytes, int start, int end) {
            this.bytes = bytes;
            this.pos = start;
            this.end = end;
        }

        static Input open(byte[] bytes) {
            String expected = "expected a pledgebook stage total (starting with the bytes \"PBS\" and a version)";
            for (int i = 0; i < MAGIC.length; i++) {
                if (i >= bytes.length || bytes[i] != MAGIC[i]) {
                    throw new IllegalArgumentException(expected + ", got " + describe(bytes));
                }
            }
            if (bytes.length < MIN_LENGTH) {
                throw new IllegalArgumentException("pledgebook stage total is truncated: " + bytes.length
                        + " bytes, at least " + MIN_LENGTH + " expected");
            }
            int v = bytes[MAGIC.length] & 0xFF;
            if (v != VERSION) {
                throw new IllegalArgumentException("pledgebook stage total has format version " + v
                        + "; this version of pledgebook reads version " + VERSION);
            }
            int body = bytes.length - 4;
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, body);
            long stored = 0;
            for (int i = 0; i < 4; i++) {
                stored = (stored << 8) | (bytes[body + i] & 0xFF);
            }
            if (stored != crc.getValue()) {
                throw new IllegalArgumentException("pledgebook stage total is corrupted or truncated: its CRC-32 "
                        + "checksum is " + String.format("%08x", stored) + " but its " + bytes.length
                        + " bytes give " + String.format("%08x", crc.getValue()));
            }
            return new Input(bytes, MAGIC.length + 1, body);
        }

        private static String describe(byte[] bytes) {
            if (bytes.length == 0) {
                return "no bytes";
            }
            StringBuilder sb = new StringBuilder("bytes starting");
            for (int i = 0; i < Math.min(8, bytes.length); i++) {
                sb.append(String.format(" %02x", bytes[i] & 0xFF));
            }
            String ascii = new String(bytes, 0, Math.min(3, bytes.length), StandardCharsets.ISO_8859_1);
            return sb.append(" (\"").append(ascii).append("\")").toString();
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("pledgebook stage total is malformed at byte " + pos + ": " + message);
        }

        int unsignedByte(String field) {
            if (pos >= end) {
                throw error("it ends before the " + field);
            }
            return bytes[pos++] & 0xFF;
        }

        long unsigned(String field) {
            long v = 0;
            for (int shift = 0; shift < 63; shift += 7) {
                int b = unsignedByte(field);
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw error(field + " is longer than a non-negative long");
        }

        LocalDate date(String field) {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = unsignedByte(field);
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    long day = (v >>> 1) ^ -(v & 1);
                    if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
                        throw error(field + " must be an epoch day from " + LocalDate.MIN.toEpochDay() + " to "
                                + LocalDate.MAX.toEpochDay() + ", was " + day);
                    }
                    return LocalDate.ofEpochDay(day);
                }
            }
            throw error(field + " is longer than a long");
        }

        MoneyTotal total(String field) {
            long length = unsigned("length of the " + field);
            if (length > end - pos) {
                throw error("the " + field + " is " + length + " bytes long, only " + (end - pos) + " are left");
            }
            byte[] b = new byte[(int) length];
            System.arraycopy(bytes, pos, b, 0, b.length);
            int at = pos;
            pos += b.length;
            try {
                return MoneyTotalCodec.decode(b);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("pledgebook stage total is malformed at byte " + at + ": its "
                        + field + " is not valid: " + e.getMessage(), e);
            }
        }

        void end() {
            if (pos != end) {
                throw error((end - pos) + " unexpected bytes after the stage total");
            }
        }
    }
}
