package io.github.pledgebook.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The byte form of a money total: exact round trips, and a clear refusal of anything else. */
class MoneyTotalCodecTest {

    private static final MoneyTotal SAMPLE = MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"),
            Amounts.of(new BigDecimal("37000000.50"), "USD")).plusUnvalued(2);

    /** Replaces the checksum of a crafted form, so that only the field under test is wrong. */
    static byte[] resealed(byte[] bytes) {
        byte[] b = bytes.clone();
        CRC32 crc = new CRC32();
        crc.update(b, 0, b.length - 4);
        long sum = crc.getValue();
        for (int i = 0; i < 4; i++) {
            b[b.length - 4 + i] = (byte) (sum >>> (24 - 8 * i));
        }
        return b;
    }

    @Property
    void everyTotalComesBackEqualWithTheSameScales(@ForAll("amountLists") List<MonetaryAmount> amounts,
            @ForAll @LongRange(max = Long.MAX_VALUE) long unvalued, @ForAll boolean negate) {
        MoneyTotal summed = MoneyTotal.of(amounts).plusUnvalued(unvalued);
        MoneyTotal total = negate ? summed.negated() : summed;
        MoneyTotal back = MoneyTotalCodec.decode(MoneyTotalCodec.encode(total));
        assertThat(back).isEqualTo(total);
        assertThat(back.unvaluedCount()).isEqualTo(total.unvaluedCount());
        // to the last digit: not only numerically equal, the same unscaled digits and scale
        assertThat(back.toMap()).containsExactlyEntriesOf(total.toMap());
        back.toMap().forEach((c, v) -> assertThat(v.scale()).isEqualTo(total.toMap().get(c).scale()));
    }

    @net.jqwik.api.Provide
    static net.jqwik.api.Arbitrary<List<MonetaryAmount>> amountLists() {
        return MoneyTotalPropertyTest.amountLists();
    }

    @Test
    void emptyZeroAndHugeTotalsRoundTrip() {
        BigDecimal huge = new BigDecimal("123456789012345678901234567890123456789.123456789");
        for (MoneyTotal t : List.of(MoneyTotal.empty(), MoneyTotal.empty().plusUnvalued(Long.MAX_VALUE),
                MoneyTotal.of(Amounts.of(5, "USD")).minus(Amounts.of(5, "USD")),
                MoneyTotal.of(Amounts.of(huge, "EUR"), Amounts.of(huge.negate(), "GBP")),
                MoneyTotal.of(Amounts.of(new BigDecimal("1E+12"), "JPY")))) {
            MoneyTotal back = MoneyTotalCodec.decode(MoneyTotalCodec.encode(t));
            assertThat(back).isEqualTo(t);
            assertThat(back.toMap()).containsExactlyEntriesOf(t.toMap());
        }
    }

    @Test
    void theFormIsCompact() {
        // magic 3, version 1, counts 2, per currency: code 4, scale 1, digits 1 + unscaled bytes; checksum 4
        assertThat(MoneyTotalCodec.encode(MoneyTotal.empty())).hasSize(10);
        assertThat(MoneyTotalCodec.encode(MoneyTotal.of(Amounts.of(37_000_000, "USD")))).hasSize(20);
        assertThat(MoneyTotalCodec.encode(SAMPLE)).hasSize(31);
    }

    @Test
    void theLayoutIsTheDocumentedOne() {
        byte[] b = MoneyTotalCodec.encode(MoneyTotal.of(Amounts.of(new BigDecimal("-1.5"), "USD")).plusUnvalued(300));
        // "PBM", version 1, unvalued 300 = varint ac 02, one currency, "USD", scale 1 = zigzag 02,
        // unscaled -15 in one two's-complement byte f1, then the CRC-32
        assertThat(Arrays.copyOf(b, b.length - 4)).containsExactly('P', 'B', 'M', 1, 0xac, 0x02, 1, 3, 'U', 'S', 'D',
                0x02, 1, 0xf1);
    }

    @Test
    void refusesForeignInput() {
        assertThatThrownBy(() -> MoneyTotalCodec.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a pledgebook money total (starting with the bytes \"PBM\" and a version), got no "
                        + "bytes");
        assertThatThrownBy(() -> MoneyTotalCodec.decode("USD 37000000".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a pledgebook money total (starting with the bytes \"PBM\" and a version), got "
                        + "bytes starting 55 53 44 20 33 37 30 30 ... (\"USD\")");
        assertThatThrownBy(() -> MoneyTotalCodec.decode(javaSerialized("PBM"))).isInstanceOf(
                IllegalArgumentException.class).hasMessageStartingWith("expected a pledgebook money total");
        byte[] stage = MoneyTotalCodec.encode(SAMPLE);
        stage[2] = 'S';
        assertThatThrownBy(() -> MoneyTotalCodec.decode(stage)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected a pledgebook money total (starting with the bytes \"PBM\"");
        assertThatThrownBy(() -> MoneyTotalCodec.decode(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("bytes to decode are required, was null");
    }

    @Test
    void refusesALaterFormatVersionByNumber() {
        byte[] b = MoneyTotalCodec.encode(SAMPLE);
        b[3] = 2;
        assertThatThrownBy(() -> MoneyTotalCodec.decode(resealed(b))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledgebook money total has format version 2; this version of pledgebook reads version 1");
    }

    @Test
    void refusesEveryTruncationAndEveryFlippedBit() {
        byte[] good = MoneyTotalCodec.encode(SAMPLE);
        for (int n = 0; n < good.length; n++) {
            byte[] cut = Arrays.copyOf(good, n);
            assertThatThrownBy(() -> MoneyTotalCodec.decode(cut)).as("first %d bytes", n)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (int bit = 0; bit < good.length * 8; bit++) {
            byte[] flipped = good.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThatThrownBy(() -> MoneyTotalCodec.decode(flipped)).as("bit %d flipped", bit)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThatThrownBy(() -> MoneyTotalCodec.decode(longer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pledgebook money total is corrupted or truncated: its CRC-32 checksum is ");
    }

    @Test
    void refusesWellSealedButMalformedFields() {
        byte[] good = MoneyTotalCodec.encode(MoneyTotal.of(Amounts.of(5, "USD"), Amounts.of(7, "EUR")));
        // EUR then USD: swap them into USD then EUR
        byte[] swapped = good.clone();
        System.arraycopy(good, 6, swapped, 6 + 7, 7);
        System.arraycopy(good, 6 + 7, swapped, 6, 7);
        assertThatThrownBy(() -> MoneyTotalCodec.decode(resealed(swapped))).isInstanceOf(
                IllegalArgumentException.class).hasMessage("pledgebook money total is malformed at byte 17: currencies "
                        + "must be in ascending order of code, found EUR after USD");
        byte[] unknown = good.clone();
        unknown[9] = 'X';
        assertThatThrownBy(() -> MoneyTotalCodec.decode(resealed(unknown))).isInstanceOf(
                IllegalArgumentException.class).hasMessage("pledgebook money total is malformed at byte 10: unknown "
                        + "currency code \"EUX\"");
        // the fields, one extra zero byte, then a checksum that covers it
        byte[] trailing = Arrays.copyOf(good, good.length + 1);
        trailing[good.length - 4] = 0;
        assertThatThrownBy(() -> MoneyTotalCodec.decode(resealed(trailing))).isInstanceOf(
                IllegalArgumentException.class).hasMessageEndingWith("1 unexpected bytes after the money total");
        byte[] manyCurrencies = good.clone();
        manyCurrencies[5] = 0x7f;
        assertThatThrownBy(() -> MoneyTotalCodec.decode(resealed(manyCurrencies))).isInstanceOf(
                IllegalArgumentException.class).hasMessage("pledgebook money total is malformed at byte 6: currency "
                        + "count 127 is more than the bytes left");
    }

    /** A form with the given fields between the header and the checksum. */
    private static byte[] form(int... fields) {
        byte[] b = new byte[4 + fields.length + 4];
        b[0] = 'P';
        b[1] = 'B';
        b[2] = 'M';
        b[3] = 1;
        for (int i = 0; i < fields.length; i++) {
            b[4 + i] = (byte) fields[i];
        }
        return resealed(b);
    }

    /** USD 5 at the given scale: one currency, its code, the scale as a zigzag varint, one digit byte. */
    private static int[] usdWithScale(long scale) {
        List<Integer> f = new java.util.ArrayList<>(List.of(0, 1, 3, (int) 'U', (int) 'S', (int) 'D'));
        long v = (scale << 1) ^ (scale >> 63);
        while ((v & ~0x7FL) != 0) {
            f.add((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        f.add((int) v);
        f.add(1);
        f.add(5);
        return f.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void fieldLimitsAreCheckedAtTheirEdges() {
        // as many currencies as bytes are left passes the count check and fails where the bytes run out
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(0, 2, 3, 'U'))).hasMessage("pledgebook money total is "
                + "malformed at byte 7: it ends inside the currency code (3 bytes expected, 1 left)");
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(0, 3, 3, 'U'))).hasMessage("pledgebook money total is "
                + "malformed at byte 6: currency count 3 is more than the bytes left");
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(0, 2, 3, 'U', 'S', 'D', 0, 1, 5))).hasMessage(
                "pledgebook money total is malformed at byte 13: it ends before the currency code length");
        int[] sixteen = new int[3 + 16];
        sixteen[1] = 1;
        sixteen[2] = 16;
        Arrays.fill(sixteen, 3, sixteen.length, 'A');
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(sixteen))).hasMessage("pledgebook money total is "
                + "malformed at byte 23: unknown currency code \"AAAAAAAAAAAAAAAA\"");
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(0, 1, 17))).hasMessage("pledgebook money total is "
                + "malformed at byte 7: currency code length must be 1 to 16, was 17");
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(0, 1, 0))).hasMessage("pledgebook money total is "
                + "malformed at byte 7: currency code length must be 1 to 16, was 0");
        // the edges of the scale pass the form's own check and meet the total's rules on digits
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(usdWithScale(10_000)))).hasMessage("pledgebook money "
                + "total is malformed at byte 15: the USD sum is not one a total can hold: amount added to a total "
                + "must have at most 100 digits after the decimal point (trailing zeros not counted), was 5E-10000");
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(usdWithScale(-10_000)))).hasMessageStartingWith(
                "pledgebook money total is malformed at byte 15: the USD sum is not one a total can hold: amount "
                        + "added to a total must have at most 100 digits before the decimal point");
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(usdWithScale(10_001)))).hasMessage("pledgebook money "
                + "total is malformed at byte 13: scale of USD must be from -10000 to 10000, was 10001");
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(usdWithScale(Integer.MIN_VALUE)))).hasMessage(
                "pledgebook money total is malformed at byte 15: scale of USD must be from -10000 to 10000, was "
                        + Integer.MIN_VALUE);
        // USD 5 written with 10,000 zeros after the point: allowed in a total, and kept to the last zero
        MoneyTotal finest = MoneyTotal.builder().add(Amounts.currency("EUR"), new BigDecimal(BigInteger.valueOf(5)
                .multiply(BigInteger.TEN.pow(10_000)), 10_000)).build();
        MoneyTotal back = MoneyTotalCodec.decode(MoneyTotalCodec.encode(finest));
        assertThat(back).isEqualTo(finest);
        assertThat(back.decimal(Amounts.currency("EUR")).scale()).isEqualTo(10_000);
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(0, 2, 3, 'U', 'S', 'D', 0, 1, 5, 3, 'U', 'S', 'D', 0, 1, 5)))
                .hasMessage("pledgebook money total is malformed at byte 17: currencies must be in ascending order of "
                        + "code, found USD after USD");
        assertThatThrownBy(() -> MoneyTotalCodec.encode(MoneyTotal.builder().add(Amounts.currency("EUR"),
                new BigDecimal(BigInteger.valueOf(5).multiply(BigInteger.TEN.pow(10_001)), 10_001)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("total's EUR sum has scale 10001; "
                        + "the byte form holds scales from -10000 to 10000");
        assertThatThrownBy(() -> MoneyTotalCodec.decode(form(0, 1, 3, 'U', 'S', 'D', 0, 0))).hasMessage(
                "pledgebook money total is malformed at byte 12: digits of USD must be at least one byte, were none");
    }

    private static byte[] javaSerialized(Object o) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(o);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
