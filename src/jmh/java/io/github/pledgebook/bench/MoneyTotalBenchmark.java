package io.github.pledgebook.bench;

import io.github.pledgebook.sample.Synthetic;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.CurrencySums;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.DonorLevel;
import io.github.pledgebook.timeline.GroupBy;
import io.github.pledgebook.timeline.Grouped;
import io.github.pledgebook.timeline.PledgeBook;
import io.github.pledgebook.timeline.StageTotal;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * Exact totals of the announced amounts, per currency and per donor x currency: pledgebook (the book's index and
 * its columnar grouping, and {@link MoneyTotal} over columns or a stream) next to the Moneta idiom, a plain
 * {@code BigDecimal} loop and a columnar {@code long} loop with {@code Math.addExact}, on the same data in the same
 * run. The book answers as of the last day of the data, so its totals equal the baselines'.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class MoneyTotalBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int pledges;

    BenchmarkData data;
    PledgeBook book;
    GroupBy<Donor> byDonor = GroupBy.donor(DonorLevel.AS_RECORDED);

    @Setup(Level.Trial)
    public void setUp() {
        data = new BenchmarkData(pledges);
        book = PledgeBook.of(data.pledges);
    }

    @Benchmark
    public StageTotal totalPledgebookBook() {
        return book.total(Stage.ANNOUNCED, Synthetic.END);
    }

    // ---- total of all amounts per currency

    @Benchmark
    public MoneyTotal totalPledgebookColumnar() {
        BenchmarkData d = data;
        MoneyTotal.Builder b = MoneyTotal.builder();
        CurrencySums sums = CurrencySums.inside(b);
        for (int i = 0; i < d.valued; i++) {
            sums.add(d.units[d.currency[i]], d.unscaled[i], d.scale[i]);
        }
        return b.build();
    }

    @Benchmark
    public MoneyTotal totalPledgebookCollector() {
        return data.amounts.stream().collect(MoneyTotal.toTotal());
    }

    @Benchmark
    public Map<CurrencyUnit, Optional<MonetaryAmount>> totalMonetaStream() {
        return data.amounts.stream().collect(Collectors.groupingBy(MonetaryAmount::getCurrency,
                Collectors.reducing(MonetaryFunctions.sum())));
    }

    @Benchmark
    public MonetaryAmount[] totalMonetaAddLoop() {
        BenchmarkData d = data;
        MonetaryAmount[] sums = new MonetaryAmount[d.units.length];
        for (int i = 0; i < d.valued; i++) {
            int c = d.currency[i];
            MonetaryAmount a = d.amounts.get(i);
            sums[c] = sums[c] == null ? a : sums[c].add(a);
        }
        return sums;
    }

    @Benchmark
    public BigDecimal[] totalBigDecimalLoop() {
        BenchmarkData d = data;
        BigDecimal[] sums = new BigDecimal[d.units.length];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        for (int i = 0; i < d.valued; i++) {
            sums[d.currency[i]] = sums[d.currency[i]].add(d.decimals[i]);
        }
        return sums;
    }

    @Benchmark
    public long[] totalLongLoop() {
        BenchmarkData d = data;
        long[] sums = new long[d.units.length];
        for (int i = 0; i < d.valued; i++) {
            sums[d.currency[i]] = Math.addExact(sums[d.currency[i]], d.unscaled[i]);
        }
        return sums;
    }

    // ---- totals by donor x currency

    @Benchmark
    public Grouped<Donor> byDonorPledgebookBook() {
        return book.asOf(Synthetic.END).grouped(Stage.ANNOUNCED, byDonor);
    }

    @Benchmark
    public MoneyTotal[] byDonorPledgebookColumnar() {
        BenchmarkData d = data;
        MoneyTotal.Builder[] builders = new MoneyTotal.Builder[d.donors.size()];
        CurrencySums[] sums = new CurrencySums[builders.length];
        for (int i = 0; i < d.valued; i++) {
            CurrencySums s = sums[d.donor[i]];
            if (s == null) {
                builders[d.donor[i]] = MoneyTotal.builder();
                s = sums[d.donor[i]] = CurrencySums.inside(builders[d.donor[i]]);
            }
            s.add(d.units[d.currency[i]], d.unscaled[i], d.scale[i]);
        }
        MoneyTotal[] totals = new MoneyTotal[builders.length];
        for (int k = 0; k < builders.length; k++) {
            totals[k] = builders[k] == null ? MoneyTotal.empty() : builders[k].build();
        }
        return totals;
    }

    @Benchmark
    public Map<String, Map<CurrencyUnit, Optional<MonetaryAmount>>> byDonorMonetaStream() {
        BenchmarkData d = data;
        return java.util.stream.IntStream.range(0, d.valued).boxed().collect(Collectors.groupingBy(
                i -> d.donors.get(d.donor[i]).id(),
                Collectors.groupingBy(i -> d.amounts.get(i).getCurrency(),
                        Collectors.mapping(d.amounts::get, Collectors.reducing(MonetaryFunctions.sum())))));
    }

    @Benchmark
    public BigDecimal[] byDonorBigDecimalLoop() {
        BenchmarkData d = data;
        int nc = d.units.length;
        BigDecimal[] sums = new BigDecimal[d.donors.size() * nc];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        for (int i = 0; i < d.valued; i++) {
            int k = d.donor[i] * nc + d.currency[i];
            sums[k] = sums[k].add(d.decimals[i]);
        }
        return sums;
    }

    @Benchmark
    public long[] byDonorLongLoop() {
        BenchmarkData d = data;
        int nc = d.units.length;
        long[] sums = new long[d.donors.size() * nc];
        for (int i = 0; i < d.valued; i++) {
            int k = d.donor[i] * nc + d.currency[i];
            sums[k] = Math.addExact(sums[k], d.unscaled[i]);
        }
        return sums;
    }
}
