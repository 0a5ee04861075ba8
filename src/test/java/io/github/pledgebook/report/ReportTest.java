package io.github.pledgebook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.JapanUkraine2024;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.GroupBy;
import io.github.pledgebook.timeline.PledgeBook;
import java.time.YearMonth;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static Map<String, MoneyTotal> byStage() {
        Map<String, MoneyTotal> m = new LinkedHashMap<>();
        m.put("reported", MoneyTotal.of(Amounts.of(106_000_000, "USD")));
        m.put("announced", MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"), Amounts.of(37_000_000, "USD")));
        m.put("disbursed", MoneyTotal.empty().plusUnvalued(2));
        return m;
    }

    private static Map<String, MoneyTotal> quarters() {
        Map<String, MoneyTotal> m = new LinkedHashMap<>();
        m.put("2024-Q1", MoneyTotal.of(Amounts.of(37_000_000, "USD")));
        m.put("2024-Q2", MoneyTotal.of(Amounts.of("12.5", "USD")));
        m.put("2024-Q3", MoneyTotal.of(Amounts.of(74_000_000, "USD"), Amounts.of(5, "EUR")));
        return m;
    }

    @Test
    void totalsTableHasOneRightAlignedColumnPerCurrencyAndCountsItemsWithoutValue() {
        assertThat(Report.totals("stage", byStage(), 80)).isEqualTo(""
                + "stage                 JPY          USD  without value\n"
                + "---------  --------------  -----------  -------------\n"
                + "reported                   106,000,000\n"
                + "announced  15,800,000,000   37,000,000\n"
                + "disbursed                                           2\n");
    }

    @Test
    void narrowTotalsTableSplitsIntoBlocksAndNeverCutsAnAmount() {
        String text = Report.totals("stage", byStage(), 30);
        assertThat(text).isEqualTo(""
                + "stage                 JPY\n"
                + "---------  --------------\n"
                + "reported\n"
                + "announced  15,800,000,000\n"
                + "disbursed\n"
                + "\n"
                + "stage              USD\n"
                + "---------  -----------\n"
                + "reported   106,000,000\n"
                + "announced   37,000,000\n"
                + "disbursed\n"
                + "\n"
                + "stage      without value\n"
                + "---------  -------------\n"
                + "reported\n"
                + "announced\n"
                + "disbursed              2\n");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(30));
    }

    @Test
    void totalsKeepEveryDigitWithoutScientificNotation() {
        Map<String, MoneyTotal> m = new LinkedHashMap<>();
        m.put("huge", MoneyTotal.of(Amounts.of("1000000000000000000000000000000", "USD")));
        m.put("tiny", MoneyTotal.of(Amounts.of("0.00000000000000000001", "USD")));
        m.put("round", MoneyTotal.of(Amounts.of("1E+3", "USD")));
        assertThat(Report.totals("row", m, 80)).isEqualTo(""
                + "row                                          USD\n"
                + "-----  -----------------------------------------\n"
                + "huge   1,000,000,000,000,000,000,000,000,000,000\n"
                + "tiny                      0.00000000000000000001\n"
                + "round                                      1,000\n");
    }

    @Test
    void historyListsEveryEventWithSourceAndRemarks() {
        assertThat(Report.history(JapanUkraine2024.RECONSTRUCTION, 70)).isEqualTo(""
                + "Pledge[jp-erp3 Government of Japan -> Ukraine JPY 15,800,000,000 committed 2024-02-19]\n"
                + "date        stage                  amount  source        remarks\n"
                + "----------  ---------  ------------------  ------------  -------------\n"
                + "2024-02-11  reported      USD 106,000,000  Kyodo News ~  expected 202~\n"
                + "2024-02-19  announced  JPY 15,800,000,000  Ministry of~\n"
                + "2024-02-19  committed  JPY 15,800,000,000  Ministry of~  memorandum j~\n");
    }

    @Test
    void chartScalesBarsToTheLargestValueAndSaysWhatItCouldNotDraw() {
        Map<String, MoneyTotal> disbursed = new LinkedHashMap<>();
        disbursed.put("2024-Q1", MoneyTotal.of(Amounts.of(20_000_000, "USD")));
        Map<String, Map<String, MoneyTotal>> series = new LinkedHashMap<>();
        series.put("announced", quarters());
        series.put("disbursed", disbursed);
        assertThat(Report.chart("Japan to Ukraine", Amounts.currency("USD"), series, 60)).isEqualTo(""
                + "Japan to Ukraine (USD; # announced, = disbursed)\n"
                + "2024-Q1  announced  ##############                37,000,000\n"
                + "         disbursed  ========                      20,000,000\n"
                + "2024-Q2  announced  #                                  12.50\n"
                + "         disbursed                                         0\n"
                + "2024-Q3  announced  ############################  74,000,000\n"
                + "         disbursed                                         0\n"
                + "not drawn: amounts in EUR (convert first)\n");
    }

    @Test
    void sameInputGivesSameText() {
        assertThat(Report.totals("stage", byStage(), 50)).isEqualTo(Report.totals("stage", byStage(), 50));
    }

    @Test
    void tooNarrowAWidthIsAClearError() {
        assertThatThrownBy(() -> Report.totals("stage", byStage(), 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max width must leave room for column \"JPY\" (24 characters), was 12");
        assertThatThrownBy(() -> Report.chart("t", Amounts.currency("USD"), Map.of("a", quarters()), 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("max width must leave room for bars");
    }

    @Test
    void tableRowsMustMatchTheColumns() {
        assertThatThrownBy(() -> TextTable.builder().left("a").right("b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row must have 2 cells, one per column [a, b], was 1: [only one]");
        assertThatThrownBy(() -> TextTable.builder().left("a").row((String) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row cells must be one-line text, was [null]");
    }

    private static final PledgeBook BOOK = PledgeBook.builder()
            .addPledges(JapanUkraine2024.RECONSTRUCTION, JapanUkraine2024.ANTI_DRONE)
            .addConferences(JapanUkraine2024.TOKYO).addMemoranda(JapanUkraine2024.GRANT_AGREEMENT)
            .build();

    @Test
    void stagesTableShowsEveryStageOnItsOwnRowNeverSummed() {
        assertThat(Report.stages(BOOK.asOf(JapanUkraine2024.FEB_20), 80)).isEqualTo(""
                + "as of 2024-02-20\n"
                + "stage                 JPY          USD\n"
                + "---------  --------------  -----------\n"
                + "reported                   106,000,000\n"
                + "announced  15,800,000,000   37,000,000\n"
                + "committed  15,800,000,000\n"
                + "disbursed\n");
    }

    @Test
    void seriesTableHasOneRowPerPeriod() {
        assertThat(Report.series(BOOK.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 1), YearMonth.of(2024, 3)), true, 80))
                .isEqualTo(""
                        + "announced (cumulative)             JPY         USD\n"
                        + "----------------------  --------------  ----------\n"
                        + "2024-01                                 37,000,000\n"
                        + "2024-02                 15,800,000,000  37,000,000\n"
                        + "2024-03                 15,800,000,000  37,000,000\n");
        assertThat(Report.series(BOOK.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 1), YearMonth.of(2024, 3)), false, 80))
                .contains("2024-03\n");
    }

    @Test
    void groupedTableNamesGroupsAndKeepsPledgesWithoutAKey() {
        assertThat(Report.grouped(BOOK.asOf(JapanUkraine2024.FEB_20).grouped(Stage.ANNOUNCED, GroupBy.channel()), 80))
                .isEqualTo(""
                        + "announced                                                    JPY         USD\n"
                        + "------------------------------------------------  --------------  ----------\n"
                        + "NATO Comprehensive Assistance Package Trust Fund                  37,000,000\n"
                        + "(none)                                            15,800,000,000\n");
    }

    @Test
    void chartOfSeriesNamesEachStage() {
        assertThat(Report.chart("Japan to Ukraine", Amounts.currency("USD"), List.of(
                BOOK.monthly(Stage.REPORTED, YearMonth.of(2024, 1), YearMonth.of(2024, 2)),
                BOOK.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 1), YearMonth.of(2024, 2))), 70)).isEqualTo(""
                + "Japan to Ukraine (USD; # reported, = announced)\n"
                + "2024-01  reported                                                    0\n"
                + "         announced  =============                           37,000,000\n"
                + "2024-02  reported   #####################################  106,000,000\n"
                + "         announced                                                   0\n"
                + "not drawn: amounts in JPY (convert first)\n");
    }
}
