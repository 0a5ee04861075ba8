package io.github.pledgebook.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.PledgeBook;
import io.github.pledgebook.timeline.Snapshot;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The sample story answers the figures of the table in docs/timeline.md, and every fact carries its source. */
class JapanUkraine2024Test {

    private static final PledgeBook BOOK = JapanUkraine2024.book();
    private static final LocalDate FEB_10 = LocalDate.of(2024, 2, 10);
    private static final LocalDate FEB_11 = LocalDate.of(2024, 2, 11);
    private static final LocalDate FEB_15 = LocalDate.of(2024, 2, 15);
    private static final LocalDate FEB_20 = LocalDate.of(2024, 2, 20);

    private static MoneyTotal usd106() {
        return MoneyTotal.of(Amounts.of(106_000_000, "USD"));
    }

    @Test
    void reportedRowOfTheTimelineTable() {
        assertThat(BOOK.asOf(FEB_10).reported().total()).isEqualTo(MoneyTotal.empty());
        assertThat(BOOK.asOf(FEB_11).reported().total()).isEqualTo(usd106());
        assertThat(BOOK.asOf(FEB_15).reported().total()).isEqualTo(usd106());
        assertThat(BOOK.asOf(FEB_20).reported().total()).isEqualTo(usd106());
    }

    @Test
    void announcedRowOfTheTimelineTable() {
        MoneyTotal usd37 = MoneyTotal.of(Amounts.of(37_000_000, "USD"));
        assertThat(BOOK.asOf(FEB_10).announced().total()).isEqualTo(usd37);
        assertThat(BOOK.asOf(FEB_11).announced().total()).isEqualTo(usd37);
        assertThat(BOOK.asOf(FEB_15).announced().total()).isEqualTo(usd37);
        Snapshot feb20 = BOOK.asOf(FEB_20);
        assertThat(feb20.announced().total())
                .isEqualTo(MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"), Amounts.of(37_000_000, "USD")));
        assertThat(feb20.announced().pledgeCount()).isEqualTo(2);
        assertThat(feb20.announced().toString())
                .isEqualTo("announced as of 2024-02-20: [JPY 15,800,000,000; USD 37,000,000] from 2 pledges");
    }

    @Test
    void committedAndDisbursedRowsOfTheTimelineTable() {
        for (LocalDate d : new LocalDate[] {FEB_10, FEB_11, FEB_15}) {
            assertThat(BOOK.asOf(d).committed().total()).as("committed on %s", d).isEqualTo(MoneyTotal.empty());
            assertThat(BOOK.asOf(d).disbursed().total()).as("disbursed on %s", d)
                    .isEqualTo(MoneyTotal.empty().plusUnvalued(1));
        }
        assertThat(BOOK.asOf(FEB_20).committed().total())
                .isEqualTo(MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY")));
        assertThat(BOOK.asOf(FEB_20).disbursed().toString())
                .isEqualTo("disbursed as of 2024-02-20: [] + 1 without value from 1 pledge");
    }

    @Test
    void theYenPledgesStateRowOfTheTimelineTable() {
        assertThat(BOOK.stateOf("jp-erp3", FEB_10).stage()).isEmpty();
        assertThat(BOOK.stateOf("jp-erp3", FEB_11)).hasToString("jp-erp3 on 2024-02-11: reported, USD 106,000,000");
        assertThat(BOOK.stateOf("jp-erp3", FEB_15)).hasToString("jp-erp3 on 2024-02-15: reported, USD 106,000,000");
        assertThat(BOOK.stateOf("jp-erp3", FEB_20))
                .hasToString("jp-erp3 on 2024-02-20: committed, JPY 15,800,000,000");
    }

    @Test
    void theBookHoldsTheWholeStory() {
        assertThat(BOOK).hasToString("PledgeBook[3 pledges, 1 conference, 1 memorandum, 1 milestone]");
        assertThat(BOOK.conferencePicture("jp-ua-erc-2024").announcedThere().total())
                .isEqualTo(MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY")));
        assertThat(BOOK.chronicle().entries()).extracting(e -> e.date().toString()).containsExactly(
                "2023-12-22", "2024-01-07", "2024-01-07", "2024-02-11", "2024-02-19", "2024-02-19", "2024-02-19",
                "2024-02-19");
        assertThat(JapanUkraine2024.book()).isSameAs(BOOK);
    }

    @Test
    void everyFactCarriesItsSource() {
        for (Pledge p : BOOK.pledges()) {
            for (PledgeEvent e : p.history()) {
                assertThat(e.source().publisher()).as("%s on %s", p.id(), e.date()).isNotBlank();
            }
        }
        assertThat(BOOK.memoranda()).allSatisfy(m -> assertThat(m.source()).isPresent());
        assertThat(BOOK.milestones()).allSatisfy(m -> assertThat(m.source().publisher()).isNotBlank());
        assertThat(BOOK.conferences().get(0).participation()).allSatisfy(f -> assertThat(f.source()).isPresent());
        assertThat(JapanUkraine2024.KYODO.kind().name()).isEqualTo("UNNAMED_SOURCES");
    }

    @Test
    void statedRatesGiveTheNotebooksDollarFigure() {
        assertThat(JapanUkraine2024.rates().convert(Amounts.of(15_800_000_000L, "JPY"), "USD", JapanUkraine2024.FEB_19)
                .rounded(RoundingMode.HALF_EVEN)).hasToString("USD 105365926.11");
    }
}
