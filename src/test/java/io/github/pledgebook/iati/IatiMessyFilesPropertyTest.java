package io.github.pledgebook.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The real files broken the ways published files are: attributes and elements missing, blank or holding the wrong
 * thing (letters for numbers, impossible dates, unknown codes and currencies, huge numbers), elements repeated, other
 * namespaces added. Whatever is broken, the reader must load the rest, account for every transaction (counted, linked
 * or reported, each problem saying where and why), and never fail with anything but a clear refusal in strict mode.
 */
class IatiMessyFilesPropertyTest {

    private static final String[] FILES = {IatiRealFilesTest.DPORTAL, IatiRealFilesTest.STANDARD_EXAMPLE};

    /** What publishers write where a value belongs. */
    private static final String[] JUNK = {"", " ", "abc", "-5", "0", "-0.00", "1e3", "1,234.50", "12 345", "NaN",
        "2021-13-45", "2021-02-30", "2021-2-3", "20210203", "2021-02-03T25:00:00", "N/A", "XXX", "XTS", "usd", "US",
        "EURO", "99", "1.0", "+12.5", "12.", ".5", "1..2", "99999999999999999999999999999999999999.5",
        "0.00000000000000000000000000000001", "\u00a0 7 \u00a0", "Caf\u00e9 \u6f22\u5b57",
        "x".repeat(5000)};
    /** Attributes the reader uses. */
    private static final String[] ATTRIBUTES = {"code", "iso-date", "currency", "value-date", "ref", "role", "type",
        "activity-id", "provider-activity-id", "receiver-activity-id", "percentage", "vocabulary", "default-currency",
        "humanitarian", "version", "last-updated-datetime", "xml:lang"};
    /** Elements whose loss or repetition the reader must survive. */
    private static final String[] ELEMENTS = {"transaction-type", "transaction-date", "value", "provider-org",
        "receiver-org", "participating-org", "reporting-org", "sector", "recipient-country", "recipient-region",
        "iati-identifier", "title", "narrative", "transaction", "iati-activity", "default-aid-type", "budget"};

    @Property
    void everyTransactionIsAccountedForHoweverTheFileIsBroken(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        Document doc = parse(FILES[r.nextInt(FILES.length)]);
        int breaks = 1 + r.nextInt(12);
        for (int i = 0; i < breaks; i++) {
            breakOnce(doc, r);
        }
        String xml = text(doc);
        int transactions = iatiElements(doc, "transaction");
        if (doc.getDocumentElement().getAttribute("version").trim().startsWith("1.")) {
            // broken into a version 1.0x file: refused whole, naming the version
            assertThatThrownBy(() -> Iati.read(xml)).isInstanceOf(IatiFormatException.class)
                    .hasMessageContaining("IATI version 1.");
            return;
        }

        IatiImport imported = Iati.read(xml);
        Statistics.collect(imported.problems().isEmpty() ? "no transaction reported" : "transactions reported");

        assertThat(imported.transactionCount()).as("transactions read").isEqualTo(transactions);
        assertThat(imported.countedCount() + imported.links().size() + imported.problems().size())
                .as("counted + linked + reported").isEqualTo(imported.transactionCount());
        assertThat(imported.book().pledges().stream().mapToLong(p -> p.history().size()).sum())
                .as("events in the book").isEqualTo(imported.countedCount());
        for (IatiProblem p : imported.problems()) {
            assertThat(p.reason()).as("reason of %s", p).isNotBlank();
            assertThat(p.line()).as("line of %s", p).isPositive();
        }
        if (imported.problems().isEmpty()) {
            assertThat(IatiReader.standard().strict(true).read(xml).book()).isEqualTo(imported.book());
        } else {
            assertThatThrownBy(() -> IatiReader.standard().strict(true).read(xml))
                    .isInstanceOf(IatiFormatException.class).hasMessageContaining("strict mode");
        }
    }

