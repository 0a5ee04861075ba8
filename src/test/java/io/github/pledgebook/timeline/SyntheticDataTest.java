package io.github.pledgebook.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Party;
import io.github.pledgebook.Stage;
import io.github.pledgebook.bench.BenchmarkData;
import io.github.pledgebook.sample.Synthetic;
import io.github.pledgebook.money.Conversion;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.ExchangeRate;
import io.github.pledgebook.money.MoneyTotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The fast paths give exactly the {@code BigDecimal} reference on the benchmark's data (10^4 pledges from the same
 * generator): totals as of a date and within a window, donor groupings, and totals converted at each date's rate.
 */
class SyntheticDataTest {

    private static final BenchmarkData DATA = new BenchmarkData(10_000);
    private static final PledgeBook BOOK = PledgeBook.of(DATA.pledges);
    private static final CurrencyUnit USD = Amounts.currency("USD");

    private static MoneyTotal reference(long before, long last) {
        MoneyTotal.Builder b = MoneyTotal.builder();
        for (int i = 0; i < DATA.valued; i++) {
            if (DATA.day[i] > before && DATA.day[i] <= last) {
                b.add(DATA.units[DATA.currency[i]], DATA.decimals[i]);
            }
        }
        return b.build();
    }

    @Test
    void asOfAndWindowTotalsEqualTheBigDecimalReference() {
        for (LocalDate d = Synthetic.START.minusDays(1); d.isBefore(Synthetic.END);
                d = d.plusDays(97)) {
            assertThat(BOOK.total(Stage.ANNOUNCED, d).total().withoutZeros().plusUnvalued(0))
                    .isEqualTo(MoneyTotal.of(reference(Long.MIN_VALUE, d.toEpochDay()).amounts()).plusUnvalued(
                            BOOK.total(Stage.ANNOUNCED, d).unvaluedCount()));
            LocalDateRange q = LocalDateRange.from(YearQuarter.from(d));
            assertThat(MoneyTotal.of(BOOK.total(Stage.ANNOUNCED, q).total().amounts()))
                    .isEqualTo(reference(q.getStart().toEpochDay() - 1, q.getEndInclusive().toEpochDay()));
        }
    }

    @Test
    void donorGroupingsEqualTheBigDecimalReferenceAndTheScan() {
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        Grouped<Donor> fast = BOOK.asOf(asOf).grouped(Stage.ANNOUNCED, GroupBy.donor(DonorLevel.AS_RECORDED));
        for (Map.Entry<Donor, StageTotal> e : fast.groups().entrySet()) {
            int d = DATA.donors.indexOf(e.getKey());
            MoneyTotal.Builder b = MoneyTotal.builder();
            for (int i = 0; i < DATA.valued; i++) {
                if (DATA.donor[i] == d && DATA.day[i] <= asOf.toEpochDay()) {
                    b.add(DATA.units[DATA.currency[i]], DATA.decimals[i]);
                }
            }
            assertThat(MoneyTotal.of(e.getValue().total().amounts())).as("%s", e.getKey()).isEqualTo(b.build());
        }
        for (DonorLevel level : List.of(DonorLevel.TOP, DonorLevel.AS_RECORDED)) {
            GroupBy<Donor> scan = GroupBy.of("donor by scan", p -> List.of(level.of(p.donor())),
                    Comparator.comparing(Party::name).thenComparing(Party::id));
            for (Stage s : List.of(Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED)) {
                assertThat(BOOK.asOf(asOf).grouped(s, GroupBy.donor(level)).groups())
                        .isEqualTo(BOOK.asOf(asOf).grouped(s, scan).groups());
                Window q = BOOK.within(LocalDateRange.from(YearQuarter.of(2024, 2)));
                assertThat(q.grouped(s, GroupBy.donor(level)).groups()).isEqualTo(q.grouped(s, scan).groups());
            }
        }
    }

    @Test
    void convertedTotalEqualsEachAmountConvertedAtItsOwnDateAndKeepsEveryRate() {
        ConvertedTotal usd = BOOK.asOf(Synthetic.END).convertedTotal(Stage.ANNOUNCED, USD, DATA.rates);
        BigDecimal reference = BigDecimal.ZERO;
        Set<ExchangeRate> rates = new HashSet<>();
        for (int i = 0; i < DATA.valued; i++) {
            ExchangeRate r = DATA.rates.rate(DATA.units[DATA.currency[i]], USD, DATA.date[i]);
            reference = reference.add(DATA.decimals[i].multiply(r.value()));
            rates.add(r);
        }
        assertThat(usd.decimal()).isEqualByComparingTo(reference);
        assertThat(new HashSet<>(usd.rates())).isEqualTo(rates);
        assertThat(usd.decimal()).isEqualByComparingTo(DATA.rates.convertEach(DATA.dated, USD).decimal());
        assertThat(usd.decimal()).isEqualByComparingTo(DATA.rates.convertSumsPerDate(DATA.dated, USD).decimal());
        List<BigDecimal> parts = new ArrayList<>();
        for (Conversion c : usd.conversions()) {
            parts.add(Amounts.decimal(c.source()).multiply(c.rate().value()));
        }
        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(reference);
        assertThat(usd.unvaluedCount()).isEqualTo(BOOK.total(Stage.ANNOUNCED, Synthetic.END).unvaluedCount());
    }

    @Test
    void windowConvertedTotalEqualsTheReferenceOfTheWindow() {
        LocalDateRange q = LocalDateRange.from(YearQuarter.of(2024, 1));
        BigDecimal reference = BigDecimal.ZERO;
        for (int i = 0; i < DATA.valued; i++) {
            if (q.contains(DATA.date[i])) {
                reference = reference.add(DATA.decimals[i].multiply(
                        DATA.rates.rate(DATA.units[DATA.currency[i]], USD, DATA.date[i]).value()));
            }
        }
        assertThat(BOOK.within(q).convertedTotal(Stage.ANNOUNCED, USD, DATA.rates).decimal())
                .isEqualByComparingTo(reference);
    }
}
