package io.github.pledgebook.fts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader on two real pages of one FTS query (location 171, year 2020; see src/test/resources/fts/README.md),
 * checked against figures the test computes from the JSON itself, with a plain tree of maps and the counting rule of
 * docs/fts.md written out again here.
 */
class RealFlowsTest {

    static final String PAGE_2 = "/fts/flows-location-171-2020-page-2.json";
    static final String PAGE_3 = "/fts/flows-location-171-2020-page-3.json";
    static final LocalDate END = LocalDate.of(2100, 1, 1);

    static FtsImport fts;
    static List<Map<String, Object>> json = new ArrayList<>();
    static Map<String, Object> page2;

    static String text(String resource) throws IOException {
        try (InputStream in = RealFlowsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void read() throws IOException {
        try (Reader r2 = new InputStreamReader(RealFlowsTest.class.getResourceAsStream(PAGE_2), StandardCharsets.UTF_8);
                InputStream r3 = RealFlowsTest.class.getResourceAsStream(PAGE_3)) {
            fts = FtsReader.pages().add(r2).add(r3).result();
        }
        for (String page : List.of(PAGE_2, PAGE_3)) {
            Map<String, Object> root = JsonTree.object(JsonTree.parse(text(page)));
            if (page2 == null) {
                page2 = root;
            }
            for (Object f : JsonTree.list(JsonTree.object(root.get("data")).get("flows"))) {
                json.add(JsonTree.object(f));
            }
        }
    }

    /** The flow's amount by the mapping: a positive original amount in its currency, else a positive USD amount. */
    static MonetaryAmount amountOf(Map<String, Object> f) {
        BigDecimal original = (BigDecimal) f.get("originalAmount");
        if (original != null && original.signum() > 0) {
            return Amounts.of(original, (String) f.get("originalCurrency"));
        }
        BigDecimal usd = (BigDecimal) f.get("amountUSD");
        return usd != null && usd.signum() > 0 ? Amounts.of(usd, "USD") : null;
    }

    static Stage stageOf(Map<String, Object> f) {
        return Map.of("pledge", Stage.ANNOUNCED, "commitment", Stage.COMMITTED, "paid", Stage.DISBURSED)
                .get((String) f.get("status"));
    }

    /** The counting rule of docs/fts.md, on the plain tree: the first word of the reason, or null if it counts. */
    static String expectedReason(Map<String, Object> f, Map<String, Map<String, Object>> byId) {
        if ("outgoing".equals(f.get("boundary"))) {
            return "outgoing";
        }
        if ("internal".equals(f.get("boundary"))) {
            return "internal";
        }
        for (Object c : JsonTree.list(f.get("childFlowIds"))) {
            Map<String, Object> child = byId.get(JsonTree.id(c));
            if (child != null && carries(child, byId)) {
                return "parent";
            }
        }
        if ("shared".equals(f.get("onBoundary"))) {
            return "shared";
        }
        if (amountOf(f) == null && !"in kind".equals(f.get("contributionType"))) {
            return "no";
        }
        return null;
    }

    /** Whether a flow's money is counted, by itself or through its children (recursive: the real links are shallow). */
    static boolean carries(Map<String, Object> f, Map<String, Map<String, Object>> byId) {
        String reason = expectedReason(f, byId);
        return reason == null || reason.equals("parent");
    }

    static Map<String, Map<String, Object>> byId() {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        json.forEach(f -> byId.put(JsonTree.id(f.get("id")), f));
        return byId;
    }

    static Set<String> ids() {
        Set<String> ids = new HashSet<>();
        json.forEach(f -> ids.add(JsonTree.id(f.get("id"))));
        return ids;
    }

    @Test
    void everyFlowIsCountedExcludedOrRefusedExactlyOnce() {
        assertThat(json).hasSize(224);
        assertThat(fts.counted().size() + fts.excluded().size() + fts.problems().size()).isEqualTo(json.size());
        assertThat(fts.problems()).as("the real pages hold no malformed flow").isEmpty();
        Set<String> seen = new HashSet<>();
        fts.flows().forEach(f -> assertThat(seen.add(f.id())).as("flow %s accounted twice", f.id()).isTrue());
        assertThat(seen).isEqualTo(ids());
        assertThat(fts.toString()).isEqualTo("FtsImport[224 flows on 2 pages: 173 counted, 51 excluded, 0 refused]");
    }

    @Test
    void countedAndExcludedFlowsFollowTheRuleComputedFromTheJson() {
        Map<String, Map<String, Object>> byId = byId();
        Map<String, Integer> expected = new TreeMap<>();
        Map<String, Integer> actual = new TreeMap<>();
        for (Map<String, Object> f : json) {
            String reason = expectedReason(f, byId);
            expected.merge(reason == null ? "counted" : reason, 1, Integer::sum);
            FtsFlow read = fts.flow(JsonTree.id(f.get("id"))).orElseThrow();
            String got = read.exclusion().map(r -> r.split("[ :]")[0]).orElse(read.isCounted() ? "counted" : "?");
            actual.merge(got, 1, Integer::sum);
            assertThat(got).as("flow %s", read.id()).isEqualTo(reason == null ? "counted" : reason);
        }
        assertThat(actual).isEqualTo(expected)
                .containsEntry("counted", 173).containsEntry("internal", 44).containsEntry("parent", 6)
                .containsEntry("shared", 1);
    }

    @Test
    void totalsPerStageAndCurrencyEqualTheSumsOfTheCountedFlowsInTheJson() {
        Map<String, Map<String, Object>> byId = byId();
        Map<Stage, MoneyTotal.Builder> expected = new HashMap<>();
        Map<Stage, Integer> pledges = new HashMap<>();
        for (Map<String, Object> f : json) {
            if (expectedReason(f, byId) == null) {
                MonetaryAmount a = amountOf(f);
                expected.computeIfAbsent(stageOf(f), s -> MoneyTotal.builder()).add(a);
                pledges.merge(stageOf(f), 1, Integer::sum);
            }
        }
        Snapshot all = fts.book().asOf(END);
        for (Stage s : List.of(Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED)) {
            assertThat(all.total(s).total()).as("%s", s).isEqualTo(expected.get(s).build());
            assertThat(all.total(s).pledgeCount()).as("%s", s).isEqualTo((long) pledges.get(s));
        }
        // a few figures written out, so the test's own rule cannot drift with the reader's
        assertThat(all.disbursed().total().amount("NOK")).isEqualTo(Amounts.of(64_757_491, "NOK"));
        assertThat(all.disbursed().total().amount("USD")).isEqualTo(Amounts.of(33_090_505, "USD"));
        assertThat(all.committed().total().amount("EUR")).isEqualTo(Amounts.of(32_760_599, "EUR"));
        assertThat(all.announced().total()).isEqualTo(MoneyTotal.of(Amounts.of(25_000, "EUR")));
    }

    @Test
    void excludedFlowsWithAnAmountAreReportedApartAsRegrants() {
        Map<String, Map<String, Object>> byId = byId();
        MoneyTotal.Builder expected = MoneyTotal.builder();
        int count = 0;
        for (Map<String, Object> f : json) {
            if (expectedReason(f, byId) != null && stageOf(f) == Stage.DISBURSED && amountOf(f) != null) {
                expected.add(amountOf(f));
                count++;
            }
        }
        assertThat(fts.book().asOf(END).disbursed().excludedRegrants()).isEqualTo(expected.build());
        assertThat(fts.book().asOf(END).disbursed().excludedRegrantCount()).isEqualTo(count);
    }

    @Test
    void aParentIsNeverCountedWithItsChildren() {
        Map<String, String> parentOf = new HashMap<>();
        for (Map<String, Object> f : json) {
            String id = JsonTree.id(f.get("id"));
            for (Object c : JsonTree.list(f.get("childFlowIds"))) {
                parentOf.put(JsonTree.id(c), id);
            }
            if (f.get("parentFlowId") != null) {
                parentOf.put(id, JsonTree.id(f.get("parentFlowId")));
            }
        }
        int pairs = 0;
        for (FtsFlow f : fts.counted()) {
            String parent = parentOf.get(f.id());
            if (parent != null && fts.flow(parent).isPresent()) {
                pairs++;
                assertThat(fts.flow(parent).get().isCounted()).as("flow %s and its parent %s", f.id(), parent)
                        .isFalse();
            }
        }
        assertThat(pairs).as("children whose parent is in the input").isEqualTo(9);
        assertThat(fts.flow("214861").orElseThrow().exclusion()).hasValue(
                "parent of flows 225182, 215617, 216006, 216679 in this input: counted through its children");
    }

    @Test
    void everyAmountIsTheExactDecimalOfTheJsonText() {
        for (Map<String, Object> f : json) {
            FtsFlow read = fts.flow(JsonTree.id(f.get("id"))).orElseThrow();
            MonetaryAmount expected = amountOf(f);
            if (expected == null) {
                assertThat(read.amount()).isEmpty();
            } else {
                assertThat(Amounts.decimal(read.amount().orElseThrow()))
                        .isEqualByComparingTo(Amounts.decimal(expected));
                assertThat(read.amount().get().getCurrency()).isEqualTo(expected.getCurrency());
            }
            if (f.get("exchangeRate") != null && ((BigDecimal) f.get("exchangeRate")).signum() > 0) {
                assertThat(read.exchangeRate()).hasValue((BigDecimal) f.get("exchangeRate"));
            }
        }
        assertThat(fts.flow("214492").orElseThrow().amount()).as("originalAmount 0 means none stated")
                .hasValue(Amounts.of(117_853, "USD"));
    }

    @Test
    void ftsStatedPledgeTotalIsTheUsdOfTheCountedPledges() {
        // FTS's own figure for the query: incoming pledges USD 29,621; the one pledge is on these pages
        BigDecimal pledgeTotal = (BigDecimal) JsonTree.object(JsonTree.object(page2.get("data")).get("incoming"))
                .get("pledgeTotal");
        assertThat(fts.statedUsd(Stage.ANNOUNCED)).isEqualTo(MoneyTotal.of(Amounts.of(pledgeTotal, "USD")));
    }

    @Test
    void ftsRatesAreKeptAsStatedPerUsd() {
        FtsFlow f = fts.flow("225182").orElseThrow();
        assertThat(f.exchangeRate()).isPresent();
        var rate = fts.rates().rate("USD", "EUR", f.date(), io.github.pledgebook.money.RateLookup.standard());
        assertThat(rate.source()).isEqualTo("FTS");
        assertThat(fts.rates().currencies()).extracting(c -> c.getCurrencyCode()).contains("USD", "EUR", "NOK");
    }

    @Test
    void inKindFlowKeepsItsStatedValueAndDescribesTheGoods() {
        FtsFlow f = fts.flow("223211").orElseThrow();
        Pledge p = f.pledge().orElseThrow();
        assertThat(f.isInKind()).isTrue();
        assertThat(p.instrument().name()).isEqualTo("IN_KIND");
        assertThat(p.inKind().orElseThrow().description()).isEqualTo("Provision of fire trucks to Palestinian Government");
        assertThat(f.amount()).hasValue(Amounts.of(7_569_090, "SAR"));
    }

    @Test
    void aDonorGivingToItselfGoesToThePlanItFunds() {
        // UNICEF's carry-over from its 2019 to its 2020 plan: the recipient is the plan
        Pledge p = fts.flow("214496").orElseThrow().pledge().orElseThrow();
        assertThat(p.donor().id()).isEqualTo("fts-org-2915");
        assertThat(p.recipient().id()).startsWith("fts-plan-");
    }

    @Test
    void eventsAreKnownWhenFtsFirstHeardOfThem() {
        FtsFlow f = fts.flow("214492").orElseThrow();
        var e = f.pledge().orElseThrow().firstEvent();
        assertThat(e.date()).isEqualTo(LocalDate.of(2020, 3, 19));
        assertThat(e.knownOn()).isEqualTo(LocalDate.of(2020, 3, 27));
        assertThat(e.source().date()).isEqualTo(LocalDate.of(2021, 2, 9));
        assertThat(fts.book().asKnownOn(LocalDate.of(2020, 3, 26)).pledge("fts-214492")).isEmpty();
    }

    @Test
    void plansAndEmergenciesAreKeptForGrouping() {
        FtsFlow f = fts.flow("214492").orElseThrow();
        assertThat(f.planIds()).containsExactly("832");
        assertThat(f.pledge().orElseThrow().sectors()).extracting(s -> s.code())
                .containsExactly("fts-global-cluster-26480", "fts-global-cluster-11");
        assertThat(fts.counted().stream().filter(c -> c.emergencyIds().contains("911")).count()).isPositive();
    }

    @Test
    void propertiesInAnyOrderAndEscapedNamesReadTheSame() throws IOException {
        // the reader expects each property name to follow the one it followed last time; a response in another
        // order, or with names written with escapes, must read exactly the same
        String page = text(PAGE_2);
        FtsImport plain = FtsReader.read(page);
        String shuffled = JsonTree.write(JsonTree.shuffled(JsonTree.parse(page), new java.util.Random(20)));
        String escaped = page.replace("\"amountUSD\"", "\"amount\\u0055SD\"")
                .replace("\"name\"", "\"n\\u0061me\"");
        assertThat(escaped).isNotEqualTo(page);
        for (String variant : List.of(shuffled, escaped)) {
            FtsImport other = FtsReader.read(variant);
            assertThat(other.flows()).extracting(RealFlowsTest::facts)
                    .isEqualTo(plain.flows().stream().map(RealFlowsTest::facts).collect(Collectors.toList()));
            assertThat(other.problems()).isEqualTo(plain.problems());
            assertThat(other.book().pledges()).isEqualTo(plain.book().pledges());
            assertThat(other.statedUsd(Stage.DISBURSED)).isEqualTo(plain.statedUsd(Stage.DISBURSED));
        }
        assertThat(plain.flows()).hasSize(200);
    }

    /** Everything a flow says, as values that compare by content. */
    static List<Object> facts(FtsFlow f) {
        return List.of(f.id(), f.versionId(), f.page(), f.status(), f.stage(), f.flowType(), f.boundary(),
                f.onBoundary(), f.newMoney(), f.isInKind(), f.date(), f.decisionDate(), f.firstReportedDate(),
                f.createdOn(), f.updatedOn(), f.description(), f.refCode(), f.amount(), f.originalAmount(),
                f.amountUsd(), f.exchangeRate(), f.parentFlowId(), f.childFlowIds(), f.sources(), f.destinations(),
                f.planIds(), f.emergencyIds(), f.isCounted(), f.exclusion(), f.pledge());
    }
}
