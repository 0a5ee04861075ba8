package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

/** The documented rule: amounts compare numerically, so JPY 100 equals JPY 100.00, and never across currencies. */
class AmountEqualityTest {

    private static final MonetaryAmount JPY_100 = Amounts.of("100", "JPY");
    private static final MonetaryAmount JPY_100_00 = Amounts.of("100.00", "JPY");

    private static Pledge pledgeOf(MonetaryAmount amount) {
        return Pledge.builder().id("p").donor(JAPAN).recipient(UKRAINE)
                .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                .addEvent(PledgeEvent.announced(FEB_19, amount, MOFA_FEB_19))
                .build();
    }

    @Test
    void jpy100EqualsJpy100Point00() {
        assertThat(JPY_100).isEqualTo(JPY_100_00).hasSameHashCodeAs(JPY_100_00);
        assertThat(Amounts.decimal(JPY_100)).isEqualByComparingTo(Amounts.decimal(JPY_100_00));
        assertThat(Amounts.of(new BigDecimal("1E+2"), "JPY")).isEqualTo(JPY_100);
    }

    @Test
    void eventsAndPledgesWithNumericallyEqualAmountsAreEqual() {
        PledgeEvent plain = PledgeEvent.announced(FEB_19, JPY_100, MOFA_FEB_19);
        PledgeEvent scaled = PledgeEvent.announced(FEB_19, JPY_100_00, MOFA_FEB_19);
        assertThat(plain).isEqualTo(scaled).hasSameHashCodeAs(scaled);
        assertThat(pledgeOf(JPY_100)).isEqualTo(pledgeOf(JPY_100_00)).hasSameHashCodeAs(pledgeOf(JPY_100_00));
    }

    @Test
    void anyJsr354AmountIsTakenExactlySoFastMoneyEqualsMoney() {
        PledgeEvent fromFast = PledgeEvent.announced(FEB_19, FastMoney.of(100, "JPY"), MOFA_FEB_19);
        assertThat(fromFast.amount().orElseThrow().getContext()).isEqualTo(Amounts.EXACT);
        assertThat(fromFast).isEqualTo(PledgeEvent.announced(FEB_19, JPY_100, MOFA_FEB_19));
        assertThat(pledgeOf(FastMoney.of(100, "JPY"))).isEqualTo(pledgeOf(JPY_100));
    }

    @Test
    void equalNumbersInDifferentCurrenciesAreNeverEqual() {
        assertThat(Amounts.of(100, "USD")).isNotEqualTo(JPY_100);
        assertThat(pledgeOf(Amounts.of(100, "USD"))).isNotEqualTo(pledgeOf(JPY_100));
        assertThat(pledgeOf(Amounts.of("100.01", "JPY"))).isNotEqualTo(pledgeOf(JPY_100));
    }

    @Test
    void anEventKeepsTheNumberAndCurrencyAndMakesAnEqualAmountWhenAsked() {
        PledgeEvent e = PledgeEvent.builder().date(FEB_19).stage(Stage.ANNOUNCED).source(MOFA_FEB_19)
                .amount(new BigDecimal("0.10"), Amounts.currency("USD")).build();
        assertThat(e.amountNumber()).hasValueSatisfying(n -> assertThat(n).isEqualTo(new BigDecimal("0.10")));
        assertThat(e.amountCurrency()).contains(Amounts.currency("USD"));
        assertThat(e.amount()).contains(Amounts.of("0.10", "USD"));
        assertThat(e.amount().get().getContext()).isEqualTo(Amounts.EXACT);
        assertThat(e).isEqualTo(PledgeEvent.announced(FEB_19, Amounts.of("0.1", "USD"), MOFA_FEB_19))
                .hasSameHashCodeAs(PledgeEvent.announced(FEB_19, Amounts.of("0.1", "USD"), MOFA_FEB_19))
                .isNotEqualTo(PledgeEvent.announced(FEB_19, Amounts.of("0.1", "EUR"), MOFA_FEB_19))
                .isNotEqualTo(PledgeEvent.announced(FEB_19, Amounts.of("0.11", "USD"), MOFA_FEB_19));
        PledgeEvent cancelled = PledgeEvent.cancelled(FEB_19, MOFA_FEB_19);
        assertThat(cancelled.amount()).isEmpty();
        assertThat(cancelled.amountNumber()).isEmpty();
        assertThat(cancelled.amountCurrency()).isEmpty();
        assertThat(cancelled).isNotEqualTo(e);
        assertThat(e).isNotEqualTo(cancelled);
    }

