package io.github.pledgebook.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.MissingRateException;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.sample.JapanUkraine2024;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** A rate table goes where a converter is expected, and converts totals to a currency given by its code. */
class RateTableConverterTest {

    private static final RateTable RATES = JapanUkraine2024.rates();
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final LocalDate FEB_19 = JapanUkraine2024.FEB_19;
    private static final Fulfilment JAPAN =
            JapanUkraine2024.book().asOf(LocalDate.of(2024, 2, 20)).fulfilment().get(0);

    @Test
    void fulfilmentTakesTheRateTableAsItsConverter() {
        Fulfilment byTable = JAPAN.convertedTo(USD, FEB_19, RATES);
        Fulfilment byLambda = JAPAN.convertedTo(USD, FEB_19,
                (amount, target, date) -> RATES.convert(amount, target, date).amount());
        assertThat(byTable).isEqualTo(byLambda);
        assertThat(byTable.announced().amount(USD)).hasToString(
                RATES.convert(JAPAN.announced(), USD, FEB_19).amount().toString());
        assertThat(byTable.announced().toString()).isEqualTo("[USD 142,365,926.1092889411473482269942446926]");
        assertThat(byTable.rateDate()).contains(FEB_19);
        assertThat(byTable.disbursed().unvaluedCount()).isEqualTo(1);
    }

    @Test
    void aConverterOfATableConvertsExactlyAndRefusesToGuess() {
        AmountConverter converter = AmountConverter.of(RATES);
        assertThat(Amounts.decimal(converter.convert(Amounts.of(15_800_000_000L, "JPY"), USD, FEB_19)))
                .isEqualByComparingTo(RATES.convert(Amounts.of(15_800_000_000L, "JPY"), USD, FEB_19).decimal());
        assertThatThrownBy(() -> converter.convert(Amounts.of(1, "GBP"), USD, FEB_19))
                .isInstanceOf(MissingRateException.class);
        assertThatThrownBy(() -> JAPAN.convertedTo(USD, LocalDate.of(2023, 1, 1), RATES))
                .isInstanceOf(MissingRateException.class);
        assertThatThrownBy(() -> AmountConverter.of(null)).hasMessage("rate table is required, was null");
        assertThatThrownBy(() -> JAPAN.convertedTo(USD, FEB_19, (RateTable) null))
                .hasMessage("rate table is required, was null");
    }

    @Test
    void totalsConvertToACurrencyGivenByItsCode() {
        MoneyTotal both = MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"), Amounts.of(37_000_000, "USD"));
        ConvertedTotal byCode = RATES.convert(both, "USD", FEB_19);
        assertThat(byCode).isEqualTo(RATES.convert(both, USD, FEB_19));
        assertThat(byCode.rounded(RoundingMode.HALF_EVEN).getNumber().toString()).isEqualTo("142365926.11");
        assertThatThrownBy(() -> RATES.convert(both, "usd", FEB_19))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"usd\"");
        assertThatThrownBy(() -> RATES.convert(both, (String) null, FEB_19))
                .hasMessage("target currency is required, was null");
        assertThatThrownBy(() -> RATES.convert((MoneyTotal) null, "USD", FEB_19))
                .hasMessage("total to convert is required, was null");
    }
}
