package io.github.pledgebook.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.PledgeBook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synthetic generator is deterministic per seed and shaped as its Javadoc says. */
class SyntheticTest {

    @Test
    void sameSeedGivesTheSameBookAndAnotherSeedAnother() {
        assertThat(Synthetic.book(500, 7)).isEqualTo(Synthetic.book(500, 7));
        assertThat(Synthetic.pledges(500, 7)).isNotEqualTo(Synthetic.pledges(500, 8));
        assertThat(Synthetic.pledges(0, 7)).isEmpty();
    }

    @Test
    void shapeMatchesTheDescription() {
        List<Pledge> pledges = Synthetic.pledges(10_000, Synthetic.SEED);
        assertThat(pledges).hasSize(10_000);
        assertThat(pledges.get(9_999).id()).isEqualTo("p9999");
        long reportOnly = pledges.stream().filter(p -> p.history().size() == 1
                && p.firstEvent().stage() == Stage.REPORTED).count();
        long committed = pledges.stream().filter(p -> p.history().stream()
                .anyMatch(e -> e.stage() == Stage.COMMITTED)).count();
        long inKind = pledges.stream().filter(p -> p.inKind().isPresent()).count();
        assertThat(reportOnly).isBetween(1_300L, 1_700L);
        assertThat(committed).isBetween(5_700L, 6_300L);
        assertThat(inKind).isBetween(400L, 600L);
        assertThat(pledges).allSatisfy(p -> assertThat(p.lastEvent().date()).isBefore(Synthetic.END));
        assertThat(pledges.stream().map(p -> p.donor()).distinct().count()).isEqualTo(60);
        assertThat(Synthetic.donors()).hasSize(60);
    }

    @Test
    void ratesConvertEveryCurrencyOnEveryDayOfTheData() {
        PledgeBook book = Synthetic.book(2_000, Synthetic.SEED);
        assertThat(book.asOf(Synthetic.END)
                .convertedTotal(Stage.ANNOUNCED, Amounts.currency("USD"), Synthetic.rates(Synthetic.SEED)).decimal())
                .isPositive();
        assertThat(Synthetic.rates(Synthetic.SEED).rate("JPY", "USD", Synthetic.START,
                io.github.pledgebook.money.RateLookup.standard()).derivation().name()).isEqualTo("CROSSED");
    }

    @Test
    void negativeSizeIsRefusedWithTheValue() {
        assertThatThrownBy(() -> Synthetic.book(-1, 1))
                .hasMessage("number of synthetic pledges must be zero or more, was -1");
    }
}
