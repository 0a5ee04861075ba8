package io.github.pledgebook.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Source;
import io.github.pledgebook.money.MissingRateException;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.sample.JapanUkraine2024;
import io.github.pledgebook.sample.Synthetic;
import io.github.pledgebook.timeline.EntryKind;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The charts parse as XML with the JDK's parser and hold the right elements, values, order and labels. */
class ChartsTest {

    private static final PledgeBook BOOK = JapanUkraine2024.book();
    private static final LocalDate FEB_20 = LocalDate.of(2024, 2, 20);
    private static final RateTable RATES = JapanUkraine2024.rates();
    private static final MoneyView USD = MoneyView.convertedTo("USD", JapanUkraine2024.FEB_19, RATES);
    private static final LocalDateRange WINTER = LocalDateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1));

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        DocumentBuilder b = f.newDocumentBuilder();
        Document doc = b.parse(new InputSource(new StringReader(svg)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        return doc;
    }

    static List<Element> all(Document doc, String tag, Predicate<Element> which) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (which.test(e)) {
                found.add(e);
            }
        }
        return found;
    }

    static Predicate<Element> cssClass(String name) {
        return e -> e.getAttribute("class").equals(name);
    }

    static List<String> texts(Document doc, String cssClass) {
        List<String> texts = new ArrayList<>();
        for (Element e : all(doc, "text", cssClass(cssClass))) {
            texts.add(e.getTextContent());
        }
        return texts;
    }

    static BigDecimal value(Element e) {
        return new BigDecimal(e.getAttribute("data-value"));
    }

    @Test
    void stagesByDonorDrawsAnnouncedCommittedDisbursedInOrderAtTheirConvertedValues() throws Exception {
        Document doc = parse(Charts.stagesByDonor("Japan", BOOK.asOf(FEB_20), USD));
        List<Element> bars = all(doc, "rect", cssClass("bar"));
        assertThat(bars).extracting(b -> b.getAttribute("data-stage"))
                .containsExactly("announced", "committed", "disbursed");
        assertThat(bars).allSatisfy(b -> assertThat(b.getAttribute("data-donor")).isEqualTo("jp-gov"));
        BigDecimal yenInDollars = RATES.convert(Amounts.of(15_800_000_000L, "JPY"), "USD", JapanUkraine2024.FEB_19)
                .decimal();
        assertThat(value(bars.get(0))).isEqualByComparingTo(yenInDollars.add(BigDecimal.valueOf(37_000_000)));
        assertThat(value(bars.get(1))).isEqualByComparingTo(yenInDollars);
        assertThat(value(bars.get(2))).isEqualByComparingTo(BigDecimal.ZERO);
        int announced = Integer.parseInt(bars.get(0).getAttribute("width"));
        int committed = Integer.parseInt(bars.get(1).getAttribute("width"));
        // widths in proportion: 142.37M against 105.37M on one axis, exact to a unit
        assertThat(committed * 14_237 / 10_537).isBetween(announced - 2, announced + 2);
        assertThat(texts(doc, "value-label")).containsExactly("USD 142M", "USD 105M", "USD 0 + 1 without value");
        assertThat(texts(doc, "donor-label")).containsExactly("Government of Japan");
        assertThat(texts(doc, "legend-label")).containsExactly("announced", "committed", "disbursed");
        assertThat(String.join(" ", texts(doc, "conversion-note")))
                .contains("Converted to USD at the rates of 2024-02-19: 1 JPY = USD 0.00666873 (ECB 2024-02-19, "
                        + "crossed via EUR)");
        assertThat(texts(doc, "note")).containsExactly(
                "Government of Japan, disbursed: 1 item without money value (not drawn)");
        assertThat(all(doc, "title", e -> true).get(0).getTextContent()).isEqualTo("Japan");
    }

    @Test
    void asStatedEveryCurrencyGetsItsOwnPanelAndNothingIsDrawnAsZeroInAnother() throws Exception {
        Document doc = parse(Charts.stagesByDonor("Japan", BOOK.asOf(FEB_20), MoneyView.asStated()));
        assertThat(all(doc, "g", cssClass("panel"))).extracting(p -> p.getAttribute("data-currency"))
                .containsExactly("JPY", "USD");
        List<Element> bars = all(doc, "rect", cssClass("bar"));
        assertThat(bars).extracting(b -> b.getAttribute("data-currency") + " " + b.getAttribute("data-stage") + " "
                + value(b).toPlainString()).containsExactly(
                "JPY announced 15800000000", "JPY committed 15800000000", "JPY disbursed 0",
                "USD announced 37000000", "USD committed 0", "USD disbursed 0");
        assertThat(texts(doc, "panel-title")).containsExactly("In JPY (as stated)", "In USD (as stated)");
        assertThat(texts(doc, "value-label")).startsWith("JPY 15.8bn", "JPY 15.8bn");
        assertThat(texts(doc, "conversion-note")).containsExactly(
                "Amounts as stated: each currency on its own axis, nothing converted or added across currencies.");
    }

    @Test
    void aCurrencyWithoutARateFailsInsteadOfBeingDrawnAsZero() {
        RateTable dollarsOnly = RateTable.parse("EUR/USD 1.0776 2024-02-19 ECB");
        MoneyView view = MoneyView.convertedTo("USD", JapanUkraine2024.FEB_19, dollarsOnly);
        assertThatThrownBy(() -> Charts.stagesByDonor("Japan", BOOK.asOf(FEB_20), view))
                .isInstanceOf(MissingRateException.class).hasMessageContaining("JPY");
        assertThatThrownBy(() -> Charts.cumulative("Japan", BOOK, WINTER, view))
                .isInstanceOf(MissingRateException.class);
    }

    @Test
    void timelineHasALanePerStageAndTheSeedDatesInOrder() throws Exception {
        Document doc = parse(Charts.timeline("Japan & Ukraine", BOOK));
        assertThat(all(doc, "text", cssClass("lane-label"))).extracting(e -> e.getAttribute("data-kind"))
                .containsExactly("milestone", "conference", "reported", "announced", "committed", "disbursed",
                        "memorandum");
        assertThat(texts(doc, "date-label")).containsExactly("22 Dec 2023", "7 Jan 2024", "11 Feb 2024",
                "19 Feb 2024");
        List<Element> events = all(doc, "path", cssClass("event"));
        assertThat(events).extracting(e -> e.getAttribute("data-kind") + " " + e.getAttribute("data-date") + " "
                + e.getAttribute("data-id")).containsExactly(
                "milestone 2023-12-22 jp-arms-export-2023",
                "conference 2024-02-19 jp-ua-erc-2024",
                "reported 2024-02-11 jp-erp3",
                "announced 2024-01-07 jp-nato-antidrone",
                "announced 2024-02-19 jp-erp3",
                "committed 2024-02-19 jp-erp3",
                "disbursed 2024-01-07 jp-generators",
                "memorandum 2024-02-19 jp-ua-grant-2024-02-19");
        assertThat(texts(doc, "event-label")).contains("USD 106M \u00b7 jp-erp3", "JPY 15.8bn \u00b7 jp-erp3",
                "USD 37M \u00b7 jp-nato-antidrone", "in kind: 80 electric generators \u00b7 jp-generators",
                "Japan revises its arms-export rules and will send Patriot missiles to the US");
        // the dates' markers sit left to right in date order
        int dec22 = x(events.get(0));
        int jan7 = x(events.get(3));
        int feb11 = x(events.get(2));
        int feb19 = x(events.get(4));
        assertThat(dec22).isLessThan(jan7);
        assertThat(jan7).isLessThan(feb11);
        assertThat(feb11).isLessThan(feb19);
        assertThat(all(doc, "rect", cssClass("conference-band"))).hasSize(1);
        assertThat(all(doc, "path", cssClass("pledge-path"))).extracting(p -> p.getAttribute("data-pledge"))
                .containsExactly("jp-erp3", "jp-erp3");
        assertThat(all(doc, "title", e -> true).get(0).getTextContent()).isEqualTo("Japan & Ukraine");
    }

    private static int x(Element marker) {
        String d = marker.getAttribute("d");
        return Integer.parseInt(d.substring(1, d.indexOf(',')));
    }

    @Test
    void cumulativeDrawsAStepLinePerStageEndingAtTheAsOfTotals() throws Exception {
        Document doc = parse(Charts.cumulative("Japan", BOOK, WINTER, USD));
        List<Element> series = all(doc, "path", cssClass("series"));
        assertThat(series).extracting(s -> s.getAttribute("data-stage"))
                .containsExactly("reported", "announced", "committed", "disbursed");
        MoneyTotal announced = BOOK.asOf(LocalDate.of(2024, 2, 29)).announced().total();
        assertThat(new BigDecimal(series.get(1).getAttribute("data-last-value")))
                .isEqualByComparingTo(RATES.convert(announced, Amounts.currency("USD"), JapanUkraine2024.FEB_19)
                        .decimal());
        assertThat(new BigDecimal(series.get(0).getAttribute("data-last-value")))
                .isEqualByComparingTo("106000000");
        assertThat(all(doc, "path", cssClass("point"))).extracting(p -> p.getAttribute("data-stage") + " "
                + p.getAttribute("data-date")).containsExactly("reported 2024-02-11", "announced 2024-01-07",
                "announced 2024-02-19", "committed 2024-02-19");
        assertThat(texts(doc, "tick-label")).contains("Dec 2023", "Jan 2024", "Feb 2024", "0", "50M", "100M");
        assertThat(texts(doc, "end-label")).contains("announced USD 142M", "reported USD 106M",
                "committed USD 105M", "disbursed USD 0");
        assertThat(texts(doc, "note")).containsExactly(
                "disbursed as of 2024-02-29: 1 item without money value (not drawn)");
        Document stated = parse(Charts.cumulative("Japan", BOOK, WINTER, MoneyView.asStated()));
        assertThat(all(stated, "path", cssClass("series"))).extracting(s -> s.getAttribute("data-currency") + " "
                + s.getAttribute("data-stage") + " " + s.getAttribute("data-last-value")).containsExactly(
                "JPY reported 0", "JPY announced 15800000000", "JPY committed 15800000000", "JPY disbursed 0",
                "USD reported 106000000", "USD announced 37000000", "USD committed 0", "USD disbursed 0");
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        String nasty = "<script>alert('x')</script> & \"quotes\" \u0007bell";
        Donor donor = Donor.government("d<1>", "Donor & <Sons> \"Ltd\"", "JP");
        Pledge p = Pledge.builder().id("p&1").donor(donor).recipient(Party.of("ua", "Ukraine", "UA"))
                .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                .addEvent(PledgeEvent.announced(FEB_20, Amounts.of(5, "USD"),
                        Source.official("Ministry <&>", FEB_20)))
                .build();
        PledgeBook book = PledgeBook.of(List.of(p));
        for (String svg : List.of(Charts.timeline(nasty, book),
                Charts.stagesByDonor(nasty, book.asOf(FEB_20), MoneyView.asStated()),
                Charts.cumulative(nasty, book, LocalDateRange.ofClosed(FEB_20.minusDays(3), FEB_20),
                        MoneyView.asStated()))) {
            assertThat(svg).doesNotContain("<script>").doesNotContain("\u0007");
            Document doc = parse(svg);
            assertThat(all(doc, "title", e -> true).get(0).getTextContent())
                    .isEqualTo("<script>alert('x')</script> & \"quotes\" \ufffdbell");
            assertThat(all(doc, "script", e -> true)).isEmpty();
        }
        Document bars = parse(Charts.stagesByDonor("t", book.asOf(FEB_20), MoneyView.asStated()));
        assertThat(texts(bars, "donor-label")).containsExactly("Donor & <Sons> \"Ltd\"");
        assertThat(all(bars, "rect", cssClass("bar")).get(0).getAttribute("data-donor")).isEqualTo("d<1>");
        Document timeline = parse(Charts.timeline("t", book));
        assertThat(texts(timeline, "event-label")).containsExactly("USD 5 \u00b7 p&1");
    }

    @Test
    void aLargeBookKeepsLabelsReadable() throws Exception {
        PledgeBook big = Synthetic.book(2_000, Synthetic.SEED);
        Document doc = parse(Charts.timeline("Synthetic, one quarter", big.chronicle()
                .within(LocalDateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1)))
                .ofKinds(EntryKind.ANNOUNCED, EntryKind.COMMITTED)));
        assertThat(texts(doc, "event-label")).isEmpty();
        assertThat(texts(doc, "date-label")).isEmpty();
        assertThat(texts(doc, "tick-label")).contains("Jan 2024", "Feb 2024", "Mar 2024").hasSizeLessThan(6);
        Document bars = parse(Charts.stagesByDonor("Synthetic", big.asOf(Synthetic.END),
                MoneyView.convertedTo("EUR", Synthetic.END, Synthetic.rates(Synthetic.SEED))));
        assertThat(texts(bars, "donor-label")).hasSize(10);
        assertThat(all(bars, "rect", cssClass("bar"))).hasSize(30);
        // many donors with items without value: one footnote instead of thirty
        assertThat(texts(bars, "note")).singleElement().asString()
                .startsWith("Items without money value (not drawn) are counted next to their bars: ");
        // every value label ends inside the picture
        int width = Integer.parseInt(bars.getDocumentElement().getAttribute("width"));
        assertThat(all(bars, "text", cssClass("value-label"))).allSatisfy(t -> assertThat(
                Integer.parseInt(t.getAttribute("x")) + Svg.textWidth(t.getTextContent(), 11)).isLessThan(width));
        Document lines = parse(Charts.cumulative("Synthetic", big, LocalDateRange.of(Synthetic.START, Synthetic.END),
                MoneyView.convertedTo("EUR", Synthetic.END, Synthetic.rates(Synthetic.SEED))));
        assertThat(all(lines, "path", cssClass("point"))).isEmpty();
        assertThat(texts(lines, "tick-label")).contains("2023", "2024", "2025", "2026");
    }

    @Test
    void anEmptyBookDrawsAChartThatSaysSo() throws Exception {
        Document doc = parse(Charts.timeline("Nothing", PledgeBook.empty()));
        assertThat(texts(doc, "note")).containsExactly("Nothing to show: the book or chronicle has no entries.");
        Document bars = parse(Charts.stagesByDonor("Nothing", PledgeBook.empty().asOf(FEB_20), USD));
        assertThat(all(bars, "rect", cssClass("bar"))).isEmpty();
        assertThatThrownBy(() -> Charts.cumulative("Nothing", BOOK, LocalDateRange.of(FEB_20, FEB_20), USD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("chart period must hold at least one day and have both ends, was ");
    }

    @Test
    void moneyViewSaysWhatItDoes() {
        assertThat(USD).hasToString("converted to USD at the rates of 2024-02-19");
        assertThat(MoneyView.asStated()).hasToString("as stated, each currency on its own axis");
        assertThat(USD.isConverted()).isTrue();
        assertThat(USD.currency()).contains(Amounts.currency("USD"));
        assertThat(USD.rateDate()).contains(JapanUkraine2024.FEB_19);
        assertThat(MoneyView.asStated().isConverted()).isFalse();
        assertThat(MoneyView.asStated().currency()).isEmpty();
        assertThat(USD).isEqualTo(MoneyView.convertedTo(Amounts.currency("USD"), JapanUkraine2024.FEB_19, RATES))
                .hasSameHashCodeAs(MoneyView.convertedTo("USD", JapanUkraine2024.FEB_19, RATES))
                .isNotEqualTo(MoneyView.asStated());
        assertThatThrownBy(() -> MoneyView.convertedTo("USD", null, RATES))
                .hasMessage("chart rate date is required, was null");
    }
}
