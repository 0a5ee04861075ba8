package io.github.pledgebook.bench;

import io.github.pledgebook.Stage;
import io.github.pledgebook.iati.Iati;
import io.github.pledgebook.iati.IatiImport;
import io.github.pledgebook.iati.IatiReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Imports a generated IATI file of 10^6 transactions, streamed as it is generated (the text is never whole in
 * memory), and prints the account, the time and the heap the result keeps. Not a unit test: run it by hand with the heap to
 * prove, for example {@code -Xmx2g} (see docs/performance.md for the command).
 * <p>
 * With the arguments {@code cpu N ROUNDS} it instead compares, round after round on the same bytes, the CPU time of
 * the reading thread and the bytes it allocates for a bare StAX pass that sums values per type and currency into
 * {@code BigDecimal} (as {@code IatiBenchmark.bareStaxSumsBigDecimal}) and for the import: a quick comparison that
 * other processes on a shared machine disturb less than wall-clock time. Collection work on other threads is not
 * in it; wall time and collection time are printed next to it.
 */
public final class IatiMillion {

    private IatiMillion() {
    }

    /**
     * Runs the import.
     *
     * @param args the number of transactions (default 1,000,000), then {@code no-notes} to read with
     *     {@code IatiReader.withTransactionNotes(false)}
     * @throws Exception if reading fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("cpu")) {
            compareCpu(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        IatiReader reader = IatiReader.standard().withTransactionNotes(!(args.length > 1 && args[1].equals("no-notes")));
        long start = System.nanoTime();
        IatiImport imported;
        try (InputStream in = IatiSynthetic.stream(n)) {
            imported = reader.read(in);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.println(reader + ": " + imported);
        imported.problems().stream().limit(3).forEach(p -> System.out.println("  not counted: " + p));
        System.out.println("pledges " + imported.book().pledges().size() + ", committed as of 2025-01-01: "
                + imported.book().total(Stage.COMMITTED, LocalDate.of(2025, 1, 1)).total());
        System.out.println("import " + ms + " ms, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB, heap in use after the import (the book and its account) " + retained / (1 << 20) + " MiB");
    }

    private static void compareCpu(int transactions, int rounds) throws ReflectiveOperationException,
            XMLStreamException {
        byte[] bytes = IatiSynthetic.bytes(transactions);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // the JDK's extension (jdk.management), called by reflection: the test module does not read that module
        Method allocatedBytes = Class.forName("com.sun.management.ThreadMXBean")
                .getMethod("getCurrentThreadAllocatedBytes");
        Object kept = null;
        for (int r = 1; r <= rounds; r++) {
            long[] bare = new long[4];
            long[] read = new long[4];
            for (int which = 0; which < 2; which++) {
                kept = null;
                System.gc();
                long cpu = threads.getCurrentThreadCpuTime();
                long allocated = (long) allocatedBytes.invoke(threads);
                long wall = System.nanoTime();
                long gc = collectionMillis();
                kept = which == 0 ? bareSums(bytes) : Iati.read(new ByteArrayInputStream(bytes));
                long[] m = which == 0 ? bare : read;
                m[0] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                m[1] = ((long) allocatedBytes.invoke(threads) - allocated) >> 20;
                m[2] = (System.nanoTime() - wall) / 1_000_000;
                m[3] = collectionMillis() - gc;
            }
            System.out.printf("round %d: bare pass %d ms CPU, %d MiB allocated (wall %d ms); import %d ms CPU, %d MiB"
                    + " (wall %d ms, collections %d ms); CPU %.2fx, wall %.2fx%n", r, bare[0], bare[1], bare[2],
                    read[0], read[1], read[2], read[3], (double) read[0] / bare[0], (double) read[2] / bare[2]);
        }
        System.out.println(kept);
    }

    private static long collectionMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, b.getCollectionTime());
        }
        return sum;
    }

    /**
     * The bare pass (b) of {@code IatiBenchmark}, which calls this one: values summed per type and currency into
     * {@code BigDecimal}, nothing checked.
     *
     * @param bytes an IATI file
     * @return the sums, keyed by transaction type code and currency
     * @throws XMLStreamException if the XML is broken
     */
    public static Map<String, BigDecimal> bareSums(byte[] bytes) throws XMLStreamException {
        Map<String, BigDecimal> sums = new HashMap<>();
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
                        sums.merge(type + (c != null ? c : defaultCurrency), new BigDecimal(text.strip()),
                                BigDecimal::add);
                    }
                    break;
                default:
            }
        }
        return sums;
    }
}
