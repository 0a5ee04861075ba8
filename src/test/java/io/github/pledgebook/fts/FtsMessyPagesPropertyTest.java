package io.github.pledgebook.fts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The real FTS pages broken the ways saved responses are: properties missing, null or holding the wrong kind of value
 * (text for numbers, numbers for text, lists for objects, impossible dates, unknown statuses, currencies and object
 * types, huge and negative amounts), flows published twice, links to flows that are not there. Whatever is broken, the
 * reader must load the rest and account for every flow once: counted, excluded with a reason, or refused with one.
 */
class FtsMessyPagesPropertyTest {

    /** What a broken response holds where a value belongs. */
    private static final Object[] JUNK = {null, "", " ", "abc", "-5", "1e3", "2020-13-45", "2020-02-30", "N/A",
        "pledge", "commitment", "paid", "promised", "USD", "usd", "XXX", "EURO", "Organization", "Location", "Plan",
        "Emergency", "UsageYear", "Cluster", "GlobalCluster", "Project", "Alien", "single", "shared", "overlap",
        "incoming", "outgoing", "internal", "Parked", "Pass through", "Standard", "in kind", "financial",
        new BigDecimal("0"), new BigDecimal("-5"), new BigDecimal("1E+3"), new BigDecimal("12.345"),
        new BigDecimal("99999999999999999999999999999999999999.5"), new BigDecimal("1E-40"), new BigDecimal("7"),
        Boolean.TRUE, Boolean.FALSE, List.of(), List.of("x", new BigDecimal("1")), new LinkedHashMap<>(),
        "Caf\u00e9 \u6f22\u5b57", "x".repeat(5000)};

    private static List<Object> pages;

    @Property
    void everyFlowIsAccountedForHoweverThePagesAreBroken(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        List<Object> broken = new ArrayList<>();
        List<List<Object>> flowLists = new ArrayList<>();
        for (Object page : pages()) {
            Object copy = copy(page);
            broken.add(copy);
            flowLists.add(JsonTree.list(JsonTree.object(JsonTree.object(copy).get("data")).get("flows")));
        }
        int breaks = 1 + r.nextInt(12);
        for (int i = 0; i < breaks; i++) {
            List<Object> flows = flowLists.get(r.nextInt(flowLists.size()));
            breakOnce(flows, r);
        }
        FtsReader reader = FtsReader.pages();
        int flows = 0;
        for (int i = 0; i < broken.size(); i++) {
            reader.add(JsonTree.write(broken.get(i)));
            flows += flowLists.get(i).size();
        }

        FtsImport fts = reader.result();

        Statistics.collect(fts.problems().isEmpty() ? "no flow refused" : "flows refused");
        assertThat(fts.problems()).allSatisfy(p -> {
            assertThat(p.flowId().isPresent() || p.position() > 0).as("%s names its flow", p).isTrue();
            assertThat(p.reason()).as("reason of %s", p).isNotBlank();
        });
        assertThat(fts.counted().size() + fts.excluded().size() + fts.problems().size())
                .as("counted + excluded + refused").isEqualTo(flows);
        assertThat(fts.flows()).hasSize(fts.counted().size() + fts.excluded().size());
        assertThat(fts.excluded()).allSatisfy(f -> assertThat(f.exclusion()).as("flow %s", f.id()).isPresent());
    }

    @Property
    void aPageCutShortKeepsItsCompleteFlowsAndSaysWhereItBreaks(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        String page2 = RealFlowsTest.text(RealFlowsTest.PAGE_2);
        String page3 = RealFlowsTest.text(RealFlowsTest.PAGE_3);
        String cut = page3.substring(0, r.nextInt(page3.strip().length() - 1));

        FtsImport fts = FtsReader.pages().add(page2).add(cut).result();

        FtsImport whole = FtsReader.pages().add(page2).result();
        assertThat(fts.pageCount()).isEqualTo(2);
        assertThat(fts.problems()).as("problems").last().satisfies(p -> {
            assertThat(p.page()).isEqualTo(2);
            assertThat(p.flowId()).isEmpty();
            assertThat(p.reason()).containsAnyOf("broken", "no flows array");
        });
        int flowsOfPage2 = JsonTree.list(JsonTree.object(JsonTree.object(JsonTree.parse(page2)).get("data"))
                .get("flows")).size();
        // the complete flows before the break are read (all of them when it comes after the flows array)
        assertThat(fts.counted().size() + fts.excluded().size() + fts.problems().size() - 1)
                .as("flows accounted for").isGreaterThanOrEqualTo(flowsOfPage2)
                .isLessThanOrEqualTo(flowsOfPage2 + JsonTree.list(JsonTree.object(JsonTree.object(JsonTree.parse(page3))
                        .get("data")).get("flows")).size());
        assertThat(whole.problems()).isEmpty();
    }

    private static void breakOnce(List<Object> flows, Random r) {
        if (flows.isEmpty()) {
            return;
        }
        int at = r.nextInt(flows.size());
        if (!(flows.get(at) instanceof Map)) {
            flows.set(at, new LinkedHashMap<>(Map.of("id", "junk-" + at)));
            return;
        }
        Map<String, Object> flow = JsonTree.object(flows.get(at));
        Map<String, Object> target = r.nextInt(3) > 0 ? flow : nested(flow, r);
        List<String> names = new ArrayList<>(target.keySet());
        switch (r.nextInt(6)) {
            case 0: // a property gone
                if (!names.isEmpty()) {
                    target.remove(names.get(r.nextInt(names.size())));
                }
                break;
            case 1: // a property holding junk
            case 2:
                if (!names.isEmpty()) {
                    target.put(names.get(r.nextInt(names.size())), copy(JUNK[r.nextInt(JUNK.length)]));
                }
                break;
            case 3: // the same flow published twice
                flows.add(r.nextInt(flows.size() + 1), copy(flow));
                break;
            case 4: // a link to a flow the input does not hold, or to the flow itself
                Object id = r.nextBoolean() ? new BigDecimal("999999999") : flow.get("id");
                if (r.nextBoolean()) {
                    flow.put("parentFlowId", id);
                } else {
                    flow.put("childFlowIds", Collections.singletonList(id));
                }
                break;
            default: // the flow itself turned to junk
                flows.set(at, copy(JUNK[r.nextInt(JUNK.length)]));
        }
    }

    /** One of the flow's source or destination objects, or the flow when it has none. */
    private static Map<String, Object> nested(Map<String, Object> flow, Random r) {
        Object objects = flow.get(r.nextBoolean() ? "sourceObjects" : "destinationObjects");
        if (objects instanceof List && !((List<?>) objects).isEmpty()) {
            Object o = ((List<?>) objects).get(r.nextInt(((List<?>) objects).size()));
            if (o instanceof Map) {
                return JsonTree.object(o);
            }
        }
        return flow;
    }

    /** A deep copy, maps and lists mutable. */
    private static Object copy(Object o) {
        if (o instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            JsonTree.object(o).forEach((k, v) -> m.put(k, copy(v)));
            return m;
        }
        if (o instanceof List) {
            List<Object> l = new ArrayList<>();
            JsonTree.list(o).forEach(v -> l.add(copy(v)));
            return l;
        }
        return o;
    }

    private static synchronized List<Object> pages() throws Exception {
        if (pages == null) {
            pages = List.of(JsonTree.parse(RealFlowsTest.text(RealFlowsTest.PAGE_2)),
                    JsonTree.parse(RealFlowsTest.text(RealFlowsTest.PAGE_3)));
        }
        return pages;
    }
}
