/**
 * pledgebook: immutable, exact, I/O-free values and queries for tracking aid and reconstruction pledges.
 * <p>
 * The core values live in {@code io.github.pledgebook}, exact multi-currency totals and dated exchange rates in
 * {@code io.github.pledgebook.money}, the indexed pledge book and its timeline queries in
 * {@code io.github.pledgebook.timeline}, plain-text reports in {@code io.github.pledgebook.report}, SVG charts in
 * {@code io.github.pledgebook.chart}, ready-made books in {@code io.github.pledgebook.sample}, AssertJ assertions
 * in {@code io.github.pledgebook.assertj} (which needs {@code assertj-core}, an optional dependency), a reader of IATI activity XML in
 * {@code io.github.pledgebook.iati} (the JDK's {@code java.xml} only), tables in and out (CSV, Markdown, HTML) in
 * {@code io.github.pledgebook.table}, and the reader of OCHA
 * FTS flows in {@code io.github.pledgebook.fts} (which needs the optional JSON parser {@code tools.jackson.core}).
 * These ten are exported and are the whole API. Two packages are not exported: {@code io.github.pledgebook.timeline.index}, the
 * engine behind the pledge book's queries, and {@code io.github.pledgebook.internal}, the argument checks and exact
 * arithmetic the other packages share. Dependencies point one way: iati, fts, table, chart, sample, assertj, report, timeline, timeline index, money, core,
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
    // only io.github.pledgebook.assertj needs it; users who test with AssertJ bring it and read it themselves. Not
    // `transitive`: a static transitive dependency must be present when any consumer module compiles.
    requires static org.assertj.core;

    exports io.github.pledgebook;
    exports io.github.pledgebook.assertj;
    exports io.github.pledgebook.chart;
    exports io.github.pledgebook.money;
    exports io.github.pledgebook.report;
    exports io.github.pledgebook.sample;
    exports io.github.pledgebook.timeline;
    exports io.github.pledgebook.fts;
    exports io.github.pledgebook.table;
    exports io.github.pledgebook.iati;
}
