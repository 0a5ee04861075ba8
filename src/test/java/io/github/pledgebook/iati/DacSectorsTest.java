package io.github.pledgebook.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The DAC sector lists: the shipped one matches IATI's own Sector codelist (src/test/resources/iati, see its README),
 * and a list a caller supplies is refused at the door if a name could not name a sector, never in the middle of an
 * import that meets the code.
 */
class DacSectorsTest {

    private static String list(String... items) {
        return "<codelist name=\"Sector\"><metadata><name><narrative>DAC 5 Digit Sector</narrative></name></metadata>"
                + "<codelist-items>" + String.join("", items) + "</codelist-items></codelist>";
    }

    private static String item(String code, String name) {
        return "<codelist-item><code>" + code + "</code><name>" + name + "</name></codelist-item>";
    }

    @Test
    void theShippedListHoldsEveryCodeAndEnglishNameOfIatisCodelist() throws Exception {
        DacSectors read;
        try (InputStream in = DacSectorsTest.class.getResourceAsStream("/iati/Sector-codelist.xml");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            read = DacSectors.fromCodelist(reader);
        }
        assertThat(read.size()).isEqualTo(DacSectors.builtIn().size()).isGreaterThan(300);
        for (int code = 10000; code <= 99999; code++) {
            assertThat(read.name(code)).as("code %d", code).isEqualTo(DacSectors.builtIn().name(code));
        }
        assertThat(read.name(11110)).contains("Education policy and administrative management");
    }

    @Test
    void namesAreTidiedAsOneLineAndTheEnglishOneIsTaken() {
        DacSectors d = DacSectors.fromCodelist(new StringReader(list(
                item("11120", "<narrative xml:lang=\"fr\">\u00c9ducation</narrative>"
                        + "<narrative>\n   Education\n\tfacilities  and training \n</narrative>"),
                item("11130", "<narrative> </narrative><narrative xml:lang=\"fr\">Formation des enseignants</narrative>"))));
        assertThat(d.name(11120)).contains("Education facilities and training");
        assertThat(d.sector(11120).name()).isEqualTo("Education facilities and training");
        assertThat(d.name(11130)).contains("Formation des enseignants");
    }

    @Test
    void anItemWithoutANameIsRefusedWithItsCode() {
        assertThatThrownBy(() -> DacSectors.fromCodelist(new StringReader(list(
                item("11110", "<narrative>Education policy</narrative>"), item("11120", "<narrative>  </narrative>")))))
                .isInstanceOf(IatiFormatException.class)
                .hasMessageStartingWith("codelist item 11120 has no name");
    }

    @Test
    void aCallersNameThatCouldNotNameASectorIsRefusedAtTheDoor() {
        assertThatThrownBy(() -> DacSectors.of(Map.of(11120, "Education\nfacilities")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DAC purpose code 11120: sector dac-11120: name must be one line");
        assertThatThrownBy(() -> DacSectors.of(Map.of(11120, " ")))
                .hasMessage("DAC purpose code 11120: name must not be blank, was \" \"");
        assertThatThrownBy(() -> DacSectors.of(Map.of(1112, "Education")))
                .hasMessage("DAC purpose code must have five digits, was 1112");
        assertThat(DacSectors.of(Map.of(11120, "Education facilities")).sector(11120).name())
                .isEqualTo("Education facilities");
    }

    @Test
    void aCodelistWithADoctypeOrNoFiveDigitCodeIsRefused() {
        assertThatThrownBy(() -> DacSectors.fromCodelist(new StringReader("<!DOCTYPE x [<!ENTITY e \"x\">]>"
                + list(item("11110", "<narrative>&e;</narrative>"))))).isInstanceOf(IatiFormatException.class);
        assertThatThrownBy(() -> DacSectors.fromCodelist(new StringReader(list(item("111", "<narrative>x</narrative>")))))
                .isInstanceOf(IatiFormatException.class).hasMessageContaining("no five-digit codes");
    }
}
