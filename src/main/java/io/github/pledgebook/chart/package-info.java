/**
 * Charts as SVG text for notebooks, web pages and reports: a book's timeline, stages side by side per donor, and
 * cumulative totals per stage. Each method returns a {@code String} holding one standalone SVG document; nothing is
 * written anywhere, so the caller displays it (a Jupyter Java kernel shows it with the {@code image/svg+xml} MIME
 * type) or saves it.
 * <pre>{@code
 * String svg = Charts.timeline("Japan and Ukraine, Dec 2023 to Feb 2024", JapanUkraine2024.book());
 * }</pre>
 * Money is never summed across currencies and never drawn as zero because it is in another currency: a
 * {@link io.github.pledgebook.chart.MoneyView} either converts with a stated rate table on a stated date, or draws
 * each currency in its own panel, and the chart says which. Colours are the Okabe-Ito palette, which people with
 * colour-blindness can tell apart, and every stage also has its own pattern, marker shape or dash, so the charts
 * survive grey-scale printing.
 */
package io.github.pledgebook.chart;
