package io.github.pledgebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
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
 * Runs every {@code ```java} block of README.md and docs/*.md as written, so the documentation cannot drift from the
 * library.
 * <p>
 * The blocks of one Markdown file run in order in one fresh {@code jdk.jshell} session with the library and its
 * runtime dependencies on the class path, so a later block may use what an earlier one defined. No imports are added:
 * a block shows its own (jshell's tool adds a few default imports, Jupyter Java kernels do not). A rejected snippet,
 * a snippet that throws, a declaration with unresolved references or a block that ends in the middle of a statement
 * fails the file's test, naming the file and the line. Blocks tagged otherwise ({@code ```text}, {@code ```xml},
 * {@code ```sh}, ...) or untagged are not run.
 */
class DocSnippetsTest {

    /** One {@code ```java} block: where it starts (the line after the fence, 1-based) and its code. */
    record Block(int line, String code) {
    }

    /** What the blocks of one file printed and what their expressions evaluated to, in order. */
    record Run(String output, List<String> values) {
    }

    /**
     * What a user's jshell has: the library and its runtime dependencies (see docs/consumers.md), found from a class
     * of each, and not the test class path, so a snippet cannot lean on a test library. Fewer jars also compile
     * faster.
     */
    static final List<String> RUNTIME_CLASS_PATH = Stream.of(Amounts.class, javax.money.MonetaryAmount.class,
                    org.javamoney.moneta.Money.class, javax.annotation.Priority.class,
                    org.threeten.extra.LocalDateRange.class)
            .map(DocSnippetsTest::location).distinct().toList();

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** README.md and every Markdown file directly in docs/, in name order. */
    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(Path.of("README.md"));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The {@code ```java} blocks of a Markdown text; fences of any other tag, or none, are skipped. */
    static List<Block> javaBlocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) {
                continue;
            }
            boolean java = fence.substring(3).strip().equals("java");
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                end++;
            }
            if (java) {
                blocks.add(new Block(start + 1, String.join("\n", lines.subList(start, end)) + "\n"));
            }
            i = end;
        }
        return blocks;
    }

    /** Runs the java blocks of one Markdown file in one fresh JShell and fails on the first snippet that does not. */
    static Run run(Path document) throws IOException {
        List<Block> blocks = javaBlocks(Files.readString(document));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        List<String> values = new ArrayList<>();
        // the local execution engine runs snippets in this JVM, so their System.out is ours: capture it meanwhile
        PrintStream console = System.out;
        System.setOut(ps);
        try (JShell shell = JShell.builder().executionEngine("local").out(ps).err(ps).build()) {
            for (String entry : RUNTIME_CLASS_PATH) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            for (Block block : blocks) {
                // line by line, as the jshell tool reads: a snippet runs as soon as its lines form a complete one
                List<String> lines = block.code().lines().toList();
                String pending = "";
                int pendingLine = block.line();
                for (int i = 0; i < lines.size(); i++) {
                    if (pending.isBlank()) {
                        pending = lines.get(i);
                        pendingLine = block.line() + i;
                    } else {
                        pending = pending + "\n" + lines.get(i);
                    }
                    while (!pending.isBlank()) {
                        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                        if (info.completeness() == Completeness.EMPTY) {
                            pending = "";   // comments only
                        } else if (info.completeness().isComplete()) {
                            String where = where(document, pendingLine, block);
                            for (SnippetEvent e : shell.eval(info.source())) {
                                check(shell, e, where, info.source(), out);
                                if (e.value() != null && e.causeSnippet() == null) {
                                    values.add(e.value());
                                }
                            }
                            pending = info.remaining();
                            pendingLine = block.line() + i;
                        } else {
                            break;
                        }
                    }
                }
                assertThat(pending)
                        .as("%s: the block ends in the middle of a statement:%n%s",
                                where(document, pendingLine, block), pending)
                        .isBlank();
            }
        } finally {
            System.setOut(console);
        }
        return new Run(out.toString(StandardCharsets.UTF_8), values);
    }

    private static void check(JShell shell, SnippetEvent e, String where, String source, ByteArrayOutputStream out) {
        String diagnostics = shell.diagnostics(e.snippet())
                .map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
        if (e.snippet() instanceof DeclarationSnippet declaration) {
            List<String> unresolved = shell.unresolvedDependencies(declaration).toList();
            assertThat(unresolved)
                    .as("%s: unresolved references %s (define every variable, show every import) in:%n%s",
                            where, unresolved, source)
                    .isEmpty();
        }
        assertThat(e.status())
                .as("%s: snippet rejected: %s%s%n%s%noutput so far:%n%s", where, diagnostics,
                        source.strip().startsWith(".") ? " (jshell ended the statement before this line: keep the"
                                + " dot at the end of the previous line)" : "", source, out)
                .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN);
        assertThat(e.exception())
                .as("%s: snippet threw:%n%s%noutput so far:%n%s", where, source, out)
                .isNull();
    }

    private static String where(Path document, int line, Block block) {
        return String.format("%s line %d (```java block at line %d)", document, line, block.line() - 1);
    }

    /** Runs of the project's own documents, kept so that the checks of their figures do not run them again. */
    private static final Map<Path, Run> RUNS = new ConcurrentHashMap<>();

    private static Run runOnce(Path document) throws IOException {
        Run run = RUNS.get(document);
        if (run == null) {
            run = run(document);
            RUNS.put(document, run);
        }
        return run;
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheReadmeAndTheGuidesRunsAsWritten() throws IOException {
        List<Path> documents = documents();
        assertThat(documents).contains(Path.of("README.md"), Path.of("docs", "money.md"));
        return documents.stream().map(doc -> DynamicTest.dynamicTest(doc.toString(), () -> runOnce(doc)));
    }

    @Test
    void onlyJavaBlocksRunAndTheyKeepTheirLineNumbers() {
        String markdown = "# t\n\n```java\nint a = 1;\n```\n\n```text\nnot java\n```\n```\nuntagged\n```\n"
                + "```xml\n<a/>\n```\n```java\nint b = a + 1;\nb;\n```\n";
        assertThat(javaBlocks(markdown)).containsExactly(
                new Block(4, "int a = 1;\n"), new Block(17, "int b = a + 1;\nb;\n"));
    }

    @Test
    void laterBlocksSeeEarlierOnesAndExpressionValuesAreKept(@TempDir Path dir) throws IOException {
        Path doc = Files.writeString(dir.resolve("ok.md"), "```java\nimport io.github.pledgebook.*;\n"
                + "var jpy = Amounts.of(15_800_000_000L, \"JPY\");\n```\n\ntext\n\n```sh\nexit 1\n```\n"
                + "```java\nAmounts.format(jpy);   // JPY 15,800,000,000\nSystem.out.println(\"printed\");\n```\n");
        Run run = run(doc);
        assertThat(run.values()).contains("\"JPY 15,800,000,000\"");
        assertThat(run.output()).contains("printed");
    }

    @Test
    void aRejectedThrowingUnresolvedOrCutSnippetFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
        Map<String, String> failing = Map.of(
                "rejected", "```java\nint x = \"text\";\n```\n",
                "throwing", "```java\nimport io.github.pledgebook.*;\n\nAmounts.of(1, \"ABC\");\n```\n",
                "unresolved", "```java\nvoid show() { System.out.println(antiDrone); }\n```\n",
                "undefined", "```java\nString s = antiDrone.toString();\n```\n",
                "leadingdot", "```java\nString s = \"a\"\n        .repeat(2);\n```\n",
                "cut", "text\n```java\nString s = \"a\".\n```\n```java\nrepeat(2);\n```\n");
        Map<String, String> expected = Map.of(
                "rejected", "line 2 (```java block at line 1): snippet rejected",
                "throwing", "line 4 (```java block at line 1): snippet threw",
                "unresolved", "line 2 (```java block at line 1): unresolved references [variable antiDrone]",
                "undefined", "line 2 (```java block at line 1): snippet rejected: cannot find symbol",
                "leadingdot", "line 3 (```java block at line 1): snippet rejected: illegal start of expression (jshell",
                "cut", "line 3 (```java block at line 2): the block ends in the middle of a statement");
        for (var e : failing.entrySet()) {
            Path doc = Files.writeString(dir.resolve(e.getKey() + ".md"), e.getValue());
            assertThat(catchThrowable(() -> run(doc))).as(e.getKey())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(e.getKey() + ".md " + expected.get(e.getKey()));
        }
    }

    @Test
    void moneyGuideShowsTheFiguresItPromises() throws IOException {
        assertThat(runOnce(Path.of("docs", "money.md")).values())
                .contains("\"USD 105,365,926.1092889411473482269942446926\"", "\"USD 105,365,926.11\"", "CROSSED",
                        "\"USD 142,365,926.1092889411473482269942446926\"", "\"USD 142,365,926.11\"");
    }

    @Test
    void consumersGuideNamesExactlyThePackagesModuleInfoExports() throws IOException {
        Set<String> exported;
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            exported = ModuleDescriptor.read(in).exports().stream()
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        }
        String guide = Files.readString(Path.of("docs", "consumers.md"));
        String paragraph = guide.substring(guide.indexOf("`io.github.pledgebook` exports"));
        paragraph = paragraph.substring(0, paragraph.indexOf("\n\n"));
        Set<String> named = new HashSet<>();
        Matcher m = Pattern.compile("`(io\\.github\\.pledgebook[a-z.]*)`").matcher(paragraph);
        while (m.find()) {
            named.add(m.group(1));
        }
        named.remove("io.github.pledgebook");   // the module's name, and its root package: exported (checked below)
        assertThat(exported).contains("io.github.pledgebook");
        assertThat(named).as("packages docs/consumers.md says the module exports")
                .isEqualTo(exported.stream().filter(p -> !p.equals("io.github.pledgebook")).collect(Collectors.toSet()));
    }

    @Test
    void readmeQuickstartShowsTheFiguresItPromises() throws IOException {
        Run run = runOnce(Path.of("README.md"));
        assertThat(run.values())
                .contains("Optional[REPORTED]")
                .contains("\"Pledge[jp-erp3 Government of Japan -> Ukraine JPY 15,800,000,000 announced 2024-02-19]\"")
                .contains("\"USD 105,365,926.11\"");
    }
}
