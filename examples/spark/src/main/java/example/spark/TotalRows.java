package example.spark;

import io.github.pledgebook.Donor;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.DonorLevel;
import io.github.pledgebook.timeline.GroupBy;
import io.github.pledgebook.timeline.PledgeBook;
import io.github.pledgebook.timeline.StageTotal;
import io.github.pledgebook.timeline.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import javax.money.CurrencyUnit;
import org.threeten.extra.LocalDateRange;

/**
 * What the job computes and writes, in one place for the job and the check: a book's totals per (donor, year,
 * stage), and the output rows of one such total, one per currency.
 */
final class TotalRows {

    /** The output columns; amounts are text, since Spark's decimals stop at 38 digits. */
    static final String[] COLUMNS = {"donor", "year", "stage", "currency", "amount", "regrants_left_out", "pledges",
            "unvalued", "regrant_pledges_left_out"};
    private static final Stage[] STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};
    private static final GroupBy<Donor> BY_DONOR = GroupBy.donor(DonorLevel.AS_RECORDED);

    private TotalRows() {
    }

    /** A key of the aggregation. */
    record Key(String donor, int year, Stage stage) {
    }

    /**
     * Gives every non-empty total of a book per donor (as recorded), calendar year and stage: the money that
     * reached the stage within the year, and the pledges that reached it.
     */
    static void forEachTotal(PledgeBook book, BiConsumer<Key, StageTotal> sink) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Pledge p : book.pledges()) {
            for (PledgeEvent e : p.history()) {
                years.add(e.date().getYear());
            }
        }
        for (int year : years) {
            Window w = book.within(LocalDateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
            for (Stage s : STAGES) {
                w.grouped(s, BY_DONOR).groups().forEach((donor, total) -> {
                    if (!total.isEmpty()) {
                        sink.accept(new Key(donor.id(), year, s), total);
                    }
                });
            }
        }
    }

    /**
     * The rows of one total, amounts as exact plain decimals: one per currency of the total or of the re-grants
     * left out, or one without currency.
     */
    static List<Object[]> rows(String donor, int year, String stage, StageTotal total) {
        TreeSet<String> codes = new TreeSet<>();
        total.total().currencies().forEach(c -> codes.add(c.getCurrencyCode()));
        total.excludedRegrants().currencies().forEach(c -> codes.add(c.getCurrencyCode()));
        List<Object[]> rows = new ArrayList<>();
        if (codes.isEmpty()) {
            codes.add("");
        }
        for (String code : codes) {
            rows.add(new Object[] {donor, year, stage, code, plain(total.total(), code),
                    plain(total.excludedRegrants(), code), total.pledgeCount(), total.unvaluedCount(),
                    total.excludedRegrantCount()});
        }
        return rows;
    }

    private static String plain(MoneyTotal total, String code) {
        for (CurrencyUnit c : total.currencies()) {
            if (c.getCurrencyCode().equals(code)) {
                // one text per number: no trailing zeros beyond the currency's minor unit (USD 5.00, JPY 5), so the
                // same sum reads the same whichever scale the partial sums had; exact, nothing is rounded
                BigDecimal v = total.decimal(c).stripTrailingZeros();
                return v.setScale(Math.max(v.scale(), Math.max(0, c.getDefaultFractionDigits()))).toPlainString();
            }
        }
        return "";
    }
}
