package io.github.pledgebook.iati;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.internal.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import io.github.pledgebook.internal.Days;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.money.CurrencyUnit;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads IATI activity XML with the JDK's StAX, one activity at a time: the text is never held whole. Checks each
 * transaction and hands over the activity with its good transactions; bad ones go to the problem sink.
 * <p>
 * The factory is hardened before the first read: no DTDs (a DOCTYPE is refused outright), no external entities, no
 * resolver, and the JDK's own entity-expansion limits stay on. Elements and attributes in other namespaces (IATI has
 * none; d-portal adds {@code dstore:}) are skipped. Not thread-safe; one per read.
 */
final class ActivityParser {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Digits that always fit in a long: decimals with more are read by BigDecimal's own parser. */
    private static final int MAX_LONG_DIGITS = 18;

    /** Receives problems: transaction ones (position > 0) and notes. */
    interface Problems {
        void transaction(Activity a, int position, String ref, int line, int column, String reason);

        void note(Activity a, int line, int column, String reason);
    }

    private final XMLStreamReader x;
    private final Problems problems;
    private final String language;
    private final Map<String, CurrencyUnit> currencies = new HashMap<>();
    /** The last currency code looked up and its unit: most transactions use their activity's default currency. */
    private String lastCurrencyCode;
    private CurrencyUnit lastCurrency;
    /** Dates read, one object per day: a million transactions fall on a few thousand days. */
    private final Days days = new Days();
    /** The text of the value element being read, reused: the value is kept as a number, never as text. */
    private final StringBuilder valueText = new StringBuilder(32);
    private String version = "";

    ActivityParser(XMLStreamReader x, Problems problems, String language) {
        this.x = x;
        this.problems = problems;
        this.language = language;
    }

