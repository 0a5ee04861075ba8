package io.github.pledgebook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The frame of the byte forms: varints at their limits, byte strings, and errors that say where and what. */
class FrameTest {

    private static final byte[] MAGIC = {'T', 'S', 'T'};

    private static Frame open(byte[] sealed) {
        return Frame.open(sealed, MAGIC, "test form", 1, 8);
    }

    private static Frame.Output start() {
        return Frame.start(MAGIC, 1);
    }

    @Property
    void everyLongComesBackAsWritten(@ForAll long signed, @ForAll @LongRange(max = Long.MAX_VALUE) long unsigned) {
        Frame.Output out = start();
        out.writeSigned(signed);
        out.writeUnsigned(unsigned);
        Frame in = open(out.seal());
        assertThat(in.signed("signed")).isEqualTo(signed);
        assertThat(in.unsigned("unsigned")).isEqualTo(unsigned);
        in.end();
    }

    @Test
    void varintsTakeSevenBitsAByteLowGroupFirst() {
        Frame.Output out = start();
        out.writeUnsigned(300);
        out.writeSigned(-1);
        out.writeSigned(1);
        out.writeUnsigned(Long.MAX_VALUE);
        out.writeSigned(Long.MIN_VALUE);
        byte[] b = out.seal();
        assertThat(Arrays.copyOfRange(b, 4, 9)).containsExactly(0xac, 0x02, 0x01, 0x02, 0xff);
        // Long.MAX_VALUE: nine bytes, 63 bits; Long.MIN_VALUE zigzags to all 64 bits set: ten bytes
        assertThat(b).hasSize(4 + 2 + 1 + 1 + 9 + 10 + 4);
        Frame in = open(b);
        assertThat(in.unsigned("a")).isEqualTo(300);
        assertThat(in.signed("b")).isEqualTo(-1);
        assertThat(in.signed("c")).isEqualTo(1);
        assertThat(in.unsigned("d")).isEqualTo(Long.MAX_VALUE);
        assertThat(in.signed("e")).isEqualTo(Long.MIN_VALUE);
        assertThat(in.remaining()).isZero();
    }

    @Test
    void refusesVarintsLongerThanALong() {
        Frame.Output out = start();
        for (int i = 0; i < 9; i++) {
            out.write(0x80);
        }
        out.write(0x01);
        byte[] tenBytes = out.seal();
        assertThatThrownBy(() -> open(tenBytes).unsigned("count")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledgebook test form is malformed at byte 13: count is longer than a non-negative long");
        Frame.Output more = start();
        for (int i = 0; i < 10; i++) {
            more.write(0x80);
        }
        more.write(0x01);
        byte[] elevenBytes = more.seal();
        assertThatThrownBy(() -> open(elevenBytes).signed("day")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledgebook test form is malformed at byte 14: day is longer than a long");
    }

    @Test
    void byteStringsAndTheBytesLeft() {
        Frame.Output out = start();
        out.writeBytes(new byte[] {7, 8, 9});
        out.writeBytes(new byte[0]);
        out.writeRaw(new byte[] {1, 2});
        byte[] b = out.seal();
        Frame in = open(b);
        assertThat(in.remaining()).isEqualTo(7);
        assertThat(in.bytes("first")).containsExactly(7, 8, 9);
        assertThat(in.position()).isEqualTo(8);
        assertThat(in.bytes("second")).isEmpty();
        assertThat(in.remaining()).isEqualTo(2);
        assertThatThrownBy(() -> in.bytes(3, "third")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledgebook test form is malformed at byte 9: it ends inside the third (3 bytes expected, 2 "
                        + "left)");
        assertThatThrownBy(() -> in.bytes(-1, "third")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(-1 bytes expected, 2 left)");
        assertThatThrownBy(in::end).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledgebook test form is malformed at byte 9: 2 unexpected bytes after the test form");
        assertThat(in.bytes(2, "third")).containsExactly(1, 2);
        assertThatThrownBy(() -> in.unsignedByte("fourth")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledgebook test form is malformed at byte 11: it ends before the fourth");
        in.end();
    }

    @Test
    void aLongFormGrowsItsBuffer() {
        Frame.Output out = start();
        byte[] big = new byte[1000];
        Arrays.fill(big, (byte) 5);
        out.writeBytes(big);
        out.writeBytes(big);
        Frame in = open(out.seal());
        assertThat(in.bytes("first")).isEqualTo(big);
        assertThat(in.bytes("second")).isEqualTo(big);
        in.end();
    }

    @Test
    void describesForeignInputByItsFirstBytes() {
        assertThatThrownBy(() -> open(new byte[] {'A', 'B', 'C', 1, 2, 3, 4, 5})).hasMessage("expected a pledgebook "
                + "test form (starting with the bytes \"TST\" and a version), got bytes starting 41 42 43 01 02 03 04 "
                + "05 (\"ABC\")");
        assertThatThrownBy(() -> open(new byte[] {0x1f, ' ', 0x7f, 0, 0, 0, 0, 0, 9})).hasMessage("expected a "
                + "pledgebook test form (starting with the bytes \"TST\" and a version), got bytes starting 1f 20 7f 00 "
                + "00 00 00 00 ... (\"? ?\")");
        assertThatThrownBy(() -> open(new byte[] {'T', 'S'})).hasMessageEndingWith("got bytes starting 54 53 (\"TS\")");
        assertThatThrownBy(() -> open(new byte[] {'T', 'S', 'T', 1, 0, 0, 0})).hasMessage(
                "pledgebook test form is truncated: 7 bytes, at least 8 expected");
    }
}
