package io.github.pledgebook.bench;

import io.github.pledgebook.timeline.PledgeBook;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained memory per pledge, measured with JOL's object graph walk: the pledges themselves (the list and every
 * object reachable from it), the whole book, and the difference, which is what the book adds on top of the pledges
 * (id lookup and the index of all stages). The setup prints a line {@code footprint of N pledges: ...} into
 * the run's output; the time is of nothing and can be ignored.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Djol.magicFieldOffset=true"})
public class FootprintBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int pledges;

    long pledgeBytes;
    long bookBytes;

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkData data = new BenchmarkData(pledges);
        List<io.github.pledgebook.Pledge> list = List.copyOf(data.pledges);
        PledgeBook book = PledgeBook.of(list);
        pledgeBytes = GraphLayout.parseInstance(book.pledges()).totalSize();
        bookBytes = GraphLayout.parseInstance(book).totalSize();
        System.out.printf("%nfootprint of %d pledges: pledges %.1f bytes/pledge, book %.1f bytes/pledge, "
                + "index (book minus pledges) %.1f bytes/pledge%n", pledges, pledgeBytes / (double) pledges,
                bookBytes / (double) pledges, (bookBytes - pledgeBytes) / (double) pledges);
    }

    /** Nothing to time: the numbers are printed by the setup, in the run's output. */
    @Benchmark
    public long footprint() {
        return bookBytes - pledgeBytes;
    }
}
