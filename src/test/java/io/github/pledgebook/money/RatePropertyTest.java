package io.github.pledgebook.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RatePropertyTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 19);
    /** The stated precision of a derived rate: one division to 34 significant digits. */
    private static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("1E-33");
    private static final MathContext REFERENCE = new MathContext(80);

    /** Positive rates from 10^-8 to 10^8 with up to 12 significant digits. */
    @Provide
    static Arbitrary<BigDecimal> rates() {
        return Combinators.combine(Arbitraries.longs().between(1, 999_999_999_999L),
                Arbitraries.integers().between(0, 12)).as(BigDecimal::valueOf);
    }

    private static void assertClose(BigDecimal actual, BigDecimal exact) {
        BigDecimal error = actual.subtract(exact).abs();
        assertThat(error).isLessThanOrEqualTo(exact.abs().multiply(RELATIVE_TOLERANCE));
    }

    @Property
    void inverseAgreesWithDirectWithinStatedPrecision(@ForAll("rates") BigDecimal value) {
        ExchangeRate direct = ExchangeRate.of("EUR", "JPY", value, DAY, "ECB");
        ExchangeRate inverse = direct.inverse();

        assertClose(inverse.value(), BigDecimal.ONE.divide(value, REFERENCE));
        assertThat(inverse.inverse()).isEqualTo(direct);
        RateTable onlyInverse = RateTable.builder().add(direct).build();
        assertThat(onlyInverse.rate("JPY", "EUR", DAY, RateLookup.exactDate())).isEqualTo(inverse);
    }

    @Property
    void crossAgreesWithDirectWithinStatedPrecision(@ForAll("rates") BigDecimal eurJpy,
            @ForAll("rates") BigDecimal eurUsd) {
        RateTable perEuro = RateTable.builder()
                .addFixings(DAY, "ECB", "EUR", Map.of("JPY", eurJpy, "USD", eurUsd)).build();
        BigDecimal jpyUsd = eurUsd.divide(eurJpy, REFERENCE);
        RateTable direct = RateTable.builder()
                .add("JPY", "USD", jpyUsd.round(ExchangeRate.DIVISION), DAY, "direct").build();

        ExchangeRate cross = perEuro.rate("JPY", "USD", DAY, RateLookup.exactDate());
        assertThat(cross.derivation()).isEqualTo(ExchangeRate.Derivation.CROSSED);
        assertClose(cross.value(), jpyUsd);
        assertClose(perEuro.rate("USD", "JPY", DAY, RateLookup.exactDate()).value(),
                eurJpy.divide(eurUsd, REFERENCE));

        MonetaryAmount yen = Amounts.of(15_800_000_000L, "JPY");
        assertClose(perEuro.convert(yen, Amounts.currency("USD"), DAY).decimal(),
                direct.convert(yen, Amounts.currency("USD"), DAY).decimal());
    }

    @Property
    void convertedTotalEqualsSumOfConvertedPartsBeforeRounding(
            @ForAll("parts") List<MonetaryAmount> parts, @ForAll("rates") BigDecimal eurJpy,
            @ForAll("rates") BigDecimal eurUsd, @ForAll("rates") BigDecimal eurGbp) {
        RateTable table = RateTable.builder()
                .addFixings(DAY, "ECB", "EUR", Map.of("JPY", eurJpy, "USD", eurUsd, "GBP", eurGbp)).build();
        CurrencyUnit usd = Amounts.currency("USD");

        ConvertedTotal whole = table.convert(MoneyTotal.of(parts), usd, DAY);
        BigDecimal sumOfParts = BigDecimal.ZERO;
        List<DatedAmount> dated = new ArrayList<>();
        for (MonetaryAmount part : parts) {
            sumOfParts = sumOfParts.add(table.convert(part, usd, DAY).decimal());
            dated.add(DatedAmount.of(DAY, part));
        }
        assertThat(whole.decimal()).isEqualByComparingTo(sumOfParts);
        assertThat(table.convertEach(dated, usd).decimal()).isEqualByComparingTo(sumOfParts);
    }

    /**
     * Converting a list remembers rates within the call (sorted input by the last lookup, other input by a map, cross
     * rates by their legs): each conversion must still be exactly the one converting its amount alone gives, and the
     * total the plain sum of them, in any order and with many scales.
     */
    @Property
    void convertingEachInOneCallEqualsConvertingEachAlone(@ForAll("parts") List<MonetaryAmount> parts,
            @ForAll long seed, @ForAll boolean sorted) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        RateTable.Builder b = RateTable.builder();
        for (int d = 0; d < 9; d++) {
            if (d % 4 != 3) { // a gap of a day: the next day uses the rates before it
                b.addFixings(DAY.plusDays(d), "ECB", "EUR", Map.of(
                        "JPY", BigDecimal.valueOf(r.nextLong(1, 1L << 40), 6),
                        "USD", BigDecimal.valueOf(r.nextLong(1, 1L << 40), 8),
                        "GBP", new BigDecimal("0.8545")));
            }
        }
        RateTable table = b.rule(RateLookup.latestOnOrBefore(2)).build();
        CurrencyUnit usd = Amounts.currency("USD");
        List<DatedAmount> dated = new ArrayList<>();
        for (MonetaryAmount part : parts) {
            dated.add(DatedAmount.of(DAY.plusDays(r.nextInt(9)), part));
        }
        if (sorted) {
            dated.sort(java.util.Comparator.comparing((DatedAmount d) -> d.amount().getCurrency().getCurrencyCode())
                    .thenComparing(DatedAmount::date));
        }

        ConvertedTotal each = table.convertEach(dated, usd);

        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < dated.size(); i++) {
            Conversion alone = table.convert(dated.get(i).amount(), usd, dated.get(i).date());
            assertThat(each.conversions().get(i)).isEqualTo(alone);
            assertThat(each.conversions().get(i).decimal()).isEqualTo(alone.decimal());
            sum = sum.add(alone.decimal());
        }
        assertThat(each.decimal()).isEqualByComparingTo(sum);
        assertThat(table.convertSumsPerDate(dated, usd).decimal()).isEqualByComparingTo(sum);
    }

    /**
     * Converting dated totals walks each currency's route forward through the dates instead of searching, and a
     * table remembers each day's rate: on tables with gaps, reverse pairs newer than direct ones, two pivots and
     * legs missing on some days, every conversion must be the one a single lookup on a fresh table gives, under
     * each rule in turn, and a date without any route must fail the call.
     */
    @Property
    void convertingDatedTotalsUsesTheRateEachSingleLookupGives(@ForAll long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        String[] codes = {"EUR", "USD", "JPY", "GBP", "CHF"};
        RateTable.Builder b = RateTable.builder().pivot("EUR", "USD")
                .rule(RateLookup.latestOnOrBefore(r.nextInt(4)));
        // per-EUR fixings of every currency on most days, each starting on a day of its own (dates before it have
        // no such fixing), then other pairs at random
        for (int j = 1; j < codes.length; j++) {
            java.util.Map<LocalDate, BigDecimal> perEuro = new java.util.HashMap<>();
            for (int d = r.nextInt(6); d < 20; d++) {
                if (r.nextInt(4) != 0) {
                    perEuro.put(DAY.plusDays(d), BigDecimal.valueOf(r.nextLong(1, 1L << 40), r.nextInt(12)));
                }
            }
            b.addSeries("EUR", codes[j], "ECB", perEuro);
        }
        for (int i = 0; i < codes.length; i++) {
            for (int j = 0; j < codes.length; j++) {
                if (i != j && i != 0 && r.nextInt(3) == 0) {
                    java.util.Map<LocalDate, BigDecimal> series = new java.util.HashMap<>();
                    for (int d = 0; d < 20; d++) {
                        if (r.nextInt(3) == 0) {
                            series.put(DAY.plusDays(d), BigDecimal.valueOf(r.nextLong(1, 1L << 40), r.nextInt(12)));
                        }
                    }
                    b.addSeries(codes[i], codes[j], "S" + i, series);
                }
            }
        }
        RateTable table = b.build();
        CurrencyUnit target = Amounts.currency(codes[r.nextInt(codes.length)]);
        java.util.Map<LocalDate, MoneyTotal> totals = new java.util.HashMap<>();
        for (int d = 0; d < 24; d++) { // a few days after the last fixing, where a rule may still find one
            if (r.nextBoolean()) {
                List<MonetaryAmount> amounts = new ArrayList<>();
                for (String code : codes) {
                    if (r.nextBoolean()) {
                        amounts.add(Amounts.of(BigDecimal.valueOf(r.nextLong(), r.nextInt(-2, 20)), code));
                    }
                }
                totals.put(DAY.plusDays(d), MoneyTotal.of(amounts));
            }
        }
        // the table remembers each day's rate per rule: converting again, under another rule and back, must give
        // what a fresh table gives for each single lookup
        RateLookup[] rules = {table.rule(), RateLookup.latestOnOrBefore(r.nextInt(4)), RateLookup.exactDate()};
        for (RateLookup rule : new RateLookup[] {rules[0], rules[0], rules[1], rules[2], rules[0]}) {
            List<Conversion> expected = new ArrayList<>();
            boolean missing = false;
            for (String code : new java.util.TreeSet<>(List.of(codes))) { // ordered by code, then date
                for (java.util.Map.Entry<LocalDate, MoneyTotal> e : new java.util.TreeMap<>(totals).entrySet()) {
                    CurrencyUnit from = Amounts.currency(code);
                    if (e.getValue().contains(from)) {
                        RateTable fresh = b.build();
                        boolean found = fresh.findRate(from, target, e.getKey(), rule).isPresent();
                        missing |= !found;
                        if (found) {
                            expected.add(fresh.convert(e.getValue().amount(from), target, e.getKey(), rule));
                        }
                    }
                }
            }
            if (missing) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.convertTotalsByDate(totals, target, rule))
                        .isInstanceOf(MissingRateException.class);
                continue;
            }
            ConvertedTotal dated = table.convertTotalsByDate(totals, target, rule);
            assertThat(dated.conversions()).containsExactlyElementsOf(expected);
            BigDecimal sum = BigDecimal.ZERO;
            for (Conversion c : expected) {
                sum = sum.add(c.decimal());
                assertThat(table.rate(c.source().getCurrency(), target, c.date(), rule)).isEqualTo(c.rate());
            }
            assertThat(dated.decimal()).isEqualByComparingTo(sum);
        }
    }

    @Provide
    static Arbitrary<List<MonetaryAmount>> parts() {
        return Combinators.combine(
                Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-3, 20)).as(BigDecimal::valueOf),
                Arbitraries.of("JPY", "USD", "EUR", "GBP")).as(Amounts::of).list().ofMaxSize(40);
    }
}
