/**
 * Reading OCHA Financial Tracking Service (FTS) flows: saved responses of FTS API v1 become pledges, a
 * {@link io.github.pledgebook.timeline.PledgeBook} that counts every dollar once, and an account of every flow.
 * <p>
 * Start with {@link io.github.pledgebook.fts.FtsReader}. The mapping of FTS's fields and the counting rule are
 * explained in {@code docs/fts.md}. This package needs the optional JSON parser {@code tools.jackson.core}; nothing
 * else in pledgebook uses this package or the parser.
 */
package io.github.pledgebook.fts;
