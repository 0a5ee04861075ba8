package io.github.pledgebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every notebook in {@code docs/notebooks} through the {@code jdk.jshell} API, snippet by snippet, and fails if
 * any snippet is rejected or throws. The {@code jshell} tool exits 0 even when snippets fail, so its exit code
 * proves nothing; this test does.
 */
class NotebookTest {

    static final Path NOTEBOOKS = Path.of("docs", "notebooks");

    /** What a notebook printed, snippet by snippet. */
    static String run(Path notebook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        // the local execution engine runs snippets in this JVM, so their System.out is ours: capture it meanwhile
        PrintStream console = System.out;
        System.setOut(ps);
        try (JShell shell = JShell.builder().executionEngine("local").out(ps).err(ps).build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String rest = withoutCommands(Files.readString(notebook));
            while (true) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
                if (info.completeness() == Completeness.EMPTY) {
                    break;
                }
                assertThat(info.completeness())
                        .as("%s: snippet is incomplete at end of file:%n%s", notebook, rest)
                        .isIn(Completeness.COMPLETE, Completeness.COMPLETE_WITH_SEMI);
                String source = info.source();
                for (SnippetEvent e : shell.eval(source)) {
                    String diagnostics = shell.diagnostics(e.snippet())
                            .map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
                    assertThat(e.status())
                            .as("%s: snippet rejected: %s%n%s%noutput so far:%n%s", notebook, diagnostics, source, out)
                            .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN);
                    assertThat(e.exception())
                            .as("%s: snippet threw:%n%s%noutput so far:%n%s", notebook, source, out)
                            .isNull();
                }
                rest = info.remaining();
            }
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Drops jshell tool commands such as {@code /exit}: they are for the tool, not for the API. */
    private static String withoutCommands(String text) {
        return text.lines().filter(l -> !(l.startsWith("/") && !l.startsWith("//")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsWithoutARejectedOrFailingSnippet() throws IOException {
        List<Path> notebooks = new ArrayList<>();
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            files.filter(p -> p.toString().endsWith(".jsh")).sorted().forEach(notebooks::add);
        }
        assertThat(notebooks).isNotEmpty();
        return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> run(nb)));
    }

    @Test
    void aRejectedOrThrowingSnippetFailsTheCheck(@TempDir Path dir) throws IOException {
        Path rejected = Files.writeString(dir.resolve("rejected.jsh"), "int x = \"text\";\n/exit\n");
        Path throwing = Files.writeString(dir.resolve("throwing.jsh"),
                "import io.github.pledgebook.*;\nAmounts.of(1, \"ABC\");\n");
        assertThatThrownBy(() -> run(rejected)).isInstanceOf(AssertionError.class).hasMessageContaining("rejected");
        assertThatThrownBy(() -> run(throwing)).isInstanceOf(AssertionError.class).hasMessageContaining("threw");
    }

    @Test
    void apiTourPrintsExactFiguresAndRefusesBadInput() throws IOException {
        String out = run(NOTEBOOKS.resolve("api-tour.jsh"));
        assertThat(out)
                .contains("JPY 15,800,000,000 and USD 37,000,000.10")
                .contains("JPY 100 equals JPY 100.00: true")
                .contains("Pledge[jp-nato-antidrone Government of Japan -> Ukraine USD 37,000,000 announced 2024-01-07]")
                .contains("refused: event on 2024-01-07 (announced) has amount USD -5, expected a positive amount")
                .contains("total [JPY 15,800,000,000; USD 37,000,000]")
                .contains("converted USD 142,365,926.11 using 2 rates")
                .contains("refused: no JPY/USD rate for 2024-03-01 under exact-date")
                .contains("| stage | JPY | USD |\n| --- | ---: | ---: |\n| announced | 15,800,000,000 | 37,000,000 |\n");
    }

    @Test
    void japanUkraineNotebookAnswersTheJournalistsQuestions() throws IOException {
        String out = run(NOTEBOOKS.resolve("japan-ukraine-2024.jsh"));
        assertThat(out)
                .contains("2024-02-10: jp-erp3 stage not yet known, amount none")
                .contains("2024-02-15: jp-erp3 stage reported, amount USD 106,000,000 (only a media report)")
                .contains("2024-02-20: jp-erp3 stage committed, amount JPY 15,800,000,000")
                .contains("JPY 15,800,000,000 on 2024-02-19 = USD 105,365,926.11")
                .contains("on Sunday 2024-02-18: USD 105,206,378.64")
                .contains("[JPY 15,800,000,000; USD 37,000,000] = USD 142,365,926.11 at the rates of 2024-02-19")
                .contains("PledgeBook[3 pledges, 1 conference, 1 memorandum, 1 milestone]")
                .contains("as of 2024-02-15\n"
                        + "stage              USD  without value\n"
                        + "---------  -----------  -------------\n"
                        + "reported   106,000,000\n"
                        + "announced   37,000,000\n"
                        + "committed\n"
                        + "disbursed                           1\n")
                .contains("reported, as known on 2024-02-10: []")
                .contains("announced, in dollars at the rates of 2024-02-19 (exact): "
                        + "[USD 142,365,926.1092889411473482269942446926]")
                .contains("announced at Tokyo: [JPY 15,800,000,000]; memoranda itemised: 1")
                .contains("2024-02-11 reported jp-erp3: Government of Japan -> Ukraine USD 106,000,000 "
                        + "(Kyodo News, unnamed sources)");
    }

    @Test
    void iatiNotebookShowsCommitmentsAgainstDisbursementsPerDonorAndYear() throws IOException {
        String out = run(NOTEBOOKS.resolve("iati.jsh"));
        assertThat(out)
                .contains("IatiImport[version 2.03: 7 activities, 63 transactions: 63 counted, 0 linked, 0 not counted]")
                .contains("  Netherlands – Ministry of Foreign Affairs: committed [EUR 57,024,708], disbursed "
                        + "[EUR 5,000,000]")
                .contains("  Just Associates: committed [EUR 5,000; USD 20,000], disbursed [USD 182,416.57]")
                .contains("committed by 2022-12-31: [EUR 58,453,858; USD 20,000]; re-granted (not counted again): "
                        + "[EUR 47,975,638]")
                .contains("2021 Just Associates: committed EUR 22,660, disbursed EUR 158,916.39 (EUR at value-dates)")
                .contains("  USD 6,006.40 = EUR 5,075.408 for 2021-09-06 at USD/EUR 0.8450 2021-09-01 illustrative");
    }
}
