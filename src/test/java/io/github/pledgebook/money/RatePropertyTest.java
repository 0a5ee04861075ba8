package io.github.pledgebook.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RatePropertyTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 19);
    /** The stated precision of a derived rate: one division to 34 significant digits. */
    private static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("1E-33");
    private static final MathContext REFERENCE = new MathContext(80);

    /** Positive rates from 10^-8 to 10^8 with up to 12 significant digits. */
    @Provide
    static Arbitrary<BigDecimal> rates() {
        return Combinators.combine(Arbitraries.longs().between(1, 999_999_999_999L),
                Arbitraries.integers().between(0, 12)).as(BigDecimal::valueOf);
    }

    private static void assertClose(BigDecimal actual, BigDecimal exact) {
        BigDecimal error = actual.subtract(exact).abs();
        assertThat(error).isLessThanOrEqualTo(exact.abs().multiply(RELATIVE_TOLERANCE));
    }

    @Property
    void inverseAgreesWithDirectWithinStatedPrecision(@ForAll("rates") BigDecimal value) {
        ExchangeRate direct = ExchangeRate.of("EUR", "JPY", value, DAY, "ECB");
        ExchangeRate inverse = direct.inverse();

        assertClose(inverse.value(), BigDecimal.ONE.divide(value, REFERENCE));
        assertThat(inverse.inverse()).isEqualTo(direct);
        RateTable onlyInverse = RateTable.builder().add(direct).build();
        assertThat(onlyInverse.rate("JPY", "EUR", DAY, RateLookup.exactDate())).isEqualTo(inverse);
    }

    @Property
    void crossAgreesWithDirectWithinStatedPrecision(@ForAll("rates") BigDecimal eurJpy,
            @ForAll("rates") BigDecimal eurUsd) {
        RateTable perEuro = RateTable.builder()
                .addFixings(DAY, "ECB", "EUR", Map.of("JPY", eurJpy, "USD", eurUsd)).build();
        BigDecimal jpyUsd = eurUsd.divide(eurJpy, REFERENCE);
        RateTable direct = RateTable.builder()
                .add("JPY", "USD", jpyUsd.round(ExchangeRate.DIVISION), DAY, "direct").build();

        ExchangeRate cross = perEuro.rate("JPY", "USD", DAY, RateLookup.exactDate());
        assertThat(cross.derivation()).isEqualTo(ExchangeRate.Derivation.CROSSED);
        assertClose(cross.value(), jpyUsd);
        assertClose(perEuro.rate("USD", "JPY", DAY, RateLookup.exactDate()).value(),
                eurJpy.divide(eurUsd, REFERENCE));

        MonetaryAmount yen = Amounts.of(15_800_000_000L, "JPY");
        assertClose(perEuro.convert(yen, Amounts.currency("USD"), DAY).decimal(),
                direct.convert(yen, Amounts.currency("USD"), DAY).decimal());
    }

    @Property
    void convertedTotalEqualsSumOfConvertedPartsBeforeRounding(
            @ForAll("parts") List<MonetaryAmount> parts, @ForAll("rates") BigDecimal eurJpy,
            @ForAll("rates") BigDecimal eurUsd, @ForAll("rates") BigDecimal eurGbp) {
        RateTable table = RateTable.builder()
                .addFixings(DAY, "ECB", "EUR", Map.of("JPY", eurJpy, "USD", eurUsd, "GBP", eurGbp)).build();
        CurrencyUnit usd = Amounts.currency("USD");

        ConvertedTotal whole = table.convert(MoneyTotal.of(parts), usd, DAY);
        BigDecimal sumOfParts = BigDecimal.ZERO;
        List<DatedAmount> dated = new ArrayList<>();
        for (MonetaryAmount part : parts) {
            sumOfParts = sumOfParts.add(table.convert(part, usd, DAY).decimal());
            dated.add(DatedAmount.of(DAY, part));
        }
        assertThat(whole.decimal()).isEqualByComparingTo(sumOfParts);
        assertThat(table.convertEach(dated, usd).decimal()).isEqualByComparingTo(sumOfParts);
    }

    @Provide
    static Arbitrary<List<MonetaryAmount>> parts() {
        return Combinators.combine(
                Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-3, 20)).as(BigDecimal::valueOf),
                Arbitraries.of("JPY", "USD", "EUR", "GBP")).as(Amounts::of).list().ofMaxSize(20);
    }
}
