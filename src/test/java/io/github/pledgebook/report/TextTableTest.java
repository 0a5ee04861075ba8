package io.github.pledgebook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static final TextTable DONORS = TextTable.builder().left("donor").right("JPY").right("USD")
            .row("Government of Japan", "15,800,000,000", "37,000,000")
            .build();

    @Test
    void aTableKeepsItsHeadersAndRowsAndPrintsAtFullWidth() {
        TextTable t = TextTable.builder().left("a").right("b").row("x", "1").row(List.of("yy", "22")).build();

        assertThat(t.headers()).containsExactly("a", "b");
        assertThat(t.rows()).containsExactly(List.of("x", "1"), List.of("yy", "22"));
        assertThat(t).hasToString("a    b\n--  --\nx    1\nyy  22\n");
        assertThat(t.render(Integer.MAX_VALUE)).isEqualTo(t.toString());
    }

    @Test
    void labelsAreShortenedToTheWidthAskedButNeverBelowTheMinimum() {
        TextTable names = TextTable.builder().left("name").row("Government of Japan").build();

        assertThat(names.render(10)).isEqualTo("name\n----------\nGovernmen~\n");
        assertThat(names.render(3)).as("one column is shown even when it cannot fit")
                .isEqualTo("name\n--------\nGovernm~\n");
        assertThat(DONORS.render(200)).isEqualTo(""
                + "donor                           JPY         USD\n"
                + "-------------------  --------------  ----------\n"
                + "Government of Japan  15,800,000,000  37,000,000\n");
    }

    @Test
    void blocksThatExactlyFitAreKeptAndEachWidensItsLabelsIntoTheRoomLeft() {
        assertThat(DONORS.render(30)).isEqualTo(""
                + "donor                      JPY\n"
                + "--------------  --------------\n"
                + "Government of~  15,800,000,000\n"
                + "\n"
                + "donor                      USD\n"
                + "------------------  ----------\n"
                + "Government of Jap~  37,000,000\n");
        assertThat(DONORS.render(24)).isEqualTo(""
                + "donor                JPY\n"
                + "--------  --------------\n"
                + "Governm~  15,800,000,000\n"
                + "\n"
                + "donor                USD\n"
                + "------------  ----------\n"
                + "Government ~  37,000,000\n");
    }

    @Test
    void amongEquallyWideLabelsTheLeftmostIsShortenedFirst() {
        TextTable t = TextTable.builder().left("a").left("b").row("aaaaaaaaaaaa", "bbbbbbbbbbbb").build();

        assertThat(t.render(25)).isEqualTo("a            b\n-----------  ------------\naaaaaaaaaa~  bbbbbbbbbbbb\n");
        assertThat(t.render(24)).isEqualTo("a            b\n-----------  -----------\naaaaaaaaaa~  bbbbbbbbbb~\n");
    }

    @Test
    void aWidthThatCannotHoldTheShortestLabelAndAnAmountIsAClearError() {
        assertThatThrownBy(() -> DONORS.render(23))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("max width must leave room for column \"JPY\" (24 characters), was 23");
    }

    @Test
    void blankHeadersGiveAnEmptyFirstLine() {
        TextTable t = TextTable.builder().left("").right("").row("a", "b").build();
        assertThat(t.render(80)).isEqualTo("\n-  -\na  b\n");
    }

    @Test
    void rowsAndColumnsAreCheckedAsTheyAreAdded() {
        TextTable.Builder b = TextTable.builder().left("a").row("x");

        assertThatThrownBy(() -> b.right("late"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("columns must be declared before the first row, but 1 rows were added already");
        assertThatThrownBy(() -> b.row("\nstarts with a line break"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("row cells must be one-line text without control characters such as line breaks or "
                        + "tabs (\"\\n\" at position 0), was \"\\nstarts with a line break\"");
        assertThatThrownBy(() -> b.row("tab\there"))
                .hasMessage("row cells must be one-line text without control characters such as line breaks or "
                        + "tabs (\"\\t\" at position 3), was \"tab\\there\"");
        assertThatThrownBy(() -> TextTable.builder().left("\u001b[1mdonor"))
                .hasMessage("column headers must be one-line text without control characters such as line breaks "
                        + "or tabs (\"\\u001B\" at position 0), was \"\\u001B[1mdonor\"");
        assertThatThrownBy(() -> b.row("two\nlines"))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(b.build().rows()).as("failed calls added nothing").containsExactly(List.of("x"));
        assertThatThrownBy(() -> TextTable.builder().build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("a table needs at least one column, had none");
    }

    @Test
    void rowsAndHeadersCannotBeChangedFromOutside() {
        List<String> cells = new ArrayList<>(List.of("x", "1"));
        TextTable.Builder b = TextTable.builder().left("a").right("b").row(cells);
        String[] array = {"y", "2"};
        b.row(array);
        TextTable t = b.build();
        cells.set(0, "changed");
        array[0] = "changed";
        b.row("z", "3");

        assertThat(t.rows()).containsExactly(List.of("x", "1"), List.of("y", "2"));
        assertThatThrownBy(() -> t.rows().add(List.of("q", "4"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.rows().get(0).set(0, "q")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.headers().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(b.build().rows()).hasSize(3);
    }
}
