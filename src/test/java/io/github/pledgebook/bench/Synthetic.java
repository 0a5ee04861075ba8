package io.github.pledgebook.bench;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Source;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.DatedAmount;
import io.github.pledgebook.money.RateTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Synthetic pledge data with a fixed seed: 60 donors (10 governments with 5 agencies each), 8 currencies (JPY with 0
 * decimals), events spread over 2022-2026, about 15% report-only pledges, 85% announced, 60% committed, 40% with
 * disbursed tranches, 5% in-kind without value; plus ECB-style daily fixings per 1 EUR on weekdays.
 * <p>
 * The columnar arrays and the amount lists hold, for the baselines, the <b>announced</b> amount of every announced
 * pledge with a money value, with its donor and date: exactly what the book's announced totals add up.
 * <p>
 * It lives with the tests so that the JMH benchmarks (compiled as test sources by the {@code bench} profile) and the
 * test proving the fast paths exact on the benchmark data share one generator.
 */
public final class Synthetic {

    public static final long SEED = 20240219L;
    public static final String[] CODES = {"USD", "EUR", "JPY", "GBP", "CHF", "CAD", "SEK", "NOK"};
    public static final String[] COUNTRIES = {"JP", "DE", "US", "GB", "FR", "CA", "SE", "NO", "CH", "IT"};
    public static final LocalDate START = LocalDate.of(2022, 1, 1);
    public static final LocalDate END = LocalDate.of(2026, 12, 31);
    public static final int DAYS = 5 * 365;
    /** The first day of the rate table, some weeks before the first pledge. */
    public static final LocalDate RATES_START = LocalDate.of(2021, 12, 1);
    public static final int RATE_DAYS = (int) (END.toEpochDay() - RATES_START.toEpochDay() + 1);

    public final List<Donor> donors = new ArrayList<>();
    public final List<Pledge> pledges;
    /** One entry per announced pledge with a money value, columnar, for the baselines. */
    public final int[] currency;
    public final int[] donor;
    public final long[] unscaled;
    public final int[] scale;
    public final int[] day;
    public final LocalDate[] date;
    public final BigDecimal[] decimals;
    public final List<MonetaryAmount> amounts;
    public final List<DatedAmount> dated;
    public final CurrencyUnit[] units = new CurrencyUnit[CODES.length];
    /** How many of the columnar entries are filled. */
    public final int valued;
    public final RateTable rates;

    /**
     * Generates {@code n} pledges.
     *
     * @param n how many pledges
     */
    public Synthetic(int n) {
        for (int i = 0; i < CODES.length; i++) {
            units[i] = Amounts.currency(CODES[i]);
        }
        for (int g = 0; g < 10; g++) {
            Donor gov = Donor.government("gov-" + g, "Government " + g, COUNTRIES[g]);
            donors.add(gov);
            for (int a = 0; a < 5; a++) {
                donors.add(Donor.agency("gov-" + g + "-agency-" + a, "Agency " + a + " of government " + g, gov));
            }
        }
        SplittableRandom r = new SplittableRandom(SEED);
        Party recipient = Party.of("ua", "Ukraine", "UA");
        Source source = Source.official("Synthetic", START);
        pledges = new ArrayList<>(n);
        currency = new int[n];
        donor = new int[n];
        unscaled = new long[n];
        scale = new int[n];
        day = new int[n];
        date = new LocalDate[n];
        decimals = new BigDecimal[n];
        amounts = new ArrayList<>(n);
        dated = new ArrayList<>(n);
        int k = 0;
        for (int i = 0; i < n; i++) {
            int d = r.nextInt(donors.size());
            int c = r.nextInt(CODES.length);
            int digits = units[c].getDefaultFractionDigits();
            long units0 = 1_000L + r.nextLong(1_000_000_000L);
            long u = units0 * pow10(digits) + (digits == 0 ? 0 : r.nextInt((int) pow10(digits)));
            BigDecimal amount = BigDecimal.valueOf(u, digits);
            boolean inKind = r.nextInt(100) < 5;
            LocalDate when = START.plusDays(r.nextInt(DAYS - 200));
            Pledge.Builder b = Pledge.builder().id("p" + i).donor(donors.get(d)).recipient(recipient)
                    .category(AidCategory.values()[r.nextInt(AidCategory.values().length)])
                    .instrument(inKind ? Instrument.IN_KIND : Instrument.GRANT);
            MonetaryAmount money = Amounts.of(amount, units[c]);
            if (inKind) {
                b.inKind(InKind.of("generators", 10));
            }
            int path = r.nextInt(100);
            if (path < 15) {
                b.addEvent(event(when, Stage.REPORTED, inKind ? null : money, source));
            } else {
                b.addEvent(event(when, Stage.ANNOUNCED, inKind ? null : money, source));
                if (!inKind) {
                    currency[k] = c;
                    donor[k] = d;
                    unscaled[k] = u;
                    scale[k] = digits;
                    day[k] = (int) when.toEpochDay();
                    date[k] = when;
                    decimals[k] = amount;
                    amounts.add(money);
                    dated.add(DatedAmount.of(when, money));
                    k++;
                }
                LocalDate next = when;
                if (path < 75) {
                    next = next.plusDays(1 + r.nextInt(60));
                    b.addEvent(event(next, Stage.COMMITTED, inKind ? null : money, source));
                    if (path < 55) {
                        next = next.plusDays(1 + r.nextInt(60));
                        b.addEvent(event(next, Stage.DISBURSED,
                                inKind ? null : Amounts.of(amount.divideToIntegralValue(BigDecimal.valueOf(2)),
                                        units[c]), source));
                    }
                }
            }
            pledges.add(b.build());
        }
        this.valued = k;
        this.rates = ecbStyleRates();
    }

    /** Daily fixings per 1 EUR on weekdays, as a random walk with 4 to 6 significant digits. */
    public static RateTable ecbStyleRates() {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        // levels in millionths, moved by at most 0.5% a day: exact integer arithmetic, no double
        long[] level = {1_080_000, 1_000_000, 150_000_000, 860_000, 950_000, 1_460_000, 11_300_000, 11_400_000};
        RateTable.Builder b = RateTable.builder();
        for (LocalDate d = RATES_START; !d.isAfter(END); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            Map<String, BigDecimal> fixings = new LinkedHashMap<>();
            for (int c = 0; c < CODES.length; c++) {
                if (CODES[c].equals("EUR")) {
                    continue;
                }
                level[c] += level[c] * (r.nextInt(1001) - 500) / 100_000;
                int places = level[c] >= 100_000_000 ? 2 : 4;
                fixings.put(CODES[c], BigDecimal.valueOf(level[c], 6).setScale(places, RoundingMode.HALF_EVEN));
            }
            b.addFixings(d, "ECB", "EUR", fixings);
        }
        return b.build();
    }

    private static PledgeEvent event(LocalDate day, Stage stage, MonetaryAmount amount, Source source) {
        return amount == null ? PledgeEvent.of(day, stage, source) : PledgeEvent.of(day, stage, amount, source);
    }

    private static long pow10(int digits) {
        long p = 1;
        for (int i = 0; i < digits; i++) {
            p *= 10;
        }
        return p;
    }
}
