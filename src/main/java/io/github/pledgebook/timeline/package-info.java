/**
 * Timeline queries: an immutable, indexed {@link io.github.pledgebook.timeline.PledgeBook} of pledges, conferences,
 * memoranda and milestones that answers "how much, at which stage, as of when".
 * <p>
 * Totals are always per stage ({@link io.github.pledgebook.timeline.StageTotal}), as of a date
 * ({@link io.github.pledgebook.timeline.Snapshot}) or within a window ({@link io.github.pledgebook.timeline.Window}),
 * and say what they left out. Series per month, quarter or year ({@link io.github.pledgebook.timeline.Series}),
 * groupings ({@link io.github.pledgebook.timeline.GroupBy}), fulfilment per donor
 * ({@link io.github.pledgebook.timeline.Fulfilment}), pledge states, a chronicle of everything and a conference's
 * picture build on them. "As known on" a date is a book of its own ({@link
 * io.github.pledgebook.timeline.PledgeBook#asKnownOn(java.time.LocalDate)}).
 * <p>
 * Everything here is immutable and thread-safe; nothing reads a clock, a file or the network.
 */
package io.github.pledgebook.timeline;
