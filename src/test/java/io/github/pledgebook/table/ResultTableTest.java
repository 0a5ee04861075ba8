package io.github.pledgebook.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.JapanUkraine2024;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.report.TextTable;
import io.github.pledgebook.timeline.GroupBy;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    static final PledgeBook BOOK = EventTableTest.JAPAN_UKRAINE;
    static final LocalDate FEB_20 = LocalDate.of(2024, 2, 20);

    private static ResultTable hazards() {
        return ResultTable.builder().text("name | \"quoted\"").number("amount")
                .row("a|b <b>&amp; \"q\" 'single'\nnext\r\nline", "-0.10")
                .row("=SUM(A1:A2)", "15800000000")
                .row("-5 apples", "-5")
                .row("@cmd", "")
                .row("+1 555", "1")
                .row("'=already quoted", "2")
                .row("'t Hooft", "3")
                .row("*bold* _it_ `code` [link](x) ~~s~~ \\ back", "4")
                .build();
    }

    @Test
    void markdownEscapesPipesMarkupEntitiesAndLineBreaksButKeepsQuotes() {
        String md = hazards().toMarkdown();
        assertThat(md.lines().collect(Collectors.toList())).containsExactly(
                "| name \\| \"quoted\" | amount |",
                "| --- | ---: |",
                "| a\\|b &lt;b>&amp;amp; \"q\" 'single'<br>next<br>line | -0.10 |",
                "| =SUM(A1:A2) | 15,800,000,000 |",
                "| -5 apples | -5 |",
                "| @cmd |  |",
                "| +1 555 | 1 |",
                "| '=already quoted | 2 |",
                "| 't Hooft | 3 |",
                "| \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~\\~s\\~\\~ \\\\ back | 4 |");
    }

    @Test
    void htmlEscapesEverySpecialCharacterAndAlignsNumbersRight() {
        String html = hazards().toHtml();
        assertThat(html).startsWith("<table>\n<thead>\n<tr><th>name | &quot;quoted&quot;</th>"
                + "<th style=\"text-align: right\">amount</th></tr>\n</thead>\n<tbody>\n")
                .contains("<tr><td>a|b &lt;b&gt;&amp;amp; &quot;q&quot; &#39;single&#39;<br>next<br>line</td>"
                        + "<td style=\"text-align: right\">-0.10</td></tr>")
                .contains("<td style=\"text-align: right\">15,800,000,000</td>")
                .endsWith("</tbody>\n</table>\n")
                .doesNotContain("<b>");
    }

    @Test
    void csvGuardsFormulasButNotNumbersAndTheGuardIsUndoneOnReading() {
        String csv = hazards().toCsv();
        assertThat(csv).contains("'=SUM(A1:A2),15800000000\r\n").contains("'-5 apples,-5\r\n")
                .contains("'@cmd,\r\n").contains("'+1 555,1\r\n").contains("''=already quoted,2\r\n")
                .contains("'t Hooft,3\r\n").contains(",-0.10\r\n");
        try (CsvReader<CsvRecord> reader = Cells.csv(csv)) {
            List<String> names = reader.stream().skip(1).map(r -> Cells.unguard(r.getField(0)))
                    .collect(Collectors.toList());
            assertThat(names).containsExactlyElementsOf(hazards().rows().stream().map(r -> r.get(0))
                    .collect(Collectors.toList()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Property(tries = 1000)
    void guardThenUnguardGivesTheCellBack(@ForAll String cell) {
        assertThat(Cells.unguard(Cells.guard(cell))).isEqualTo(cell);
        String guarded = Cells.guard(cell);
        if (!guarded.isEmpty() && !Cells.isPlainNumber(guarded)) {
            assertThat(guarded.charAt(0)).isNotIn('=', '+', '-', '@', '\t', '\r');
        }
    }

    @Property(tries = 1000)
    void listCellsGiveTheirItemsBack(@ForAll List<@net.jqwik.api.constraints.NotBlank String> items) {
        assertThat(Cells.items(Cells.list(items))).isEqualTo(items);
    }

    @Test
    void stagesAreExactInBothLayouts() {
        ResultTable wide = ResultTable.stages(BOOK.asOf(FEB_20), MoneyLayout.COLUMN_PER_CURRENCY);
        assertThat(wide.toCsv()).isEqualTo("as of 2024-02-20,JPY,USD\r\n"
                + "reported,,106000000\r\n"
                + "announced,15800000000,37000000\r\n"
                + "committed,15800000000,\r\n"
                + "disbursed,,\r\n");
        ResultTable tall = ResultTable.stages(BOOK.asOf(FEB_20), MoneyLayout.CURRENCY_AND_AMOUNT);
        assertThat(tall.toCsv()).isEqualTo("as of 2024-02-20,currency,amount,without value\r\n"
                + "reported,USD,106000000,\r\n"
                + "announced,JPY,15800000000,\r\n"
                + "announced,USD,37000000,\r\n"
                + "committed,JPY,15800000000,\r\n");
        assertThat(wide.toMarkdown()).contains("| announced | 15,800,000,000 | 37,000,000 |");
    }

    @Test
    void unvaluedItemsAreCountedOnARowOfTheirOwnInTheLongLayout() {
        Map<String, MoneyTotal> totals = new LinkedHashMap<>();
        totals.put("Japan", MoneyTotal.of(Amounts.of(new BigDecimal("37000000.1"), "USD")).plusUnvalued(2));
        assertThat(ResultTable.totals("donor", totals, MoneyLayout.CURRENCY_AND_AMOUNT).toCsv())
                .isEqualTo("donor,currency,amount,without value\r\nJapan,USD,37000000.10,\r\nJapan,,,2\r\n");
        assertThat(ResultTable.totals("donor", totals, MoneyLayout.COLUMN_PER_CURRENCY).toCsv())
                .isEqualTo("donor,USD,without value\r\nJapan,37000000.10,2\r\n");
    }

    @Test
    void groupedSeriesFulfilmentHistoryAndChronicleBecomeTables() {
        assertThat(ResultTable.grouped(BOOK.asOf(FEB_20).grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor()),
                MoneyLayout.COLUMN_PER_CURRENCY).toCsv())
                .isEqualTo("announced,JPY,USD\r\nGovernment of Japan,15800000000,37000000\r\n");
        assertThat(ResultTable.series(BOOK.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 1), YearMonth.of(2024, 2)),
                true, MoneyLayout.CURRENCY_AND_AMOUNT).toCsv())
                .isEqualTo("announced (cumulative),currency,amount,without value\r\n2024-01,USD,37000000,\r\n"
                        + "2024-02,JPY,15800000000,\r\n2024-02,USD,37000000,\r\n");
        assertThat(ResultTable.fulfilment(BOOK.asOf(FEB_20).fulfilment()).toCsv())
                .startsWith("donor,currency,announced,committed,disbursed,not yet committed,outstanding\r\n")
                .contains("Government of Japan,JPY,15800000000,15800000000,,0,15800000000\r\n");
        assertThat(ResultTable.history(JapanUkraine2024.RECONSTRUCTION).toCsv())
                .contains("2024-02-11,reported,106000000,USD,Kyodo News (unnamed sources),expected 2024-02-19\r\n");
        assertThat(ResultTable.chronicle(BOOK.chronicle()).toMarkdown())
                .contains("| 2023-12-22 | milestone | jp-arms-export-2023 |")
                .contains("| 2024-02-19 | announced | jp-erp3 | Government of Japan -> Ukraine (Ministry of Foreign "
                        + "Affairs of Japan) | 15,800,000,000 | JPY |");
    }

    @Test
    void aTextTableOfTheReportPackageKeepsItsNumbersExact() {
        TextTable t = TextTable.builder().left("stage").right("JPY").right("date")
                .row("announced", "15,800,000,000", "2024-02-19").row("committed", "", "2024-02-19").build();
        ResultTable r = ResultTable.of(t);
        assertThat(r.isNumber(1)).isTrue();
        assertThat(r.isNumber(2)).isFalse();
        assertThat(r.toCsv()).isEqualTo("stage,JPY,date\r\nannounced,15800000000,2024-02-19\r\ncommitted,,2024-02-19\r\n");
    }

    @Test
    void writersWriteToACallersWriterAndAppendable() {
        StringWriter w = new StringWriter();
        hazards().write(TableFormat.CSV, w);
        assertThat(w.toString()).isEqualTo(hazards().toCsv());
        StringBuilder sb = new StringBuilder("before\n");
        TableFormat.MARKDOWN.write(hazards(), sb);
        assertThat(sb.toString()).isEqualTo("before\n" + hazards().toMarkdown());
    }

    @Test
    void numberCellsMustBePlainDecimals() {
        assertThatThrownBy(() -> ResultTable.builder().number("USD").row("1,000"))
                .hasMessage("number column \"USD\" must hold a plain decimal such as -1234.50 or nothing, was \"1,000\"");
        assertThatThrownBy(() -> ResultTable.builder().number("USD").row("1E+3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainNumbersFollowTheHouseRule() {
        assertThat(Cells.plain(new BigDecimal("1E+10"), 0)).isEqualTo("10000000000");
        assertThat(Cells.plain(new BigDecimal("0.1"), 2)).isEqualTo("0.10");
        assertThat(Cells.plain(new BigDecimal("5.000"), 2)).isEqualTo("5");
        assertThat(Cells.plain(new BigDecimal("0.00"), 2)).isEqualTo("0");
        assertThat(Cells.plain(new BigDecimal("-1.23456"), 2)).isEqualTo("-1.23456");
        assertThat(Cells.grouped("-1234567.891")).isEqualTo("-1,234,567.891");
        assertThat(Cells.grouped("123")).isEqualTo("123");
    }
}
