package io.github.pledgebook.bench;

import io.github.pledgebook.Stage;
import io.github.pledgebook.iati.Iati;
import io.github.pledgebook.iati.IatiImport;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * Imports a generated IATI file of 10^6 transactions, streamed as it is generated (the text is never whole in
 * memory), and prints the account, the time and the heap the result keeps. Not a unit test: run it by hand with the heap to
 * prove, for example {@code -Xmx2g} (see docs/performance.md for the command).
 */
public final class IatiMillion {

    private IatiMillion() {
    }

    /**
     * Runs the import.
     *
     * @param args the number of transactions (default 1,000,000)
     * @throws Exception if reading fails
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long start = System.nanoTime();
        IatiImport imported;
        try (InputStream in = IatiSynthetic.stream(n)) {
            imported = Iati.read(in);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.println(imported);
        imported.problems().stream().limit(3).forEach(p -> System.out.println("  not counted: " + p));
        System.out.println("pledges " + imported.book().pledges().size() + ", committed as of 2025-01-01: "
                + imported.book().total(Stage.COMMITTED, LocalDate.of(2025, 1, 1)).total());
        System.out.println("import " + ms + " ms, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB, heap in use after the import (the book and its account) " + retained / (1 << 20) + " MiB");
    }
}
