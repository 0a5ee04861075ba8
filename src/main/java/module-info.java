/**
 * pledgebook: immutable, exact, I/O-free values and queries for tracking aid and reconstruction pledges.
 * <p>
 * The core values live in {@code io.github.pledgebook}, exact multi-currency totals and dated exchange rates in
 * {@code io.github.pledgebook.money}, the indexed pledge book and its timeline queries in
 * {@code io.github.pledgebook.timeline}, plain-text reports in {@code io.github.pledgebook.report}, a reader of IATI activity XML in
 * {@code io.github.pledgebook.iati} (the JDK's {@code java.xml} only), tables in and out (CSV, Markdown, HTML) in
 * {@code io.github.pledgebook.table}, and the reader of OCHA
 * FTS flows in {@code io.github.pledgebook.fts} (which needs the optional JSON parser {@code tools.jackson.core}).
 * These seven are exported and are the whole API. Two packages are not exported: {@code io.github.pledgebook.timeline.index}, the
 * engine behind the pledge book's queries, and {@code io.github.pledgebook.internal}, the argument checks and exact
 * arithmetic the other packages share. Dependencies point one way: iati, fts and table, report, timeline, timeline index, money, core,
 * internal. The module reads JSR 354 ({@code java.money}) and threeten-extra transitively, because its API speaks
 * their types.
 */
module io.github.pledgebook {
    requires transitive java.money;
    requires transitive org.threeten.extra;
    requires org.javamoney.moneta;
    requires de.siegmar.fastcsv;
    requires java.xml;
    requires static org.immutables.value.annotations;
    // optional: only io.github.pledgebook.fts reads JSON; without the parser it fails with a message, the rest works
    requires static tools.jackson.core;

    exports io.github.pledgebook;
    exports io.github.pledgebook.money;
    exports io.github.pledgebook.report;
    exports io.github.pledgebook.timeline;
    exports io.github.pledgebook.fts;
    exports io.github.pledgebook.table;
    exports io.github.pledgebook.iati;
}
