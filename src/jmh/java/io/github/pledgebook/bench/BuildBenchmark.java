package io.github.pledgebook.bench;

import io.github.pledgebook.timeline.PledgeBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.function.MonetaryFunctions;
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

/**
 * Building the book (validation, id lookup, the index of all four stages) next to indexing the announced amounts
 * alone by date: Moneta (a {@code TreeMap} by date of per-currency sums), and {@code BigDecimal} and {@code long}
 * prefix sums per currency over the entries sorted by day. The baselines index one stage and check nothing, so they
 * do less work than the book.
 * <p>
 * A build of 10^6 pledges takes most of a second, so an iteration holds one or two of them: 8 warmup iterations let
 * the JIT finish with the building code before anything is measured, and 5 measured iterations give a median that
 * one noisy iteration cannot move.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class BuildBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int pledges;

    BenchmarkData data;

    @Setup(Level.Trial)
    public void setUp() {
        data = new BenchmarkData(pledges);
    }

    @Benchmark
    public PledgeBook buildPledgebook() {
        return PledgeBook.of(data.pledges);
    }

    @Benchmark
    public TreeMap<LocalDate, Map<CurrencyUnit, Optional<MonetaryAmount>>> buildMonetaStream() {
        BenchmarkData d = data;
        return IntStream.range(0, d.valued).boxed().collect(Collectors.groupingBy(i -> d.date[i], TreeMap::new,
                Collectors.groupingBy(i -> d.amounts.get(i).getCurrency(),
                        Collectors.mapping(d.amounts::get, Collectors.reducing(MonetaryFunctions.sum())))));
    }

    @Benchmark
    public BigDecimal[][] buildBigDecimalPrefix() {
        BenchmarkData d = data;
        int[] order = order(d);
        BigDecimal[][] prefix = new BigDecimal[d.units.length][d.valued];
        BigDecimal[] running = new BigDecimal[d.units.length];
        java.util.Arrays.fill(running, BigDecimal.ZERO);
        for (int k = 0; k < d.valued; k++) {
            int i = order[k];
            int c = d.currency[i];
            running[c] = running[c].add(d.decimals[i]);
            prefix[c][k] = running[c];
        }
        return prefix;
    }

    @Benchmark
    public long[][] buildLongPrefix() {
        BenchmarkData d = data;
        int[] order = order(d);
        long[][] prefix = new long[d.units.length][d.valued];
        long[] running = new long[d.units.length];
        for (int k = 0; k < d.valued; k++) {
            int i = order[k];
            int c = d.currency[i];
            running[c] = Math.addExact(running[c], d.unscaled[i]);
            prefix[c][k] = running[c];
        }
        return prefix;
    }

    private static int[] order(BenchmarkData d) {
        long[] keys = new long[d.valued];
        for (int i = 0; i < d.valued; i++) {
            keys[i] = ((long) d.day[i] << 32) | i;
        }
        java.util.Arrays.sort(keys);
        int[] order = new int[d.valued];
        for (int i = 0; i < d.valued; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
