/**
 * pledgebook: immutable, exact, I/O-free values and queries for tracking aid and reconstruction pledges.
 * <p>
 * The core values live in {@code io.github.pledgebook}, exact multi-currency totals and dated exchange rates in
 * {@code io.github.pledgebook.money}, the indexed pledge book and its timeline queries in
 * {@code io.github.pledgebook.timeline}, plain-text reports in {@code io.github.pledgebook.report}. These four are
 * exported and are the whole API. Two packages are not exported: {@code io.github.pledgebook.timeline.index}, the
 * engine behind the pledge book's queries, and {@code io.github.pledgebook.internal}, the argument checks and exact
 * arithmetic the other packages share. Dependencies point one way: report, timeline, timeline index, money, core,
 * internal. The module reads JSR 354 ({@code java.money}) and threeten-extra transitively, because its API speaks
 * their types.
 */
module io.github.pledgebook {
    requires transitive java.money;
    requires transitive org.threeten.extra;
    requires org.javamoney.moneta;
    requires static org.immutables.value.annotations;

    exports io.github.pledgebook;
    exports io.github.pledgebook.money;
    exports io.github.pledgebook.report;
    exports io.github.pledgebook.timeline;
}
