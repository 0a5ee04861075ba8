package io.github.pledgebook.money;

import io.github.pledgebook.Amounts;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
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

    private MoneyTotalCodec() {
    }

    /**
     * Returns the byte form of a total.
     *
     * @param total the total
     * @return a new array holding the total's byte form
     * @throws NullPointerException if {@code total} is null
     */
    public static byte[] encode(MoneyTotal total) {
        Objects.requireNonNull(total, "total to encode is required, was null");
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + 12 * total.size());
        out.write(MAGIC, 0, MAGIC.length);
        out.write(VERSION);
        writeUnsigned(out, total.unvaluedCount());
        writeUnsigned(out, total.size());
        for (Map.Entry<CurrencyUnit, BigDecimal> e : total.toMap().entrySet()) {
            byte[] code = e.getKey().getCurrencyCode().getBytes(StandardCharsets.US_ASCII);
            out.write(code.length);
            out.write(code, 0, code.length);
            writeSigned(out, e.getValue().scale());
            byte[] digits = e.getValue().unscaledValue().toByteArray();
            writeUnsigned(out, digits.length);
            out.write(digits, 0, digits.length);
        }
        return withChecksum(out);
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
        Input in = Input.open(bytes, MAGIC, "money total", VERSION, MIN_LENGTH);
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
            if (scale < Integer.MIN_VALUE || scale > Integer.MAX_VALUE) {
                throw in.error("scale of " + code + " must fit an int, was " + scale);
            }
            long digitCount = in.unsigned("digit length of " + code);
            if (digitCount == 0 || digitCount > in.remaining()) {
                throw in.error("digit length of " + code + " must be 1 to " + in.remaining() + ", was " + digitCount);
            }
            BigInteger unscaled = new BigInteger(in.bytes((int) digitCount, "digits of " + code));
            b.add(currency, new BigDecimal(unscaled, (int) scale));
        }
        in.end();
        return b.build().plusUnvalued(unvalued);
    }

    /** Appends the CRC-32 of everything written so far, big-endian, and returns the whole. */
    static byte[] withChecksum(ByteArrayOutputStream out) {
        CRC32 crc = new CRC32();
        byte[] body = out.toByteArray();
        crc.update(body, 0, body.length);
        long sum = crc.getValue();
        byte[] all = new byte[body.length + 4];
        System.arraycopy(body, 0, all, 0, body.length);
        for (int i = 0; i < 4; i++) {
            all[body.length + i] = (byte) (sum >>> (24 - 8 * i));
        }
        return all;
    }

    /** Writes a non-negative number as an unsigned LEB128 varint: 7 bits a byte, low bits first. */
    static void writeUnsigned(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** Writes a number of any sign as a zigzag varint: 0, -1, 1, -2... as 0, 1, 2, 3... */
    static void writeSigned(ByteArrayOutputStream out, long value) {
        writeUnsigned(out, (value << 1) ^ (value >> 63));
    }

    /** Reads a frame: magic, version and checksum checked on opening, then fields in order, with clear errors. */
    static final class Input {
        private final byte[] bytes;
        private final String what;
        private final int end;
        private int pos;

        private Input(byte[] bytes, String what, int start, int end) {
            this.bytes = bytes;
            this.what = what;
            this.pos = start;
            this.end = end;
        }

        static Input open(byte[] bytes, byte[] magic, String what, int version, int minLength) {
            String expected = "a pledgebook " + what + " (starting with the bytes \"" + new String(magic,
                    StandardCharsets.US_ASCII) + "\" and a version)";
            if (bytes.length < magic.length) {
                throw new IllegalArgumentException("expected " + expected + ", got " + bytes.length + " bytes: "
                        + hex(bytes));
            }
            for (int i = 0; i < magic.length; i++) {
                if (bytes[i] != magic[i]) {
                    throw new IllegalArgumentException("expected " + expected + ", got bytes starting " + hex(bytes));
                }
            }
            if (bytes.length < minLength) {
                throw new IllegalArgumentException("pledgebook " + what + " is truncated: " + bytes.length
                        + " bytes, at least " + minLength + " expected");
            }
            int v = bytes[magic.length] & 0xFF;
            if (v != version) {
                throw new IllegalArgumentException("pledgebook " + what + " has format version " + v
                        + "; this version of pledgebook reads version " + version);
            }
            int body = bytes.length - 4;
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, body);
            long stored = 0;
            for (int i = 0; i < 4; i++) {
                stored = (stored << 8) | (bytes[body + i] & 0xFF);
            }
            if (stored != crc.getValue()) {
                throw new IllegalArgumentException("pledgebook " + what + " is corrupted or truncated: its CRC-32 "
                        + "checksum is " + String.format("%08x", stored) + " but its " + bytes.length
                        + " bytes give " + String.format("%08x", crc.getValue()));
            }
            return new Input(bytes, what, magic.length + 1, body);
        }

        int remaining() {
            return end - pos;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("pledgebook " + what + " is malformed at byte " + pos + ": "
                    + message);
        }

        int unsignedByte(String field) {
            if (pos >= end) {
                throw error("it ends before the " + field);
            }
            return bytes[pos++] & 0xFF;
        }

        byte[] bytes(int n, String field) {
            if (n > end - pos) {
                throw error("it ends inside the " + field + " (" + n + " bytes expected, " + (end - pos) + " left)");
            }
            byte[] b = new byte[n];
            System.arraycopy(bytes, pos, b, 0, n);
            pos += n;
            return b;
        }

        /** Reads an unsigned varint that must fit a non-negative long. */
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

        /** Reads a zigzag varint. */
        long signed(String field) {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = unsignedByte(field);
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return (v >>> 1) ^ -(v & 1);
                }
            }
            throw error(field + " is longer than a long");
        }

        void end() {
            if (pos != end) {
                throw error((end - pos) + " unexpected bytes after the " + what);
            }
        }

        private static String hex(byte[] bytes) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < Math.min(8, bytes.length); i++) {
                sb.append(String.format("%02x ", bytes[i] & 0xFF));
            }
            if (bytes.length > 8) {
                sb.append("...");
            }
            return sb.length() == 0 ? "(none)" : sb.toString().trim();
        }
    }
}
