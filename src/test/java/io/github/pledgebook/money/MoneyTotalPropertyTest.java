package io.github.pledgebook.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.CurrencySums;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class MoneyTotalPropertyTest {

    static final List<String> CODES = List.of("JPY", "USD", "EUR", "GBP", "CHF", "UAH", "PLN", "CAD", "AUD", "NOK",
            "SEK", "DKK", "KRW", "CZK", "BHD", "CLF");

    /** Amounts from 10^-20 to beyond 10^30, either sign, in 16 currencies. */
    @Provide
    static Arbitrary<MonetaryAmount> amounts() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
                Arbitraries.integers().between(-1000, 1000).map(BigInteger::valueOf));
        Arbitrary<BigDecimal> number = Arbitraries.oneOf(
                Combinators.combine(unscaled, Arbitraries.integers().between(-10, 25)).as(BigDecimal::new),
                Arbitraries.of(new BigDecimal("1E+30"), new BigDecimal("-1E+30"), new BigDecimal("1E-20"),
                        new BigDecimal("123456789012345678901234567890.00000000000000000001"),
                        BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.ZERO));
        return Combinators.combine(number, Arbitraries.of(CODES)).as(Amounts::of);
    }

    @Provide
    static Arbitrary<List<MonetaryAmount>> amountLists() {
        return amounts().list().ofMaxSize(40);
    }

    private static Map<String, BigDecimal> reference(List<MonetaryAmount> amounts) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (MonetaryAmount a : amounts) {
            sums.merge(a.getCurrency().getCurrencyCode(), Amounts.decimal(a), BigDecimal::add);
        }
        return sums;
    }

    private static Map<String, BigDecimal> asCodes(MoneyTotal total) {
        Map<String, BigDecimal> m = new TreeMap<>();
        total.toMap().forEach((c, v) -> m.put(c.getCurrencyCode(), v));
        return m;
    }

    @Property
    void totalEqualsPlainBigDecimalSumPerCurrency(@ForAll("amountLists") List<MonetaryAmount> amounts) {
        Map<String, BigDecimal> expected = reference(amounts);
        MoneyTotal total = MoneyTotal.of(amounts);

        assertThat(asCodes(total).keySet()).isEqualTo(expected.keySet());
        expected.forEach((code, sum) -> assertThat(total.decimal(Amounts.currency(code))).isEqualByComparingTo(sum));
        assertThat(amounts.stream().collect(MoneyTotal.toTotal())).isEqualTo(total);
        assertThat(amounts.parallelStream().collect(MoneyTotal.toTotal())).isEqualTo(total);
    }

    @Property
    void additionIsCommutative(@ForAll("amountLists") List<MonetaryAmount> a,
            @ForAll("amountLists") List<MonetaryAmount> b, @ForAll Random random) {
        MoneyTotal ta = MoneyTotal.of(a);
        MoneyTotal tb = MoneyTotal.of(b);
        assertThat(ta.plus(tb)).isEqualTo(tb.plus(ta)).hasSameHashCodeAs(tb.plus(ta));

        List<MonetaryAmount> shuffled = new ArrayList<>(a);
        Collections.shuffle(shuffled, random);
        assertThat(MoneyTotal.of(shuffled)).isEqualTo(ta);
    }

    @Property
    void additionIsAssociative(@ForAll("amountLists") List<MonetaryAmount> a,
            @ForAll("amountLists") List<MonetaryAmount> b, @ForAll("amountLists") List<MonetaryAmount> c) {
        MoneyTotal ta = MoneyTotal.of(a);
        MoneyTotal tb = MoneyTotal.of(b);
        MoneyTotal tc = MoneyTotal.of(c);
        assertThat(ta.plus(tb).plus(tc)).isEqualTo(ta.plus(tb.plus(tc)));
        assertThat(ta.plus(tb).minus(tb)).isEqualTo(ta.plus(MoneyTotal.of(b).minus(tb)));
    }

    @Property
    void totalNeverAddsAcrossCurrencies(@ForAll("amountLists") List<MonetaryAmount> amounts) {
        MoneyTotal total = MoneyTotal.of(amounts);
        for (CurrencyUnit c : total.currencies()) {
            List<MonetaryAmount> own = amounts.stream().filter(a -> a.getCurrency().equals(c))
                    .collect(Collectors.toList());
            assertThat(total.amount(c)).isEqualTo(MoneyTotal.of(own).single());
        }
        if (total.size() > 1) {
            assertThatThrownBy(total::single).isInstanceOf(CurrencyMixException.class)
                    .hasMessageContaining("convert it to one currency");
        }
    }

    @Property
    void longFastPathFallsBackExactlyOnOverflow(@ForAll @Size(max = 60) List<Long> unscaled,
            @ForAll @IntRange(min = 0, max = 3) int scaleSpread) {
        CurrencyUnit usd = Amounts.currency("USD");
        MoneyTotal.Builder b = MoneyTotal.builder();
        BigDecimal expected = BigDecimal.ZERO;
        int i = 0;
        for (long u : unscaled) {
            int scale = 2 + (scaleSpread == 0 ? 0 : i++ % (scaleSpread + 1));
            CurrencySums.inside(b).add(usd, u, scale);
            expected = expected.add(BigDecimal.valueOf(u, scale));
        }
        MoneyTotal total = b.build();
        if (unscaled.isEmpty()) {
            assertThat(total.isEmpty()).isTrue();
        } else {
            assertThat(total.decimal(usd)).isEqualByComparingTo(expected);
        }
    }

    @Property
    void hugeLongsNeverOverflow(@ForAll @IntRange(min = 1, max = 2000) int n) {
        CurrencyUnit jpy = Amounts.currency("JPY");
        MoneyTotal.Builder b = MoneyTotal.builder();
        for (int i = 0; i < n; i++) {
            CurrencySums.inside(b).add(jpy, Long.MAX_VALUE - i, 0);
        }
        BigDecimal expected = BigDecimal.valueOf(Long.MAX_VALUE).multiply(BigDecimal.valueOf(n))
                .subtract(BigDecimal.valueOf((long) n * (n - 1) / 2));
        assertThat(b.build().decimal(jpy)).isEqualByComparingTo(expected);
    }
}
