package io.github.pledgebook.iati;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.PledgeBook;
import io.github.pledgebook.timeline.StageTotal;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The reader on real files (src/test/resources/iati, see its README for sources and licences): the book's totals per
 * stage and currency equal a sum written here straight from the XML with the DOM, by transaction type and currency,
 * and every transaction is accounted for.
 */
class IatiRealFilesTest {

    static final String DPORTAL = "/iati/foodsecurity-dportal.xml";
    static final String STANDARD_EXAMPLE = "/iati/activity-standard-example-annotated.xml";
    private static final LocalDate END = LocalDate.of(2100, 1, 1);

    static IatiImport read(String resource) throws Exception {
        try (InputStream in = IatiRealFilesTest.class.getResourceAsStream(resource)) {
            return Iati.read(in);
        }
    }

    /** What the file says, summed independently: per stage, per currency, counted or re-granted. */
    private static final class Expected {
        final Map<Stage, Map<String, BigDecimal>> counted = new TreeMap<>();
        final Map<Stage, Map<String, BigDecimal>> regranted = new TreeMap<>();
        int transactions;
    }

    private static Stage stageOf(String type) {
        switch (type) {
            case "12": case "13": return Stage.ANNOUNCED;
            case "2": case "11": return Stage.COMMITTED;
            case "1": case "3": case "4": return Stage.DISBURSED;
            default: return null;
        }
    }

