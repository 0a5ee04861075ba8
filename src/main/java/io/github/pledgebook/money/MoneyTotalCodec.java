package io.github.pledgebook.money;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.Frame;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * A compact, versioned byte form of a {@link MoneyTotal}, so that an engine such as Apache Spark can ship partial
 * totals between machines and merge them there with {@link MoneyTotal#plus(MoneyTotal)}.
 * <p>
 * The form keeps everything a total holds, exactly: each currency's code, the sum's unscaled digits and its scale
 * (so {@code USD 5.00} comes back as {@code 5.00}, not {@code 5}), entries whose sum is zero, and the count of items
 * without money value. It ends with a CRC-32 checksum; {@link #decode(byte[])} refuses a corrupted, truncated or
 * foreign input, or a later format version, with a message saying what is wrong, and never returns a wrong total.
 * The byte layout (format version {@value #VERSION}) is specified in {@code docs/scale.md}.
 * <pre>{@code
 * byte[] bytes = MoneyTotalCodec.encode(MoneyTotal.of(Amounts.of(37_000_000, "USD")));  // 17 bytes
 * MoneyTotal back = MoneyTotalCodec.decode(bytes);                                     // [USD 37,000,000]
 * }</pre>
 * Stateless and thread-safe.
 */
public final class MoneyTotalCodec {

    /** The format version this class writes and reads. */
    public static final int VERSION = 1;

    /** The first three bytes of the form: ASCII {@code PBM} ("pledgebook money"). */
    private static final byte[] MAGIC = {'P', 'B', 'M'};
    /** Magic, version byte, two one-byte counts at least, checksum. */
    private static final int MIN_LENGTH = MAGIC.length + 1 + 2 + 4;
    private static final int MAX_CODE_LENGTH = 16;
    /**
     * The largest scale, either sign, the form holds: no money needs more, and a crafted input with a scale near
     * {@code Integer.MIN_VALUE} would otherwise make the reader expand a number of billions of digits.
     */
    public static final int MAX_SCALE = 10_000;

    private MoneyTotalCodec() {
    }

    /**
     * Returns the byte form of a total.
     *
     * @param total the total
     * @return a new array holding the total's byte form
     * @throws NullPointerException if {@code total} is null
     * @throws IllegalArgumentException if a sum's scale is beyond {@link #MAX_SCALE}, either sign
     */
    public static byte[] encode(MoneyTotal total) {
        Objects.requireNonNull(total, "total to encode is required, was null");
        Frame.Output out = Frame.start(MAGIC, VERSION);
        out.writeUnsigned(total.unvaluedCount());
        out.writeUnsigned(total.size());
        for (Map.Entry<CurrencyUnit, BigDecimal> e : total.toMap().entrySet()) {
            int scale = e.getValue().scale();
            if (scale > MAX_SCALE || scale < -MAX_SCALE) {
                throw new IllegalArgumentException("total's " + e.getKey().getCurrencyCode() + " sum has scale "
                        + scale + "; the byte form holds scales from -" + MAX_SCALE + " to " + MAX_SCALE);
            }
            byte[] code = e.getKey().getCurrencyCode().getBytes(StandardCharsets.US_ASCII);
            out.write(code.length);
            out.writeRaw(code);
            out.writeSigned(e.getValue().scale());
            out.writeBytes(e.getValue().unscaledValue().toByteArray());
        }
        return out.seal();
    }

    /**
     * Reads a total from its byte form.
     *
     * @param bytes the bytes written by {@link #encode(MoneyTotal)}, nothing before or after
     * @return the total, equal to the one encoded, with the same scales
     * @throws NullPointerException if {@code bytes} is null
     * @throws IllegalArgumentException if the bytes are not a pledgebook money total of a version this class reads,
     *         are truncated or corrupted; the message says which
     */
    public static MoneyTotal decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes to decode are required, was null");
        Frame in = Frame.open(bytes, MAGIC, "money total", VERSION, MIN_LENGTH);
        long unvalued = in.unsigned("unvalued count");
        long count = in.unsigned("currency count");
        if (count > in.remaining()) {
            throw in.error("currency count " + count + " is more than the bytes left");
        }
        MoneyTotal.Builder b = MoneyTotal.builder();
        String previous = null;
        for (long i = 0; i < count; i++) {
            int codeLength = in.unsignedByte("currency code length");
            if (codeLength == 0 || codeLength > MAX_CODE_LENGTH) {
                throw in.error("currency code length must be 1 to " + MAX_CODE_LENGTH + ", was " + codeLength);
            }
            String code = new String(in.bytes(codeLength, "currency code"), StandardCharsets.US_ASCII);
            if (previous != null && previous.compareTo(code) >= 0) {
                throw in.error("currencies must be in ascending order of code, found " + code + " after " + previous);
            }
            previous = code;
            CurrencyUnit currency;
            try {
                currency = Amounts.currency(code);
            } catch (IllegalArgumentException e) {
                throw in.error("unknown currency code \"" + code + "\"");
            }
            long scale = in.signed("scale of " + code);
            if (scale < -MAX_SCALE || scale > MAX_SCALE) {
                throw in.error("scale of " + code + " must be from -" + MAX_SCALE + " to " + MAX_SCALE + ", was "
                        + scale);
            }
            byte[] digits = in.bytes("digits of " + code);
            if (digits.length == 0) {
                throw in.error("digits of " + code + " must be at least one byte, were none");
            }
            try {
                b.add(currency, new BigDecimal(new BigInteger(digits), (int) scale));
            } catch (IllegalArgumentException e) {
                throw in.error("the " + code + " sum is not one a total can hold: " + e.getMessage());
            }
        }
        in.end();
        return b.build().plusUnvalued(unvalued);
    }
}
