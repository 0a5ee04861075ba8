package io.github.pledgebook.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.sample.Synthetic;
import io.github.pledgebook.table.EventTable;
import io.github.pledgebook.table.TableReading;
import io.github.pledgebook.timeline.PledgeBook;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading 10^6 rows of pledgebook's event table (every cell checked, values, pledges and the indexed book built)
 * next to the practical limit: FastCSV reading the same text into records and nothing else.
 * <p>
 * The text is the event table of the synthetic book ({@link Synthetic}): its header and party rows, then the
 * first 10^6 event rows, about 110 MB of CSV.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class TableBenchmark {

    static final int ROWS = 1_000_000;

    String csv;

    @Setup(Level.Trial)
    public void setUp() {
        PledgeBook book = Synthetic.book(500_000, Synthetic.SEED);
        String all = EventTable.toCsv(book);
        StringBuilder sb = new StringBuilder(all.length());
        int events = 0;
        int from = 0;
        while (from < all.length() && events < ROWS) {
            int end = all.indexOf("\r\n", from) + 2;
            boolean event = all.startsWith("event,", from);
            if (event) {
                events++;
            }
            sb.append(all, from, end);
            from = end;
        }
        if (events < ROWS) {
            throw new IllegalStateException("synthetic book has only " + events + " events");
        }
        csv = sb.toString();
        TableReading check = EventTable.read(csv);
        if (!check.isComplete()) {
            throw new IllegalStateException("the benchmark's table does not read back: " + check.problems().get(0));
        }
        System.out.printf("%n%d event rows, %d pledges, %.1f MB of CSV%n", ROWS, check.book().pledges().size(),
                csv.length() / 1e6);
    }

    /** pledgebook: the whole event table read into a checked, indexed book. */
    @Benchmark
    public TableReading readEventTable() {
        return EventTable.read(csv);
    }

    /**
     * The reader's pledges, held only in the fork of {@link #rebuildFromValues}: in the others a second book would
     * fill the heap the reader and its bare pass run in.
     */
    @State(Scope.Benchmark)
    public static class Values {
        List<Pledge> pledges;

        @Setup(Level.Trial)
        public void setUp(TableBenchmark b) {
            pledges = b.readEventTable().book().pledges();
        }
    }

    /**
     * Not a limit the issue names: the core's share of the read, its book made again from its own values through the
     * public builders and {@code PledgeBook.of} ({@link Rebuild}).
     */
    @Benchmark
    public PledgeBook rebuildFromValues(Values values) {
        return Rebuild.book(values.pledges);
    }

    /** The practical limit: FastCSV reads every record of the same text and builds its fields, nothing more. */
    @Benchmark
    public void bareFastCsv(Blackhole bh) {
        CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv);
        for (CsvRecord r : reader) {
            bh.consume(r);
        }
    }
}
