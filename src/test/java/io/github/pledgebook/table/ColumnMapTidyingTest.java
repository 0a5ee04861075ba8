package io.github.pledgebook.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Pledge;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Text in other people's sheets is tidied into what the values accept, so rows are never refused for it. */
class ColumnMapTidyingTest {

    @Test
    void tabsLineBreaksAndInvisibleSpacesInCellsAreTidiedNotRefused() {
        String csv = "ID,Donor\u00A0,Announcement Date,Aid type,Measure,Item,Value in EUR,Source,Link\n"
                + "\u200Bk1 ,\"United\tStates\r\n\",2024-02-19,Military,Commitment\u00A0,,1000,"
                + "\"Department\u00A0of Defense\u200B\",https://example.org/us\u200B\n"
                + "k2,Norway,2024-02-20,Military,Allocation,\"diesel\ngenerators\t\",,Ministry of Defence,\n";
        TableReading r = ColumnMapTest.kielMap().build().read(csv);
        assertThat(r.problems().stream().map(RowProblem::toString).collect(Collectors.joining("\n"))).isEmpty();
        Pledge us = r.book().pledge("k1").orElseThrow();
        assertThat(us.donor().name()).isEqualTo("United States");
        assertThat(us.donor().id()).isEqualTo("united-states");
        assertThat(us.history().get(0).source().publisher()).isEqualTo("Department of Defense");
        assertThat(us.history().get(0).source().url()).hasValue("https://example.org/us");
        assertThat(r.book().pledge("k2").orElseThrow().inKind().orElseThrow().description())
                .isEqualTo("diesel generators");
    }

    @Test
    void anIdOfInvisibleCharactersOnlyIsAProblemOfItsRow() {
        String csv = "ID,Donor,Announcement Date,Aid type,Measure,Item,Value in EUR,Source,Link\n"
                + "\u200B,Germany,2024-02-19,Military,Commitment,,1000,Federal Foreign Office,\n";
        TableReading r = ColumnMapTest.kielMap().build().read(csv);
        assertThat(r.book().pledges()).isEmpty();
        assertThat(r.problems()).singleElement().asString().contains("holds no visible text")
                .contains("\\u200B");
    }
}
