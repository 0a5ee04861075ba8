package io.github.pledgebook.bench;

import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.PledgeBook;
import io.github.pledgebook.timeline.Series;
import io.github.pledgebook.timeline.StageTotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
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
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * Announced totals as of a date, within a window (Q1 2024) and per quarter (2022 to 2026, in-period and
 * cumulative): the built book's index next to scans of the announced amounts with the Moneta idiom, a
 * {@code BigDecimal} loop and a columnar {@code long} loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class TimelineBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final LocalDateRange WINDOW = LocalDateRange.from(YearQuarter.of(2024, 1));
    static final YearQuarter FIRST = YearQuarter.of(2022, 1);
    static final YearQuarter LAST = YearQuarter.of(2026, 4);

    @Param({"1000", "100000", "1000000"})
    public int pledges;

    BenchmarkData data;
    PledgeBook book;
    /** The quarter of each columnar entry, counted from {@link #FIRST}. */
    int[] quarter;

    @Setup(Level.Trial)
    public void setUp() {
        data = new BenchmarkData(pledges);
        book = PledgeBook.of(data.pledges);
        quarter = new int[data.valued];
        for (int i = 0; i < data.valued; i++) {
            YearQuarter q = YearQuarter.from(data.date[i]);
            quarter[i] = (q.getYear() - FIRST.getYear()) * 4 + q.getQuarterValue() - 1;
        }
    }

    // ---- as of a date

    @Benchmark
    public StageTotal asOfPledgebook() {
        return book.total(Stage.ANNOUNCED, AS_OF);
    }

    @Benchmark
    public Map<CurrencyUnit, Optional<MonetaryAmount>> asOfMonetaStream() {
        BenchmarkData d = data;
        long last = AS_OF.toEpochDay();
        return IntStream.range(0, d.valued).filter(i -> d.day[i] <= last).mapToObj(d.amounts::get)
                .collect(Collectors.groupingBy(MonetaryAmount::getCurrency,
                        Collectors.reducing(MonetaryFunctions.sum())));
    }

    @Benchmark
    public BigDecimal[] asOfBigDecimalLoop() {
        return bigDecimalBetween(Long.MIN_VALUE, AS_OF.toEpochDay());
    }

    @Benchmark
    public long[] asOfLongLoop() {
        return longBetween(Long.MIN_VALUE, AS_OF.toEpochDay());
    }

    // ---- within a window

    @Benchmark
    public StageTotal windowPledgebook() {
        return book.total(Stage.ANNOUNCED, WINDOW);
    }

    @Benchmark
    public Map<CurrencyUnit, Optional<MonetaryAmount>> windowMonetaStream() {
        BenchmarkData d = data;
        long before = WINDOW.getStart().toEpochDay() - 1;
        long last = WINDOW.getEndInclusive().toEpochDay();
        return IntStream.range(0, d.valued).filter(i -> d.day[i] > before && d.day[i] <= last)
                .mapToObj(d.amounts::get).collect(Collectors.groupingBy(MonetaryAmount::getCurrency,
                        Collectors.reducing(MonetaryFunctions.sum())));
    }

    @Benchmark
    public BigDecimal[] windowBigDecimalLoop() {
        return bigDecimalBetween(WINDOW.getStart().toEpochDay() - 1, WINDOW.getEndInclusive().toEpochDay());
    }

    @Benchmark
    public long[] windowLongLoop() {
        return longBetween(WINDOW.getStart().toEpochDay() - 1, WINDOW.getEndInclusive().toEpochDay());
    }

    private BigDecimal[] bigDecimalBetween(long before, long last) {
        BenchmarkData d = data;
        BigDecimal[] sums = new BigDecimal[d.units.length];
        Arrays.fill(sums, BigDecimal.ZERO);
        for (int i = 0; i < d.valued; i++) {
            if (d.day[i] > before && d.day[i] <= last) {
                sums[d.currency[i]] = sums[d.currency[i]].add(d.decimals[i]);
            }
        }
        return sums;
    }

    private long[] longBetween(long before, long last) {
        BenchmarkData d = data;
        long[] sums = new long[d.units.length];
        for (int i = 0; i < d.valued; i++) {
            if (d.day[i] > before && d.day[i] <= last) {
                sums[d.currency[i]] = Math.addExact(sums[d.currency[i]], d.unscaled[i]);
            }
        }
        return sums;
    }

    // ---- per quarter, in-period and cumulative

    @Benchmark
    public Series<YearQuarter> quarterlyPledgebook() {
        return book.quarterly(Stage.ANNOUNCED, FIRST, LAST);
    }

    @Benchmark
    public MonetaryAmount[][] quarterlyMonetaStream() {
        BenchmarkData d = data;
        int nq = quarters();
        Map<Integer, Map<CurrencyUnit, Optional<MonetaryAmount>>> byQuarter = IntStream.range(0, d.valued).boxed()
                .collect(Collectors.groupingBy(i -> quarter[i], Collectors.groupingBy(i -> d.amounts.get(i)
                        .getCurrency(), Collectors.mapping(d.amounts::get, Collectors.reducing(
                                MonetaryFunctions.sum())))));
        MonetaryAmount[][] cumulative = new MonetaryAmount[nq][d.units.length];
        for (int q = 0; q < nq; q++) {
            Map<CurrencyUnit, Optional<MonetaryAmount>> in = byQuarter.getOrDefault(q, Map.of());
            for (int c = 0; c < d.units.length; c++) {
                MonetaryAmount prev = q == 0 ? null : cumulative[q - 1][c];
                MonetaryAmount add = in.getOrDefault(d.units[c], Optional.empty()).orElse(null);
                cumulative[q][c] = prev == null ? add : add == null ? prev : prev.add(add);
            }
        }
        return cumulative;
    }

    @Benchmark
    public BigDecimal[] quarterlyBigDecimalLoop() {
        BenchmarkData d = data;
        int nc = d.units.length;
        int nq = quarters();
        BigDecimal[] sums = new BigDecimal[nq * nc];
        Arrays.fill(sums, BigDecimal.ZERO);
        for (int i = 0; i < d.valued; i++) {
            int k = quarter[i] * nc + d.currency[i];
            sums[k] = sums[k].add(d.decimals[i]);
        }
        BigDecimal[] cumulative = new BigDecimal[nq * nc];
        for (int k = 0; k < nq * nc; k++) {
            cumulative[k] = k < nc ? sums[k] : cumulative[k - nc].add(sums[k]);
        }
        return cumulative;
    }

    @Benchmark
    public long[] quarterlyLongLoop() {
        BenchmarkData d = data;
        int nc = d.units.length;
        int nq = quarters();
        long[] sums = new long[nq * nc];
        for (int i = 0; i < d.valued; i++) {
            int k = quarter[i] * nc + d.currency[i];
            sums[k] = Math.addExact(sums[k], d.unscaled[i]);
        }
        long[] cumulative = new long[nq * nc];
        for (int k = 0; k < nq * nc; k++) {
            cumulative[k] = k < nc ? sums[k] : Math.addExact(cumulative[k - nc], sums[k]);
        }
        return cumulative;
    }

    private static int quarters() {
        return (LAST.getYear() - FIRST.getYear()) * 4 + LAST.getQuarterValue() - FIRST.getQuarterValue() + 1;
    }
}
