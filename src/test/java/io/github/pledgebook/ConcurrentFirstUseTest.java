package io.github.pledgebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.money.MoneyTotal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The first use of JSR 354 bootstraps Moneta through {@code ServiceLoader}. It must work when eight threads make it
 * at the same moment. The test JVM has long finished its bootstrap, so the check runs in a fresh JVM.
 */
class ConcurrentFirstUseTest {

    /** Run in a fresh JVM: eight threads build amounts and totals at once, on Moneta's very first use. */
    public static void main(String[] args) throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> results = new ArrayList<>();
        String[] codes = {"JPY", "USD", "EUR", "GBP", "CHF", "CAD", "SEK", "NOK"};
        for (int t = 0; t < threads; t++) {
            String code = codes[t];
            Callable<String> task = () -> {
                start.await();
                return MoneyTotal.of(Amounts.of("1.5", code), Amounts.of(15_800_000_000L, "JPY")).toString();
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        for (Future<String> f : results) {
            System.out.println(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
    }

    @Test
    void firstUseOfMonetaFromEightThreadsAtOnceWorks() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ConcurrentFirstUseTest.class.getName()).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().filter(l -> l.startsWith("[")))
                .hasSize(8)
                .contains("[JPY 15,800,000,001.5]", "[JPY 15,800,000,000; USD 1.50]",
                        "[EUR 1.50; JPY 15,800,000,000]");
    }
}