    private static Expected sumFromTheXml(String resource, LocalDate asOf) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc;
        try (InputStream in = IatiRealFilesTest.class.getResourceAsStream(resource)) {
            doc = f.newDocumentBuilder().parse(in);
        }
        Expected e = new Expected();
        NodeList activities = doc.getElementsByTagName("iati-activity");
        for (int i = 0; i < activities.getLength(); i++) {
            Element a = (Element) activities.item(i);
            String defaultCurrency = a.getAttribute("default-currency");
            NodeList txs = a.getElementsByTagName("transaction");
            boolean receives = false;
            for (int k = 0; k < txs.getLength(); k++) {
                String type = ((Element) ((Element) txs.item(k)).getElementsByTagName("transaction-type").item(0))
                        .getAttribute("code");
                receives |= type.equals("1") || type.equals("11") || type.equals("13");
            }
            for (int k = 0; k < txs.getLength(); k++) {
                e.transactions++;
                Element t = (Element) txs.item(k);
                String type = ((Element) t.getElementsByTagName("transaction-type").item(0)).getAttribute("code");
                LocalDate date = LocalDate.parse(((Element) t.getElementsByTagName("transaction-date").item(0))
                        .getAttribute("iso-date"));
                Element value = (Element) t.getElementsByTagName("value").item(0);
                String currency = value.getAttribute("currency").isEmpty() ? defaultCurrency
                        : value.getAttribute("currency");
                boolean incoming = type.equals("1") || type.equals("11") || type.equals("13");
                if (date.isAfter(asOf)) {
                    continue;
                }
                (receives && !incoming ? e.regranted : e.counted).computeIfAbsent(stageOf(type), s -> new TreeMap<>())
                        .merge(currency, new BigDecimal(value.getTextContent().trim()), BigDecimal::add);
            }
        }
        return e;
    }

    private static Map<String, BigDecimal> perCurrency(MoneyTotal total) {
        Map<String, BigDecimal> out = new TreeMap<>();
        total.toMap().forEach((c, v) -> out.put(c.getCurrencyCode(), v));
        return out;
    }

    private static Map<String, BigDecimal> normalized(Map<String, BigDecimal> m) {
        Map<String, BigDecimal> out = new TreeMap<>();
        m.forEach((c, v) -> {
            if (v.signum() != 0) {
                out.put(c, v.stripTrailingZeros());
            }
        });
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-06-30", "2021-12-31", "2022-06-30", "2100-01-01"})
    void bookTotalsPerStageAndCurrencyEqualTheFilesValuesSummedByTypeAndCurrency(String date) throws Exception {
        LocalDate asOf = LocalDate.parse(date);
        IatiImport imported = read(DPORTAL);
        Expected expected = sumFromTheXml(DPORTAL, asOf);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.links()).isEmpty();
        for (Stage s : List.of(Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED)) {
            StageTotal total = imported.book().total(s, asOf);
            assertThat(normalized(perCurrency(total.total()))).as("%s counted as of %s", s, asOf)
                    .isEqualTo(normalized(expected.counted.getOrDefault(s, Map.of())));
            assertThat(normalized(perCurrency(total.excludedRegrants()))).as("%s re-granted as of %s", s, asOf)
                    .isEqualTo(normalized(expected.regranted.getOrDefault(s, Map.of())));
        }
        assertThat(imported.book().total(Stage.REPORTED, asOf).total().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {DPORTAL, STANDARD_EXAMPLE})
    void everyTransactionIsCountedLinkedOrReported(String resource) throws Exception {
        IatiImport imported = read(resource);
        long events = imported.book().pledges().stream().mapToLong(p -> p.history().size()).sum();
        assertThat(imported.transactionCount()).isEqualTo(sumFromTheXml(resource, END).transactions);
        assertThat(imported.countedCount()).isEqualTo(events);
        assertThat(imported.countedCount() + imported.links().size() + imported.problems().size())
                .isEqualTo(imported.transactionCount());
    }

    @org.junit.jupiter.api.Test
    void leftOutTransactionNotesChangeNothingButTheNotes() throws Exception {
        IatiImport kept = read(DPORTAL);
        IatiReader bulk = IatiReader.standard().withTransactionNotes(false);
        IatiImport left;
        try (InputStream in = IatiRealFilesTest.class.getResourceAsStream(DPORTAL)) {
            left = bulk.read(in);
        }
        assertThat(kept.book().pledges().stream().flatMap(p -> p.history().stream()).filter(e -> e.note().isPresent()))
                .as("events noting their transaction").hasSize(20)
                .allSatisfy(e -> assertThat(e.note().orElseThrow()).startsWith("IATI transaction "));
        assertThat(left.book().pledges().stream().flatMap(p -> p.history().stream()))
                .allSatisfy(e -> assertThat(e.note()).isEmpty());
        assertThat(left.book().pledges()).hasSameSizeAs(kept.book().pledges());
        for (int i = 0; i < kept.book().pledges().size(); i++) {
            Pledge k = kept.book().pledges().get(i);
            List<PledgeEvent> withoutNotes = k.history().stream()
                    .map(e -> PledgeEvent.builder().from(e).note(java.util.Optional.empty()).build()).toList();
            assertThat(left.book().pledges().get(i)).isEqualTo(Pledge.builder().from(k).history(withoutNotes).build());
        }
        assertThat(left.problems()).isEqualTo(kept.problems());
        assertThat(left.notes()).isEqualTo(kept.notes());
        assertThat(left.links()).isEqualTo(kept.links());
        assertThat(bulk).hasToString("IatiReader[lenient, " + DacSectors.builtIn() + ", first narrative, "
                + "no transaction notes]");
        assertThat(IatiReader.standard()).hasToString("IatiReader[lenient, " + DacSectors.builtIn()
                + ", first narrative]");
    }

    @org.junit.jupiter.api.Test
    void theDportalFileHas63TransactionsIn7ActivitiesOfVersions202And203() throws Exception {
        IatiImport imported = read(DPORTAL);
        assertThat(imported.activityCount()).isEqualTo(7);
        assertThat(imported.transactionCount()).isEqualTo(63);
        assertThat(imported.version()).isEqualTo("2.03");
        assertThat(imported.toString())
                .isEqualTo("IatiImport[version 2.03: 7 activities, 63 transactions: 63 counted, 0 linked, 0 not counted]");
    }

    @org.junit.jupiter.api.Test
    void severalCommitmentsOfOneActivityAddUp() throws Exception {
        // PAX (NL-KVK-30214009-C380) commits to thirteen partners in 2021; the commitments add up
        Pledge pax = read(DPORTAL).book().pledges().stream()
                .filter(p -> p.id().equals("NL-KVK-30214009-C380")).findFirst().orElseThrow();
        assertThat(pax.history().stream().filter(e -> e.stage() == Stage.COMMITTED).count()).isEqualTo(13);
        assertThat(pax.amountAt(Stage.COMMITTED, END)).contains(Amounts.of(new BigDecimal("47975638"), "EUR"));
        assertThat(pax.regrantsPooledFunds()).as("PAX re-grants what the Dutch ministry gave it").isTrue();
    }

    @org.junit.jupiter.api.Test
    void valueDatesAreKeptAsRateDates() throws Exception {
        // JASS's disbursement of 2021-08-09 has value-date 2021-09-06
        Pledge jass = read(DPORTAL).book().pledges().stream()
                .filter(p -> p.id().equals("US-EIN-06-1597-668-PU1-GL (USD)")).findFirst().orElseThrow();
        PledgeEvent e = jass.history().stream().filter(x -> x.date().equals(LocalDate.of(2021, 8, 9))).findFirst()
                .orElseThrow();
        assertThat(e.rateDate()).contains(LocalDate.of(2021, 9, 6));
        assertThat(e.amount()).contains(Amounts.of(new BigDecimal("6006.4"), "USD"));
    }

    @org.junit.jupiter.api.Test
    void anActivityInTwoCurrenciesBecomesOnePledgePerCurrency() throws Exception {
        PledgeBook book = read(DPORTAL).book();
        Set<String> ids = new HashSet<>();
        book.pledges().forEach(p -> ids.add(p.id()));
        assertThat(ids).contains("US-EIN-06-1597-668-PU1-GL", "US-EIN-06-1597-668-PU1-GL (USD)");
    }

    @org.junit.jupiter.api.Test
    void sectorTotalsAddUpToTheStageTotalOnTheRealFile() throws Exception {
        IatiImport imported = read(DPORTAL);
        for (Stage s : List.of(Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED)) {
            SectorTotals split = imported.sectorTotals(s, END);
            MoneyTotal sum = split.unallocated();
            for (MoneyTotal t : split.bySector().values()) {
                sum = sum.plus(t);
            }
            assertThat(sum.withoutZeros()).isEqualTo(split.total());
            assertThat(split.total()).isEqualTo(imported.book().total(s, END).total().withoutZeros());
        }
        // the EC's disbursement of EUR 116,091.44: 25% cottage industries, 25% forest industries, 50% SMEs
        SectorTotals d = imported.sectorTotals(Stage.DISBURSED, LocalDate.of(2021, 12, 28));
        assertThat(d.bySector().get(DacSectors.builtIn().sector(32162)).amount("EUR"))
                .isEqualTo(Amounts.of(new BigDecimal("29022.86"), "EUR"));
        assertThat(d.bySector().get(DacSectors.builtIn().sector(32130)).amount("EUR"))
                .isEqualTo(Amounts.of(new BigDecimal("58045.72"), "EUR"));
    }

    @org.junit.jupiter.api.Test
    void organisationsWithoutRefGetAStableIdFromTheirNameAndANote() throws Exception {
        IatiImport imported = read(DPORTAL);
        Pledge de = imported.book().pledges().stream().filter(p -> p.id().equals("GB-CHC-285776-NGR476 from "
                + "iati-name:cafod-general-funds")).findFirst().orElseThrow();
        assertThat(de.donor().name()).isEqualTo("CAFOD General Funds");
        assertThat(imported.notes()).anySatisfy(n -> assertThat(n.reason())
                .contains("\"CAFOD General Funds\" has no ref; its id iati-name:cafod-general-funds"));
    }

    @org.junit.jupiter.api.Test
    void dportalsOwnNamespacedAttributesAreIgnored() throws Exception {
        // d-portal's dstore:dataset and iati-activities:version sit on every activity; none becomes data or a problem
        IatiImport imported = read(DPORTAL);
        assertThat(imported.notes()).noneSatisfy(n -> assertThat(n.reason()).contains("dstore"));
    }

    @org.junit.jupiter.api.Test
    void theStandardsExampleReadsItsIncomingFundsFromTheProvider() throws Exception {
        IatiImport imported = read(STANDARD_EXAMPLE);
        Pledge p = imported.book().pledges().get(0);
        assertThat(p.donor().id()).isEqualTo("BB-BBB-123456789");
        assertThat(p.channel().orElseThrow().id()).isEqualTo("AA-AAA-123456789");
        assertThat(p.disbursedOn(END)).contains(Amounts.of(1000, "EUR"));
        assertThat(p.history().get(0).rateDate()).contains(LocalDate.of(2012, 1, 1));
        assertThat(p.category()).isEqualTo(io.github.pledgebook.AidCategory.HUMANITARIAN);
    }

    @org.junit.jupiter.api.Test
    void aReaderAnInputStreamAndTextGiveTheSameBook() throws Exception {
        IatiImport fromStream = read(DPORTAL);
        String text;
        try (InputStream in = getClass().getResourceAsStream(DPORTAL)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        IatiImport fromText = Iati.read(text);
        IatiImport fromReader;
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream(DPORTAL), StandardCharsets.UTF_8)) {
            fromReader = Iati.read(r);
        }
        assertThat(fromText.book()).isEqualTo(fromStream.book());
        assertThat(fromReader.book()).isEqualTo(fromStream.book());
        assertThat(fromReader.notes()).isEqualTo(fromStream.notes());
    }
}
