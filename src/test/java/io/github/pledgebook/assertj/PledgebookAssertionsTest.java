package io.github.pledgebook.assertj;

import static io.github.pledgebook.assertj.PledgebookAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Source;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.Conversion;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.sample.JapanUkraine2024;
import io.github.pledgebook.timeline.PledgeBook;
import io.github.pledgebook.timeline.StageTotal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * For each assertion type, a passing and a failing assertion, and the failure message a test writer reads: the whole
 * value under test and what differed. Amounts compare exactly and by value.
 */
class PledgebookAssertionsTest {

    private static final PledgeBook BOOK = JapanUkraine2024.book();
    private static final LocalDate FEB_15 = LocalDate.of(2024, 2, 15);
    private static final LocalDate FEB_16 = LocalDate.of(2024, 2, 16);
    private static final LocalDate FEB_18 = LocalDate.of(2024, 2, 18);
    private static final LocalDate FEB_19 = JapanUkraine2024.FEB_19;
    private static final LocalDate FEB_20 = LocalDate.of(2024, 2, 20);
    private static final RateTable RATES = JapanUkraine2024.rates();

    @Test
    void moneyTotalComparesExactlyByValueAndShowsTheWholeTotal() {
        MoneyTotal total = MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"), Amounts.of(37_000_000, "USD"));
        assertThat(total).hasAmount("JPY", "15800000000.00").hasAmount("USD", "37000000")
                .hasCurrencies("USD", "JPY").hasNoAmountIn("EUR").hasUnvaluedCount(0);
        assertThat(MoneyTotal.empty()).isEmptyTotal();
        assertThatThrownBy(() -> assertThat(total).hasAmount("JPY", "15800000001"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage(String.format("%nExpecting total:%n  [JPY 15,800,000,000; USD 37,000,000]%nto hold:%n"
                        + "  JPY 15,800,000,001%nbut it holds JPY 15,800,000,000"));
        assertThatThrownBy(() -> assertThat(total).hasAmount("EUR", "1"))
                .hasMessageContaining("but it holds no EUR (only JPY, USD)");
        assertThatThrownBy(() -> assertThat(total).hasCurrencies("JPY"))
                .hasMessageContaining("to hold exactly the currencies [JPY]").hasMessageContaining("[JPY, USD]");
        assertThatThrownBy(() -> assertThat(total).hasNoAmountIn("USD"))
                .hasMessageContaining("to hold nothing in USD").hasMessageContaining("but it holds USD 37,000,000");
        assertThatThrownBy(() -> assertThat(total.plusUnvalued(2)).hasUnvaluedCount(1))
                .hasMessageContaining("[JPY 15,800,000,000; USD 37,000,000] + 2 without value")
                .hasMessageContaining("to count 1 items without money value").hasMessageEndingWith("but it counts 2");
        assertThatThrownBy(() -> assertThat(total).isEmptyTotal()).hasMessageContaining("to be empty");
    }

    @Test
    void stageTotalFromTheIssuesExampleAndItsFailureMessage() {
        StageTotal announced = BOOK.asOf(FEB_20).announced();
        assertThat(announced).hasAmount("JPY", "15800000000").hasPledgeCount(2).hasStage(Stage.ANNOUNCED)
                .isAsOf(FEB_20).hasCurrencies("JPY", "USD").hasNoAmountIn("EUR").hasUnvaluedCount(0)
                .hasTotal(MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"), Amounts.of(37_000_000, "USD")))
                .total().hasAmount("USD", "37000000.00");
        assertThat(BOOK.asOf(FEB_15).committed()).hasNothing();
        AssertionFailedError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionFailedError.class,
                () -> assertThat(announced).hasAmount("JPY", "15800000000").hasPledgeCount(3));
        assertThat(e).hasMessage(String.format("%nExpecting stage total:%n  announced as of 2024-02-20: "
                + "[JPY 15,800,000,000; USD 37,000,000] from 2 pledges%nto count 3 pledges%nbut it counts 2"));
        assertThat(e.getActual().getValue()).isEqualTo(2L);
        assertThat(e.getExpected().getValue()).isEqualTo(3L);
        assertThatThrownBy(() -> assertThat(announced).hasAmount("USD", "37000000.01"))
                .hasMessageContaining("to hold:%n  USD 37,000,000.01%nbut it holds USD 37,000,000".formatted());
        assertThatThrownBy(() -> assertThat(announced).hasStage(Stage.COMMITTED))
                .hasMessageEndingWith("to be of stage committed%nbut it is of stage announced".formatted());
        assertThatThrownBy(() -> assertThat(announced).isAsOf(FEB_19)).hasMessageContaining("to be as of 2024-02-19");
        assertThatThrownBy(() -> assertThat(BOOK.asOf(FEB_20).disbursed()).hasNothing())
                .hasMessageContaining("disbursed as of 2024-02-20: [] + 1 without value from 1 pledge");
        assertThatThrownBy(() -> assertThat(announced).hasTotal(MoneyTotal.empty()))
                .hasMessageContaining("to be:%n  []%nbut it is:%n  [JPY 15,800,000,000; USD 37,000,000]".formatted());
        assertThatThrownBy(() -> assertThat(announced).as("Japan on 20 Feb").hasPledgeCount(1))
                .hasMessageStartingWith("[Japan on 20 Feb] ");
    }

    @Test
    void conversionFromTheIssuesExampleAndItsFailureMessage() {
        Conversion sunday = RATES.convert(Amounts.of(15_800_000_000L, "JPY"), "USD", FEB_18);
        String rounded = sunday.rounded(RoundingMode.HALF_EVEN).getNumber().toString();
        assertThat(sunday).usedRateOf(FEB_16).crossedVia("EUR").usedSource("ECB")
                .roundsTo(RoundingMode.HALF_EVEN, "USD", rounded)
                .hasAmount("USD", sunday.decimal().toPlainString() + "000");
        assertThatThrownBy(() -> assertThat(sunday).usedRateOf(FEB_18))
                .hasMessageContaining("to use a rate of 2024-02-18%nbut it used the rate of 2024-02-16:".formatted())
                .hasMessageContaining("JPY 15,800,000,000");
        assertThatThrownBy(() -> assertThat(sunday).crossedVia("GBP"))
                .hasMessageContaining("to cross via GBP%nbut its rate was crossed via EUR:".formatted());
        Conversion direct = RateTable.parse("USD/JPY 150 2024-02-19 Fed").convert(Amounts.of(150, "JPY"), "USD",
                FEB_19);
        assertThatThrownBy(() -> assertThat(direct).crossedVia("EUR"))
                .hasMessageContaining("but its rate was inverted:");
        assertThatThrownBy(() -> assertThat(direct).usedSource("ECB")).hasMessageContaining("USD/JPY 150");
        assertThatThrownBy(() -> assertThat(direct).hasAmount("USD", "1.01"))
                .hasMessageContaining("to give exactly:%n  USD 1.01%nbut it gives:%n  USD 1.00".formatted());
        assertThatThrownBy(() -> assertThat(sunday).roundsTo(RoundingMode.HALF_EVEN, "USD", "1"))
                .hasMessageContaining("rounded HALF_EVEN to be:%n  USD 1%nbut it is:".formatted());
    }

    @Test
    void convertedTotalPassesAndFails() {
        ConvertedTotal usd = RATES.convert(BOOK.asOf(FEB_20).announced().total(), Amounts.currency("USD"), FEB_19);
        assertThat(usd).roundsTo(RoundingMode.HALF_EVEN, "USD", "142365926.11").usedRateOf(FEB_19)
                .crossedVia("EUR").hasConversionCount(2).hasUnvaluedCount(0)
                .hasAmount("USD", usd.decimal().toPlainString());
        assertThatThrownBy(() -> assertThat(usd).roundsTo(RoundingMode.HALF_EVEN, "USD", "142365926.10"))
                .hasMessageContaining("USD 142,365,926.10%nbut it is:%n  USD 142,365,926.11".formatted());
        assertThatThrownBy(() -> assertThat(usd).usedRateOf(FEB_16))
                .hasMessageContaining("to use a rate of 2024-02-16%nbut it used the rates of [2024-02-19]"
                        .formatted());
        assertThatThrownBy(() -> assertThat(usd).hasConversionCount(1)).hasMessageContaining("made of 2");
        assertThatThrownBy(() -> assertThat(usd).crossedVia("GBP")).hasMessageContaining("to cross every rate via GBP");
        assertThatThrownBy(() -> assertThat(usd).hasAmount("USD", "142365926.11"))
                .hasMessageContaining("to be exactly:%n  USD 142,365,926.11".formatted());
        assertThatThrownBy(() -> assertThat(usd).hasUnvaluedCount(1)).hasMessageEndingWith("but it counts 0");
    }

    @Test
    void pledgePassesAndFails() {
        Pledge erp = JapanUkraine2024.RECONSTRUCTION;
        assertThat(erp).hasId("jp-erp3").hasDonor("jp-gov").hasEventCount(3).hasStageOn(FEB_15, Stage.REPORTED)
                .isReportOnlyOn(FEB_15).hasAmountOn(FEB_15, "USD", "106000000.00")
                .hasAmountOn(FEB_19, "JPY", "15800000000");
        Pledge cancelled = erp.withEvent(PledgeEvent.cancelled(FEB_20, Source.official("MOFA", FEB_20)));
        assertThat(cancelled).isCancelledOn(FEB_20);
        assertThatThrownBy(() -> assertThat(erp).hasStageOn(FEB_15, Stage.ANNOUNCED))
                .hasMessage(String.format("%nExpecting pledge:%n  %s%nto be announced on 2024-02-15%n"
                        + "but it was reported", erp));
        assertThatThrownBy(() -> assertThat(erp).hasAmountOn(FEB_19, "USD", "106000000"))
                .hasMessageEndingWith("to stand at USD 106,000,000 on 2024-02-19%nbut it stood at JPY 15,800,000,000"
                        .formatted());
        assertThatThrownBy(() -> assertThat(erp).hasAmountOn(LocalDate.of(2024, 1, 1), "USD", "1"))
                .hasMessageEndingWith("but it stood at no amount");
        assertThatThrownBy(() -> assertThat(erp).isReportOnlyOn(FEB_20)).hasMessageEndingWith("but it was committed");
        assertThatThrownBy(() -> assertThat(erp).isCancelledOn(FEB_20)).hasMessageEndingWith("but it was committed");
        assertThatThrownBy(() -> assertThat(erp).hasId("jp-erp4")).hasMessageEndingWith("but its id is jp-erp3");
        assertThatThrownBy(() -> assertThat(erp).hasDonor("de-gov")).hasMessageContaining("to be given by donor de-gov");
        assertThatThrownBy(() -> assertThat(erp).hasEventCount(2)).hasMessageContaining("to have 2 events");
    }

    @Test
    void pledgeStatePassesAndFails() {
        assertThat(BOOK.stateOf("jp-erp3", FEB_20)).hasStage(Stage.COMMITTED).hasAmount("JPY", "15800000000")
                .hasOutstanding("JPY", "15800000000").isNotCancelled();
        assertThat(BOOK.stateOf("jp-erp3", LocalDate.of(2024, 2, 10))).hasNoStage();
        assertThatThrownBy(() -> assertThat(BOOK.stateOf("jp-erp3", FEB_15)).hasStage(Stage.ANNOUNCED))
                .hasMessage(String.format("%nExpecting pledge state:%n  jp-erp3 on 2024-02-15: reported, "
                        + "USD 106,000,000%nto be at stage announced%nbut it is reported"));
        assertThatThrownBy(() -> assertThat(BOOK.stateOf("jp-erp3", FEB_20)).hasDisbursed("JPY", "1"))
                .hasMessageEndingWith("to have disbursed sum:%n  JPY 1%nbut it has no amount".formatted());
        assertThatThrownBy(() -> assertThat(BOOK.stateOf("jp-erp3", FEB_20)).hasOutstanding("USD", "1"))
                .hasMessageContaining("but it holds no USD (only JPY)");
        assertThatThrownBy(() -> assertThat(BOOK.stateOf("jp-erp3", FEB_20)).isCancelled())
                .hasMessageEndingWith("to be cancelled%nbut it is committed".formatted());
        assertThatThrownBy(() -> assertThat(BOOK.stateOf("jp-erp3", FEB_20)).hasNoStage())
                .hasMessageEndingWith("but it is committed");
        assertThatThrownBy(() -> assertThat(BOOK.stateOf("jp-erp3", FEB_20)).hasAmount("JPY", "15800000001"))
                .hasMessageEndingWith("but it has JPY 15,800,000,000");
    }

    @Test
    void pledgeBookPassesAndFailsAndLeadsToTotalsAndStates() {
        assertThat(BOOK).hasPledgeCount(3).containsPledge("jp-erp3").hasCounts(1, 1, 1)
                .totalAsOf(Stage.ANNOUNCED, FEB_20).hasAmount("JPY", "15800000000").hasPledgeCount(2);
        assertThat(BOOK).stateOf("jp-erp3", FEB_15).hasStage(Stage.REPORTED);
        assertThatThrownBy(() -> assertThat(BOOK).hasPledgeCount(4))
                .hasMessage(String.format("%nExpecting book:%n  PledgeBook[3 pledges, 1 conference, 1 memorandum, "
                        + "1 milestone]%nto hold 4 pledges%nbut it holds 3"));
        assertThatThrownBy(() -> assertThat(BOOK).containsPledge("jp-erp9"))
                .hasMessageEndingWith("but its pledges are [jp-generators, jp-nato-antidrone, jp-erp3]");
        assertThatThrownBy(() -> assertThat(BOOK).hasCounts(1, 4, 1)).hasMessageEndingWith("but it holds 1, 1 and 1");
        assertThatThrownBy(() -> assertThat(BOOK).totalAsOf(Stage.COMMITTED, FEB_15).hasAmount("JPY", "1"))
                .hasMessageStartingWith("[committed of PledgeBook[3 pledges")
                .hasMessageContaining("but it holds no JPY (it holds no money at all)");
        assertThatThrownBy(() -> assertThat(BOOK).stateOf("nope", FEB_15)).hasMessageContaining("to hold pledge nope");
    }

    @Test
    void nullActualsAndBadExpectationsFailClearly() {
        assertThatThrownBy(() -> assertThat((MoneyTotal) null).hasAmount("JPY", "1"))
                .hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> assertThat(MoneyTotal.empty()).hasAmount("JPY", "lots"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount must be a decimal number");
        assertThat(List.of(1)).hasSize(1);
    }
}
