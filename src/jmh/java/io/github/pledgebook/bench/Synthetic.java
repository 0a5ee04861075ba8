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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Synthetic pledge data with a fixed seed: 60 donors (10 governments with 5 agencies each), 8 currencies (JPY with 0
 * decimals), events spread over 2022-2026, about 15% report-only pledges, 80% announced, 60% committed, 40% with
 * disbursed tranches, 5% in-kind without value.
 */
final class Synthetic {

    static final long SEED = 20240219L;
    static final String[] CODES = {"USD", "EUR", "JPY", "GBP", "CHF", "CAD", "SEK", "NOK"};
    static final String[] COUNTRIES = {"JP", "DE", "US", "GB", "FR", "CA", "SE", "NO", "CH", "IT"};
    static final LocalDate START = LocalDate.of(2022, 1, 1);
    static final int DAYS = 5 * 365;

    final List<Donor> donors = new ArrayList<>();
    final List<Pledge> pledges;
    /** One amount per valued pledge (its first stated amount), columnar, for the baselines. */
    final int[] currency;
    final int[] donor;
    final long[] unscaled;
    final int[] scale;
    final BigDecimal[] decimals;
    final List<MonetaryAmount> amounts;
    final CurrencyUnit[] units = new CurrencyUnit[CODES.length];

    Synthetic(int n) {
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
        decimals = new BigDecimal[n];
        amounts = new ArrayList<>(n);
        int valued = 0;
        for (int i = 0; i < n; i++) {
            int d = r.nextInt(donors.size());
            int c = r.nextInt(CODES.length);
            int digits = units[c].getDefaultFractionDigits();
            long units0 = 1_000L + r.nextLong(1_000_000_000L);
            long u = units0 * pow10(digits) + (digits == 0 ? 0 : r.nextInt((int) pow10(digits)));
            BigDecimal amount = BigDecimal.valueOf(u, digits);
            boolean inKind = r.nextInt(100) < 5;
            LocalDate day = START.plusDays(r.nextInt(DAYS - 200));
            Pledge.Builder b = Pledge.builder().id("p" + i).donor(donors.get(d)).recipient(recipient)
                    .category(AidCategory.values()[r.nextInt(AidCategory.values().length)])
                    .instrument(inKind ? Instrument.IN_KIND : Instrument.GRANT);
            MonetaryAmount money = Amounts.of(amount, units[c]);
            if (inKind) {
                b.inKind(InKind.of("generators", 10));
            }
            int path = r.nextInt(100);
            if (path < 15) {
                b.addEvent(event(day, io.github.pledgebook.Stage.REPORTED, inKind ? null : money, source));
            } else {
                b.addEvent(event(day, io.github.pledgebook.Stage.ANNOUNCED, inKind ? null : money, source));
                if (path < 75) {
                    day = day.plusDays(1 + r.nextInt(60));
                    b.addEvent(event(day, io.github.pledgebook.Stage.COMMITTED, inKind ? null : money, source));
                    if (path < 55) {
                        day = day.plusDays(1 + r.nextInt(60));
                        b.addEvent(event(day, io.github.pledgebook.Stage.DISBURSED,
                                inKind ? null : Amounts.of(amount.divideToIntegralValue(BigDecimal.valueOf(2)),
                                        units[c]), source));
                    }
                }
            }
            pledges.add(b.build());
            if (!inKind) {
                currency[valued] = c;
                donor[valued] = d;
                unscaled[valued] = u;
                scale[valued] = digits;
                decimals[valued] = amount;
                amounts.add(money);
                valued++;
            }
        }
        this.valued = valued;
    }

    /** How many of the columnar entries are filled (pledges with a money value). */
    final int valued;

    private static PledgeEvent event(LocalDate day, io.github.pledgebook.Stage stage, MonetaryAmount amount,
            Source source) {
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