    /**
     * An event keeps its number as an unscaled long and a scale when they hold it, else whole: either way it gives
     * back the very number it was given, scale included, and equal numbers make equal events.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0.10", "1", "1E+2", "2.8095775E+8", "106000000",
        "999999999999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "12254.249999999998", "1234567890123456789012345.5", "0.000000000000000000000000001", "1E+99", "-3E+81",
        "1E-90", "7.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "000000000000000000000000000000000000000000000000000000000"})
    void anEventGivesBackTheNumberItWasGivenScaleAndAll(String text) {
        BigDecimal number = new BigDecimal(text);
        PledgeEvent e = PledgeEvent.builder().date(FEB_19).stage(Stage.COMMITTED).source(MOFA_FEB_19)
                .addsToStage(true).amount(number, Amounts.currency("USD")).build();
        assertThat(e.amountNumber()).hasValue(number);
        assertThat(e.amountNumber().get().scale()).isEqualTo(number.scale());
        PledgeEvent stripped = PledgeEvent.builder().from(e).amount(number.stripTrailingZeros(),
                Amounts.currency("USD")).build();
        assertThat(stripped).isEqualTo(e).hasSameHashCodeAs(e);
        PledgeEvent other = PledgeEvent.builder().from(e).amount(number.add(BigDecimal.ONE), Amounts.currency("USD"))
                .build();
        assertThat(other).isNotEqualTo(e);
        assertThat(e.withNote("copied").amountNumber()).hasValue(number);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "1E+100 | digits before the decimal point", "-2E+127 | digits before the decimal point",
        "1E-101 | digits after the decimal point", "3E-127 | digits after the decimal point"})
    void aNumberOfFewDigitsButAFarScaleIsStillRefused(String text, String why) {
        PledgeEvent.Builder b = PledgeEvent.builder().date(FEB_19).stage(Stage.COMMITTED).source(MOFA_FEB_19)
                .addsToStage(true).amount(new BigDecimal(text), Amounts.currency("USD"));
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(why);
    }

    @Test
    void theNumberAndCurrencyBuilderChecksLikeEveryAmount() {
        PledgeEvent.Builder b = PledgeEvent.builder().date(FEB_19).stage(Stage.ANNOUNCED).source(MOFA_FEB_19);
        assertThatThrownBy(() -> b.amount(null, Amounts.currency("USD"))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("event amount number");
        assertThatThrownBy(() -> b.amount(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("event amount currency");
        assertThatThrownBy(() -> b.amount(new BigDecimal("-5"), Amounts.currency("USD")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event on 2024-02-19 (announced) has amount USD -5, expected a positive amount");
        // a subclass of BigDecimal (which could change under the event) is copied into a plain one
        BigDecimal sneaky = new BigDecimal("7") {
        };
        PledgeEvent e = b.amount(sneaky, Amounts.currency("USD")).build();
        assertThat(e.amountNumber().get().getClass()).isEqualTo(BigDecimal.class);
        assertThat(e.amountNumber().get()).isEqualTo(new BigDecimal("7"));
        // one that misstates its digits is read by its unscaled value and scale, as a plain one would be
        BigDecimal liar = new BigDecimal("123456789012345678901234567890") {
            @Override
            public int precision() {
                return 1;
            }
        };
        assertThat(b.amount(liar, Amounts.currency("USD")).build().amountNumber())
                .hasValue(new BigDecimal("123456789012345678901234567890"));
    }
}
