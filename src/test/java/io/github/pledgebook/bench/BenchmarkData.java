package io.github.pledgebook.bench;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.DatedAmount;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.sample.Synthetic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The benchmark data: {@link Synthetic#pledges(int, long)} with {@link Synthetic#SEED}, plus, for the baselines,
 * the <b>announced</b> amount of every announced pledge with a money value as columns (currency, donor, unscaled
 * value, scale, day), exactly what the book's announced totals add up, read back from the generated pledges.
 * <p>
 * It lives with the tests so that the JMH benchmarks (compiled as test sources by the {@code bench} profile) and the
 * test proving the fast paths exact on the benchmark data share one data set; the generator itself is the public one.
 */
public final class BenchmarkData {

    /** Days from {@link Synthetic#RATES_START} to {@link Synthetic#END}, both included. */
    public static final int RATE_DAYS = (int) (Synthetic.END.toEpochDay() - Synthetic.RATES_START.toEpochDay() + 1);

    public final List<Donor> donors = Synthetic.donors();
    public final List<Pledge> pledges;
    /** One entry per announced pledge with a money value, columnar, for the baselines. */
    public final int[] currency;
    public final int[] donor;
    public final long[] unscaled;
    public final int[] scale;
    public final int[] day;
    public final LocalDate[] date;
    public final BigDecimal[] decimals;
    public final List<MonetaryAmount> amounts = new ArrayList<>();
    public final List<DatedAmount> dated = new ArrayList<>();
    public final CurrencyUnit[] units = new CurrencyUnit[Synthetic.CURRENCIES.size()];
    /** How many of the columnar entries are filled. */
    public final int valued;
    public final RateTable rates;

    /**
     * The benchmark data of {@code n} pledges.
     *
     * @param n how many pledges
     */
    public BenchmarkData(int n) {
        List<String> codes = Synthetic.CURRENCIES;
        for (int i = 0; i < units.length; i++) {
            units[i] = Amounts.currency(codes.get(i));
        }
        pledges = Synthetic.pledges(n, Synthetic.SEED);
        currency = new int[n];
        donor = new int[n];
        unscaled = new long[n];
        scale = new int[n];
        day = new int[n];
        date = new LocalDate[n];
        decimals = new BigDecimal[n];
        int k = 0;
        for (Pledge p : pledges) {
            for (PledgeEvent e : p.history()) {
                if (e.stage() != Stage.ANNOUNCED || e.amount().isEmpty()) {
                    continue;
                }
                MonetaryAmount money = e.amount().get();
                int c = codes.indexOf(money.getCurrency().getCurrencyCode());
                BigDecimal amount = Amounts.decimal(money)
                        .setScale(units[c].getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
                currency[k] = c;
                donor[k] = donors.indexOf(p.donor());
                unscaled[k] = amount.unscaledValue().longValueExact();
                scale[k] = amount.scale();
                day[k] = (int) e.date().toEpochDay();
                date[k] = e.date();
                decimals[k] = amount;
                amounts.add(money);
                dated.add(DatedAmount.of(e.date(), money));
                k++;
            }
        }
        this.valued = k;
        this.rates = Synthetic.rates(Synthetic.SEED);
    }
}