    /** A factory that reads no DTD and resolves no entity; the JDK's default implementation, never a plug-in. */
    static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused: IATI files need none");
        });
        return f;
    }

    /**
     * Reads every activity and hands each to {@code sink}; returns the file's version attribute ("" if none).
     *
     * @throws IatiFormatException if the XML is not well-formed, has a DOCTYPE, or is IATI version 1.0x
     */
    static String read(XMLStreamReader x, Problems problems, String language, Consumer<Activity> sink) {
        ActivityParser p = new ActivityParser(x, problems, language);
        try {
            p.readDocument(sink);
        } catch (XMLStreamException e) {
            Location l = e.getLocation() != null ? e.getLocation() : x.getLocation();
            int line = l == null ? -1 : l.getLineNumber();
            int column = l == null ? -1 : l.getColumnNumber();
            IOException io = ioFailure(e);
            if (io != null) {
                throw new UncheckedIOException("reading the IATI file failed at line " + line + ", column " + column
                        + ": " + io.getMessage(), io);
            }
            throw new IatiFormatException("IATI file is not well-formed XML at line " + line + ", column " + column
                    + ": " + e.getMessage(), line, column, e);
        } finally {
            try {
                x.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over the caller's stream frees our buffers only; the caller closes the stream
            }
        }
        return p.version;
    }

    /**
     * The failure of the caller's stream or reader inside a parser's exception, or null: that is not a fault of the
     * file, and is thrown as such.
     */
    static IOException ioFailure(XMLStreamException e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 16; depth++) {
            if (t instanceof IOException) {
                return (IOException) t;
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException) {
                next = ((XMLStreamException) t).getNestedException();
            }
            t = next == t ? null : next;
        }
        return null;
    }

    private IatiFormatException refused(String why) {
        Location l = x.getLocation();
        return new IatiFormatException(why + " (line " + l.getLineNumber() + ", column " + l.getColumnNumber() + ")",
                l.getLineNumber(), l.getColumnNumber(), null);
    }

    private void readDocument(Consumer<Activity> sink) throws XMLStreamException {
        int event = x.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw refused("IATI file refused: it has a DOCTYPE declaration; IATI files have none, and a DTD is how "
                        + "hostile XML smuggles in external entities (XXE) or entity expansion");
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw refused("IATI file is empty: expected an <iati-activities> element");
            }
            event = x.next();
        }
        if (isIati() && x.getLocalName().equals("iati-activity")) {
            // a single activity without the wrapper
            sink.accept(readActivity());
            return;
        }
        if (!isIati() || !x.getLocalName().equals("iati-activities")) {
            throw refused("IATI file expected: the root element must be <iati-activities>, was <"
                    + x.getName() + ">");
        }
        String v = attr("version");
        version = v == null ? "" : v.trim();
        if (version.startsWith("1.")) {
            throw refused("IATI version " + version + " file refused: pledgebook reads IATI 2.01 to 2.03; version 1.0x "
                    + "uses other codes (letter transaction types such as C, D, E, IF and organisation roles by name); "
                    + "convert it to 2.0x first");
        }
        while (true) {
            event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isIati() && x.getLocalName().equals("iati-activity")) {
                    sink.accept(readActivity());
                } else {
                    skip();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    private boolean isIati() {
        String ns = x.getNamespaceURI();
        return ns == null || ns.isEmpty();
    }

    /** An attribute without namespace (IATI's own), or null: d-portal's {@code dstore:ref} is never taken. */
    private String attr(String name) {
        for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
            String ns = x.getAttributeNamespace(i);
            if ((ns == null || ns.isEmpty()) && x.getAttributeLocalName(i).equals(name)) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private String lang() {
        for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
            if (XML_NS.equals(x.getAttributeNamespace(i)) && x.getAttributeLocalName(i).equals("lang")) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Skips the current element with everything inside it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The text of a text-only element; nested elements are skipped. */
    private String text() throws XMLStreamException {
        StringBuilder sb = null;
        String single = null;
        while (true) {
            int e = x.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE || e == XMLStreamConstants.ENTITY_REFERENCE) {
                String t = x.getText();
                if (single == null) {
                    single = t;
                } else {
                    if (sb == null) {
                        sb = new StringBuilder(single);
                    }
                    sb.append(t);
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                skip();
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return sb != null ? sb.toString() : single == null ? "" : single;
            }
        }
    }

    /**
     * Reads the text of a text-only element into {@link #valueText}, as {@link #text()} would return it, without
     * making a String: the characters are taken from the parser's buffer.
     */
    private void readValueText() throws XMLStreamException {
        StringBuilder sb = valueText;
        sb.setLength(0);
        while (true) {
            int e = x.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE) {
                sb.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
            } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
                sb.append(x.getText());
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                skip();
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    /**
     * The chosen narrative inside the current element, tidied as one line ({@link Texts#line}): in the preferred
     * language if any, else the first.
     */
    private String narrative(String defaultLang) throws XMLStreamException {
        return narrative(defaultLang, Texts::line);
    }

    /** The chosen narrative, tidied by {@code tidy} ({@link Texts#line} or {@link Texts#text}); null if none. */
    private String narrative(String defaultLang, UnaryOperator<String> tidy) throws XMLStreamException {
        String first = null;
        String preferred = null;
        while (true) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (isIati() && x.getLocalName().equals("narrative")) {
                    String l = lang();
                    String t = tidy.apply(text());
                    if (t == null) {
                        continue;
                    }
                    if (first == null) {
                        first = t;
                    }
                    if (preferred == null && language != null
                            && language.equalsIgnoreCase(l != null ? l : defaultLang)) {
                        preferred = t;
                    }
                } else {
                    skip();
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return preferred != null ? preferred : first;
            }
        }
    }

    private Activity readActivity() throws XMLStreamException {
        Activity a = new Activity();
        Location l = x.getLocation();
        a.line = l.getLineNumber();
        a.column = l.getColumnNumber();
        a.defaultCurrency = blankToNull(attr("default-currency"));
        a.humanitarian = isTrue(attr("humanitarian"));
        a.lang = lang();
        String updated = attr("last-updated-datetime");
        if (updated != null) {
            a.lastUpdated = date(updated);
        }
        while (true) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                return a;
            }
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!isIati()) {
                skip();
                continue;
            }
            switch (x.getLocalName()) {
                case "iati-identifier":
                    a.id = Texts.id(text());
                    break;
                case "reporting-org":
                    a.reporting = org(a);
                    break;
                case "participating-org":
                    a.participating.add(org(a));
                    break;
                case "title":
                    a.title = narrative(a.lang, Texts::text); // becomes a pledge description
                    break;
                case "recipient-country":
                case "recipient-region":
                    a.places.add(place(a));
                    break;
                case "sector":
                    a.sectors.add(sector(a));
                    break;
                case "default-finance-type":
                    a.financeType = attr("code");
                    skip();
                    break;
                case "transaction":
                    transaction(a);
                    break;
                default:
                    skip();
            }
        }
    }

    private Activity.Org org(Activity a) throws XMLStreamException {
        Activity.Org o = new Activity.Org();
        o.ref = blankToNull(attr("ref"));
        o.type = attr("type");
        o.role = attr("role");
        o.activityId = blankToNull(attr("activity-id"));
        o.name = narrative(a.lang);
        return o;
    }

    private Activity.Place place(Activity a) throws XMLStreamException {
        Activity.Place p = new Activity.Place();
        p.region = x.getLocalName().equals("recipient-region");
        p.code = blankToNull(attr("code"));
        p.percentage = attr("percentage");
        p.name = narrative(a.lang);
        return p;
    }

    private Activity.SectorRow sector(Activity a) throws XMLStreamException {
        Activity.SectorRow s = new Activity.SectorRow();
        Location l = x.getLocation();
        s.line = l.getLineNumber();
        s.column = l.getColumnNumber();
        s.code = blankToNull(attr("code"));
        s.vocabulary = attr("vocabulary");
        s.percentage = attr("percentage");
        s.name = narrative(a.lang);
        return s;
    }

    private void transaction(Activity a) throws XMLStreamException {
        int position = ++a.transactionCount;
        Location l = x.getLocation();
        int line = l.getLineNumber();
        int column = l.getColumnNumber();
        String ref = blankToNull(attr("ref"));
        String type = null;
        String dateText = null;
        boolean hasValue = false;
        String currencyCode = null;
        String valueDateText = null;
        Activity.Org provider = null;
        String providerActivity = null;
        String receiverActivity = null;
        while (true) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!isIati()) {
                skip();
                continue;
            }
            switch (x.getLocalName()) {
                case "transaction-type":
                    type = attr("code");
                    skip();
                    break;
                case "transaction-date":
                    dateText = attr("iso-date");
                    skip();
                    break;
                case "value":
                    hasValue = true;
                    currencyCode = blankToNull(attr("currency"));
                    valueDateText = attr("value-date");
                    readValueText();
                    break;
                case "provider-org":
                    providerActivity = blankToNull(attr("provider-activity-id"));
                    provider = org(a);
                    break;
                case "receiver-org":
                    receiverActivity = blankToNull(attr("receiver-activity-id"));
                    skip();
                    break;
                default:
                    skip();
            }
        }
        String why = null;
        Flow flow = null;
        LocalDate date = null;
        BigDecimal value = null;
        CurrencyUnit currency = null;
        LocalDate valueDate = null;
        if (type == null || type.isBlank()) {
            why = "transaction has no transaction-type code";
        } else if ((flow = Flow.of(type.strip())) == null) {
            why = Flow.whyNot(type.strip());
        } else if (dateText == null || dateText.isBlank()) {
            why = "transaction has no transaction-date (iso-date); a date is never guessed";
        } else if ((date = date(dateText)) == null) {
            why = "transaction-date \"" + dateText + "\" is not a date (expected YYYY-MM-DD)";
        } else if (!hasValue) {
            why = "transaction has no value element";
        } else if (isBlank(valueText)) {
            why = "value is empty";
        } else if ((value = decimal(valueText, stripStart(valueText), stripEnd(valueText))) == null) {
            why = "value \"" + valueText.toString().strip() + "\" is not a decimal number (expected digits with an "
                    + "optional sign and decimal point, such as -1250.50)";
        } else if (!Check.isDigits(value)) {
            why = Check.digitsProblem(value, "value"); // this transaction's, not that of the others of its pledge
        } else if (currencyCode == null && a.defaultCurrency == null) {
            why = "value has no currency and the activity has no default-currency; a currency is never guessed";
        } else if ((currency = currency(currencyCode != null ? currencyCode : a.defaultCurrency)) == null) {
            why = "currency \"" + (currencyCode != null ? currencyCode : a.defaultCurrency) + "\""
                    + (currencyCode != null ? "" : " (the activity's default-currency)")
                    + " is not an ISO 4217 currency code";
        } else if (valueDateText != null && !valueDateText.isBlank() && (valueDate = date(valueDateText)) == null) {
            why = "value-date \"" + valueDateText + "\" is not a date (expected YYYY-MM-DD)";
        }
        if (why != null) {
            problems.transaction(a, position, ref, line, column, why);
            return;
        }
        if (valueDate == null) {
            problems.note(a, line, column, "transaction " + position + " has no value-date; converted totals use its "
                    + "transaction-date " + date + " as the rate date");
        }
        Activity.Tx t = new Activity.Tx();
        t.position = position;
        t.ref = ref;
        t.line = line;
        t.column = column;
        t.flow = flow;
        t.date = date;
        t.value = value;
        t.currency = currency;
        t.valueDate = valueDate;
        t.provider = provider;
        t.providerActivity = providerActivity;
        t.receiverActivity = receiverActivity;
        a.transactions.add(t);
    }

    private CurrencyUnit currency(String code) {
        if (code == lastCurrencyCode) {
            return lastCurrency; // the same text object: the activity's default currency
        }
        CurrencyUnit unit = lookUpCurrency(code);
        lastCurrencyCode = code;
        lastCurrency = unit;
        return unit;
    }

    private CurrencyUnit lookUpCurrency(String code) {
        String c = code.strip();
        CurrencyUnit unit = currencies.get(c);
        if (unit == null && !currencies.containsKey(c)) {
            try {
                unit = c.length() == 3 ? Amounts.currency(c) : null;
            } catch (RuntimeException e) {
                unit = null;
            }
            currencies.put(c, unit);
        }
        return unit;
    }

    /** An xsd:date or dateTime's date part, or null; the same object for the same day. */
    LocalDate date(String text) {
        int from = stripStart(text);
        int to = stripEnd(text);
        if (to - from > 10) {
            char c = text.charAt(from + 10);
            if (c == 'T' || c == 'Z' || c == '+' || c == '-') {
                to = from + 10;
            }
        }
        if (to - from != 10 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
            return null;
        }
        int y = digits(text, from, from + 4);
        int m = digits(text, from + 5, from + 7);
        int d = digits(text, from + 8, from + 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        return days.of(y, m, d);
    }

    /** The index of the first character of {@code t} that is not white space, as {@link String#strip()} counts. */
    private static int stripStart(CharSequence t) {
        int i = 0;
        int n = t.length();
        while (i < n && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the last character of {@code t} that is not white space ({@link #stripStart} if none). */
    private static int stripEnd(CharSequence t) {
        int start = stripStart(t);
        int end = t.length();
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isBlank(CharSequence t) {
        return stripStart(t) == t.length();
    }

    /** The number written with the digits from {@code from} to {@code to}, or -1 if one is not a digit. */
    private static int digits(CharSequence t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Whether a text is 1 to 9 ASCII digits and nothing else. */
    static boolean isDigits(String t, int length) {
        return t.length() == length && digits(t, 0, length) >= 0;
    }

    /** An xsd:decimal as an exact BigDecimal (no exponent, no grouping), or null. */
    static BigDecimal decimal(String t) {
        return decimal(t, 0, t.length());
    }

    /**
     * The xsd:decimal written from {@code from} to {@code to} as an exact BigDecimal, or null: the same number and
     * scale as {@code new BigDecimal(text)}, without the copies when it has at most 18 digits.
     */
    static BigDecimal decimal(CharSequence t, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < to; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits < MAX_LONG_DIGITS) {
                    unscaled = unscaled * 10 + (c - '0');
                }
                digits++;
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (digits > MAX_LONG_DIGITS) {
            return new BigDecimal(t.subSequence(from, to).toString());
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    private static boolean isTrue(String flag) {
        return flag != null && (flag.strip().equals("1") || flag.strip().equalsIgnoreCase("true"));
    }

    /** An attribute (a ref, a code, an activity id) tidied as an id ({@link Texts#id}), or null if blank. */
    private static String blankToNull(String s) {
        return Texts.id(s);
    }
}