    @Property
    void aFileCutShortIsRefusedWholeAndTheFilesReadBeforeStay(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        String whole = text(parse(FILES[r.nextInt(FILES.length)]));
        // cut before the root element closes: what follows it (a comment in the standard's example) is not read
        String cut = whole.substring(0, r.nextInt(whole.lastIndexOf("</iati-activities>")));
        assertThatThrownBy(() -> Iati.read(cut)).isInstanceOf(IatiFormatException.class)
                .hasMessageStartingWith("IATI file");

        String other = text(parse(IatiRealFilesTest.STANDARD_EXAMPLE));
        IatiFiles files = Iati.files().add("example.xml", other);
        assertThatThrownBy(() -> files.add("cut.xml", cut)).isInstanceOf(IatiFormatException.class)
                .hasMessageContaining("cut.xml");
        IatiImport read = files.result();
        assertThat(read.book()).isEqualTo(Iati.read(other).book());
        assertThat(read.transactionCount()).isEqualTo(Iati.read(other).transactionCount());
    }

    private static void breakOnce(Document doc, Random r) {
        List<Element> all = iatiElements(doc);
        Element e = all.get(r.nextInt(all.size()));
        switch (r.nextInt(6)) {
            case 0: { // an attribute gone
                NamedNodeMap attributes = e.getAttributes();
                if (attributes.getLength() > 0) {
                    e.removeAttributeNode((Attr) attributes.item(r.nextInt(attributes.getLength())));
                }
                break;
            }
            case 1: // an attribute holding junk, where the reader looks
                e.setAttribute(ATTRIBUTES[r.nextInt(ATTRIBUTES.length)], JUNK[r.nextInt(JUNK.length)]);
                break;
            case 2: // the text of a value, a narrative or an identifier turned to junk
                e = pick(doc, r, "value", "narrative", "iati-identifier");
                if (e != null) {
                    e.setTextContent(JUNK[r.nextInt(JUNK.length)]);
                }
                break;
            case 3: { // an element gone
                Element gone = pick(doc, r, ELEMENTS);
                if (gone != null && gone.getParentNode() != doc) {
                    gone.getParentNode().removeChild(gone);
                }
                break;
            }
            case 4: { // an element published twice
                Element twice = pick(doc, r, ELEMENTS);
                if (twice != null && twice.getParentNode() != doc) {
                    twice.getParentNode().insertBefore(twice.cloneNode(true), twice.getNextSibling());
                }
                break;
            }
            default: // another namespace's attribute and element, as d-portal adds
                e.setAttributeNS("http://d-portal.org/xmlns/dstore", "dstore:" + ATTRIBUTES[r.nextInt(7)], "junk");
                e.appendChild(doc.createElementNS("http://example.org/other", "other:" + ELEMENTS[r.nextInt(9)]));
        }
    }

    private static Element pick(Document doc, Random r, String... names) {
        String name = names[r.nextInt(names.length)];
        NodeList found = doc.getElementsByTagNameNS("*", name);
        List<Element> iati = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            Element e = (Element) found.item(i);
            if (e.getNamespaceURI() == null) {
                iati.add(e);
            }
        }
        return iati.isEmpty() ? null : iati.get(r.nextInt(iati.size()));
    }

    private static List<Element> iatiElements(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    /** The IATI (namespace-less) elements of a name inside IATI activities, as the reader counts them. */
    private static int iatiElements(Document doc, String name) {
        int n = 0;
        NodeList found = doc.getElementsByTagNameNS("*", name);
        for (int i = 0; i < found.getLength(); i++) {
            Node parent = found.item(i).getParentNode();
            if (found.item(i).getNamespaceURI() == null && parent.getNamespaceURI() == null
                    && "iati-activity".equals(parent.getLocalName())) {
                n++;
            }
        }
        return n;
    }

    private static Document parse(String resource) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = IatiMessyFilesPropertyTest.class.getResourceAsStream(resource)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static String text(Document doc) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }
}
