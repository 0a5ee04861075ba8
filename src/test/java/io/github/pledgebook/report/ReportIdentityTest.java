package io.github.pledgebook.report;

import static io.github.pledgebook.JapanUkraine2024.FEB_19;
import static io.github.pledgebook.JapanUkraine2024.JAPAN;
import static io.github.pledgebook.JapanUkraine2024.MOFA_FEB_19;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.GroupBy;
import io.github.pledgebook.timeline.PledgeBook;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rows and bars are keyed by what they show, never by their printed label; widths stay in a sane range. */
class ReportIdentityTest {

    private static final CurrencyUnit USD = Amounts.currency("USD");

    private static Pledge pledge(String id, Party recipient, Party channel, long usd) {
        Pledge.Builder b = Pledge.builder().id(id).donor(JAPAN).recipient(recipient).category(AidCategory.FINANCIAL)
                .instrument(Instrument.GRANT).addEvent(PledgeEvent.announced(FEB_19, Amounts.of(usd, "USD"),
                        MOFA_FEB_19));
        if (channel != null) {
            b.channel(channel);
        }
        return b.build();
    }

    @Test
    void twoRecipientsOfOneNameKeepTwoRows() {
        PledgeBook book = PledgeBook.of(List.of(pledge("a", Party.of("ua-1", "Kyiv"), null, 1),
                pledge("b", Party.of("ua-2", "Kyiv"), null, 2)));
        assertThat(Report.grouped(book.asOf(FEB_19).grouped(Stage.ANNOUNCED, GroupBy.recipient()), 80)).isEqualTo(""
                + "announced    USD\n"
                + "-----------  ---\n"
                + "Kyiv [ua-1]    1\n"
                + "Kyiv [ua-2]    2\n");
    }

    @Test
    void aChannelNamedLikeTheRowOfDirectPledgesKeepsItsOwnRow() {
        PledgeBook book = PledgeBook.of(List.of(pledge("a", Party.of("ua", "Ukraine"), Party.of("x", "(none)"), 1),
                pledge("b", Party.of("ua", "Ukraine"), null, 2)));
        assertThat(Report.grouped(book.asOf(FEB_19).grouped(Stage.ANNOUNCED, GroupBy.channel()), 80)).isEqualTo(""
                + "announced   USD\n"
                + "----------  ---\n"
                + "(none) [x]    1\n"
                + "(none)        2\n");
    }

    @Test
    void keysThatPrintAlikeAreNumberedInsteadOfMerged() {
        Map<Object, MoneyTotal> rows = new LinkedHashMap<>();
        rows.put(new StringBuilder("Kyiv"), MoneyTotal.of(Amounts.of(1, "USD")));
        rows.put(new StringBuilder("Kyiv"), MoneyTotal.of(Amounts.of(2, "USD")));
        rows.put("Kyiv #2", MoneyTotal.of(Amounts.of(3, "USD")));
        assertThat(Report.totals("city", rows, 80)).isEqualTo(""
                + "city     USD\n"
                + "-------  ---\n"
                + "Kyiv       1\n"
                + "Kyiv #3    2\n"
                + "Kyiv #2    3\n");
    }

    @Test
    void twoSeriesOfOneStageAreBothDrawn() {
        PledgeBook book = PledgeBook.of(List.of(pledge("a", Party.of("ua", "Ukraine"), null, 4)));
        var japan = book.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 2), YearMonth.of(2024, 2));
        var again = book.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 2), YearMonth.of(2024, 2));
        assertThat(Report.chart("t", USD, List.of(japan, again), 30)).isEqualTo(""
                + "t (USD; # announced, = announced #2)\n"
                + "2024-02  announced     ####  4\n"
                + "         announced #2  ====  4\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, Report.MAX_WIDTH + 1, Integer.MAX_VALUE})
    void aWidthOutsideTheRangeIsRefusedByEveryReport(int width) {
        Map<String, MoneyTotal> rows = Map.of("a", MoneyTotal.of(Amounts.of(1, "USD")));
        String message = "max width must be from 1 to 10000 characters, was " + width;
        assertThatThrownBy(() -> Report.chart("t", USD, Map.of("s", rows), width))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> Report.totals("k", rows, width)).hasMessage(message);
        assertThatThrownBy(() -> Report.history(pledge("a", Party.of("ua", "Ukraine"), null, 1), width))
                .hasMessage(message);
    }

    @Test
    void theWidestChartIsDrawn() {
        Map<String, MoneyTotal> rows = Map.of("a", MoneyTotal.of(Amounts.of(1, "USD")));
        assertThat(Report.chart("t", USD, Map.of("s", rows), Report.MAX_WIDTH).lines().skip(1).findFirst()
                .orElseThrow()).hasSize(Report.MAX_WIDTH);
    }

    @Test
    void aNoteOfSeveralLinesIsShownOnOneRow() {
        Pledge p = Pledge.builder().from(pledge("a", Party.of("ua", "Ukraine"), null, 1)).history(List.of(
                PledgeEvent.announced(FEB_19, Amounts.of(1, "USD"), MOFA_FEB_19).withNote("first\nsecond"))).build();
        assertThat(Report.history(p, 200)).contains("first / second");
    }
}
