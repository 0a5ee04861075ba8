package io.github.pledgebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every ```java block of docs/tables.md runs, in order, in one JShell session, and prints what the page says. */
class TablesDocTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheTablesPageRuns(@TempDir Path dir) throws IOException {
        String page = Files.readString(Path.of("docs", "tables.md"));
        StringBuilder script = new StringBuilder();
        Matcher m = JAVA_BLOCK.matcher(page);
        int blocks = 0;
        while (m.find()) {
            script.append(m.group(1)).append('\n');
            blocks++;
        }
        assertThat(blocks).isGreaterThanOrEqualTo(5);
        String out = NotebookTest.run(Files.writeString(dir.resolve("tables.jsh"), script));
        assertThat(out)
                .contains("row 13, column \"amount\": \"37.000.000\" is not a plain decimal number")
                .contains("row 13, column \"id\": \"jp-nato-antidrone\" pledge was left out because of the problems "
                        + "on rows 13")
                .contains("row 5, column \"Announcement Date\": \"2024-13-01\" is not a date")
                .contains("row 6, column \"Measure\": \"Pledge\" is not a mapped value; expected one of Allocation, "
                        + "Commitment")
                .contains("| as of 2024-02-20 | JPY | USD |\n| --- | ---: | ---: |\n| reported |  | 106,000,000 |\n"
                        + "| announced | 15,800,000,000 | 37,000,000 |\n")
                .contains("as of 2024-02-20,currency,amount,without value\r\nreported,USD,106000000,\r\n")
                .contains("\"'=HYPERLINK(\"\"http://example.org\"\")\",-5\r\n");
    }
}
