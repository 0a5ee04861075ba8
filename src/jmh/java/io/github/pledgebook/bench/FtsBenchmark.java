package io.github.pledgebook.bench;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.fts.FtsImport;
import io.github.pledgebook.fts.FtsReader;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading FTS responses: the whole reader (parse, check, count, build the book) next to a bare parse of the same
 * bytes with the same parser that only sums {@code amountUSD} exactly, the practical limit. A page of 200 real flows
 * (page 2 of the test resources), and a response of 10^5 flows made of copies of those 200 with fresh flow ids
 * (parent and child links renumbered with them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class FtsBenchmark {

    private static final Pattern FLOW_ID = Pattern.compile("\\{\"id\": \"(\\d+)\", \"amountUSD\"");
    private static final Pattern PARENT = Pattern.compile("\"parentFlowId\": (\\d+)");
    private static final Pattern CHILDREN = Pattern.compile("\"childFlowIds\": \\[([\\d, ]+)\\]");

    @Param({"200", "100000"})
    public int flows;

    byte[] json;
    JsonFactory factory = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String page;
        try (InputStream in = FtsBenchmark.class.getResourceAsStream("/fts/flows-location-171-2020-page-2.json")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = page.indexOf("\"flows\": [") + "\"flows\": [".length();
        int end = page.lastIndexOf("]}, \"meta\"");
        String body = page.substring(start, end);
        StringBuilder sb = new StringBuilder(page.substring(0, start));
        for (int copy = 0, made = 0; made < flows; copy++) {
            long offset = copy * 1_000_000L;
            String flowsOfCopy = renumber(renumber(renumber(body, FLOW_ID, offset), PARENT, offset), CHILDREN, offset);
            int take = Math.min(200, flows - made);
            if (take < 200) {
                flowsOfCopy = firstFlows(flowsOfCopy, take);
            }
            sb.append(made == 0 ? "" : ", ").append(flowsOfCopy);
            made += take;
        }
        sb.append(page.substring(end));
        json = sb.toString().getBytes(StandardCharsets.UTF_8);
        FtsImport check = read();
        if (check.flows().size() + check.problems().size() != flows) {
            throw new IllegalStateException("generated " + check + ", expected " + flows + " flows");
        }
    }

    private static String renumber(String text, Pattern p, long offset) {
        if (offset == 0) {
            return text;
        }
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 1024);
        while (m.find()) {
            StringBuilder ids = new StringBuilder();
            for (String id : m.group(1).split(", ")) {
                ids.append(ids.length() == 0 ? "" : ", ").append(Long.parseLong(id.trim()) + offset);
            }
            String whole = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(whole.substring(0, m.start(1) - m.start())
                    + ids + whole.substring(m.end(1) - m.start())));
        }
        return m.appendTail(out).toString();
    }

    private static String firstFlows(String body, int n) {
        Matcher m = FLOW_ID.matcher(body);
        int found = 0;
        while (m.find()) {
            if (found++ == n) {
                return body.substring(0, m.start()).replaceAll(",\\s*$", "");
            }
        }
        return body;
    }

    /** The whole reader: parse, check, count once, build the book. */
    @Benchmark
    public FtsImport read() {
        return FtsReader.read(new ByteArrayInputStream(json));
    }

    /**
     * The reader's pledges, held only in the fork of {@link #rebuildFromValues}: in the others a second book would
     * fill the heap the reader and its bare pass run in.
     */
    @State(Scope.Benchmark)
    public static class Values {
        List<Pledge> pledges;

        @Setup(Level.Trial)
        public void setUp(FtsBenchmark b) {
            pledges = b.read().book().pledges();
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

    /** The practical limit: Jackson's streaming parser over the same bytes, summing amountUSD exactly. */
    @Benchmark
    public BigDecimal bareParseSumUsd() {
        BigDecimal sum = BigDecimal.ZERO;
        try (JsonParser p = factory.createParser(new ByteArrayInputStream(json))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.PROPERTY_NAME && p.currentName().equals("amountUSD")) {
                    if (p.nextToken() != JsonToken.VALUE_NULL) {
                        sum = sum.add(p.getDecimalValue());
                    }
                }
            }
        }
        return sum;
    }

    /**
     * Not a limit the issue names, but where the reader's time goes: the same parse decoding every string value
     * into characters and every number into a {@code BigDecimal}, as a reader that keeps values must. The gap between
     * this and {@link #read} is the reader's own work (checks, pooling, the counting rule, pledges and the book).
     */
    @Benchmark
    public long decodeEveryValue() {
        long n = 0;
        try (JsonParser p = factory.createParser(new ByteArrayInputStream(json))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    char[] chars = p.getStringCharacters();
                    int length = p.getStringLength();
                    n += length == 0 ? 0 : chars[p.getStringOffset()] + length;
                } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    n += p.getDecimalValue().signum();
                } else if (t == JsonToken.PROPERTY_NAME) {
                    n += p.currentName().length();
                }
            }
        }
        return n;
    }
}
