package example.spark;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How much one machine holds: reads a folder of IATI files into one book, as the single-machine check does, and
 * prints the import time and the heap the book keeps, per pledge and per transaction (used heap after full
 * collections, minus the heap used before reading). For docs/scale.md.
 * <p>
 * {@code MeasureBook <input folder>}
 */
public final class MeasureBook {

    private MeasureBook() {
    }

    public static void main(String[] args) throws IOException {
        long before = usedAfterGc();
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        BookReader reader = BookReader.standard();
        List<Pledge> all = new ArrayList<>();
        long transactions = 0;
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                BookReader.FileBook read = reader.read(in, f.getFileName().toString());
                all.addAll(read.book().pledges());
                transactions += read.transactions();
            }
        }
        long read = System.nanoTime();
        PledgeBook book = PledgeBook.of(all);
        all = null;
        long built = System.nanoTime();
        long events = book.pledges().stream().mapToLong(p -> p.history().size()).sum();
        // a first query, so that what the book builds lazily is in the figure too
        book.asOf(LocalDate.of(2025, 1, 1)).total(Stage.COMMITTED);
        long used = usedAfterGc() - before;
        System.out.printf("%d files, %,d transactions -> %,d pledges with %,d events%n", files.size(), transactions,
                book.pledges().size(), events);
        System.out.printf("read %.1f s, built %.1f s: %.1f s per 10^6 transactions%n", (read - start) / 1e9,
                (built - read) / 1e9, (built - start) / 1e9 / (transactions / 1e6));
        System.out.printf("book retains %,d bytes: %.0f per pledge, %.0f per event, %.0f per transaction in the files"
                + "%n", used, (double) used / book.pledges().size(), (double) used / events,
                (double) used / transactions);
        System.out.printf("max heap %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        if (book.pledges().isEmpty()) {
            System.out.println("(empty)");
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
