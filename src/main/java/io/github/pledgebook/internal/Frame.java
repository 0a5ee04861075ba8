package io.github.pledgebook.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The frame of pledgebook's byte forms (money totals, stage totals): three magic bytes, a version byte, fields as
 * varints and byte strings, and a CRC-32 of everything before it. Writing appends to an in-memory buffer; reading
 * checks the magic, the version and the checksum before any field, then reads fields in order with errors that name
 * the field and the byte offset. The layout is specified in {@code docs/scale.md}.
 */
public final class Frame {

    private static final int CHECKSUM = 4;

    private final byte[] bytes;
    private final String what;
    private final int end;
    private int pos;

    private Frame(byte[] bytes, String what, int start, int end) {
        this.bytes = bytes;
        this.what = what;
        this.pos = start;
        this.end = end;
    }

    /** Starts a form: its magic bytes and version. */
    public static Output start(byte[] magic, int version) {
        Output out = new Output();
        out.writeRaw(magic);
        out.write(version);
        return out;
    }

    /** A growing byte array that a form is written to, sealed with its checksum at the end. */
    public static final class Output {
        private byte[] buf;
        private int size;

        private Output() {
            buf = new byte[32];
        }

        /** Writes one byte, the low 8 bits of {@code b}. */
        public void write(int b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, size * 2);
            }
            buf[size++] = (byte) b;
        }

        /** Writes bytes as they are, without a length. */
        public void writeRaw(byte[] bytes) {
            for (byte b : bytes) {
                write(b);
            }
        }

        /** Writes a non-negative number as an unsigned LEB128 varint: 7 bits a byte, low bits first. */
        public void writeUnsigned(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        /** Writes a number of any sign as a zigzag varint: 0, -1, 1, -2 ... as 0, 1, 2, 3 ... */
        public void writeSigned(long value) {
            writeUnsigned((value << 1) ^ (value >> 63));
        }

        /** Writes a byte string: its length as an unsigned varint, then its bytes. */
        public void writeBytes(byte[] value) {
            writeUnsigned(value.length);
            writeRaw(value);
        }

        /** Appends the CRC-32 of everything written, big-endian, and returns the whole form. */
        public byte[] seal() {
            CRC32 crc = new CRC32();
            crc.update(buf, 0, size);
            long sum = crc.getValue();
            for (int i = 0; i < CHECKSUM; i++) {
                write((int) (sum >>> (24 - 8 * i)));
            }
            return Arrays.copyOf(buf, size);
        }
    }

    /**
     * Opens a form for reading: checks the magic bytes, the length, the version and the checksum.
     *
     * @param bytes the whole form
     * @param magic its magic bytes
     * @param what what it holds, for messages ("money total")
     * @param version the one version this reader reads
     * @param minLength the length of the shortest valid form
     * @return a reader positioned at the first field
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Frame open(byte[] bytes, byte[] magic, String what, int version, int minLength) {
        for (int i = 0; i < magic.length; i++) {
            if (i >= bytes.length || bytes[i] != magic[i]) {
                throw new IllegalArgumentException("expected a pledgebook " + what + " (starting with the bytes \""
                        + new String(magic, StandardCharsets.US_ASCII) + "\" and a version), got " + describe(bytes));
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
        int body = bytes.length - CHECKSUM;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, body);
        long stored = 0;
        for (int i = 0; i < CHECKSUM; i++) {
            stored = (stored << 8) | (bytes[body + i] & 0xFF);
        }
        if (stored != crc.getValue()) {
            throw new IllegalArgumentException("pledgebook " + what + " is corrupted or truncated: its CRC-32 "
                    + "checksum is " + String.format("%08x", stored) + " but its " + bytes.length + " bytes give "
                    + String.format("%08x", crc.getValue()));
        }
        return new Frame(bytes, what, magic.length + 1, body);
    }

    private static String describe(byte[] bytes) {
        if (bytes.length == 0) {
            return "no bytes";
        }
        StringBuilder sb = new StringBuilder("bytes starting");
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            sb.append(String.format(" %02x", bytes[i] & 0xFF));
        }
        if (bytes.length > 8) {
            sb.append(" ...");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(3, bytes.length); i++) {
            char c = (char) (bytes[i] & 0xFF);
            text.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return sb.append(" (\"").append(text).append("\")").toString();
    }

    /** Bytes left before the checksum. */
    public int remaining() {
        return end - pos;
    }

    /** An error at the current byte, naming the form. */
    public IllegalArgumentException error(String message) {
        return new IllegalArgumentException("pledgebook " + what + " is malformed at byte " + pos + ": " + message);
    }

    /** The current byte offset. */
    public int position() {
        return pos;
    }

    /** Reads one byte, 0 to 255. */
    public int unsignedByte(String field) {
        if (pos >= end) {
            throw error("it ends before the " + field);
        }
        return bytes[pos++] & 0xFF;
    }

    /** Reads {@code n} bytes. */
    public byte[] bytes(long n, String field) {
        if (n < 0 || n > end - pos) {
            throw error("it ends inside the " + field + " (" + n + " bytes expected, " + (end - pos) + " left)");
        }
        byte[] b = new byte[(int) n];
        System.arraycopy(bytes, pos, b, 0, b.length);
        pos += b.length;
        return b;
    }

    /** Reads a byte string written by {@link #writeBytes}. */
    public byte[] bytes(String field) {
        return bytes(unsigned("length of the " + field), field);
    }

    /** Reads an unsigned varint that must fit a non-negative {@code long}. */
    public long unsigned(String field) {
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
    public long signed(String field) {
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

    /** Checks that every field was read. */
    public void end() {
        if (pos != end) {
            throw error((end - pos) + " unexpected bytes after the " + what);
        }
    }
}
