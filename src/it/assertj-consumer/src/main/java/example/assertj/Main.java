package example.assertj;

import static io.github.pledgebook.assertj.PledgebookAssertions.assertThat;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Stage;
import io.github.pledgebook.sample.JapanUkraine2024;
import io.github.pledgebook.timeline.PledgeBook;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Runs pledgebook's assertions as a test would: passing ones, then failing ones whose messages it prints. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PledgeBook book = JapanUkraine2024.book();
        LocalDate feb20 = LocalDate.of(2024, 2, 20);
        assertThat(book.asOf(feb20).announced()).hasAmount("JPY", "15800000000").hasPledgeCount(2);
        assertThat(JapanUkraine2024.rates().convert(Amounts.of(15_800_000_000L, "JPY"), "USD",
                LocalDate.of(2024, 2, 18))).usedRateOf(LocalDate.of(2024, 2, 16)).crossedVia("EUR");
        assertThat(book).hasPledgeCount(3).totalAsOf(Stage.COMMITTED, feb20).hasAmount("JPY", "15800000000.00");
        assertThat(book.stateOf("jp-erp3", LocalDate.of(2024, 2, 15))).hasStage(Stage.REPORTED);
        assertThat(JapanUkraine2024.RECONSTRUCTION).isReportOnlyOn(LocalDate.of(2024, 2, 15));
        assertThat(JapanUkraine2024.rates().convert(book.asOf(feb20).announced().total(), "USD",
                JapanUkraine2024.FEB_19)).roundsTo(RoundingMode.HALF_EVEN, "USD", "142365926.11");
        System.out.println("passing assertions passed");
        try {
            assertThat(book.asOf(feb20).announced()).hasPledgeCount(3);
            System.out.println("a failing assertion passed");
        } catch (AssertionError e) {
            System.out.println("failure " + e.getClass().getName() + ":" + e.getMessage().replace("\n", "|"));
        }
        try {
            assertThat(book.asOf(feb20).announced()).hasAmount("USD", "37000000.01");
            System.out.println("a failing assertion passed");
        } catch (AssertionError e) {
            System.out.println("failure " + e.getClass().getName() + ":" + e.getMessage().replace("\n", "|"));
        }
        System.out.println("assertions run in " + io.github.pledgebook.assertj.PledgebookAssertions.class.getModule()
                .getName() + " reading " + org.assertj.core.api.AbstractAssert.class.getModule().getName());
    }
}
