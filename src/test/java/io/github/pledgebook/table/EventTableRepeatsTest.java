package io.github.pledgebook.table;

import static io.github.pledgebook.table.EventTableProblemsTest.GOOD;
import static io.github.pledgebook.table.EventTableProblemsTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reader reads a cell's text once and reuses what it read while the text repeats (a pledge's fields on each of
 * its rows, a currency, a date, an amount); these rules make sure that never hides a problem or mixes up values.
 */
class EventTableRepeatsTest {

    private static String problems(TableReading r) {
        return r.problems().stream().map(RowProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aRowCutShortDoesNotStandForItsPledgesCells() {
        // the row before (another pledge's) has the cells the cut row lacks
        String cut = "event,p1,announced,2024-02-19,100,USD,jp,Japan,government,,ua,Ukraine,financial\n";
        TableReading r = EventTable.read(HEADER + GOOD.replace("p1", "p0") + cut
                + GOOD.replace("announced", "committed") + GOOD.replace("announced", "disbursed"));
        assertThat(r.book().pledges()).extracting(p -> p.id()).containsExactly("p0");
        assertThat(problems(r)).contains(
                "row 4, column \"instrument\": \"grant\" differs from row 3 of pledge p1 (\"\")",
                "row 5, column \"instrument\": \"grant\" differs from row 3 of pledge p1 (\"\")");
    }

    @Test
    void anEmptyLineBetweenRowsOfAPledgeDoesNotHideADifference() {
        String header = "donor_id,record,id,stage,date,amount,currency,donor_name,donor_kind,recipient_id,"
                + "recipient_name,category,instrument,source_publisher,source_kind,source_date\n";
        String row = ",event,p1,announced,2024-02-19,100,USD,Japan,government,ua,Ukraine,financial,grant,MoFA,"
                + "official,2024-02-19\n";
        TableReading r = EventTable.read(header + "jp" + row + "\n" + row.replace("announced", "committed"));
        assertThat(problems(r)).isEqualTo("row 2, column \"id\": \"p1\" pledge was left out because of the problems "
                + "on rows 4\nrow 4, column \"donor_id\": differs from row 2 of pledge p1 (\"jp\"); every row of a "
                + "pledge must repeat its pledge fields");
    }

    @Test
    void aBadCellThatRepeatsIsAProblemOnEveryRow() {
        String bad = GOOD.replace("2024-02-19,100,USD", "2024-02-30,1e6,USD");
        TableReading r = EventTable.read(HEADER + bad + bad.replace("announced", "committed")
                + bad.replace("announced", "disbursed").replace(",USD,", ",usd,"));
        assertThat(r.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.value()).containsSubsequence(
                "2 date 2024-02-30", "2 amount 1e6", "3 date 2024-02-30", "3 amount 1e6", "4 date 2024-02-30",
                "4 currency usd");
    }

    @Test
    void anAmountThatRepeatsInAnotherCurrencyIsThatCurrencys() {
        TableReading r = EventTable.read(HEADER + GOOD + GOOD.replace("announced", "committed").replace(",USD,", ",JPY,")
                + GOOD.replace("announced", "disbursed"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.book().pledges().get(0).history()).extracting(PledgeEvent::toString).containsExactly(
                "2024-02-19 announced USD 100 (MoFA, official)", "2024-02-19 committed JPY 100 (MoFA, official)",
                "2024-02-19 disbursed USD 100 (MoFA, official)");
    }

    @Test
    void columnsInAnotherOrderReadTheSameBook() throws Exception {
        PledgeBook book = EventTableTest.JAPAN_UKRAINE;
        List<List<String>> rows = new ArrayList<>();
        for (CsvRecord rec : CsvReader.builder().ofCsvRecord(EventTable.toCsv(book))) {
            List<String> fields = new ArrayList<>(rec.getFields());
            Collections.reverse(fields);
            rows.add(fields);
        }
        StringWriter reversed = new StringWriter();
        CsvWriter w = CsvWriter.builder().build(reversed);
        rows.forEach(w::writeRecord);
        w.flush();
        TableReading r = EventTable.read(reversed.toString());
        assertThat(r.problems()).isEmpty();
        assertThat(r.book()).isEqualTo(book);
    }
}
