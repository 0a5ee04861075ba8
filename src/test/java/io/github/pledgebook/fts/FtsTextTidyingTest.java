package io.github.pledgebook.fts;

import static io.github.pledgebook.fts.FtsReaderTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Pledge;
import org.junit.jupiter.api.Test;

/** Text in FTS responses is tidied into what pledgebook's values accept, so real flows are never refused for it. */
class FtsTextTidyingTest {

    /** A flow whose texts hold tabs, line breaks, non-breaking and zero-width spaces, as JSON escapes. */
    private static final String UNTIDY = "{\"id\": \" 9001\\u200B\", \"status\": \"paid\", \"amountUSD\": 250, "
            + "\"date\": \"2020-03-19T00:00:00Z\", \"versionId\": 1, "
            + "\"description\": \"Operational appeal\\tPalestine (QZA-20/0074-12)\\r\\n\\r\\n\\r\\nsecond"
            + "\\u00A0line \\u200B\", \"refCode\": \"GR\\t12\", "
            + "\"sourceObjects\": [{\"type\": \"Organization\", \"id\": \"4537\\u200B\", "
            + "\"name\": \" Japan,\\u00A0Government of\\n\", \"behavior\": \"single\", "
            + "\"organizationTypes\": [\"Government\"]}], "
            + "\"destinationObjects\": [{\"type\": \"Organization\", \"id\": \"2915\", "
            + "\"name\": \"United Nations\\tChildren's Fund\", \"behavior\": \"single\"},"
            + " {\"type\": \"GlobalCluster\", \"id\": \"7\", \"name\": \"Water\\u2028Sanitation \", "
            + "\"behavior\": \"single\"}]}";

    @Test
    void tabsLineBreaksAndInvisibleSpacesInAFlowAreTidiedNotRefused() {
        FtsImport fts = FtsReader.read(page(UNTIDY));
        assertThat(fts.problems()).isEmpty();
        FtsFlow flow = fts.flow("9001").orElseThrow();
        assertThat(flow.description()).hasValue("Operational appeal Palestine (QZA-20/0074-12)\n\nsecond line");
        assertThat(flow.refCode()).hasValue("GR 12");
        Pledge p = flow.pledge().orElseThrow();
        assertThat(p.id()).isEqualTo("fts-9001");
        assertThat(p.donor().id()).isEqualTo("fts-org-4537");
        assertThat(p.donor().name()).isEqualTo("Japan, Government of");
        assertThat(p.recipient().name()).isEqualTo("United Nations Children's Fund");
        assertThat(p.sectors()).singleElement().extracting(s -> s.name()).isEqualTo("Water Sanitation");
        assertThat(p.description()).hasValue("Operational appeal Palestine (QZA-20/0074-12)\n\nsecond line");
    }

    @Test
    void anInKindDescriptionOfSeveralLinesBecomesOneLine() {
        FtsImport fts = FtsReader.read(page(UNTIDY.replace("\"paid\",", "\"paid\", \"contributionType\": \"in kind\",")));
        assertThat(fts.problems()).isEmpty();
        assertThat(fts.flow("9001").orElseThrow().pledge().orElseThrow().inKind().orElseThrow().description())
                .isEqualTo("Operational appeal Palestine (QZA-20/0074-12) second line");
    }

    @Test
    void anIdOfInvisibleCharactersOnlyIsAProblemShowingThem() {
        FtsImport fts = FtsReader.read(page(UNTIDY.replace("\" 9001\\u200B\"", "\"\\u200B \"")));
        assertThat(fts.problems()).singleElement().extracting(FtsProblem::reason).asString()
                .isEqualTo("id is required, was \"\\u200B \"");
    }
}
