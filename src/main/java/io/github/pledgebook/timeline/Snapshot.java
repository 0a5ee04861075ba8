package io.github.pledgebook.timeline;

import io.github.pledgebook.Donor;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.timeline.index.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * A book's answers as of one date: stage totals, groupings, fulfilment per donor and pledge states.
 * <p>
 * Obtain one with {@link PledgeBook#asOf(LocalDate)}. Stage totals come from the index in O(log n), donor groupings
 * from its per-donor records; other groupings and fulfilment scan the pledges. Events dated on the day count.
 * <pre>{@code
 * Snapshot feb15 = book.asOf(LocalDate.of(2024, 2, 15));
 * feb15.reported().total();    // [USD 106,000,000]
 * feb15.announced().total();   // [USD 37,000,000]
 * feb15.grouped(Stage.ANNOUNCED, GroupBy.channel()).groups();  // {NATO ... Trust Fund=announced ... USD 37,000,000 ...}
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class Snapshot {

    private final PledgeBook book;
    private final LocalDate date;
    private final Span span;

    Snapshot(PledgeBook book, LocalDate date) {
        this.book = book;
        this.date = date;
        this.span = Span.asOf(date);
    }

    /**
     * The date of the snapshot.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The total of one stage as of the date.
     *
     * @param stage reported, announced, committed or disbursed
     * @return the total, with what it left out
     * @throws IllegalArgumentException if {@code stage} is {@code CANCELLED}
     */
    public StageTotal total(Stage stage) {
        return book.total(stage, span);
    }

    /**
     * What had been reported, officially or not, at each pledge's latest reported amount.
     *
     * @return the reported total
     */
    public StageTotal reported() {
        return total(Stage.REPORTED);
    }

    /**
     * What had been officially announced, at each pledge's latest announced amount.
     *
     * @return the announced total
     */
    public StageTotal announced() {
        return total(Stage.ANNOUNCED);
    }

    /**
     * What had been committed by signed agreements, at each pledge's latest committed amount.
     *
     * @return the committed total
     */
    public StageTotal committed() {
        return total(Stage.COMMITTED);
    }

    /**
     * What had been disbursed: every tranche, added up.
     *
     * @return the disbursed total
     */
    public StageTotal disbursed() {
        return total(Stage.DISBURSED);
    }

    /**
     * The total of one stage as of the date, converted to one currency with each change at the rate of its own
     * date (the IATI value-date rule), under the rate table's {@link RateTable#rule()}.
     * <p>
     * A pledge announced on 19 Feb converts at the rate of 19 Feb; a revision converts its difference at the rate
     * of the revision's date; disbursed tranches each at their own date. The changes of one currency on one day
     * are summed exactly first and converted once: exact multiplication distributes over sums, so the result is
     * exactly the sum of the individually converted amounts, while every rate used is kept in
     * {@link ConvertedTotal#conversions()}. Re-grants of pooled funds are left out, as in {@link #total(Stage)};
     * items without money value are counted in {@link ConvertedTotal#unvaluedCount()}.
     * <pre>{@code
     * ConvertedTotal usd = book.asOf(LocalDate.of(2024, 2, 20)).convertedTotal(Stage.ANNOUNCED,
     *         Amounts.currency("USD"), rates);
     * usd.rounded(RoundingMode.HALF_EVEN);  // USD 142,365,926.11: JPY at 19 Feb's rate, USD 37,000,000 at 1
     * usd.rates();                          // every rate used, with its date and source
     * }</pre>
     *
     * @param stage reported, announced, committed or disbursed
     * @param target the currency to convert to
     * @param rates the rates, looked up under the table's own rule
     * @return the converted total, one conversion per currency and day with a change
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code stage} is {@code CANCELLED}
     * @throws io.github.pledgebook.money.MissingRateException if a currency has no acceptable rate for a day
     */
    public ConvertedTotal convertedTotal(Stage stage, CurrencyUnit target, RateTable rates) {
        return book.convertedTotal(stage, span, target, rates);
    }

    /**
     * The total of one stage, split into groups: donor groupings from the index's per-donor records, others by a
     * scan of the pledges.
     *
     * @param stage reported, announced, committed or disbursed
     * @param by the grouping, such as {@link GroupBy#topLevelDonor()}
     * @param <K> the type of the group keys
     * @return the groups, with the pledges without a key kept apart
     * @throws IllegalArgumentException if {@code stage} is {@code CANCELLED}
     */
    public <K> Grouped<K> grouped(Stage stage, GroupBy<K> by) {
        return book.grouped(stage, by, span);
    }

    /**
     * Announced, committed and disbursed per top-level donor, with the gaps between them, per currency.
     *
     * @return one row per top-level donor with anything counted or left out, ordered by name
     */
    public List<Fulfilment> fulfilment() {
        return fulfilment(DonorLevel.TOP);
    }

    /**
     * Announced, committed and disbursed per donor at a level of the hierarchy, with the gaps between them.
     *
     * @param level the level donors roll up to
     * @return one row per donor with anything counted or left out, ordered by name
     */
    public List<Fulfilment> fulfilment(DonorLevel level) {
        GroupBy<Donor> by = GroupBy.donor(Check.required(level, "donor level"));
        Grouped<Donor> announced = grouped(Stage.ANNOUNCED, by);
        Grouped<Donor> committed = grouped(Stage.COMMITTED, by);
        Grouped<Donor> disbursed = grouped(Stage.DISBURSED, by);
        Set<Donor> donors = new LinkedHashSet<>();
        for (Grouped<Donor> g : List.of(announced, committed, disbursed)) {
            donors.addAll(g.groups().keySet());
        }
        List<Donor> ordered = new ArrayList<>(donors);
        ordered.sort(by.order());
        List<Fulfilment> rows = new ArrayList<>(ordered.size());
        for (Donor d : ordered) {
            rows.add(new Fulfilment(d, date, orEmpty(announced.groups(), d, Stage.ANNOUNCED),
                    orEmpty(committed.groups(), d, Stage.COMMITTED), orEmpty(disbursed.groups(), d, Stage.DISBURSED)));
        }
        return List.copyOf(rows);
    }

    private StageTotal orEmpty(Map<Donor, StageTotal> groups, Donor d, Stage stage) {
        StageTotal t = groups.get(d);
        return t != null ? t : Tally.of(stage, span).total();
    }

    /**
     * A pledge's state on the date.
     *
     * @param pledgeId the pledge's id
     * @return the state
     * @throws IllegalArgumentException if the book has no pledge with that id
     */
    public PledgeState stateOf(String pledgeId) {
        return book.stateOf(pledgeId, date);
    }

    @Override
    public String toString() {
        return "Snapshot[" + date + " of " + book + "]";
    }
}
