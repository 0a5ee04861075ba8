package example.spark;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Source;
import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A minimal IATI 2.0x activity reader, enough for the example: outgoing pledges (12), commitments (2) and
 * disbursements (3) of the reporting organisation become announced, committed and disbursed money. In IATI these
 * add up, so each activity and currency becomes one pledge whose announced and committed events carry the running
 * sum, and whose disbursements are tranches. Other transaction types, and values that are missing, not positive or
 * without a currency, are counted as problems. No links between publishers are followed.
 */
final class MinimalIatiReader implements BookReader {

    private static final long serialVersionUID = 1L;

    @Override
    public FileBook read(InputStream in, String name) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Pledge> pledges = new ArrayList<>();
        long transactions = 0;
        long problems = 0;
        try {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            Activity a = null;
            Tx t = null;
            String orgRef = null;
            String text = null;
            boolean inReportingOrg = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String el = x.getLocalName();
                    text = null;
                    switch (el) {
                        case "iati-activity" -> {
                            a = new Activity();
                            a.defaultCurrency = x.getAttributeValue(null, "default-currency");
                        }
                        case "reporting-org" -> {
                            orgRef = x.getAttributeValue(null, "ref");
                            inReportingOrg = true;
                        }
                        case "transaction" -> t = new Tx();
                        case "transaction-type" -> {
                            if (t != null) {
                                t.type = x.getAttributeValue(null, "code");
                            }
                        }
                        case "transaction-date" -> {
                            if (t != null) {
                                t.date = x.getAttributeValue(null, "iso-date");
                            }
                        }
                        case "value" -> {
                            if (t != null) {
                                t.currency = x.getAttributeValue(null, "currency");
                            }
                        }
                        case "recipient-country" -> {
                            if (a != null && a.country == null) {
                                a.country = x.getAttributeValue(null, "code");
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    text = text == null ? x.getText() : text + x.getText();
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String el = x.getLocalName();
                    if (a != null) {
                        switch (el) {
                            case "iati-identifier" -> a.id = text == null ? null : text.trim();
                            case "narrative" -> {
                                if (inReportingOrg && a.donorName == null && text != null) {
                                    a.donorName = text.trim();
                                }
                            }
                            case "reporting-org" -> {
                                a.donorRef = orgRef;
                                inReportingOrg = false;
                            }
                            case "value" -> {
                                if (t != null) {
                                    t.value = text == null ? "" : text.trim();
                                }
                            }
                            case "transaction" -> {
                                transactions++;
                                if (!a.add(t)) {
                                    problems++;
                                }
                                t = null;
                            }
                            case "iati-activity" -> {
                                problems += a.toPledges(pledges);
                                a = null;
                            }
                            default -> {
                            }
                        }
                    }
                    text = null;
                }
            }
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(name + ": not a readable XML file: " + e.getMessage(), e);
        }
        return new FileBook(PledgeBook.of(pledges), transactions, transactions - problems, 0, problems);
    }

    private static final class Tx {
        String type;
        String date;
        String currency;
        String value;
    }

    private static final class Activity {
        String id;
        String donorRef;
        String donorName;
        String defaultCurrency;
        String country;
        /** Per currency, per date, per stage: the day's sum; dates in order. */
        final Map<String, TreeMap<LocalDate, BigDecimal[]>> byCurrency = new TreeMap<>();
        long taken;

        boolean add(Tx t) {
            int stage = "12".equals(t.type) ? 0 : "2".equals(t.type) ? 1 : "3".equals(t.type) ? 2 : -1;
            String currency = t.currency != null && !t.currency.isBlank() ? t.currency : defaultCurrency;
            if (stage < 0 || t.date == null || t.value == null || currency == null) {
                return false;
            }
            BigDecimal v;
            LocalDate d;
            try {
                v = new BigDecimal(t.value);
                d = LocalDate.parse(t.date);
                Amounts.currency(currency);
            } catch (RuntimeException e) {
                return false;
            }
            if (v.signum() <= 0) {
                return false;
            }
            BigDecimal[] day = byCurrency.computeIfAbsent(currency, c -> new TreeMap<>()).computeIfAbsent(d,
                    k -> new BigDecimal[3]);
            day[stage] = day[stage] == null ? v : day[stage].add(v);
            taken++;
            return true;
        }

        /** Adds this activity's pledges; returns the transactions it had to leave out (no id or donor). */
        long toPledges(List<Pledge> out) {
            if (byCurrency.isEmpty()) {
                return 0;
            }
            if (id == null || id.isEmpty() || donorRef == null || donorRef.isBlank()) {
                return taken;
            }
            Donor donor = DONORS.computeIfAbsent(donorRef, r -> Donor.of(r, donorName == null ? r : donorName,
                    DonorKind.GOVERNMENT_AGENCY));
            Party recipient = country == null ? UNKNOWN : RECIPIENTS.computeIfAbsent(country,
                    c -> Party.of("country-" + c, "Country " + c));
            Source source = Source.of(donor.name(), io.github.pledgebook.SourceKind.DATASET, LocalDate.of(2000, 1, 1));
            for (Map.Entry<String, TreeMap<LocalDate, BigDecimal[]>> e : byCurrency.entrySet()) {
                Pledge.Builder b = Pledge.builder().id(id + "|" + e.getKey()).donor(donor).recipient(recipient)
                        .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT);
                BigDecimal announced = null;
                BigDecimal committed = null;
                for (Map.Entry<LocalDate, BigDecimal[]> day : e.getValue().entrySet()) {
                    BigDecimal[] v = day.getValue();
                    if (v[0] != null) {
                        announced = announced == null ? v[0] : announced.add(v[0]);
                        b.addEvent(PledgeEvent.of(day.getKey(), Stage.ANNOUNCED, Amounts.of(announced, e.getKey()),
                                source));
                    }
                    if (v[1] != null) {
                        committed = committed == null ? v[1] : committed.add(v[1]);
                        b.addEvent(PledgeEvent.of(day.getKey(), Stage.COMMITTED, Amounts.of(committed, e.getKey()),
                                source));
                    }
                    if (v[2] != null) {
                        b.addEvent(PledgeEvent.of(day.getKey(), Stage.DISBURSED, Amounts.of(v[2], e.getKey()), source));
                    }
                }
                out.add(b.build());
            }
            return 0;
        }
    }

    private static final Party UNKNOWN = Party.of("unknown-recipient", "Recipient not stated");
    private static final Map<String, Donor> DONORS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Party> RECIPIENTS = new java.util.concurrent.ConcurrentHashMap<>();
}
