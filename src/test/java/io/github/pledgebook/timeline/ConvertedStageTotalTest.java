package io.github.pledgebook.timeline;

import static io.github.pledgebook.JapanUkraine2024.FEB_19;
import static io.github.pledgebook.JapanUkraine2024.FEB_20;
import static io.github.pledgebook.JapanUkraine2024.JAPAN;
import static io.github.pledgebook.JapanUkraine2024.MOFA_FEB_19;
import static io.github.pledgebook.JapanUkraine2024.UKRAINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.DatedAmount;
import io.github.pledgebook.money.ExchangeRate;
import io.github.pledgebook.money.MissingRateException;
import io.github.pledgebook.money.RateTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * A book's converted totals: each change of a stage converts at the rate of its own date, with every rate kept, and
 * the result equals converting each change on its own with the rate table.
 */
class ConvertedStageTotalTest {

    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final LocalDate JAN_5 = LocalDate.of(2024, 1, 5);
    private static final LocalDate FEB_16 = LocalDate.of(2024, 2, 16);

    /** ECB-style fixings per 1 EUR, so every rate to USD crosses through EUR. */
    private static final RateTable ECB = RateTable.builder()
            .addFixings(JAN_5, "ECB", "EUR", Map.of("USD", new BigDecimal("1.0921"), "JPY", new BigDecimal("158.11")))
            .addFixings(FEB_16, "ECB", "EUR", Map.of("USD", new BigDecimal("1.0773"), "JPY", new BigDecimal("161.79")))
            .addFixings(FEB_19, "ECB", "EUR", Map.of("USD", new BigDecimal("1.0776"), "JPY", new BigDecimal("161.59")))
            .build();

    private static Pledge.Builder pledge(String id) {
        return Pledge.builder().id(id).donor(JAPAN).recipient(UKRAINE).category(AidCategory.FINANCIAL)
                .instrument(Instrument.GRANT);
    }

    /** USD 37 million on 5 January; JPY 15 billion on 16 February, revised to 15.8 billion on 19 February. */
    private static final PledgeBook BOOK = PledgeBook.of(List.of(
            pledge("anti-drone").addEvent(PledgeEvent.announced(JAN_5, Amounts.of(37_000_000, "USD"), MOFA_FEB_19))
                    .build(),
            pledge("reconstruction")
                    .addEvent(PledgeEvent.announced(FEB_16, Amounts.of(15_000_000_000L, "JPY"), MOFA_FEB_19))
                    .addEvent(PledgeEvent.announced(FEB_19, Amounts.of(15_800_000_000L, "JPY"), MOFA_FEB_19))
                    .build()));

    @Test
    void asOfADateEachChangeConvertsAtTheRateOfItsOwnDate() {
        ConvertedTotal usd = BOOK.asOf(FEB_20).convertedTotal(Stage.ANNOUNCED, USD, ECB);
        ConvertedTotal reference = ECB.convertEach(List.of(
                DatedAmount.of(JAN_5, Amounts.of(37_000_000, "USD")),
                DatedAmount.of(FEB_16, Amounts.of(15_000_000_000L, "JPY")),
                DatedAmount.of(FEB_19, Amounts.of(800_000_000, "JPY"))), USD);
        assertThat(usd.decimal()).isEqualByComparingTo(reference.decimal());
        assertThat(usd.currency()).isEqualTo(USD);
        assertThat(usd.rates()).extracting(ExchangeRate::date).contains(FEB_16, FEB_19);
        assertThat(usd.unvaluedCount()).isZero();
    }

    @Test
    void theFoundingArticlesFiguresComeOutAsDocumented() {
        PledgeBook book = PledgeBook.of(List.of(
                pledge("anti-drone").addEvent(PledgeEvent.announced(JAN_5, Amounts.of(37_000_000, "USD"), MOFA_FEB_19))
                        .build(),
                pledge("reconstruction")
                        .addEvent(PledgeEvent.announced(FEB_19, Amounts.of(15_800_000_000L, "JPY"), MOFA_FEB_19))
                        .build()));
        ConvertedTotal usd = book.asOf(FEB_20).convertedTotal(Stage.ANNOUNCED, USD, ECB);
        assertThat(Amounts.decimal(usd.rounded(RoundingMode.HALF_EVEN))).isEqualByComparingTo("142365926.11");
        assertThat(book.asOf(FEB_16).convertedTotal(Stage.ANNOUNCED, USD, ECB).decimal())
                .as("before the yen pledge").isEqualByComparingTo("37000000");
    }

    @Test
    void withinAWindowOnlyTheChangesInsideItConvert() {
        ConvertedTotal revision = BOOK.within(LocalDateRange.ofClosed(FEB_19, FEB_19))
                .convertedTotal(Stage.ANNOUNCED, USD, ECB);
        assertThat(revision.decimal()).isEqualByComparingTo(
                ECB.convert(Amounts.of(800_000_000, "JPY"), USD, FEB_19).decimal());
        assertThat(revision.conversions()).hasSize(1);
        ConvertedTotal january = BOOK.within(LocalDateRange.ofClosed(JAN_5, JAN_5))
                .convertedTotal(Stage.ANNOUNCED, USD, ECB);
        assertThat(january.decimal()).isEqualByComparingTo("37000000");
        assertThat(BOOK.within(LocalDateRange.ofClosed(FEB_20, FEB_20)).convertedTotal(Stage.ANNOUNCED, USD, ECB)
                .conversions()).as("nothing happened").isEmpty();
    }

    @Test
    void consecutiveWindowsAddUpToTheAsOfTotal() {
        BigDecimal january = BOOK.within(LocalDateRange.of(JAN_5, FEB_16)).convertedTotal(Stage.ANNOUNCED, USD, ECB)
                .decimal();
        BigDecimal february = BOOK.within(LocalDateRange.of(FEB_16, FEB_20)).convertedTotal(Stage.ANNOUNCED, USD, ECB)
                .decimal();
        assertThat(january.add(february)).isEqualByComparingTo(
                BOOK.asOf(FEB_19).convertedTotal(Stage.ANNOUNCED, USD, ECB).decimal());
    }

    @Test
    void itemsWithoutValueAreCountedNotConverted() {
        PledgeBook book = PledgeBook.of(List.of(pledge("generators").inKind(InKind.of("generators", 150))
                .addEvent(PledgeEvent.of(FEB_19, Stage.ANNOUNCED, MOFA_FEB_19)).build()));
        ConvertedTotal usd = book.asOf(FEB_20).convertedTotal(Stage.ANNOUNCED, USD, ECB);
        assertThat(usd.unvaluedCount()).isEqualTo(1);
        assertThat(usd.conversions()).isEmpty();
        assertThat(book.within(LocalDateRange.ofClosed(FEB_19, FEB_20)).convertedTotal(Stage.ANNOUNCED, USD, ECB)
                .unvaluedCount()).as("arrived in the window").isEqualTo(1);
    }

    @Test
    void aChangeWithoutAnAcceptableRateIsAnErrorNotAGuess() {
        LocalDate april = LocalDate.of(2024, 4, 1);
        PledgeBook book = PledgeBook.of(List.of(pledge("late")
                .addEvent(PledgeEvent.announced(april, Amounts.of(1_000_000, "JPY"), MOFA_FEB_19)).build()));
        assertThatThrownBy(() -> book.asOf(april).convertedTotal(Stage.ANNOUNCED, USD, ECB))
                .isInstanceOf(MissingRateException.class).hasMessageContaining("2024-04-01");
    }
}
