package io.github.pledgebook.bench;

import io.github.pledgebook.sample.Synthetic;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.timeline.PledgeBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.ExchangeRateProvider;
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
 * The announced amounts converted to USD, each at the rate of its own date (ECB-style fixings per 1 EUR, so every
 * rate is a cross rate through EUR): the book's converted total and the rate table's per-date grouping next to
 * Moneta's convert-each through the table's JSR 354 provider, a {@code BigDecimal} loop and a columnar
 * {@code long} loop (both with the rates looked up in advance, which the others do not get).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// the book's converted total takes about 5 s of calls before the JIT has settled (measured: 6.7, 5.7, 4.6, 3.6,
// 3.7, 3.2 ms in warmup iterations 2 to 7 at 10^6 pledges), so two warmup iterations would measure the compiler
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class ConversionBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int pledges;

    BenchmarkData data;
    PledgeBook book;
    CurrencyUnit usd;
    ExchangeRateProvider provider;
    /** The rate to USD per currency and day since {@link Synthetic#RATES_START}, for the baselines. */
    BigDecimal[][] rateByDay;

    @Setup(Level.Trial)
    public void setUp() {
        data = new BenchmarkData(pledges);
        book = PledgeBook.of(data.pledges);
        usd = Amounts.currency("USD");
        provider = data.rates.asProvider();
        rateByDay = new BigDecimal[data.units.length][BenchmarkData.RATE_DAYS];
        for (int c = 0; c < data.units.length; c++) {
            for (int d = 7; d < BenchmarkData.RATE_DAYS; d++) {
                rateByDay[c][d] = data.rates.rate(data.units[c], usd, Synthetic.RATES_START.plusDays(d)).value();
            }
        }
    }

    @Benchmark
    public ConvertedTotal convertedPledgebookBook() {
        return book.asOf(Synthetic.END).convertedTotal(Stage.ANNOUNCED, usd, data.rates);
    }

    /**
     * A rate table no conversion has used yet, made before each call: the cost of a first conversion, with every
     * derived rate divided and every route resolved afresh (the book's converted total above reuses one table).
     */
    @State(Scope.Thread)
    public static class FreshRates {
        RateTable rates;

        @Setup(Level.Invocation)
        public void setUp() {
            rates = Synthetic.rates(Synthetic.SEED);
        }
    }

    @Benchmark
    public ConvertedTotal convertedPledgebookBookFreshTable(FreshRates fresh) {
        return book.asOf(Synthetic.END).convertedTotal(Stage.ANNOUNCED, usd, fresh.rates);
    }

    @Benchmark
    public ConvertedTotal convertedPledgebookByDate() {
        return data.rates.convertSumsPerDate(data.dated, usd);
    }

    @Benchmark
    public ConvertedTotal convertedPledgebookEach() {
        return data.rates.convertEach(data.dated, usd);
    }

    @Benchmark
    public MonetaryAmount convertedMonetaEach() {
        BenchmarkData d = data;
        MonetaryAmount sum = null;
        for (int i = 0; i < d.valued; i++) {
            LocalDate day = d.date[i];
            MonetaryAmount usdAmount = d.amounts.get(i).with(provider.getCurrencyConversion(
                    ConversionQueryBuilder.of().setTermCurrency(usd).set(day).build()));
            sum = sum == null ? usdAmount : sum.add(usdAmount);
        }
        return sum;
    }

    @Benchmark
    public BigDecimal convertedBigDecimalLoop() {
        BenchmarkData d = data;
        long first = Synthetic.RATES_START.toEpochDay();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < d.valued; i++) {
            sum = sum.add(d.decimals[i].multiply(rateByDay[d.currency[i]][(int) (d.day[i] - first)]));
        }
        return sum;
    }

    @Benchmark
    public BigDecimal convertedLongLoop() {
        BenchmarkData d = data;
        int first = (int) Synthetic.RATES_START.toEpochDay();
        int days = BenchmarkData.RATE_DAYS;
        long[] sums = new long[d.units.length * days];
        for (int i = 0; i < d.valued; i++) {
            int k = d.currency[i] * days + (d.day[i] - first);
            sums[k] = Math.addExact(sums[k], d.unscaled[i]);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int c = 0; c < d.units.length; c++) {
            int s = d.units[c].getDefaultFractionDigits();
            for (int day = 0; day < days; day++) {
                long v = sums[c * days + day];
                if (v != 0) {
                    total = total.add(BigDecimal.valueOf(v, s).multiply(rateByDay[c][day]));
                }
            }
        }
        return total;
    }
}
