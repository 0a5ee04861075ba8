package io.github.pledgebook.fts;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Reads saved responses of OCHA's Financial Tracking Service API v1 ({@code /v1/public/fts/flow}) into pledges, a
 * {@link io.github.pledgebook.timeline.PledgeBook} and an account of every flow.
 * <p>
 * Each flow becomes one pledge with one event at its stage ({@code pledge} announced, {@code commitment} committed,
 * {@code paid} disbursed), its original amount in its own currency the fact. Money FTS records twice (a parent and
 * its child flows, flows inside the query's boundary, flows shared with other years) counts once by FTS's own rule;
 * the rest is reported apart with its reason, and a malformed flow becomes an {@link FtsProblem} without stopping
 * the others. The mapping and the rule are in {@code docs/fts.md}.
 * <pre>{@code
 * FtsImport fts = FtsReader.read(json);                       // one page: a String, Reader or InputStream
 * FtsImport all = FtsReader.pages().add(page1).add(page2).result();   // pages of one query, one book
 * all.book().asOf(LocalDate.of(2020, 12, 31)).disbursed();
 * all.excluded();    // flows left out of the totals, each with its reason
 * all.problems();    // flows refused, each with page, place, id and reason
 * }</pre>
 * A page is read as it is added, one flow at a time, so a large response streams: only the flows read are kept,
 * never the text. pledgebook opens nothing: it reads what the caller hands over and leaves it open.
 * <p>
 * This needs the JSON parser {@code tools.jackson.core:jackson-core} (3.x), an optional dependency of pledgebook:
 * without it every method here throws {@link IllegalStateException} saying so, and the rest of pledgebook works as
 * before. A reader collecting pages is not thread-safe; the {@link FtsImport} it returns is.
 */
public final class FtsReader {

    /** What the message of a missing parser says; tests and consumers look for it. */
    static final String PARSER_MISSING = "reading FTS flows needs the JSON parser tools.jackson.core:jackson-core "
            + "(version 3), an optional dependency of pledgebook: add it to your build (and "
            + "`requires tools.jackson.core;` to your module-info on the module path)";

    /** Which of FTS's rules decides the flows that count. */
    public enum Counting {
        /**
         * FTS's rule for the totals of one query's boundary (a country and year, a plan): incoming flows count,
         * internal and outgoing ones do not, a parent never counts with its children, a flow shared with other years
         * or plans counts through its single child flows. The default.
         */
        BOUNDARY,
        /**
         * The boundary rule, and also leave out every flow FTS marks as not new money (pooled-fund allocations,
         * carry-overs, money passed on), which FTS counted on its way in. FTS's rule for totals across boundaries;
         * use it when merging responses of different queries.
         */
        NEW_MONEY_ONLY
    }

    private Counting counting = Counting.BOUNDARY;
    private final List<FtsFlow> flows = new ArrayList<>();
    private final List<FtsProblem> problems = new ArrayList<>();
    private final SharedValues shared = new SharedValues();
    private int pages;

    private FtsReader() {
    }

    /**
     * Whether the optional JSON parser is present, so that FTS responses can be read.
     *
     * @return true if {@code tools.jackson.core} can be loaded
     */
    public static boolean isAvailable() {
        try {
            Class.forName("tools.jackson.core.json.JsonFactory", false, FtsReader.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void requireParser() {
        if (!isAvailable()) {
            throw new IllegalStateException(PARSER_MISSING);
        }
    }

    /**
     * Starts reading the pages of one query (the API pages by 200 or 1,000 flows) into one book.
     *
     * @return a new reader without pages
     * @throws IllegalStateException if the JSON parser is absent
     */
    public static FtsReader pages() {
        requireParser();
        return new FtsReader();
    }

    /**
     * Reads one response given as text.
     *
     * @param json the response, {@code {status, data: {flows: [...]}, meta}}
     * @return the book and the account of every flow
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalStateException if the JSON parser is absent
     */
    public static FtsImport read(CharSequence json) {
        return pages().add(json).result();
    }

    /**
     * Reads one response from a reader, which is left open.
     *
     * @param json the response
     * @return the book and the account of every flow
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalStateException if the JSON parser is absent
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public static FtsImport read(Reader json) {
        return pages().add(json).result();
    }

    /**
     * Reads one response from bytes (UTF-8, or UTF-16/32 as detected), which are left open.
     *
     * @param json the response
     * @return the book and the account of every flow
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalStateException if the JSON parser is absent
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public static FtsImport read(InputStream json) {
        return pages().add(json).result();
    }

    /**
     * Chooses the rule that decides which flows count; {@link Counting#BOUNDARY} by default.
     *
     * @param rule the rule
     * @return this reader
     * @throws NullPointerException if {@code rule} is null
     */
    public FtsReader counting(Counting rule) {
        this.counting = Objects.requireNonNull(rule, "counting rule is required, was null");
        return this;
    }

    /**
     * Reads one more page given as text.
     *
     * @param page the response text
     * @return this reader
     * @throws NullPointerException if {@code page} is null
     */
    public FtsReader add(CharSequence page) {
        Objects.requireNonNull(page, "FTS page text is required, was null");
        return page(n -> JsonPages.read(page, n, shared, this::take));
    }

    /**
     * Reads one more page from a reader, which is left open.
     *
     * @param page the response
     * @return this reader
     * @throws NullPointerException if {@code page} is null
     * @throws java.io.UncheckedIOException if the reader fails; nothing of the page is kept, so it can be read again
     */
    public FtsReader add(Reader page) {
        Objects.requireNonNull(page, "FTS page reader is required, was null");
        return page(n -> JsonPages.read(page, n, shared, this::take));
    }

    /**
     * Reads one more page from bytes, which are left open.
     *
     * @param page the response
     * @return this reader
     * @throws NullPointerException if {@code page} is null
     * @throws java.io.UncheckedIOException if the stream fails; nothing of the page is kept, so it can be read again
     */
    public FtsReader add(InputStream page) {
        Objects.requireNonNull(page, "FTS page stream is required, was null");
        return page(n -> JsonPages.read(page, n, shared, this::take));
    }

    /**
     * Reads the next page. If the caller's reader or stream fails, what the page had added is taken back, so that the
     * page can be read again, and the failure is thrown.
     */
    private FtsReader page(IntFunction<JsonPages.PageEnd> reading) {
        int flowsBefore = flows.size();
        int problemsBefore = problems.size();
        int n = ++pages;
        try {
            finish(n, reading.apply(n));
        } catch (UncheckedIOException e) {
            flows.subList(flowsBefore, flows.size()).clear();
            problems.subList(problemsBefore, problems.size()).clear();
            pages--;
            throw e;
        }
        return this;
    }

    private void take(RawFlow raw) {
        try {
            flows.add(FtsFlow.of(raw));
        } catch (FtsFlow.Refusal r) {
            problems.add(new FtsProblem(raw.page, raw.position,
                    Optional.ofNullable(raw.id).filter(id -> !id.isBlank()), r.getMessage()));
        }
    }

    private void finish(int page, JsonPages.PageEnd end) {
        if (end.failure != null) {
            problems.add(new FtsProblem(page, 0, Optional.empty(), end.failure));
        }
        if (end.status != null && !end.status.equals("ok")) {
            problems.add(new FtsProblem(page, 0, Optional.empty(),
                    "the response's status must be \"ok\", was \"" + end.status + "\""));
        }
    }

    /**
     * Decides what counts across all pages read so far and builds the book. The reader can go on reading pages
     * and give a new result.
     *
     * @return the book and the account of every flow
     */
    public FtsImport result() {
        return new Assembly(flows, problems, counting).result(pages);
    }
}
