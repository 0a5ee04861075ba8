package io.github.pledgebook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast predicates that values use before making a message ({@code isId}, {@code isLine}, {@code isText},
 * {@code isDigits}) accept exactly what the checks that throw accept: a value that passes the predicate is never one
 * the check would refuse, and the other way round.
 */
class CheckPredicatesTest {

    @Property(tries = 3000)
    void isIdAgreesWithId(@ForAll("texts") String s) {
        assertThat(Check.isId(s)).as("isId(%s)", Check.shown(s)).isEqualTo(accepts(v -> Check.id(v, "id"), s));
    }

    @Property(tries = 3000)
    void isLineAgreesWithLine(@ForAll("texts") String s) {
        assertThat(Check.isLine(s)).as("isLine(%s)", Check.shown(s)).isEqualTo(accepts(v -> Check.line(v, "x"), s));
    }

    @Property(tries = 3000)
    void isTextAgreesWithText(@ForAll("texts") String s) {
        assertThat(Check.isText(s)).as("isText(%s)", Check.shown(s)).isEqualTo(accepts(v -> Check.text(v, "x"), s));
    }

    @Property(tries = 3000)
    void isDigitsAgreesWithDigits(@ForAll("numbers") BigDecimal n) {
        assertThat(Check.isDigits(n)).as("isDigits(%s)", n).isEqualTo(accepts(v -> Check.digits(v, "x"), n));
    }

    private static <T> boolean accepts(Consumer<T> check, T value) {
        try {
            check.accept(value);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** Short strings mixing letters, spaces of every kind, controls, line feeds and format characters. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.of('a', 'Z', '1', '-', ' ', '\t', '\n', '\r', '\u00a0', '\u2007',
                '\u200b', '\u2028', '\u2029', '\u0000', '\u007f', '\u0085', '\u3000', '\ufeff', '\u00e9', '\u4e2d');
        return Arbitraries.oneOf(chars.list().ofMaxSize(6).map(CheckPredicatesTest::join), Arbitraries.just(null));
    }

    private static String join(java.util.List<Character> cs) {
        StringBuilder sb = new StringBuilder();
        cs.forEach(sb::append);
        return sb.toString();
    }

    /** Numbers around the digit bounds: unscaled values of 1 to 110 digits, scales from -20 to 130. */
    @Provide
    Arbitrary<BigDecimal> numbers() {
        Arbitrary<java.math.BigInteger> unscaled = Arbitraries.integers().between(0, 110).flatMap(digits ->
                Arbitraries.of("0", "1", "5", "10", "100").map(tail ->
                        new java.math.BigInteger("9".repeat(Math.max(0, digits - tail.length())) + tail)));
        return net.jqwik.api.Combinators.combine(unscaled, Arbitraries.integers().between(-20, 130),
                Arbitraries.of(1, -1)).as((u, scale, sign) -> new BigDecimal(sign < 0 ? u.negate() : u, scale));
    }
}
