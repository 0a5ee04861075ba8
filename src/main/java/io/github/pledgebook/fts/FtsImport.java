package io.github.pledgebook.fts;

import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.timeline.PledgeBook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link FtsReader} made of FTS responses: a book, and an account of every flow read.
 * <p>
 * Every flow read is in exactly one place: {@link #counted()} (in the book's totals), {@link #excluded()} (left out
 * with a reason; those with an amount are in the book as re-grants, reported apart in each stage total's
 * {@code excludedRegrants()}), or {@link #problems()} (refused, with page, place, id and reason).
 * <pre>{@code
 * FtsImport fts = FtsReader.read(json);
 * fts.book().asOf(LocalDate.of(2020, 12, 31)).committed();   // totals per currency, each dollar once
 * fts.statedUsd(Stage.DISBURSED);   // FTS's own USD figures for the same flows
 * fts.rates();                      // FTS's exchange rates, source "FTS", to convert with them or with others
 * // FtsImport[224 flows on 2 pages: 139 counted, 85 excluded, 0 refused]
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class FtsImport {

    private final PledgeBook book;
    private final List<FtsFlow> flows;
    private final List<FtsFlow> counted;
    private final List<FtsFlow> excluded;
    private final List<FtsProblem> problems;
    private final Map<String, FtsFlow> byId;
    private final RateTable rates;
    private final FtsReader.Counting counting;
    private final int pages;

    FtsImport(PledgeBook book, List<FtsFlow> flows, List<FtsProblem> problems, RateTable rates,
            FtsReader.Counting counting, int pages) {
        this.book = book;
        this.flows = List.copyOf(flows);
        this.problems = List.copyOf(problems);
        this.rates = rates;
        this.counting = counting;
        this.pages = pages;
        List<FtsFlow> in = new ArrayList<>();
        List<FtsFlow> out = new ArrayList<>();
        Map<String, FtsFlow> ids = new HashMap<>(flows.size() * 2);
        for (FtsFlow f : this.flows) {
            (f.isCounted() ? in : out).add(f);
            String exclusion = f.exclusionText();
            if (exclusion == null || !exclusion.startsWith("superseded")) {
                ids.put(f.id(), f);
            }
        }
        this.counted = List.copyOf(in);
        this.excluded = List.copyOf(out);
        this.byId = ids;
    }

    /**
     * The book of every flow with an amount or goods: counted flows count in its totals, excluded ones are
     * re-grants it reports apart.
     *
     * @return the book
     */
    public PledgeBook book() {
        return book;
    }

    /**
     * Every flow read that was not refused, in the order read, superseded versions included.
     *
     * @return the flows, unmodifiable
     */
    public List<FtsFlow> flows() {
        return flows;
    }

    /**
     * The flow with an id, in the version kept.
     *
     * @param id FTS's flow id, such as {@code "214492"}
     * @return the flow, if read
     */
    public Optional<FtsFlow> flow(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "flow id is required, was null")));
    }

    /**
     * The flows that count in the book's totals.
     *
     * @return the counted flows, in the order read
     */
    public List<FtsFlow> counted() {
        return counted;
    }

    /**
     * The flows left out of the totals, each with its {@link FtsFlow#exclusion() reason}.
     *
     * @return the excluded flows, in the order read
     */
    public List<FtsFlow> excluded() {
        return excluded;
    }

    /**
     * The flows refused and the pages that could not be read to the end.
     *
     * @return the problems, in the order found
     */
    public List<FtsProblem> problems() {
        return problems;
    }

    /**
     * The exchange rates FTS stated (units of the original currency per 1 USD), source {@code "FTS"}, each dated on
     * its flow's date; the first one read where flows of one day and currency state different rates. Convert the
     * book's totals with these to come near FTS's dollar figures, or use other rates.
     *
     * @return FTS's rates
     */
    public RateTable rates() {
        return rates;
    }

    /**
     * FTS's own USD amounts ({@code amountUSD}, as stated) of the counted flows at one stage: FTS's dollar total of
     * the same flows the book counts.
     *
     * @param stage the stage
     * @return the USD total; flows without a USD amount are counted as unvalued
     */
    public MoneyTotal statedUsd(Stage stage) {
        Objects.requireNonNull(stage, "stage is required, was null");
        MoneyTotal.Builder b = MoneyTotal.builder();
        for (FtsFlow f : counted) {
            if (f.stage() == stage) {
                if (f.amountUsd().isPresent()) {
                    b.add(f.amountUsd().get());
                } else {
                    b.addUnvalued(1);
                }
            }
        }
        return b.build();
    }

    /**
     * The rule that decided which flows count.
     *
     * @return the rule
     */
    public FtsReader.Counting counting() {
        return counting;
    }

    /**
     * How many pages were read.
     *
     * @return the number of pages
     */
    public int pageCount() {
        return pages;
    }

    /**
     * A summary, such as {@code FtsImport[224 flows on 2 pages: 139 counted, 85 excluded, 0 refused]}.
     *
     * @return the readable form
     */
    @Override
    public String toString() {
        long refused = problems.stream().filter(p -> p.position() > 0).count();
        return "FtsImport[" + (flows.size() + refused) + " flows on " + pages + " page" + (pages == 1 ? "" : "s")
                + ": " + counted.size() + " counted, " + excluded.size() + " excluded, " + refused + " refused"
                + (problems.size() > refused ? ", " + (problems.size() - refused) + " page problem"
                        + (problems.size() - refused == 1 ? "" : "s") : "") + "]";
    }
}
