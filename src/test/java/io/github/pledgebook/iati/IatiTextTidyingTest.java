package io.github.pledgebook.iati;

import static io.github.pledgebook.iati.IatiReaderTest.file;
import static io.github.pledgebook.iati.IatiReaderTest.tx;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Pledge;
import org.junit.jupiter.api.Test;

/** Text in IATI files is tidied into what pledgebook's values accept, so real activities are never refused for it. */
class IatiTextTidyingTest {

    @Test
    void tabsLineBreaksAndInvisibleSpacesInAnActivityAreTidiedNotRefused() {
        String xml = file(" <iati-activity default-currency=\"EUR\">\n"
                + "  <iati-identifier>\n   GB-GOV-1-300\u200B\n  </iati-identifier>\n"
                + "  <reporting-org ref=\" GB-GOV-1\u00A0\" type=\"10\"><narrative>UK\tForeign,\u00A0Commonwealth"
                + "\r\n &amp; Development Office</narrative></reporting-org>\n"
                + "  <title><narrative>Humanitarian\u00A0response\r\n\r\n\r\nUkraine\t2023\u200B</narrative></title>\n"
                + "  <participating-org ref=\"GB-GOV-1\" role=\"1\" type=\"10\"><narrative>UK\u00A0FCDO\n"
                + "</narrative></participating-org>\n"
                + "  <recipient-country code=\"UA\" percentage=\"100\"><narrative>\u200BUkraine </narrative>"
                + "</recipient-country>\n"
                + tx("2", "2023-01-01", "", "10") + "\n </iati-activity>");
        IatiImport imported = Iati.read(xml);
        assertThat(imported.problems()).isEmpty();
        Pledge p = imported.book().pledges().get(0);
        assertThat(p.id()).isEqualTo("GB-GOV-1-300");
        assertThat(p.donor().id()).isEqualTo("GB-GOV-1");
        assertThat(p.donor().name()).isEqualTo("UK FCDO");
        assertThat(p.recipient().name()).isEqualTo("Ukraine");
        assertThat(p.description()).hasValue("Humanitarian response\n\nUkraine 2023");
        assertThat(p.history().get(0).source().publisher())
                .isEqualTo("UK Foreign, Commonwealth & Development Office");
    }
}
