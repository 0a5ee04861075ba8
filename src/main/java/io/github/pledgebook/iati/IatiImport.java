package io.github.pledgebook.iati;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.DatedAmount;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.timeline.PledgeBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.threeten.extra.LocalDateRange;

/**
 * What reading an IATI file gave: a {@link PledgeBook} and a full account of every transaction.
 * <p>
 * Each transaction of the file is in exactly one of three places: counted in the book ({@link #countedCount()}),
 * counted once through its provider's activity in the same input ({@link #links()}), or reported with where and why
 * ({@link #problems()}). So {@code countedCount() + links().size() + problems().size() == transactionCount()}.
 * <pre>{@code
 * IatiImport imported = Iati.read(reader);
 * PledgeBook book = imported.book();
 * book.asOf(LocalDate.of(2021, 12, 31)).committed().total();   // exact, per currency, as in the file
 * imported.problems();                                         // what was not counted, where and why
 * imported.convertedTotal(Stage.DISBURSED, LocalDate.of(2022, 12, 31), Amounts.currency("EUR"), rates);
 * }</pre>
 * Imported events all add to their stage ({@link PledgeEvent#addsToStage()}), as IATI transactions do, and keep the
 * file's {@code value-date} as their {@link PledgeEvent#rateDate()}. {@link #convertedTotal} and
 * {@link #datedAmounts} convert at those value-dates, IATI's rule; the book's own converted totals use event dates.
 * This class is immutable and thread-safe.
 */
public final class IatiImport {

    private final PledgeBook book;
    private final String version;
    private final int activityCount;
    private final long transactionCount;
    private final long countedCount;
    private final List<IatiProblem> problems;
    private final List<IatiProblem> notes;
    private final List<IatiLink> links;
    /** Pledge ids and their sector shares in the order made; a later entry for an id replaces an earlier one. */
    private final String[] shareIds;
    private final List<?>[] shareLists;
    /** The shares by pledge id, made on first use: most readers of a big file never ask. */
    private volatile Map<String, List<SectorShare>> shares;

    IatiImport(PledgeBook book, String version, int activityCount, long transactionCount, long countedCount,
            List<IatiProblem> problems, List<IatiProblem> notes, List<IatiLink> links,
            List<String> shareIds, List<List<SectorShare>> shareLists) {
        this.book = book;
        this.version = version;
        this.activityCount = activityCount;
        this.transactionCount = transactionCount;
        this.countedCount = countedCount;
        this.problems = List.copyOf(problems);
        this.notes = List.copyOf(notes);
        this.links = List.copyOf(links);
        this.shareIds = shareIds.toArray(new String[0]);
        this.shareLists = shareLists.toArray(new List<?>[0]);
        if (this.shareIds.length != this.shareLists.length) {
            throw new IllegalArgumentException("one share list per pledge id expected, was " + this.shareIds.length
                    + " ids and " + this.shareLists.length + " lists");
        }
    }

    @SuppressWarnings("unchecked") // shareLists holds only List<SectorShare>, as the constructor's type says
    private Map<String, List<SectorShare>> shares() {
        Map<String, List<SectorShare>> m = shares;
        if (m == null) {
            synchronized (this) {
                m = shares;
                if (m == null) {
                    Map<String, List<SectorShare>> made = new HashMap<>(Math.max(16, shareIds.length * 4 / 3 + 1));
                    for (int i = 0; i < shareIds.length; i++) {
                        made.put(shareIds[i], (List<SectorShare>) shareLists[i]);
                    }
                    m = Collections.unmodifiableMap(made);
                    shares = m;
                }
            }
        }
        return m;
    }

    /**
     * The book of pledges: one per activity side (money it gives, money it received from a provider), donor and
     * currency.
     *
     * @return the book
     */
    public PledgeBook book() {
        return book;
    }

    /**
     * The {@code version} attribute of {@code <iati-activities>}, such as {@code "2.03"}; empty if it had none.
     *
     * @return the version text
     */
    public String version() {
        return version;
    }

    /**
     * How many activities were read (repeated ids and activities without an id not included).
     *
     * @return the number of activities
     */
    public int activityCount() {
        return activityCount;
    }

    /**
     * How many {@code <transaction>} elements the file has.
     *
     * @return the number of transactions
     */
    public long transactionCount() {
        return transactionCount;
    }

    /**
     * How many transactions became events of the book's pledges.
     *
     * @return the number counted
     */
    public long countedCount() {
        return countedCount;
    }

    /**
     * The transactions that were not counted, in file order, with activity, transaction ref or position, line,
     * column and reason.
     *
     * @return the problems, unmodifiable
     */
    public List<IatiProblem> problems() {
        return problems;
    }

    /**
     * Remarks that drop no money: organisations without a ref, sectors left out, transactions without value-date.
     *
     * @return the notes, unmodifiable
     */
    public List<IatiProblem> notes() {
        return notes;
    }

    /**
     * The incoming transactions counted once, through the provider's activity in the same input.
     *
     * @return the links made, unmodifiable
     */
    public List<IatiLink> links() {
        return links;
    }

