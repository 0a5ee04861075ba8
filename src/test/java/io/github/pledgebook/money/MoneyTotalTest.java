package io.github.pledgebook.money;

import static io.github.pledgebook.money.Fixings.JPY;
import static io.github.pledgebook.money.Fixings.USD;
import static io.github.pledgebook.money.Fixings.USD_37_MILLION;
import static io.github.pledgebook.money.Fixings.YEN_15_8_BILLION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class MoneyTotalTest {

    @Test
    void totalNeverAddsAcrossCurrencies() {
        MoneyTotal total = MoneyTotal.of(YEN_15_8_BILLION, USD_37_MILLION);

        assertThat(total).hasToString("[JPY 15,800,000,000; USD 37,000,000]");
        assertThat(total.amount(JPY)).isEqualTo(YEN_15_8_BILLION);
        assertThatThrownBy(total::single).isInstanceOf(CurrencyMixException.class)
                .hasMessage("total holds JPY and USD; convert it to one currency with a RateTable first");
    }

    @Test
    void inKindItemsAreCountedNotDropped() {
        MoneyTotal total = Stream.<Optional<? extends MonetaryAmount>>of(Optional.of(USD_37_MILLION),
                Optional.empty(), Optional.of(Amounts.of("0.10", "USD")), Optional.empty())
                .collect(MoneyTotal.toTotalOfOptionals());

        assertThat(total).hasToString("[USD 37,000,000.10] + 2 without value");
        assertThat(total.unvaluedCount()).isEqualTo(2);
    }

    @Test
    void amountsCompareNumerically() {
        assertThat(MoneyTotal.of(Amounts.of("100", "JPY"))).isEqualTo(MoneyTotal.of(Amounts.of("100.00", "JPY")))
                .hasSameHashCodeAs(MoneyTotal.of(Amounts.of("100.00", "JPY")));
    }

    @Test
    void millionAmountsOfAQuadrillionUnitsAreExact() {
        MoneyTotal.Builder b = MoneyTotal.builder();
        for (int i = 0; i < 1_000_000; i++) {
            b.add(USD, 1_000_000_000_000_000L, 0);
        }
        assertThat(b.build().decimal(USD)).isEqualByComparingTo(new BigDecimal("1E+21"));
    }

    @Test
    void nullAmountIsNamed() {
        assertThatThrownBy(() -> MoneyTotal.of(USD_37_MILLION, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("amount to add is required, was null");
    }
}
