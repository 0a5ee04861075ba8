package io.github.pledgebook.timeline;

import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Frame;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.MoneyTotalCodec;
import io.github.pledgebook.timeline.index.Span;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
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
        Frame.Output out = Frame.start(MAGIC, VERSION);
        out.write(STAGE_CODES.charAt(Arrays.asList(STAGES).indexOf(total.stage())));
        if (total.asOf().isPresent()) {
            out.write('A');
            out.writeSigned(total.asOf().get().toEpochDay());
        } else {
            LocalDateRange window = total.window().orElseThrow();
            out.write('W');
            out.writeSigned(window.getStart().toEpochDay());
            out.writeSigned(window.getEnd().toEpochDay());
        }
        out.writeUnsigned(total.pledgeCount());
        out.writeUnsigned(total.excludedRegrantCount());
        out.writeBytes(MoneyTotalCodec.encode(total.total()));
        out.writeBytes(MoneyTotalCodec.encode(total.excludedRegrants()));
        return out.seal();
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
        Frame in = Frame.open(bytes, MAGIC, "stage total", VERSION, MIN_LENGTH);
        int stageCode = in.unsignedByte("stage");
        int s = STAGE_CODES.indexOf(stageCode);
        if (s < 0) {
            throw in.error("stage must be one of the letters " + STAGE_CODES + ", was byte " + stageCode);
        }
        int kind = in.unsignedByte("date kind");
        Span span;
        if (kind == 'A') {
            span = Span.asOf(date(in, "date"));
        } else if (kind == 'W') {
            LocalDate start = date(in, "window start");
            LocalDate end = date(in, "window end");
            if (end.isBefore(start)) {
                throw in.error("window end " + end + " is before its start " + start);
            }
            span = Span.within(LocalDateRange.of(start, end));
        } else {
            throw in.error("date kind must be the letter A (as of a date) or W (within a window), was byte " + kind);
        }
        long pledges = in.unsigned("pledge count");
        long regrants = in.unsigned("excluded re-grant count");
        MoneyTotal total = total(in, "total");
        MoneyTotal excluded = total(in, "excluded re-grants");
        in.end();
        return new StageTotal(STAGES[s], span, total, pledges, excluded, regrants);
    }

    private static LocalDate date(Frame in, String field) {
        long day = in.signed(field);
        if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
            throw in.error(field + " must be an epoch day from " + LocalDate.MIN.toEpochDay() + " to "
                    + LocalDate.MAX.toEpochDay() + ", was " + day);
        }
        return LocalDate.ofEpochDay(day);
    }

    private static MoneyTotal total(Frame in, String field) {
        long length = in.unsigned("length of the " + field);
        int at = in.position();
        byte[] form = in.bytes(length, field);
        try {
            return MoneyTotalCodec.decode(form);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pledgebook stage total is malformed at byte " + at + ": its " + field
                    + " is not valid: " + e.getMessage(), e);
        }
    }
}