    /**
     * A pledge's sectors with the percentages the publisher gave (DAC purpose codes, else DAC categories).
     *
     * @param pledgeId the pledge's id
     * @return the shares, empty if the activity gave none with a percentage
     */
    public List<SectorShare> sectorShares(String pledgeId) {
        return shares().getOrDefault(Objects.requireNonNull(pledgeId, "pledge id is required, was null"), List.of());
    }

    /**
     * A stage's total as of a date split by sector exactly (see {@link SectorTotals} for the remainder rule); like the
     * book's totals it leaves out re-grants of received money.
     *
     * @param stage reported, announced, committed or disbursed
     * @param asOf the date
     * @return the split, whose total equals {@code book().total(stage, asOf).total()}
     */
    public SectorTotals sectorTotals(Stage stage, LocalDate asOf) {
        Objects.requireNonNull(stage, "stage is required, was null");
        Objects.requireNonNull(asOf, "as-of date is required, was null");
        Map<Sector, MoneyTotal.Builder> bySector = new TreeMap<>(Comparator.comparing(Sector::code));
        MoneyTotal.Builder unallocated = MoneyTotal.builder();
        MoneyTotal.Builder total = MoneyTotal.builder();
        for (Pledge p : book.pledges()) {
            if (p.regrantsPooledFunds()) {
                continue;
            }
            var amount = p.amountAt(stage, asOf);
            if (amount.isEmpty()) {
                continue;
            }
            CurrencyUnit c = amount.get().getCurrency();
            BigDecimal a = Amounts.decimal(amount.get());
            total.add(c, a);
            BigDecimal left = a;
            for (SectorShare s : sectorShares(p.id())) {
                // a x p / 100 always terminates: no share is rounded
                BigDecimal share = a.multiply(s.percentage()).movePointLeft(2);
                bySector.computeIfAbsent(s.sector(), k -> MoneyTotal.builder()).add(c, share);
                left = left.subtract(share);
            }
            unallocated.add(c, left);
        }
        Map<Sector, MoneyTotal> out = new TreeMap<>(Comparator.comparing(Sector::code));
        bySector.forEach((k, v) -> out.put(k, v.build().withoutZeros()));
        return new SectorTotals(stage, asOf, out, unallocated.build().withoutZeros(), total.build().withoutZeros());
    }

    /**
     * The amounts of one stage's events dated within a window, each at its rate date (the file's
     * {@code value-date}, else the transaction date), for the pledges chosen; re-grants are left out as in the book's
     * totals. Pass them to {@link RateTable#convertEach(Iterable, CurrencyUnit)}.
     *
     * @param stage the stage
     * @param window the event dates to include
     * @param which which pledges, such as {@code p -> p.donor().id().equals("DE-1")}
     * @return the dated amounts, in book order
     */
    public List<DatedAmount> datedAmounts(Stage stage, LocalDateRange window, Predicate<? super Pledge> which) {
        Objects.requireNonNull(window, "window is required, was null");
        return dated(stage, window::contains, which);
    }

    /**
     * A stage's total as of a date converted to one currency with each transaction at the rate of its value-date
     * (IATI's rule), re-grants left out as in the book's totals.
     *
     * @param stage the stage
     * @param asOf the date of the total
     * @param target the currency to convert to
     * @param rates the caller's dated rates
     * @return the converted total, one conversion per transaction
     * @throws io.github.pledgebook.money.MissingRateException if a currency has no rate for a value-date
     */
    public ConvertedTotal convertedTotal(Stage stage, LocalDate asOf, CurrencyUnit target, RateTable rates) {
        Objects.requireNonNull(asOf, "as-of date is required, was null");
        Objects.requireNonNull(rates, "rate table is required, was null");
        return rates.convertEach(dated(stage, d -> !d.isAfter(asOf), p -> true), target);
    }

    private List<DatedAmount> dated(Stage stage, Predicate<LocalDate> when, Predicate<? super Pledge> which) {
        Objects.requireNonNull(stage, "stage is required, was null");
        Objects.requireNonNull(which, "pledge filter is required, was null");
        List<DatedAmount> out = new ArrayList<>();
        for (Pledge p : book.pledges()) {
            if (p.regrantsPooledFunds() || !which.test(p)) {
                continue;
            }
            for (PledgeEvent e : p.history()) {
                if (e.stage() == stage && e.amount().isPresent() && when.test(e.date())) {
                    MonetaryAmount a = e.amount().get();
                    out.add(DatedAmount.of(e.rateDate().orElse(e.date()), a));
                }
            }
        }
        return out;
    }

    /**
     * A one-line account: activities, transactions counted, linked and not counted.
     *
     * @return for example {@code IatiImport[version 2.03: 7 activities, 63 transactions: 63 counted, 0 linked, 0 not counted]}
     */
    @Override
    public String toString() {
        return "IatiImport[version " + (version.isEmpty() ? "not stated" : version) + ": " + activityCount
                + " activities, " + transactionCount + " transactions: " + countedCount + " counted, " + links.size()
                + " linked, " + problems.size() + " not counted]";
    }
}
