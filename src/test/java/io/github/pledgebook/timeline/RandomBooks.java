package io.github.pledgebook.timeline;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Source;
import io.github.pledgebook.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;

/**
 * Random but valid books from a seed: revisions, additions to a stage (positive, negative and zero, as IATI
 * transactions), currency changes, cancellations, in-kind items, huge amounts.
 */
public final class RandomBooks {

    static final LocalDate BASE = LocalDate.of(2024, 1, 1);
    static final int SPAN_DAYS = 90;

    static final Donor JAPAN = Donor.government("jp-gov", "Government of Japan", "JP");
    static final Donor JICA = Donor.agency("jp-jica", "Japan International Cooperation Agency", JAPAN);
    static final Donor GERMANY = Donor.government("de-gov", "Government of Germany", "DE");
    static final Donor KFW = Donor.agency("de-kfw", "KfW", GERMANY);
    static final Donor FUND = Donor.of("nato-capp", "NATO trust fund", DonorKind.TRUST_FUND);
    static final Party UKRAINE = Party.of("ua", "Ukraine", "UA");
    static final Party MOLDOVA = Party.of("md", "Moldova", "MD");
    static final Party CHANNEL = Party.of("wb-fund", "World Bank fund");
    private static final Donor[] DONORS = {JAPAN, JICA, GERMANY, KFW, FUND};
    private static final String[] CURRENCIES = {"USD", "JPY", "EUR"};
    private static final Stage[] STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};
    private static final Source SOURCE = Source.official("Ministry", BASE);

    private RandomBooks() {
    }

    public static PledgeBook book(long seed, int size) {
        return book(seed, size, 1);
    }

    /**
     * A random book whose event days are {@code stretch} times further apart: with a large stretch the days are
     * too spread out for the index to count them per day, so it sorts them instead.
     */
    static PledgeBook book(long seed, int size, int stretch) {
        Random r = new Random(seed);
        List<Pledge> pledges = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            pledges.add(pledge(r, "p" + i, stretch));
        }
        return PledgeBook.of(pledges);
    }

    private static Pledge pledge(Random r, String id, int stretch) {
        Donor donor = DONORS[r.nextInt(DONORS.length)];
        Pledge.Builder b = Pledge.builder().id(id).donor(donor).recipient(r.nextBoolean() ? UKRAINE : MOLDOVA)
                .category(AidCategory.values()[r.nextInt(3)]).instrument(Instrument.GRANT)
                .regrantsPooledFunds(donor == FUND && r.nextInt(3) > 0);
        if (r.nextInt(3) == 0) {
            b.channel(CHANNEL);
        }
        if (r.nextBoolean()) {
            b.addSectors(r.nextBoolean() ? Sector.ENERGY : Sector.MINE_ACTION);
        }
        boolean inKind = r.nextInt(4) == 0;
        if (inKind) {
            b.inKind(InKind.of("generators", 1 + r.nextInt(100)));
        }
        String trancheCurrency = CURRENCIES[r.nextInt(CURRENCIES.length)];
        // the currency each stage's amount is in so far: an event that adds to its stage must be in it
        String[] stageCurrency = new String[Stage.values().length];
        boolean adding = r.nextInt(3) == 0;
        int events = 1 + r.nextInt(adding ? 8 : 6);
        int day = r.nextInt(SPAN_DAYS / 2);
        for (int e = 0; e < events; e++) {
            day = Math.min(SPAN_DAYS, day + (r.nextInt(3) == 0 ? 0 : r.nextInt(12)));
            LocalDate date = BASE.plusDays((long) day * stretch);
            boolean last = e == events - 1;
            PledgeEvent event;
            if (last && r.nextInt(5) == 0) {
                event = PledgeEvent.cancelled(date, SOURCE);
            } else {
                Stage stage = STAGES[r.nextInt(STAGES.length)];
                String currency = stage == Stage.DISBURSED ? trancheCurrency : CURRENCIES[r.nextInt(CURRENCIES.length)];
                if (adding && stageCurrency[stage.ordinal()] != null) {
                    // a stage with additions keeps one currency
                    currency = stageCurrency[stage.ordinal()];
                }
                if (adding && r.nextInt(3) > 0) {
                    // adds to the stage (IATI's further commitments): positive, negative (decommitment) or zero
                    MonetaryAmount a = amount(r, currency);
                    int sign = r.nextInt(10);
                    event = PledgeEvent.adding(date, stage, sign < 3 ? a.negate() : sign == 3 ? a.multiply(0) : a,
                            SOURCE);
                } else {
                    event = inKind && r.nextInt(3) == 0 ? PledgeEvent.of(date, stage, SOURCE)
                            : PledgeEvent.of(date, stage, amount(r, currency), SOURCE);
                }
                event.amount().ifPresent(a -> stageCurrency[stage.ordinal()] = a.getCurrency().getCurrencyCode());
            }
            if (r.nextInt(4) == 0) {
                event = event.withKnownOn(date.plusDays(1 + r.nextInt(20)));
            }
            b.addEvent(event);
        }
        return b.build();
    }

    private static MonetaryAmount amount(Random r, String currency) {
        int kind = r.nextInt(10);
        BigDecimal v;
        if (kind == 0) {
            // huge: unscaled values beyond a long, and sums that overflow one
            v = r.nextBoolean() ? BigDecimal.valueOf(Long.MAX_VALUE / (1 + r.nextInt(2)) - r.nextInt(1000), r.nextInt(3))
                    : new BigDecimal(Long.MAX_VALUE).multiply(BigDecimal.valueOf(1 + r.nextInt(30)));
        } else if (kind == 1) {
            v = BigDecimal.valueOf(1 + r.nextInt(1_000_000), 2 + r.nextInt(3));
        } else if (kind < 6) {
            v = BigDecimal.valueOf((1 + r.nextInt(100)) * (currency.equals("JPY") ? 1_000_000L : 1_000L));
        } else {
            v = BigDecimal.valueOf(1 + r.nextInt(100), currency.equals("JPY") ? -6 : -3 - r.nextInt(4));
        }
        return Amounts.of(v, currency);
    }
}
