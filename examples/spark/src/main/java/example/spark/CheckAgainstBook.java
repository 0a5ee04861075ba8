package example.spark;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks the Spark job's output against the single-machine answer: every file read into ONE pledge book, its
 * totals per (donor, year, stage) taken by the library directly, and compared with the job's CSV row by row,
 * currency by currency, to the last digit. Exits with status 1 on any difference.
 * <p>
 * {@code CheckAgainstBook <input folder> <job output folder>}
 */
public final class CheckAgainstBook {

    private CheckAgainstBook() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        BookReader reader = BookReader.standard();
        List<Pledge> all = new ArrayList<>();
        long transactions = 0;
        long problems = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(input)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        List<Path> activityFiles = new ArrayList<>();
        for (Path f : files) {
            try (InputStream head = Files.newInputStream(f)) {
                if (BookReader.isActivityFile(head)) {
                    activityFiles.add(f);
                }
            }
        }
        files = activityFiles;
        long linked = 0;
        long counted = 0;
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                BookReader.FileBook read = reader.read(in, f.getFileName().toString());
                all.addAll(read.book().pledges());
                transactions += read.transactions();
                problems += read.problems();
                linked += read.linked();
                counted += read.counted();
            }
        }
        PledgeBook book = PledgeBook.of(all);
        long read = System.nanoTime();
        Map<String, String[]> expected = new TreeMap<>();
        TotalRows.forEachTotal(book, (k, t) -> TotalRows.rows(k.donor(), k.year(), k.stage().name(), t)
                .forEach(r -> expected.put(key(r), Arrays.stream(r).map(String::valueOf).toArray(String[]::new))));
        long computed = System.nanoTime();
        System.out.printf("single machine: %d files, %,d transactions = %,d counted + %,d through a link + %,d "
                + "problems; %,d pledges in one book; read and built in %.1f s, totals in %.1f s%n", files.size(),
                transactions, counted, linked, problems, book.pledges().size(), (read - start) / 1e9,
                (computed - read) / 1e9);
        if (counted + linked + problems != transactions) {
            fail("the reader's account does not add up: " + counted + " + " + linked + " + " + problems + " != "
                    + transactions);
        }

        Map<String, String[]> actual = new TreeMap<>();
        List<Path> parts;
        try (Stream<Path> s = Files.list(output)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        for (Path part : parts) {
            List<String[]> lines = Csv.parse(Files.readString(part, StandardCharsets.UTF_8));
            if (!lines.isEmpty() && !Arrays.equals(lines.get(0), TotalRows.COLUMNS)) {
                throw new IllegalStateException(part + ": header is " + Arrays.toString(lines.get(0)) + ", expected "
                        + Arrays.toString(TotalRows.COLUMNS));
            }
            for (String[] r : lines.subList(1, lines.size())) {
                if (actual.put(key(r), r) != null) {
                    fail("the job wrote " + key(r) + " twice");
                }
            }
        }

        int differences = 0;
        int identicalText = 0;
        long currencies = expected.values().stream().filter(r -> !r[3].isEmpty()).count();
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            String[] want = e.getValue();
            String[] got = actual.get(e.getKey());
            if (got == null) {
                differences++;
                report(differences, "missing from the job's output: " + String.join(",", want));
                continue;
            }
            if (Arrays.equals(want, got)) {
                identicalText++;
            }
            if (!same(want[4], got[4]) || !same(want[5], got[5]) || !want[6].equals(got[6])
                    || !want[7].equals(got[7]) || !want[8].equals(got[8])) {
                differences++;
                report(differences, "book " + String.join(",", want) + " but job " + String.join(",", got));
            }
        }
        for (String k : actual.keySet()) {
            if (!expected.containsKey(k)) {
                differences++;
                report(differences, "only in the job's output: " + String.join(",", actual.get(k)));
            }
        }
        if (differences > 0) {
            fail(differences + " differences between the job and the single book");
        }
        System.out.printf("EQUAL: the job's %,d rows (%,d donor-year-stage totals, %,d currency amounts) equal the "
                + "single book's, currency by currency, to the last digit (%,d rows identical as text)%n",
                actual.size(), expected.values().stream().map(r -> r[0] + r[1] + r[2]).distinct().count(),
                currencies, identicalText);
    }

    /** Numerically equal exact decimals, or both empty. */
    private static boolean same(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)) == 0;
    }

    private static String key(Object[] row) {
        return row[0] + "\u0000" + row[1] + "\u0000" + row[2] + "\u0000" + row[3];
    }

    private static void report(int n, String message) {
        if (n <= 20) {
            System.out.println("DIFFERENT: " + message);
        }
    }

    private static void fail(String message) {
        System.out.println("NOT EQUAL: " + message);
        System.exit(1);
    }

    /** RFC 4180 CSV, as Spark writes it with {@code escape="\""}: quoted fields, doubled quotes. */
    static final class Csv {
        private Csv() {
        }

        static List<String[]> parse(String text) {
            List<String[]> rows = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    any = true;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                    any = true;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (any || f.length() > 0) {
                        fields.add(f.toString());
                        rows.add(fields.toArray(new String[0]));
                    }
                    fields.clear();
                    f.setLength(0);
                    any = false;
                } else {
                    f.append(c);
                    any = true;
                }
            }
            if (any || f.length() > 0) {
                fields.add(f.toString());
                rows.add(fields.toArray(new String[0]));
            }
            return rows;
        }
    }
}
