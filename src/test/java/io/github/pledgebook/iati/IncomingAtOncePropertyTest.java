package io.github.pledgebook.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Incoming transactions (money an activity received) are decided as soon as their activity ends and taken back at the
 * end when an activity of the input turns out to provide them; strict mode still decides them at the end. On files
 * without problems both must give the same book, links and notes, whichever comes first, provider or receiver.
 */
class IncomingAtOncePropertyTest {

    private static final String[] ORGS = {"ORG-A", "ORG-B", "ORG-C", "ORG-D"};

    @Property(tries = 300)
    void decidingIncomingMoneyAtOnceGivesWhatDecidingItAtTheEndGives(@ForAll long seed) {
        Random r = new Random(seed);
        String xml = file(r, 2 + r.nextInt(9), 0, 1);
        sameAsAtTheEnd(IatiReader.standard().read(xml), IatiReader.standard().strict(true).read(xml));
    }

    @Property(tries = 100)
    void severalFilesToo(@ForAll long seed) {
        Random r = new Random(seed);
        List<String> files = List.of(file(r, 1 + r.nextInt(5), 0, 2), file(r, 1 + r.nextInt(5), 1, 2));
        IatiFiles lenient = IatiReader.standard().files();
        IatiFiles strict = IatiReader.standard().strict(true).files();
        for (int i = 0; i < files.size(); i++) {
            lenient.add("f" + i + ".xml", new StringReader(files.get(i)));
            strict.add("f" + i + ".xml", new StringReader(files.get(i)));
        }
        sameAsAtTheEnd(lenient.result(), strict.result());
    }

    @Example
    void aPledgeWhoseTransactionsAreAllProvidedLaterIsNotMadeAndItsActivitysOrderStays() {
        // R-1 receives from ORG-A twice (both provided by P-1, read later) and from ORG-B once (not provided)
        String receiver = activity("R-1", "ORG-C",
                tx("11", "2021-01-05", "ORG-A", "P-1", null),
                tx("1", "2021-02-05", "ORG-B", null, null),
                tx("1", "2021-03-05", "ORG-A", null, null));
        String provider = activity("P-1", "ORG-A",
                tx("2", "2021-01-01", null, null, "R-1"),
                tx("3", "2021-03-01", null, null, "R-1"));
        IatiImport imported = Iati.read(IatiReaderTest.file(receiver, provider));
        assertThat(imported.book().pledges()).extracting(p -> p.id()).containsExactly("P-1", "R-1 from ORG-B");
        assertThat(imported.links()).extracting(IatiLink::transactionPosition).containsExactly(1, 3);
        assertThat(imported.countedCount()).isEqualTo(3);
        assertThat(imported.sectorShares("R-1 from ORG-A")).isEmpty();
        sameAsAtTheEnd(imported, IatiReader.standard().strict(true).read(IatiReaderTest.file(receiver, provider)));
    }

    private static void sameAsAtTheEnd(IatiImport atOnce, IatiImport atTheEnd) {
        assertThat(atOnce.book().pledges()).containsExactlyElementsOf(atTheEnd.book().pledges());
        assertThat(atOnce.links()).containsExactlyElementsOf(atTheEnd.links());
        assertThat(atOnce.problems()).containsExactlyElementsOf(atTheEnd.problems());
        assertThat(atOnce.notes().stream().map(Object::toString).sorted().collect(Collectors.toList()))
                .containsExactlyElementsOf(atTheEnd.notes().stream().map(Object::toString).sorted()
                        .collect(Collectors.toList()));
        assertThat(atOnce.countedCount()).isEqualTo(atTheEnd.countedCount());
        for (var p : atTheEnd.book().pledges()) {
            assertThat(atOnce.sectorShares(p.id())).isEqualTo(atTheEnd.sectorShares(p.id()));
        }
    }

    /**
     * Activities A-k-0, A-k-1, ... of file k of n whose transactions name activities of any of the files as provider or
     * receiver, read before or after them.
     */
    private static String file(Random r, int activities, int k, int n) {
        String[] xml = new String[activities];
        for (int i = 0; i < activities; i++) {
            String[] txs = new String[1 + r.nextInt(5)];
            for (int t = 0; t < txs.length; t++) {
                String type = new String[] {"1", "2", "3", "4", "11", "12", "13"}[r.nextInt(7)];
                boolean incoming = type.equals("1") || type.equals("11") || type.equals("13");
                // one past the end names no activity of the input
                String other = "A-" + r.nextInt(n) + "-" + r.nextInt(activities + 1);
                String date = "2021-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10);
                txs[t] = incoming
                        ? tx(type, date, r.nextInt(4) == 0 ? null : ORGS[r.nextInt(ORGS.length)],
                                r.nextInt(3) == 0 ? other : null, null)
                        : tx(type, date, null, null, r.nextInt(2) == 0 ? other : null);
            }
            xml[i] = activity("A-" + k + "-" + i, ORGS[r.nextInt(ORGS.length)], txs);
        }
        return IatiReaderTest.file(xml);
    }

    /** An activity reported by an organisation, each organisation always with the same name and type. */
    private static String activity(String id, String reporter, String... transactions) {
        return " <iati-activity default-currency=\"EUR\">\n  <iati-identifier>" + id + "</iati-identifier>\n"
                + "  <reporting-org ref=\"" + reporter + "\" type=\"21\"><narrative>Name of " + reporter
                + "</narrative></reporting-org>\n"
                + "  <recipient-country code=\"UA\" percentage=\"100\"/>\n"
                + "  <sector code=\"15110\" percentage=\"100\"/>\n"
                + String.join("\n", transactions) + "\n </iati-activity>";
    }

    private static String tx(String type, String date, String provider, String providerActivity, String receiver) {
        return "  <transaction><transaction-type code=\"" + type + "\"/><transaction-date iso-date=\"" + date
                + "\"/><value value-date=\"" + date + "\">100</value>"
                + (provider == null && providerActivity == null ? "" : "<provider-org"
                        + (provider == null ? "" : " ref=\"" + provider + "\" type=\"21\"")
                        + (providerActivity == null ? "" : " provider-activity-id=\"" + providerActivity + "\"")
                        + ">" + (provider == null ? "" : "<narrative>Name of " + provider + "</narrative>")
                        + "</provider-org>")
                + (receiver == null ? "" : "<receiver-org receiver-activity-id=\"" + receiver + "\"/>")
                + "</transaction>";
    }
}
