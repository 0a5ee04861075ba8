package io.github.pledgebook.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

/** The limb arithmetic of converted totals against plain {@code BigDecimal} sums of products. */
class ExactSumTest {

    private static BigDecimal reference(List<Tuple2<BigDecimal, BigDecimal>> terms) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Tuple2<BigDecimal, BigDecimal> t : terms) {
            sum = sum.add(t.get1().multiply(t.get2()));
        }
        return sum;
    }

    private static BigDecimal summed(List<Tuple2<BigDecimal, BigDecimal>> terms) {
        ExactSum sum = new ExactSum();
        for (Tuple2<BigDecimal, BigDecimal> t : terms) {
            sum.add(t.get1(), new ExactSum.Factor(t.get2()));
        }
        return sum.value();
    }

    /**
     * Amounts of every size and sign (some beyond 18 digits), rates of up to 40 digits (some beyond 127 bits) and
     * more scales than are summed in limbs: the sum is exactly the {@code BigDecimal} sum of the products.
     */
    @Property
    void sumEqualsTheBigDecimalSumOfProducts(@ForAll("terms") List<Tuple2<BigDecimal, BigDecimal>> terms) {
        assertThat(summed(terms)).isEqualByComparingTo(reference(terms));
    }

    @Test
    void carriesAndBorrowsRunThroughEveryLimb() {
        BigDecimal maxRate = new BigDecimal(BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE), 30);
        BigDecimal bigAmount = BigDecimal.valueOf(999_999_999_999_999_999L, 2);
        List<Tuple2<BigDecimal, BigDecimal>> terms = List.of(
                Tuple.of(bigAmount, maxRate), Tuple.of(bigAmount, maxRate), Tuple.of(bigAmount, maxRate),
                Tuple.of(bigAmount.negate(), maxRate), Tuple.of(BigDecimal.valueOf(-1, 2), BigDecimal.ONE.movePointLeft(30)),
                Tuple.of(bigAmount.negate(), maxRate), Tuple.of(bigAmount.negate(), maxRate),
                Tuple.of(bigAmount.negate(), maxRate), Tuple.of(bigAmount.negate(), maxRate));
        assertThat(summed(terms)).isEqualByComparingTo(reference(terms));
        assertThat(summed(terms).signum()).isEqualTo(-1);
        // from -1 unit back up across zero: the borrow of the first term runs through all four limbs
        List<Tuple2<BigDecimal, BigDecimal>> across = List.of(Tuple.of(BigDecimal.valueOf(-1), BigDecimal.ONE),
                Tuple.of(bigAmount, maxRate), Tuple.of(BigDecimal.ONE, BigDecimal.ONE));
        assertThat(summed(across)).isEqualByComparingTo(reference(across));
    }

    /**
     * 3 × (0x5555555555555555 · 2^64 + 2^64 - 1): the high half of 3 × the low limb plus the low half of 3 × the high
     * limb overflows 64 bits, so the middle limb of the product carries into the top one.
     */
    @Test
    void theMiddleLimbOfAProductCarriesIntoTheTopOne() {
        BigDecimal rate = new BigDecimal(new BigInteger("5555555555555555FFFFFFFFFFFFFFFF", 16), 30);
        for (long amount : new long[] {3, -3}) {
            List<Tuple2<BigDecimal, BigDecimal>> terms = List.of(Tuple.of(BigDecimal.valueOf(amount), rate));
            assertThat(summed(terms)).isEqualByComparingTo(reference(terms));
        }
    }

    @Test
    void aRateOf127BitsOrMoreIsMultipliedAsADecimal() {
        BigDecimal huge = new BigDecimal(BigInteger.ONE.shiftLeft(127), 10);
        assertThat(new ExactSum.Factor(huge).fits).isFalse();
        assertThat(new ExactSum.Factor(huge.subtract(BigDecimal.ONE.movePointLeft(10))).fits).isTrue();
        List<Tuple2<BigDecimal, BigDecimal>> terms = List.of(Tuple.of(BigDecimal.valueOf(7, 2), huge),
                Tuple.of(BigDecimal.valueOf(-3), huge.subtract(BigDecimal.ONE.movePointLeft(10))));
        assertThat(summed(terms)).isEqualByComparingTo(reference(terms));
    }

    @Test
    void anEmptySumIsZero() {
        assertThat(new ExactSum().value()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Provide
    static Arbitrary<List<Tuple2<BigDecimal, BigDecimal>>> terms() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
                        .map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
        Arbitrary<BigDecimal> amounts = Combinators.combine(unscaled, Arbitraries.integers().between(-3, 20))
                .as(BigDecimal::new);
        Arbitrary<BigDecimal> rates = Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(40)),
                Arbitraries.integers().between(0, 40)).as(BigDecimal::new);
        return Combinators.combine(amounts, rates).as(Tuple::of).list().ofMaxSize(60);
    }
}
