package io.github.pledgebook.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.MoneyTotalCodec;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.CRC32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** The byte form of a stage total: every field comes back, and anything else is refused with a clear message. */
class StageTotalCodecTest {

    private static final Stage[] STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};

    private static StageTotal sample() {
        return RandomBooks.book(11, 40).total(Stage.ANNOUNCED, RandomBooks.BASE.plusDays(80));
    }

    private static byte[] resealed(byte[] bytes) {
        byte[] b = bytes.clone();
        CRC32 crc = new CRC32();
        crc.update(b, 0, b.length - 4);
        long sum = crc.getValue();
        for (int i = 0; i < 4; i++) {
            b[b.length - 4 + i] = (byte) (sum >>> (24 - 8 * i));
        }
        return b;
    }

    /**
     * Bytes damaged behind an intact checksum (as a writer with a bug would seal them): every field the decoder reads
     * is at some point a wrong length, count, scale, code, date or kind. Each form decodes or is refused with an
     * {@link IllegalArgumentException}, never another exception, and one that decodes encodes back to itself.
     */
    @Property
    void damagedButSealedFormsDecodeOrAreRefused(@ForAll long seed) {
        java.util.Random r = new java.util.Random(seed);
        byte[] good = StageTotalCodec.encode(RandomBooks.book(seed, 5 + r.nextInt(30))
                .total(STAGES[r.nextInt(STAGES.length)], RandomBooks.BASE.plusDays(r.nextInt(200))));
        byte[] b = good.clone();
        for (int edits = 1 + r.nextInt(4); edits > 0; edits--) {
            int at = 4 + r.nextInt(b.length - 8); // the body: after the header, before the checksum
            byte x = (byte) (r.nextBoolean() ? r.nextInt(256) : new int[] {0, 1, 0x7f, 0x80, 0xff}[r.nextInt(5)]);
            switch (r.nextInt(3)) {
                case 0 -> b[at] = x;
                case 1 -> {
                    byte[] longer = new byte[b.length + 1];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = x;
                    System.arraycopy(b, at, longer, at + 1, b.length - at);
                    b = longer;
                }
                default -> {
                    if (b.length > 9) {
                        byte[] shorter = new byte[b.length - 1];
                        System.arraycopy(b, 0, shorter, 0, at);
                        System.arraycopy(b, at + 1, shorter, at, b.length - at - 1);
                        b = shorter;
                    }
                }
            }
        }
        byte[] damaged = resealed(b);
        StageTotal decoded;
        try {
            decoded = StageTotalCodec.decode(damaged);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("pledgebook ");
            return;
        }
        assertThat(StageTotalCodec.decode(StageTotalCodec.encode(decoded))).isEqualTo(decoded);
    }

    @Property
    void everyStageTotalAsOfADateOrWithinAWindowComesBackEqual(@ForAll long seed, @ForAll @IntRange(max = 14) int size,
            @ForAll @IntRange(min = -5, max = 110) int day, @ForAll @IntRange(max = 60) int length) {
        PledgeBook book = RandomBooks.book(seed, size);
        LocalDate date = RandomBooks.BASE.plusDays(day);
        for (Stage s : STAGES) {
            for (StageTotal t : new StageTotal[] {book.total(s, date),
                    book.total(s, LocalDateRange.of(date, date.plusDays(length)))}) {
                StageTotal back = StageTotalCodec.decode(StageTotalCodec.encode(t));
                assertThat(back).isEqualTo(t);
                assertThat(back.toString()).isEqualTo(t.toString());
                assertThat(back.total().toMap()).containsExactlyEntriesOf(t.total().toMap());
            }
        }
    }

    @Test
    void unboundedAndEmptyWindowsAndExtremeDatesRoundTrip() {
        PledgeBook book = RandomBooks.book(5, 20);
        for (StageTotal t : new StageTotal[] {book.total(Stage.DISBURSED, LocalDateRange.ALL),
                book.total(Stage.COMMITTED, LocalDateRange.of(LocalDate.MIN, RandomBooks.BASE.plusDays(30))),
                book.total(Stage.COMMITTED, LocalDateRange.of(RandomBooks.BASE.plusDays(30), LocalDate.MAX)),
                book.total(Stage.REPORTED, LocalDateRange.of(RandomBooks.BASE, RandomBooks.BASE)),
                book.total(Stage.ANNOUNCED, LocalDate.MAX), book.total(Stage.ANNOUNCED, LocalDate.MIN)}) {
            assertThat(StageTotalCodec.decode(StageTotalCodec.encode(t))).isEqualTo(t);
        }
    }

    @Test
    void theLayoutIsTheDocumentedOne() {
        StageTotal empty = PledgeBook.empty().total(Stage.COMMITTED, LocalDate.of(1970, 1, 2));
        byte[] b = StageTotalCodec.encode(empty);
        byte[] moneyTotal = MoneyTotalCodec.encode(MoneyTotal.empty());
        // "PBS", version 1, stage C, as of (A) epoch day 1 = zigzag 2, no pledges, no re-grants, two empty totals
        byte[] expected = new byte[] {'P', 'B', 'S', 1, 'C', 'A', 2, 0, 0, (byte) moneyTotal.length};
        assertThat(Arrays.copyOf(b, expected.length)).containsExactly(expected);
        assertThat(b).hasSize(expected.length + moneyTotal.length + 1 + moneyTotal.length + 4);
    }

    @Test
    void refusesForeignInput() {
        assertThatThrownBy(() -> StageTotalCodec.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a pledgebook stage total (starting with the bytes \"PBS\" and a version), got no "
                        + "bytes");
        byte[] money = MoneyTotalCodec.encode(MoneyTotal.empty());
        assertThatThrownBy(() -> StageTotalCodec.decode(money)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected a pledgebook stage total (starting with the bytes \"PBS\" and a "
                        + "version), got bytes starting 50 42 4d 01 00 00 ").hasMessageEndingWith("(\"PBM\")");
        assertThatThrownBy(() -> StageTotalCodec.decode(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesALaterVersionTruncationsAndFlippedBits() {
        byte[] good = StageTotalCodec.encode(sample());
        byte[] v2 = good.clone();
        v2[3] = 2;
        assertThatThrownBy(() -> StageTotalCodec.decode(resealed(v2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledgebook stage total has format version 2; this version of pledgebook reads version 1");
        for (int n = 0; n < good.length; n++) {
            byte[] cut = Arrays.copyOf(good, n);
            assertThatThrownBy(() -> StageTotalCodec.decode(cut)).as("first %d bytes", n)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (int bit = 0; bit < good.length * 8; bit++) {
            byte[] flipped = good.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThatThrownBy(() -> StageTotalCodec.decode(flipped)).as("bit %d flipped", bit)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesWellSealedButMalformedFields() {
        byte[] good = StageTotalCodec.encode(sample());
        byte[] cancelled = good.clone();
        cancelled[4] = 'X';
        assertThatThrownBy(() -> StageTotalCodec.decode(resealed(cancelled))).isInstanceOf(
                IllegalArgumentException.class).hasMessage("pledgebook stage total is malformed at byte 5: stage must "
                        + "be one of the letters RACD, was byte 88");
        byte[] kind = good.clone();
        kind[5] = 'Q';
        assertThatThrownBy(() -> StageTotalCodec.decode(resealed(kind))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledgebook stage total is malformed at byte 6: date kind must be the letter A (as of a "
                        + "date) or W (within a window), was byte 81");
        byte[] inner = good.clone();
        int totalStart = Arrays.asList(toObjects(good)).indexOf((byte) 'M') - 2;
        inner[totalStart + 3] = 9;
        assertThatThrownBy(() -> StageTotalCodec.decode(resealed(inner))).isInstanceOf(
                IllegalArgumentException.class).hasMessageStartingWith("pledgebook stage total is malformed at byte "
                        + totalStart + ": its total is not valid: pledgebook money total has format version 9");
    }

    @Test
    void refusesBytesAfterTheLastTotalAndWindowsThatEndBeforeTheyStart() {
        byte[] good = StageTotalCodec.encode(PledgeBook.empty().total(Stage.DISBURSED, LocalDate.of(1970, 1, 2)));
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThatThrownBy(() -> StageTotalCodec.decode(resealed(longer))).hasMessage("pledgebook stage total is "
                + "malformed at byte " + (good.length - 4) + ": 1 unexpected bytes after the stage total");
        byte[] window = StageTotalCodec.encode(PledgeBook.empty().total(Stage.DISBURSED,
                LocalDateRange.of(LocalDate.of(1970, 1, 3), LocalDate.of(1970, 1, 3))));
        // start epoch day 2 (zigzag 4), end 2 (4): an empty window; an end of 1 (2) is before the start
        assertThat(Arrays.copyOfRange(window, 5, 8)).containsExactly('W', 4, 4);
        window[7] = 2;
        assertThatThrownBy(() -> StageTotalCodec.decode(resealed(window))).hasMessage("pledgebook stage total is "
                + "malformed at byte 8: window end 1970-01-02 is before its start 1970-01-03");
    }

    @Test
    void refusesDatesBeyondTheCalendar() {
        StageTotal atMax = PledgeBook.empty().total(Stage.DISBURSED, LocalDate.MAX);
        StageTotal atMin = PledgeBook.empty().total(Stage.DISBURSED, LocalDate.MIN);
        assertThat(StageTotalCodec.decode(StageTotalCodec.encode(atMax))).isEqualTo(atMax);
        assertThat(StageTotalCodec.decode(StageTotalCodec.encode(atMin))).isEqualTo(atMin);
        // LocalDate.MAX is epoch day 365241780471, zigzag 730483560942; one day more is 730483560944
        byte[] b = StageTotalCodec.encode(atMax);
        long zigzag = 730_483_560_944L;
        for (int i = 0; i < 6; i++) {
            b[6 + i] = (byte) ((zigzag >>> (7 * i)) & 0x7f | (i < 5 ? 0x80 : 0));
        }
        assertThatThrownBy(() -> StageTotalCodec.decode(resealed(b))).hasMessage("pledgebook stage total is "
                + "malformed at byte 12: date must be an epoch day from -365243219162 to 365241780471, was "
                + "365241780472");
        byte[] c = StageTotalCodec.encode(atMin);
        long below = 730_486_438_325L;
        for (int i = 0; i < 6; i++) {
            c[6 + i] = (byte) ((below >>> (7 * i)) & 0x7f | (i < 5 ? 0x80 : 0));
        }
        assertThatThrownBy(() -> StageTotalCodec.decode(resealed(c))).hasMessageEndingWith("was -365243219163");
    }

    private static Byte[] toObjects(byte[] bytes) {
        Byte[] b = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = bytes[i];
        }
        return b;
    }
}
