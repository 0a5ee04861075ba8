package io.github.pledgebook.iati;

import io.github.pledgebook.Sector;
import io.github.pledgebook.internal.ByteOrderMark;
import io.github.pledgebook.internal.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The OECD DAC 5-digit purpose codes with their names, used to name IATI sectors.
 * <p>
 * {@link #builtIn()} is a compact copy of the IATI Standard's Sector codelist (325 codes, 30 of them withdrawn but
 * still found in older files), shipped inside pledgebook under CC BY 4.0 with the attribution "IATI Standard"
 * (source: IATI/IATI-Codelists-NonEmbedded, replicated from the OECD DAC). Codes change every year or two: read a
 * newer list with {@link #fromCodelist(Reader)} from the codelist XML the caller downloaded, and pass it to
 * {@link IatiReader#withSectors(DacSectors)}.
 * <pre>{@code
 * DacSectors.builtIn().sector(15220).name();   // "Civilian peace-building, conflict prevention and resolution"
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class DacSectors {

    private static final class BuiltIn {
        static final DacSectors LIST = load();

        private static DacSectors load() {
            InputStream in = DacSectors.class.getResourceAsStream("dac-sectors.tsv");
            if (in == null) {
                throw new IllegalStateException("pledgebook's DAC sector list dac-sectors.tsv is missing from the jar");
            }
            Map<Integer, String> names = new TreeMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", 3);
                    names.put(Integer.parseInt(f[0]), Texts.line(f[2])); // tidied as names read from files are
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading pledgebook's DAC sector list", e);
            }
            return new DacSectors(names);
        }
    }

    private final Map<Integer, String> names;

    private DacSectors(Map<Integer, String> names) {
        this.names = Collections.unmodifiableMap(new TreeMap<>(names));
    }

    /**
     * The list shipped with pledgebook (IATI Standard Sector codelist, CC BY 4.0, attribution "IATI Standard").
     *
     * @return the built-in list
     */
    public static DacSectors builtIn() {
        return BuiltIn.LIST;
    }

    /**
     * A list of the caller's own: code to name.
     *
     * @param names five-digit codes and their names
     * @return the list
     * @throws IllegalArgumentException if a code is not five digits or a name is not one a {@link Sector} takes
     *     (blank, or more than one line)
     */
    public static DacSectors of(Map<Integer, String> names) {
        Objects.requireNonNull(names, "sector names are required, was null");
        names.forEach((code, name) -> {
            if (code == null || code < 10000 || code > 99999) {
                throw new IllegalArgumentException("DAC purpose code must have five digits, was " + code);
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("DAC purpose code " + code + ": name must not be blank, was \""
                        + name + "\"");
            }
            try {
                // refused here, not in the middle of an import that meets the code
                Sector.of("dac-" + code, name, code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("DAC purpose code " + code + ": " + e.getMessage(), e);
            }
        });
        return new DacSectors(names);
    }

    /**
     * Reads the IATI Sector codelist XML ({@code Sector.xml} of IATI-Codelists-NonEmbedded), taking each item's
     * code and its English (or first) name, tidied as one line as the reader tidies names in activity files. The
     * same hardened reader as for activity files: no DTD, no entities.
     *
     * @param codelist the codelist XML, opened by the caller
     * @return the list
     * @throws IatiFormatException if the XML is not a readable codelist, or an item of a five-digit code has no name
     */
    public static DacSectors fromCodelist(Reader codelist) {
        Objects.requireNonNull(codelist, "codelist reader is required, was null");
        Map<Integer, String> names = new TreeMap<>();
        try {
            XMLStreamReader x = ActivityParser.hardenedFactory().createXMLStreamReader(ByteOrderMark.skipped(codelist));
            String code = null;
            String name = null;
            boolean inName = false;
            boolean english = false;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.DTD) {
                    throw new IatiFormatException("codelist refused: it has a DOCTYPE declaration", -1, -1, null);
                }
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("codelist-item")) {
                        code = null;
                        name = null;
                        english = false;
                    } else if (n.equals("code")) {
                        code = x.getElementText().strip();
                    } else if (n.equals("name")) {
                        inName = true;
                    } else if (n.equals("narrative") && inName) {
                        String lang = x.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                        String t = Texts.line(x.getElementText());
                        if (t != null && (name == null || (!english && (lang == null || lang.equals("en"))))) {
                            name = t;
                            english = lang == null || lang.equals("en");
                        }
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("name")) {
                        inName = false;
                    } else if (n.equals("codelist-item") && code != null && code.matches("\\d{5}")) {
                        if (name == null) {
                            Location l = x.getLocation();
                            throw new IatiFormatException("codelist item " + code + " has no name; expected a "
                                    + "narrative in its name element", l.getLineNumber(), l.getColumnNumber(), null);
                        }
                        names.put(Integer.parseInt(code), name);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IatiFormatException("codelist is not well-formed XML: " + e.getMessage(), -1, -1, e);
        }
        if (names.isEmpty()) {
            throw new IatiFormatException("codelist has no five-digit codes; expected IATI's Sector.xml", -1, -1, null);
        }
        return new DacSectors(names);
    }

    /**
     * The name of a purpose code.
     *
     * @param code the five-digit code
     * @return the name, or empty if the list does not know the code
     */
    public Optional<String> name(int code) {
        return Optional.ofNullable(names.get(code));
    }

    /**
     * The pledgebook sector of a purpose code: code {@code "dac-15220"}, the list's name, the DAC purpose code.
     *
     * @param code the five-digit code
     * @return the sector; named "DAC 12345" if the list does not know the code
     * @throws IllegalArgumentException if the code does not have five digits
     */
    public Sector sector(int code) {
        return Sector.of("dac-" + code, names.getOrDefault(code, "DAC " + code), code);
    }

    /**
     * How many codes the list holds.
     *
     * @return the number of codes
     */
    public int size() {
        return names.size();
    }

    /**
     * The list's size, for people.
     *
     * @return for example {@code DacSectors[325 codes]}
     */
    @Override
    public String toString() {
        return "DacSectors[" + names.size() + " codes]";
    }
}
