package io.github.pledgebook.bench;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.iati.Iati;
import io.github.pledgebook.iati.IatiImport;
import io.github.pledgebook.iati.IatiReader;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing IATI XML into a book next to two bare StAX passes over the same bytes that only sum the transaction
 * values per type and currency: (a) into exact {@code long} cents (the practical limit of reading the file at all)
 * and (b) into {@code BigDecimal}. The import does what the passes do and more: checks every transaction, keeps
 * value-dates, organisations, sectors and links, builds pledges and indexes the book.
 * <p>
 * Files: the real d-portal export in the test resources (63 transactions, 92 KB) and a generated file of 10^6
 * transactions ({@link IatiSynthetic}, about 250 MB, generated in memory in the setup, never written to disk).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class IatiBenchmark {

    private static final IatiReader WITHOUT_NOTES = IatiReader.standard().withTransactionNotes(false);

    @Param({"real", "1000000"})
    public String file;

    byte[] bytes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (file.equals("real")) {
            try (InputStream in = IatiBenchmark.class.getResourceAsStream("/iati/foodsecurity-dportal.xml")) {
                bytes = in.readAllBytes();
            }
        } else {
            bytes = IatiSynthetic.bytes(Integer.parseInt(file));
        }
    }

    @Benchmark
    public IatiImport importIntoBook() {
        return Iati.read(new ByteArrayInputStream(bytes));
    }

    /** The same import with the option for large imports that leaves out each event's transaction note. */
    @Benchmark
    public IatiImport importWithoutTransactionNotes() {
        return WITHOUT_NOTES.read(new ByteArrayInputStream(bytes));
    }

    /**
     * The reader's pledges, held only in the fork of {@link #rebuildFromValues}: in the others a second book would
     * fill the heap the reader and its bare pass run in.
     */
    @State(Scope.Benchmark)
    public static class Values {
        List<Pledge> pledges;

        @Setup(Level.Trial)
        public void setUp(IatiBenchmark b) {
            pledges = b.importIntoBook().book().pledges();
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

    @Benchmark
    public Map<String, long[]> bareStaxSumsLongCents() throws XMLStreamException {
        Map<String, long[]> sums = new HashMap<>();
        XMLStreamReader x = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
        String defaultCurrency = null;
        String type = null;
        while (x.hasNext()) {
            if (x.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "iati-activity":
                    defaultCurrency = x.getAttributeValue(null, "default-currency");
                    break;
                case "transaction-type":
                    type = x.getAttributeValue(null, "code");
                    break;
                case "value":
                    String c = x.getAttributeValue(null, "currency");
                    String text = x.getElementText();
                    if (type != null && !text.isEmpty()) {
                        sums.computeIfAbsent(type + (c != null ? c : defaultCurrency), k -> new long[1])[0] =
                                Math.addExact(sums.get(type + (c != null ? c : defaultCurrency))[0], cents(text));
                    }
                    break;
                default:
            }
        }
        return sums;
    }

    /** (b) The same pass into {@code BigDecimal} per type and currency (shared with the {@code IatiMillion} harness). */
    @Benchmark
    public Map<String, BigDecimal> bareStaxSumsBigDecimal() throws XMLStreamException {
        return IatiMillion.bareSums(bytes);
    }

    /** A value with at most 2 decimals as exact cents; values with more decimals are cut (the files here have none). */
    private static long cents(String text) {
        long v = 0;
        int decimals = -1;
        boolean negative = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '-') {
                negative = true;
            } else if (ch == '.') {
                decimals = 0;
            } else if (ch >= '0' && ch <= '9' && decimals < 2) {
                v = Math.addExact(Math.multiplyExact(v, 10), ch - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            }
        }
        for (int d = Math.max(decimals, 0); d < 2; d++) {
            v = Math.multiplyExact(v, 10);
        }
        return negative ? -v : v;
    }
}
