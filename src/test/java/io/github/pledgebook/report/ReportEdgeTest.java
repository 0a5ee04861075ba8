package io.github.pledgebook.report;

import static io.github.pledgebook.JapanUkraine2024.FEB_19;
import static io.github.pledgebook.JapanUkraine2024.FEB_20;
import static io.github.pledgebook.JapanUkraine2024.KYODO;
import static io.github.pledgebook.JapanUkraine2024.MOFA_FEB_19;
import static io.github.pledgebook.JapanUkraine2024.UKRAINE;
import static io.github.pledgebook.JapanUkraine2024.JAPAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.Series;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Report edge cases: exact widths, limits, items that cannot be drawn, and bad input. */
class ReportEdgeTest {

    private static final CurrencyUnit USD = Amounts.currency("USD");

    private static Map<String, MoneyTotal> oneQuarter(MoneyTotal total) {
        Map<String, MoneyTotal> m = new LinkedHashMap<>();
        m.put("Q1", total);
        return m;
    }

    @Test
    void chartFitsExactlyTheNarrowestWidthThatLeavesOneBarCharacter() {
        Map<String, Map<String, MoneyTotal>> series = Map.of("a", oneQuarter(MoneyTotal.of(Amounts.of(5, "USD"))));

        assertThat(Report.chart("t", USD, series, 11)).isEqualTo("t (USD; # a)\nQ1  a  #  5\n");
        assertThatThrownBy(() -> Report.chart("t", USD, series, 10))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("max width must leave room for bars beside labels and amounts (11 characters at least), "
                        + "was 10");
        assertThatThrownBy(() -> Report.chart("t", USD, series, 5))
                .hasMessage("max width must leave room for bars beside labels and amounts (11 characters at least), "
                        + "was 5");
    }

    @Test
    void chartSaysHowManyItemsWithoutValueItCouldNotDraw() {
        Map<String, MoneyTotal> periods = new LinkedHashMap<>();
        periods.put("Q1", MoneyTotal.of(Amounts.of(4, "USD")).plusUnvalued(1));
        periods.put("Q2", MoneyTotal.of(Amounts.of(2, "USD")).plusUnvalued(2));

        assertThat(Report.chart("t", USD, Map.of("a", periods), 20)).isEqualTo(""
                + "t (USD; # a)\n"
                + "Q1  a  ##########  4\n"
                + "Q2  a  #####       2\n"
                + "not drawn: 3 items without value\n");
        periods.put("Q3", MoneyTotal.of(Amounts.of(1, "EUR")));
        assertThat(Report.chart("t", USD, Map.of("a", periods), 20))
                .endsWith("\nnot drawn: amounts in EUR (convert first); 3 items without value\n");
    }

    @Test
    void chartDrawsUpToSixSeriesEachWithItsOwnCharacter() {
        Map<String, Map<String, MoneyTotal>> series = new LinkedHashMap<>();
        for (String name : List.of("a", "b", "c", "d", "e", "f")) {
            series.put(name, oneQuarter(MoneyTotal.of(Amounts.of(1, "USD"))));
        }
        assertThat(Report.chart("t", USD, series, 40).lines().findFirst())
                .contains("t (USD; # a, = b, * c, + d, o e, % f)");
        series.put("g", oneQuarter(MoneyTotal.empty()));
        assertThatThrownBy(() -> Report.chart("t", USD, series, 40))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("chart can draw at most 6 series, was 7: [a, b, c, d, e, f, g]");
    }

    @Test
    void historyShowsEveryRemarkOfAnEvent() {
        Pledge p = Pledge.builder().id("p1").donor(JAPAN).recipient(UKRAINE)
                .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                .addEvent(PledgeEvent.reported(FEB_19, Amounts.of(5, "USD"), KYODO)
                        .withExpectedDate(FEB_20).withMemorandumId("m1").withKnownOn(FEB_20).withNote("a note"))
                .build();

        assertThat(Report.history(p, 200)).isEqualTo(""
                + "Pledge[p1 Government of Japan -> Ukraine USD 5 reported 2024-02-19]\n"
                + "date        stage     amount  source                        "
                + "remarks\n"
                + "----------  --------  ------  ----------------------------  "
                + "------------------------------------------------------------\n"
                + "2024-02-19  reported   USD 5  Kyodo News (unnamed sources)  "
                + "expected 2024-02-20; memorandum m1; known 2024-02-20; a note\n");
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        Map<String, MoneyTotal> withNull = new LinkedHashMap<>();
        withNull.put("announced", null);
        Map<String, Map<String, MoneyTotal>> seriesWithNullTotal = Map.of("a", withNull);
        Map<String, Map<String, MoneyTotal>> nullSeries = new LinkedHashMap<>();
        nullSeries.put("a", null);
        Map<String, Map<String, MoneyTotal>> unnamedSeries = new LinkedHashMap<>();
        unnamedSeries.put(null, oneQuarter(MoneyTotal.empty()));

        assertThatThrownBy(() -> Report.totals("stage", withNull, 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("total for announced is null");
        assertThatThrownBy(() -> Report.totals(null, Map.of(), 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("label header is required, was null");
        assertThatThrownBy(() -> Report.totals("stage", null, 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("rows are required, was null");
        assertThatThrownBy(() -> Report.history(null, 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("pledge is required, was null");
        assertThatThrownBy(() -> Report.chart("t", USD, seriesWithNullTotal, 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("total of series a for announced is null");
        assertThatThrownBy(() -> Report.chart("t", USD, nullSeries, 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("totals of series a are required, was null");
        assertThatThrownBy(() -> Report.chart("t", USD, unnamedSeries, 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("chart series name is required, was null");
        assertThatThrownBy(() -> Report.chart(null, USD, Map.of(), 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("chart title is required, was null");
        assertThatThrownBy(() -> Report.chart("t", null, Map.of(), 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("chart currency is required, was null");
        assertThatThrownBy(() -> Report.chart("t", USD, (Map<String, Map<?, MoneyTotal>>) null, 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("chart series are required, was null");
        assertThatThrownBy(() -> Report.chart("t", USD, (List<Series<?>>) null, 80))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("chart series are required, was null");
        assertThatThrownBy(() -> TextTable.builder().left(null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("column header is required, was null");
        assertThatThrownBy(() -> TextTable.builder().left("a").row((List<String>) null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("row cells are required, was null");
        assertThatThrownBy(() -> TextTable.builder().left("a").row((String[]) null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("row cells are required, was null");
        assertThat(MOFA_FEB_19.publisher()).isNotBlank();
    }

    @Test
    void hugeAndTinyTotalsAreChartedWithEveryDigit() {
        Map<String, MoneyTotal> periods = new LinkedHashMap<>();
        periods.put("big", MoneyTotal.of(Amounts.of("1E+30", "USD")));
        periods.put("tiny", MoneyTotal.of(Amounts.of("1E-20", "USD")));

        assertThat(Report.chart("t", USD, Map.of("a", periods), 60)).isEqualTo(""
                + "t (USD; # a)\n"
                + "big   a  ########  1,000,000,000,000,000,000,000,000,000,000\n"
                + "tiny  a  #                            0.00000000000000000001\n");
    }
}
