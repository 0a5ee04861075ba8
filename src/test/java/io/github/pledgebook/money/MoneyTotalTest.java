package io.github.pledgebook.money;

import static io.github.pledgebook.money.Fixings.JPY;
import static io.github.pledgebook.money.Fixings.USD;
import static io.github.pledgebook.money.Fixings.USD_37_MILLION;
import static io.github.pledgebook.money.Fixings.YEN_15_8_BILLION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.CurrencySums;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
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
            CurrencySums.inside(b).add(USD, 1_000_000_000_000_000L, 0);
        }
        assertThat(b.build().decimal(USD)).isEqualByComparingTo(new BigDecimal("1E+21"));
    }

    @Test
    void nullAmountIsNamed() {
        assertThatThrownBy(() -> MoneyTotal.of(USD_37_MILLION, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("amount to add is required, was null");
    }

    private static final MoneyTotal YEN_AND_DOLLARS = MoneyTotal.of(YEN_15_8_BILLION, USD_37_MILLION);

    @Test
    void plusAndMinusWorkCurrencyByCurrencyAndLeaveTheOriginalAlone() {
        MoneyTotal more = YEN_AND_DOLLARS.plus(Amounts.of("0.5", "USD"));
        MoneyTotal other = MoneyTotal.of(Amounts.of(3, "USD"), Amounts.of(2, "EUR")).plusUnvalued(1);

        assertThat(more).hasToString("[JPY 15,800,000,000; USD 37,000,000.50]");
        assertThat(more.minus(Amounts.of("0.5", "USD"))).isEqualTo(YEN_AND_DOLLARS);
        assertThat(YEN_AND_DOLLARS.minus(Amounts.of(5, "EUR"))).hasToString("[EUR -5; JPY 15,800,000,000; USD 37,000,000]");
        assertThat(YEN_AND_DOLLARS.plus(other))
                .hasToString("[EUR 2; JPY 15,800,000,000; USD 37,000,003] + 1 without value");
        assertThat(YEN_AND_DOLLARS.minus(other)).as("the unvalued count stays this total's")
                .hasToString("[EUR -2; JPY 15,800,000,000; USD 36,999,997]");
        assertThat(YEN_AND_DOLLARS.negated()).hasToString("[JPY -15,800,000,000; USD -37,000,000]");
        assertThat(other.negated()).hasToString("[EUR -2; USD -3] + 1 without value");
        assertThat(YEN_AND_DOLLARS).hasToString("[JPY 15,800,000,000; USD 37,000,000]");
    }

    @Test
    void zeroSumsKeepTheirEntryUntilRemoved() {
        MoneyTotal zero = MoneyTotal.of(Amounts.of(5, "USD")).minus(Amounts.of("5.00", "USD"));
        MoneyTotal mixed = zero.plus(YEN_15_8_BILLION).plusUnvalued(2);

        assertThat(zero).hasToString("[USD 0]");
        assertThat(zero.isZero()).isTrue();
        assertThat(zero.isEmpty()).isFalse();
        assertThat(zero.contains(USD)).isTrue();
        assertThat(zero.withoutZeros()).isEqualTo(MoneyTotal.empty());
        assertThat(zero.withoutZeros().isEmpty()).isTrue();
        assertThat(mixed.isZero()).isFalse();
        assertThat(mixed.withoutZeros()).hasToString("[JPY 15,800,000,000] + 2 without value");
        assertThat(YEN_AND_DOLLARS.withoutZeros()).isEqualTo(YEN_AND_DOLLARS);
        assertThat(MoneyTotal.empty().isZero()).isTrue();
        assertThat(MoneyTotal.of(Amounts.of("0.00", "USD"))).isEqualTo(zero).hasSameHashCodeAs(zero);
    }

    @Test
    void queriesAnswerPerCurrency() {
        CurrencyUnit eur = Amounts.currency("EUR");

        assertThat(YEN_AND_DOLLARS.size()).isEqualTo(2);
        assertThat(YEN_AND_DOLLARS.isEmpty()).isFalse();
        assertThat(YEN_AND_DOLLARS.currencies()).containsExactly(JPY, USD);
        assertThat(YEN_AND_DOLLARS.contains(eur)).isFalse();
        assertThat(YEN_AND_DOLLARS.amount("JPY")).isEqualTo(YEN_15_8_BILLION);
        assertThat(YEN_AND_DOLLARS.amountOrZero(USD)).isEqualTo(USD_37_MILLION);
        assertThat(YEN_AND_DOLLARS.amountOrZero(JPY)).isEqualTo(YEN_15_8_BILLION);
        assertThat(YEN_AND_DOLLARS.amountOrZero(eur)).isEqualTo(Amounts.of(0, "EUR"));
        assertThat(YEN_AND_DOLLARS.decimal(JPY)).isEqualByComparingTo("15800000000");
        assertThat(YEN_AND_DOLLARS.decimal(eur)).isEqualByComparingTo("0");
        assertThat(YEN_AND_DOLLARS.amounts()).containsExactly(YEN_15_8_BILLION, USD_37_MILLION);
        assertThat(YEN_AND_DOLLARS.stream()).containsExactly(YEN_15_8_BILLION, USD_37_MILLION);
        assertThat(YEN_AND_DOLLARS.toMap()).containsOnlyKeys(JPY, USD);
        assertThat(MoneyTotal.of(USD_37_MILLION).single()).isEqualTo(USD_37_MILLION);
        assertThat(MoneyTotal.empty().size()).isZero();
        assertThat(MoneyTotal.empty().isEmpty()).isTrue();
        assertThat(MoneyTotal.empty()).hasToString("[]");
    }

    @Test
    void askingForACurrencyTheTotalDoesNotHoldNamesWhatItHolds() {
        assertThatThrownBy(() -> YEN_AND_DOLLARS.amount(Amounts.currency("EUR")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("total has no EUR amount; it holds JPY, USD");
        assertThatThrownBy(() -> MoneyTotal.empty().amount("EUR"))
                .hasMessage("total has no EUR amount; it holds no currency");
        assertThatThrownBy(() -> MoneyTotal.empty().single())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("total is empty; it has no currency, so no single amount");
        assertThatThrownBy(() -> YEN_AND_DOLLARS.plus(Amounts.of(1, "EUR")).single())
                .isExactlyInstanceOf(CurrencyMixException.class)
                .hasMessage("total holds EUR and JPY and USD; convert it to one currency with a RateTable first");
    }

    @Test
    void equalTotalsHaveEqualHashCodesAndEveryDifferenceCounts() {
        MoneyTotal total = MoneyTotal.of(Amounts.of("100", "JPY"), Amounts.of("1.50", "USD"));
        MoneyTotal same = MoneyTotal.of(Amounts.of("1.5", "USD"), Amounts.of("100.00", "JPY"));
        List<MoneyTotal> different = List.of(
                MoneyTotal.of(Amounts.of("100", "JPY"), Amounts.of("1.51", "USD")),
                MoneyTotal.of(Amounts.of("100", "JPY"), Amounts.of("1.50", "EUR")),
                MoneyTotal.of(Amounts.of("100", "JPY")),
                total.plusUnvalued(1));

        assertThat(total).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(total)
                .isNotEqualTo(null).isNotEqualTo("[JPY 100; USD 1.50]");
        for (MoneyTotal d : different) {
            assertThat(total).isNotEqualTo(d);
            assertThat(d).isNotEqualTo(total);
            assertThat(d.hashCode()).as("hash of %s", d).isNotEqualTo(total.hashCode());
        }
    }

    @Test
    void builderChainsEveryKindOfAdditionAndCanGoOnAfterBuilding() {
        MoneyTotal.Builder b = MoneyTotal.builder()
                .add(USD_37_MILLION)
                .add(USD, new BigDecimal("0.25"))
                .add(USD, BigDecimal.valueOf(75, 2))
                .addOptional(Optional.of(YEN_15_8_BILLION))
                .addOptional(Optional.empty())
                .addUnvalued(2)
                .addUnvalued(0);
        MoneyTotal first = b.build();
        b.add(USD, BigDecimal.ONE).addAll(first);

        assertThat(first).hasToString("[JPY 15,800,000,000; USD 37,000,001] + 3 without value");
        assertThat(b.build()).hasToString("[JPY 31,600,000,000; USD 74,000,003] + 6 without value");
        assertThat(MoneyTotal.builder().addUnvalued(1).build()).hasToString("[] + 1 without value")
                .isNotEqualTo(MoneyTotal.empty());
        assertThat(Stream.<Optional<? extends MonetaryAmount>>of(Optional.empty())
                .collect(MoneyTotal.toTotalOfOptionals()).unvaluedCount()).isEqualTo(1);
        assertThat(MoneyTotal.empty().plusUnvalued(0)).isEqualTo(MoneyTotal.empty());
    }

    @Test
    void fortyCurrenciesAddedInTurnsKeepOneExactSumEach() {
        List<String> codes = List.of("AED", "AUD", "BGN", "BRL", "CAD", "CHF", "CLP", "CNY", "CZK", "DKK", "EGP",
                "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR", "ISK", "JPY", "KRW", "KZT", "MXN", "MYR", "NOK",
                "NZD", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "SAR", "SEK", "SGD", "THB", "TRY", "UAH", "USD",
                "ZAR");
        MoneyTotal.Builder b = MoneyTotal.builder();
        for (int round = 1; round <= 3; round++) {
            for (String code : codes) {
                b.add(Amounts.currency(code), BigDecimal.valueOf(round));
            }
        }
        MoneyTotal total = b.build();

        assertThat(total.size()).isEqualTo(40);
        for (String code : codes) {
            assertThat(total.decimal(Amounts.currency(code))).as(code).isEqualByComparingTo("6");
        }
    }

    @Test
    void theLongFastPathSpillsExactlyOnOverflowAndOnAScaleChange() {
        MoneyTotal.Builder b = MoneyTotal.builder();
        CurrencySums sums = CurrencySums.inside(b);
        sums.add(USD, Long.MAX_VALUE, 0);
        sums.add(USD, Long.MAX_VALUE, 0);
        sums.add(USD, Long.MIN_VALUE, 0);
        sums.add(USD, 1, 0);
        sums.add(USD, 5, 2);
        sums.add(USD, 7, -30);
        BigDecimal expected = BigDecimal.valueOf(Long.MAX_VALUE).add(new BigDecimal("0.05"))
                .add(new BigDecimal("7E+30"));
        assertThat(b.build().decimal(USD)).isEqualByComparingTo(expected);

        MoneyTotal.Builder down = MoneyTotal.builder();
        CurrencySums.inside(down).add(USD, Long.MIN_VALUE, 0);
        CurrencySums.inside(down).add(USD, -1, 0);
        assertThat(down.build().decimal(USD))
                .isEqualByComparingTo(BigDecimal.valueOf(Long.MIN_VALUE).subtract(BigDecimal.ONE));
    }

    @Test
    void hugeAndTinyDecimalsAreSummedExactly() {
        BigDecimal twoTo63 = BigDecimal.valueOf(2).pow(63);
        MoneyTotal total = MoneyTotal.builder()
                .add(USD, new BigDecimal("1E+30"))
                .add(USD, twoTo63)
                .add(USD, twoTo63.negate().subtract(BigDecimal.ONE))
                .add(USD, new BigDecimal("1E-20"))
                .build();

        assertThat(total.decimal(USD)).isEqualByComparingTo("999999999999999999999999999999.00000000000000000001");
        assertThat(total).hasToString("[USD 999,999,999,999,999,999,999,999,999,999.00000000000000000001]");
    }

    @Test
    void unvaluedCountsNeverWrapAround() {
        MoneyTotal full = MoneyTotal.of(Amounts.of(5, "USD")).plusUnvalued(Long.MAX_VALUE);
        MoneyTotal.Builder b = MoneyTotal.builder().add(Amounts.of(1, "USD")).addUnvalued(1);

        assertThatThrownBy(() -> full.plusUnvalued(1))
                .isExactlyInstanceOf(ArithmeticException.class)
                .hasMessage("unvalued item count would exceed 9223372036854775807: 9223372036854775807 + 1");
        assertThatThrownBy(() -> b.addAll(full)).isExactlyInstanceOf(ArithmeticException.class);
        assertThat(b.build()).as("a failed addAll adds nothing").hasToString("[USD 1] + 1 without value");
        assertThatThrownBy(() -> b.addUnvalued(Long.MAX_VALUE)).isExactlyInstanceOf(ArithmeticException.class);
        assertThat(b.build()).hasToString("[USD 1] + 1 without value");
    }

    @Test
    void parallelStreamsSumLikeSequentialOnes() {
        List<MonetaryAmount> amounts = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            amounts.add(Amounts.of(BigDecimal.valueOf(i, 2), i % 3 == 0 ? "JPY" : "USD"));
        }
        assertThat(amounts.parallelStream().collect(MoneyTotal.toTotal()))
                .isEqualTo(MoneyTotal.of(amounts))
                .hasToString("[JPY 1,668.33; USD 3,336.67]");
    }

    @Test
    void equalCurrencyUnitsOfAnotherImplementationShareOneSum() {
        CurrencyUnit otherUsd = org.javamoney.moneta.CurrencyUnitBuilder.of("USD", "another provider")
                .setDefaultFractionDigits(2).build();
        MoneyTotal total = MoneyTotal.builder().add(USD, BigDecimal.ONE).add(otherUsd, BigDecimal.ONE)
                .add(USD, BigDecimal.ONE).build();

        assertThat(total.size()).isEqualTo(1);
        assertThat(total.decimal(USD)).isEqualByComparingTo("3");
    }
}
