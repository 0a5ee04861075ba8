package io.github.pledgebook.money;

import static io.github.pledgebook.money.Fixings.FEB_19;
import static io.github.pledgebook.money.Fixings.JPY;
import static io.github.pledgebook.money.Fixings.USD;
import static io.github.pledgebook.money.Fixings.YEN_15_8_BILLION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQueryBuilder;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Runs only in the test JVM whose class path holds a {@code javamoney.properties} with
 * {@code org.javamoney.moneta.Money.defaults.precision=7} (see the build's second test execution).
 */
class JavamoneyPrecisionTest {

    @Test
    void precisionSevenIsReallyInForceInThisJvm() {
        assertThat(getClass().getResource("/javamoney.properties")).isNotNull();
        // the trap itself: Moneta's default Money loses the 10 cents and more
        assertThat(Money.of(new BigDecimal("37000000.10"), "USD").getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("37000000");
    }

    @Test
    void javamoneyPropertiesWithPrecisionSevenChangesNothing() {
        MonetaryAmount cents = Amounts.of("37000000.10", "USD");
        assertThat(Amounts.decimal(cents)).isEqualByComparingTo("37000000.10");
        assertThat(Amounts.format(cents)).isEqualTo("USD 37,000,000.10");

        MoneyTotal total = MoneyTotal.of(cents, Amounts.of(new BigDecimal("1E+30"), "USD"),
                Amounts.of(new BigDecimal("1E-20"), "USD"), YEN_15_8_BILLION);
        assertThat(total.decimal(USD))
                .isEqualByComparingTo("1000000000000000000000037000000.10000000000000000001");
        assertThat(total.amount(USD).getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("1000000000000000000000037000000.10000000000000000001");

        RateTable ecb = Fixings.ecb().build();
        Conversion c = ecb.convert(YEN_15_8_BILLION, USD, FEB_19);
        assertThat(c.decimal()).isEqualByComparingTo("105365926.1092889411473482269942446926");
        assertThat(c.amount().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("105365926.1092889411473482269942446926");
        assertThat(c.rounded(RoundingMode.HALF_EVEN)).isEqualTo(Amounts.of("105365926.11", "USD"));

        ConvertedTotal usd = ecb.convert(MoneyTotal.of(YEN_15_8_BILLION, cents), USD, FEB_19);
        assertThat(usd.decimal()).isEqualByComparingTo("142365926.2092889411473482269942446926");

        MonetaryAmount viaJsr = YEN_15_8_BILLION.with(ecb.asProvider().getCurrencyConversion(
                ConversionQueryBuilder.of().setTermCurrency(USD).set(LocalDate.of(2024, 2, 19)).build()));
        assertThat(Amounts.decimal(viaJsr)).isEqualByComparingTo("105365926.1092889411473482269942446926");
        assertThat(ecb.rate(USD, JPY, FEB_19).value()).isEqualByComparingTo("149.9536005939123979213066072754269");
    }
}
