package io.github.pledgebook.money;

import static io.github.pledgebook.money.Fixings.FEB_16;
import static io.github.pledgebook.money.Fixings.FEB_18;
import static io.github.pledgebook.money.Fixings.FEB_19;
import static io.github.pledgebook.money.Fixings.JPY;
import static io.github.pledgebook.money.Fixings.USD;
import static io.github.pledgebook.money.Fixings.YEN_15_8_BILLION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import javax.money.convert.ConversionQuery;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.RateType;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class RateProviderTest {

    private static final ExchangeRateProvider PROVIDER = Fixings.ecb().build().asProvider(RateLookup.standard());

    private static ConversionQuery toUsdOn(LocalDate date) {
        return ConversionQueryBuilder.of().setTermCurrency("USD").set(date).build();
    }

    @Test
    void providerHonoursTheDateInTheQuery() {
        MonetaryAmount monday = YEN_15_8_BILLION.with(PROVIDER.getCurrencyConversion(toUsdOn(FEB_19)));
        MonetaryAmount sunday = YEN_15_8_BILLION.with(PROVIDER.getCurrencyConversion(toUsdOn(FEB_18)));

        assertThat(monday.getCurrency()).isEqualTo(USD);
        assertThat(Amounts.decimal(monday)).isEqualByComparingTo("105365926.1092889411473482269942446926");
        assertThat(Amounts.decimal(sunday)).isEqualByComparingTo("105206378.6389764509549415909512330756");
    }

    @Test
    void providerRateCarriesDateSourceAndChain() {
        javax.money.convert.ExchangeRate rate = PROVIDER.getExchangeRate(
                ConversionQueryBuilder.of().setBaseCurrency(JPY).setTermCurrency(USD).set(FEB_18).build());

        assertThat(rate.getFactor().numberValue(BigDecimal.class))
                .isEqualByComparingTo("0.006658631559428889300945670313369182");
        assertThat(rate.getContext().get(LocalDate.class)).isEqualTo(FEB_16);
        assertThat(rate.getContext().getProviderName()).isEqualTo("ECB");
        assertThat(rate.getContext().getRateType()).isEqualTo(RateType.HISTORIC);
        assertThat(rate.isDerived()).isTrue();
        assertThat(rate.getExchangeRateChain()).hasSize(2);
        assertThat(PROVIDER.getContext().getProviderName()).isEqualTo("pledgebook");
    }

    @Test
    void conversionKeepsDefaultContextAmountsExact() {
        CurrencyConversion toUsd = PROVIDER.getCurrencyConversion(toUsdOn(FEB_19));
        MonetaryAmount usd = Money.of(15_800_000_000L, "JPY").with(toUsd);

        assertThat(Amounts.decimal(usd)).isEqualByComparingTo("105365926.1092889411473482269942446926");
        assertThat(toUsd.getCurrency()).isEqualTo(USD);
        assertThat(toUsd.getContext().get(LocalDate.class)).isEqualTo(FEB_19);
        assertThat(toUsd.getExchangeRate(YEN_15_8_BILLION).getBaseCurrency()).isEqualTo(JPY);
        assertThat(toUsd.getExchangeRateProvider()).isSameAs(PROVIDER);
    }

    @Test
    void queryWithoutDateFailsInsteadOfReadingAClock() {
        ConversionQuery undated = ConversionQueryBuilder.of().setBaseCurrency(JPY).setTermCurrency(USD).build();

        assertThatThrownBy(() -> PROVIDER.getCurrencyConversion(undated))
                .isInstanceOf(MonetaryException.class)
                .hasMessageStartingWith("conversion query must carry the date to convert at as a LocalDate");
        assertThat(PROVIDER.isAvailable(undated)).isFalse();
    }

    @Test
    void missingRateIsAJsrConversionException() {
        CurrencyConversion early = PROVIDER.getCurrencyConversion(toUsdOn(LocalDate.of(2023, 12, 29)));

        assertThatThrownBy(() -> YEN_15_8_BILLION.with(early))
                .isInstanceOf(CurrencyConversionException.class)
                .hasMessage("no JPY/USD rate for 2023-12-29 under latest-on-or-before(4 days): "
                        + "no fixing on or before that date (later fixings are never used)");
        assertThat(PROVIDER.isAvailable(ConversionQueryBuilder.of().setBaseCurrency(JPY).setTermCurrency(USD)
                .set(FEB_19).build())).isTrue();
    }
}
