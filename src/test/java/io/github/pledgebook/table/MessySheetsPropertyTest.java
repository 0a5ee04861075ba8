package io.github.pledgebook.table;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Sheets of the Kiel shape ({@link ColumnMapTest#KIEL}), some exported in a European format ({@code ;} between
 * cells, decimal commas), filled the way hand-kept sheets are: good rows next to empty
 * cells, words where amounts belong, impossible and month-first dates, unmapped labels, negative and huge amounts,
 * rows cut short or running long, blank lines, ids reused by other donors. Whatever a row holds, the reader must
 * read the rest and account for every row once: in the book as an event, or as a problem naming its row, column and
 * why.
 */
class MessySheetsPropertyTest {

    private static final String HEADER = "ID,Donor,Announcement Date,Aid type,Measure,Item,Value in EUR,Source,Link";
    /** Good cells, by column; a pledge id keeps its donor. */
    private static final String[] IDS = {"k1", "k2", "k3", "k4"};
    private static final String[] DONORS = {"United States", "Germany", "Japan", "\"Korea, Republic of\""};
    private static final String[] DATES = {"2024-02-19", "2024-03-01 00:00:00", "19/02/2024", "2024-04-30"};
    private static final String[] TYPES = {"Military", "Humanitarian", "Financial"};
    private static final String[] MEASURES = {"Commitment", "Allocation"};
    private static final String[] ITEMS = {"", "", "", "generators", "\"tanks, 14\""};
    private static final String[] VALUES = {"1000", "\"1,234,567.50\"", "15 800 000", "250000", "0.5"};
    /** The same amounts as a spreadsheet set to German or French exports them (with {@code ;} between cells). */
    private static final String[] EUROPEAN_VALUES = {"1000", "1.234.567,50", "15 800 000", "250000", "0,5"};
    private static final String[] SOURCES = {"Ministry of Defence", "Federal Foreign Office"};
    private static final String[] LINKS = {"", "https://example.org/us"};
    /** What hand-kept sheets hold instead, anywhere. */
    private static final String[] JUNK = {"", " ", "n.a.", "???", "-5", "0", "1e6", "1.234.567,50", "12.",
        "99999999999999999999999999999999999999", "0.000000000000000000001", "1,000", "\u00a0250000\u00a0",
        "02/19/2024", "01/02/2024", "2024-13-01", "2024-02-30", "2024-2-3", "45341", "Cyber", "Pledge", "commitment", "military",
        "K1", "k 5", " k4 ", "J\u00e4pan", "\u6f22\u5b57", "not a url", "https://example.org/a b", "\"\"",
        "x".repeat(300), "\"Ja\"pan"};

    @Property
    void everyRowIsAnEventOrAProblem(@ForAll long seed) {
        Random r = new Random(seed);
        boolean european = r.nextInt(3) == 0;
        char separator = european ? ';' : ',';
        StringBuilder csv = new StringBuilder(HEADER.replace(',', separator)).append('\n');
        int lines = 1 + r.nextInt(40);
        for (int i = 0; i < lines; i++) {
            if (r.nextInt(30) == 0) {
                csv.append('\n'); // a blank line
                continue;
            }
            int pledge = r.nextInt(IDS.length);
            String[] cells = {IDS[pledge], DONORS[pledge], pick(r, DATES), pick(r, TYPES), pick(r, MEASURES),
                pick(r, ITEMS), pick(r, european ? EUROPEAN_VALUES : VALUES), pick(r, SOURCES), pick(r, LINKS)};
            for (int c = 0; c < cells.length; c++) {
                if (r.nextInt(25) == 0) {
                    cells[c] = pick(r, JUNK);
                }
            }
            int count = r.nextInt(40) == 0 ? r.nextInt(12) : cells.length; // cut short or running long
            for (int c = 0; c < count; c++) {
                if (c > 0) {
                    csv.append(separator);
                }
                csv.append(c < cells.length ? cells[c] : "extra");
            }
            csv.append(r.nextBoolean() ? "\n" : "\r\n");
        }

        ColumnMap.Builder map = ColumnMapTest.kielMap();
        TableReading read = (european ? map.separator(';').decimalComma() : map).build().read(csv);

        long events = read.book().pledges().stream().mapToLong(p -> p.history().size()).sum();
        Statistics.collect(events == 0 ? "no row in the book" : read.problems().isEmpty() ? "every row in the book"
                : "rows in the book and rows refused");
        Set<Long> problemRows = new HashSet<>();
        for (RowProblem p : read.problems()) {
            assertThat(p.row()).as("row of %s", p).isBetween(2L, lines + 1L);
            assertThat(p.reason()).as("reason of %s", p).isNotBlank();
            problemRows.add(p.row());
        }
        // a row that is not CSV ends the reading: it has a problem but is not among the rows read
        long broken = read.problems().stream().filter(p -> p.reason().startsWith("the CSV text is broken")).count();
        assertThat(broken).isLessThanOrEqualTo(1);
        assertThat(events + problemRows.size() - broken).as("events + rows with a problem").isEqualTo(read.rows());
        assertThat(read.isComplete()).isEqualTo(read.problems().isEmpty());
    }

    @Property
    void aBrokenEventTableReadsWhatItCanAndSaysWhatItCannot(@ForAll long seed) {
        Random r = new Random(seed);
        List<List<String>> rows = new ArrayList<>();
        CsvReader.builder().ofCsvRecord(EventTable.toCsv(RandomRecords.book(seed)))
                .forEach(rec -> rows.add(new ArrayList<>(rec.getFields())));
        int breaks = 1 + r.nextInt(8);
        for (int i = 0; i < breaks; i++) {
            List<String> row = rows.get(1 + r.nextInt(rows.size() - 1));
            if (row.isEmpty()) {
                continue;
            }
            int column = r.nextInt(row.size());
            switch (r.nextInt(4)) {
                case 0: // a cell emptied
                    row.set(column, "");
                    break;
                case 1: // junk in a cell
                    row.set(column, pick(r, JUNK));
                    break;
                case 2: // a row published twice
                    rows.add(1 + r.nextInt(rows.size() - 1), new ArrayList<>(row));
                    break;
                default: // a row cut short
                    row.subList(column, row.size()).clear();
            }
        }
        StringWriter csv = new StringWriter();
        try (CsvWriter w = CsvWriter.builder().build(csv)) {
            rows.forEach(w::writeRecord);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        TableReading read = EventTable.read(csv.toString());

        long eventRows = rows.stream().skip(1).filter(row -> !row.isEmpty() && row.get(0).equals("event")).count();
        long events = read.book().pledges().stream().mapToLong(p -> p.history().size()).sum();
        assertThat(events).as("events in the book").isLessThanOrEqualTo(eventRows);
        long written = rows.stream().skip(1).filter(row -> row.size() > 1 || row.size() == 1 && !row.get(0).isEmpty())
                .count(); // a row cut to nothing is a blank line, which no sheet counts
        assertThat(read.rows()).as("rows read").isEqualTo(written);
        for (RowProblem p : read.problems()) {
            assertThat(p.row()).as("row of %s", p).isBetween(1L, (long) rows.size());
            assertThat(p.reason()).as("reason of %s", p).isNotBlank();
        }
        assertThat(read.isComplete()).isEqualTo(read.problems().isEmpty());
    }

    @Property
    void aSheetOrEventTableCutShortReadsItsWholeRowsAndAccountsForThem(@ForAll long seed) {
        Random r = new Random(seed);
        boolean events = r.nextBoolean();
        String whole = events ? EventTable.toCsv(RandomRecords.book(seed)) : ColumnMapTest.KIEL;
        String cut = whole.substring(0, HEADER.length() + 1 + r.nextInt(whole.length() - HEADER.length() - 1));

        TableReading read = events ? EventTable.read(cut) : ColumnMapTest.kielMap().build().read(cut);

        long inBook = read.book().pledges().stream().mapToLong(p -> p.history().size()).sum();
        Set<Long> problemRows = new HashSet<>();
        for (RowProblem p : read.problems()) {
            assertThat(p.reason()).as("reason of %s", p).isNotBlank();
            problemRows.add(p.row());
        }
        if (!events) {
            long broken = read.problems().stream().filter(p -> p.reason().startsWith("the CSV text is broken")).count();
            assertThat(inBook + problemRows.size() - broken).as("events + rows with a problem").isEqualTo(read.rows());
        }
        assertThat(read.isComplete()).isEqualTo(read.problems().isEmpty());
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
