package io.github.pledgebook.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader's own number and date parsing (made to skip copies) reads exactly what the JDK's parsers read: the same
 * number and scale as {@code new BigDecimal(text)} for every xsd:decimal, and the same day as {@link LocalDate#parse}.
 */
class IatiNumberReadingPropertyTest {

    private static final Pattern XSD_DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

    @Provide
    Arbitrary<String> decimalLike() {
        return Arbitraries.strings().withChars("0123456789.-+ x").ofMinLength(0).ofMaxLength(30);
    }

    @Property(tries = 3000)
    void decimalsReadAsBigDecimalWithTheSameScale(@ForAll("decimalLike") String text) {
        BigDecimal read = ActivityParser.decimal(text);
        if (XSD_DECIMAL.matcher(text).matches()) {
            assertThat(read).isEqualTo(new BigDecimal(text)); // equals: number and scale
            assertThat(read.scale()).isEqualTo(new BigDecimal(text).scale());
        } else {
            assertThat(read).isNull();
        }
    }

    @Property(tries = 500)
    void longAndShortDecimalsReadExactly(@ForAll long unscaled, @ForAll("scales") int scale) {
        String text = new BigDecimal(java.math.BigInteger.valueOf(unscaled), scale).toPlainString();
        assertThat(ActivityParser.decimal(text)).isEqualTo(new BigDecimal(text));
        assertThat(ActivityParser.decimal("00" + text.replace("-", ""))).isEqualTo(new BigDecimal("00"
                + text.replace("-", "")));
    }

    @Provide
    Arbitrary<Integer> scales() {
        return Arbitraries.integers().between(0, 6);
    }

    @Example
    void decimalsReadFromPartOfATextIgnoreTheRest() {
        assertThat(ActivityParser.decimal(new StringBuilder(" -1250.50 "), 1, 9)).isEqualTo(new BigDecimal("-1250.50"));
        assertThat(ActivityParser.decimal("123456789012345678901234.5")).isEqualTo(
                new BigDecimal("123456789012345678901234.5"));
        assertThat(ActivityParser.decimal("-0.00")).isEqualTo(new BigDecimal("-0.00"));
    }

    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> valid = Arbitraries.integers().between(0, 4_000_000).map(d -> LocalDate.ofEpochDay(d - 700_000)
                .toString()).filter(s -> s.length() == 10);
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-T:Z+ ").ofMinLength(8).ofMaxLength(26);
        Arbitrary<String> suffixed = valid.flatMap(v -> Arbitraries.of("", "T10:00:00", "Z", "+02:00", "-05:00", " ",
                "x", "T").map(s -> v + s));
        return Arbitraries.oneOf(valid, noise, suffixed);
    }

    @Property(tries = 3000)
    void datesReadAsTheJdkReadsTheDatePart(@ForAll("dateLike") String text) {
        LocalDate read = new ActivityParser(null, null, null).date(text);
        String t = text.strip();
        if (t.length() > 10 && "TZ+-".indexOf(t.charAt(10)) >= 0) {
            t = t.substring(0, 10);
        }
        LocalDate expected;
        try {
            expected = t.length() == 10 && t.chars().allMatch(c -> c == '-' || c >= '0' && c <= '9')
                    ? LocalDate.parse(t) : null;
        } catch (DateTimeParseException e) {
            expected = null;
        }
        assertThat(read).isEqualTo(expected);
    }

    @Example
    void theSameDayIsTheSameObject() {
        ActivityParser p = new ActivityParser(null, null, null);
        LocalDate first = p.date("2024-02-19");
        assertThat(p.date(" 2024-02-19T10:00:00Z")).isSameAs(first);
        assertThat(p.date("2024-02-20")).isEqualTo(LocalDate.of(2024, 2, 20)).isNotSameAs(first);
        assertThat(p.date("2024-02-30")).isNull();
    }

    @Example
    void manyDaysInOneFileAllReadRight() {
        ActivityParser p = new ActivityParser(null, null, null);
        LocalDate start = LocalDate.of(1800, 1, 1);
        for (int round = 0; round < 2; round++) { // the second round finds them (up to the table's limit)
            for (int i = 0; i < 100_000; i++) {
                LocalDate day = start.plusDays(i);
                assertThat(p.date(day.toString())).isEqualTo(day);
            }
        }
        assertThat(p.date("1800-01-02")).isSameAs(p.date("1800-01-02T00:00:00"));
    }
}
