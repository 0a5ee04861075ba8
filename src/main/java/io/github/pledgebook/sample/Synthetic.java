package io.github.pledgebook.sample;

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
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.timeline.PledgeBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Seeded synthetic pledge data of any size, shaped like the project's benchmark data: realistic volumes for tests,
 * notebooks and benchmarks, the same for the same seed on every machine.
 * <p>
 * 60 donors (10 governments with 5 agencies each), one recipient, 8 currencies ({@link #CURRENCIES}, JPY with no
 * decimals), events from 2022 to 2026; about 15% of the pledges are only reported, 85% announced, 60% committed and
 * 40% have a disbursed tranche of half the amount; 5% are in kind without a money value. {@link #rates(long)} gives
 * ECB-style daily fixings per 1 EUR on weekdays to convert them.
 * <pre>{@code
 * PledgeBook book = Synthetic.book(10_000, Synthetic.SEED);
 * book.asOf(Synthetic.END).announced().pledgeCount();   // about 8,500
 * book.asOf(Synthetic.END).convertedTotal(Stage.ANNOUNCED, Amounts.currency("USD"), Synthetic.rates(Synthetic.SEED));
 * }</pre>
 * The amounts are random, not real: use {@link JapanUkraine2024} for a true story. This class is stateless and
 * thread-safe.
 */
public final class Synthetic {

    /** The seed of the project's benchmarks and tests. */
    public static final long SEED = 20240219L;
    /** The currencies of the generated amounts, in the order they are drawn. */
    public static final List<String> CURRENCIES =
            List.of("USD", "EUR", "JPY", "GBP", "CHF", "CAD", "SEK", "NOK");
    /** The first day a pledge event can fall on. */
    public static final LocalDate START = LocalDate.of(2022, 1, 1);
    /** The last day of the data: every event falls on or before it, and the rates reach it. */
    public static final LocalDate END = LocalDate.of(2026, 12, 31);
    /** The first day of {@link #rates(long)}, some weeks before the first pledge. */
    public static final LocalDate RATES_START = LocalDate.of(2021, 12, 1);

    private static final String[] COUNTRIES = {"JP", "DE", "US", "GB", "FR", "CA", "SE", "NO", "CH", "IT"};
    /** Days over which first events are spread (later stages follow within 120 days). */
    private static final int DAYS = 5 * 365;
    private static final List<Donor> DONORS = makeDonors();

    private Synthetic() {
    }

    /**
     * Returns a book of {@code n} generated pledges.
     *
     * @param n how many pledges, zero or more
     * @param seed the random seed; the same seed gives the same book
     * @return the book
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static PledgeBook book(int n, long seed) {
        return PledgeBook.of(pledges(n, seed));
    }

    /**
     * Returns {@code n} generated pledges, ids {@code p0} to {@code p(n-1)}.
     *
     * @param n how many pledges, zero or more
     * @param seed the random seed; the same seed gives the same pledges
     * @return an unmodifiable list
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static List<Pledge> pledges(int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("number of synthetic pledges must be zero or more, was " + n);
        }
        CurrencyUnit[] units = new CurrencyUnit[CURRENCIES.size()];
        for (int i = 0; i < units.length; i++) {
            units[i] = Amounts.currency(CURRENCIES.get(i));
        }
        SplittableRandom r = new SplittableRandom(seed);
        Party recipient = Party.of("ua", "Ukraine", "UA");
        Source source = Source.official("Synthetic", START);
        List<Pledge> pledges = new ArrayList<>(n);
        AidCategory[] categories = AidCategory.values();
        for (int i = 0; i < n; i++) {
            int d = r.nextInt(DONORS.size());
            int c = r.nextInt(units.length);
            int digits = units[c].getDefaultFractionDigits();
            long whole = 1_000L + r.nextLong(1_000_000_000L);
            long unscaled = whole * pow10(digits) + (digits == 0 ? 0 : r.nextInt((int) pow10(digits)));
            BigDecimal amount = BigDecimal.valueOf(unscaled, digits);
            boolean inKind = r.nextInt(100) < 5;
            LocalDate when = START.plusDays(r.nextInt(DAYS - 200));
            Pledge.Builder b = Pledge.builder().id("p" + i).donor(DONORS.get(d)).recipient(recipient)
                    .category(categories[r.nextInt(categories.length)])
                    .instrument(inKind ? Instrument.IN_KIND : Instrument.GRANT);
            MonetaryAmount money = inKind ? null : Amounts.of(amount, units[c]);
            if (inKind) {
                b.inKind(InKind.of("generators", 10));
            }
            int path = r.nextInt(100);
            if (path < 15) {
                b.addEvent(event(when, Stage.REPORTED, money, source));
            } else {
                b.addEvent(event(when, Stage.ANNOUNCED, money, source));
                LocalDate next = when;
                if (path < 75) {
                    next = next.plusDays(1 + r.nextInt(60));
                    b.addEvent(event(next, Stage.COMMITTED, money, source));
                    if (path < 55) {
                        next = next.plusDays(1 + r.nextInt(60));
                        b.addEvent(event(next, Stage.DISBURSED, inKind ? null
                                : Amounts.of(amount.divideToIntegralValue(BigDecimal.valueOf(2)), units[c]), source));
                    }
                }
            }
            pledges.add(b.build());
        }
        return Collections.unmodifiableList(pledges);
    }

    /**
     * Returns the 60 donors the pledges are drawn from: governments {@code gov-0} to {@code gov-9} (Japan, Germany,
     * the US, ...), each followed by its agencies {@code gov-g-agency-0} to {@code gov-g-agency-4}.
     *
     * @return an unmodifiable list
     */
    public static List<Donor> donors() {
        return DONORS;
    }

    /**
     * Returns daily ECB-style fixings per 1 EUR on weekdays from {@link #RATES_START} to {@link #END} for every
     * currency of {@link #CURRENCIES}, as a random walk that moves at most 0.5% a day, with 4 decimals (2 for yen).
     * The walk is computed in exact integer arithmetic.
     *
     * @param seed the random seed of the book the rates go with
     * @return the rate table, source {@code ECB}
     */
    public static RateTable rates(long seed) {
        SplittableRandom r = new SplittableRandom(seed + 1);
        // levels in millionths, per 1 EUR, in the order of CURRENCIES (EUR itself unused)
        long[] level = {1_080_000, 1_000_000, 150_000_000, 860_000, 950_000, 1_460_000, 11_300_000, 11_400_000};
        RateTable.Builder b = RateTable.builder();
        for (LocalDate d = RATES_START; !d.isAfter(END); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            Map<String, BigDecimal> fixings = new LinkedHashMap<>();
            for (int c = 0; c < CURRENCIES.size(); c++) {
                if (CURRENCIES.get(c).equals("EUR")) {
                    continue;
                }
                level[c] += level[c] * (r.nextInt(1001) - 500) / 100_000;
                int places = level[c] >= 100_000_000 ? 2 : 4;
                fixings.put(CURRENCIES.get(c), BigDecimal.valueOf(level[c], 6).setScale(places, RoundingMode.HALF_EVEN));
            }
            b.addFixings(d, "ECB", "EUR", fixings);
        }
        return b.build();
    }

    private static List<Donor> makeDonors() {
        List<Donor> donors = new ArrayList<>();
        for (int g = 0; g < COUNTRIES.length; g++) {
            Donor gov = Donor.government("gov-" + g, "Government " + g, COUNTRIES[g]);
            donors.add(gov);
            for (int a = 0; a < 5; a++) {
                donors.add(Donor.agency("gov-" + g + "-agency-" + a, "Agency " + a + " of government " + g, gov));
            }
        }
        return Collections.unmodifiableList(donors);
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
