/**
 * The engine behind {@link io.github.pledgebook.timeline.PledgeBook}: the columnar index that answers stage totals
 * as of a day or within a window in O(log n), and grouped totals by donor in one pass over change records.
 * <p>
 * {@link io.github.pledgebook.timeline.index.BookIndex} reads a book's pledges once;
 * {@link io.github.pledgebook.timeline.index.Contributions} turns a pledge's history into per-day changes of a
 * stage; {@link io.github.pledgebook.timeline.index.ChangeRecords} holds those changes as columnar records and
 * derives from them the money columns and counters ({@link io.github.pledgebook.timeline.index.DayColumns}) of a
 * {@link io.github.pledgebook.timeline.index.StageIndex}; a {@link io.github.pledgebook.timeline.index.Span} is the
 * days a query covers.
 * <p>
 * Not exported by the module, and only the {@code timeline} package may use it (an architecture test enforces
 * this). Some classes here are {@code public} only because Java has no package-private access across packages;
 * nothing here is API.
 */
package io.github.pledgebook.timeline.index;
