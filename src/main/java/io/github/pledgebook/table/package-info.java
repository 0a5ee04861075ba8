/**
 * Tables in and out: pledgebook's own lossless event table, other people's sheets through a column map, exchange
 * rates from the CSV files the ECB and FRED publish, and any result as CSV, Markdown or HTML.
 * <p>
 * Nothing here opens a file: readers take a caller's {@link java.io.Reader} or {@link CharSequence}, writers write
 * to a caller's {@link Appendable}. Amounts are written exactly, in plain decimal form ({@code 15800000000},
 * {@code 0.10}); CSV cells that a spreadsheet would run as a formula are guarded, and the readers undo the guard
 * (see {@link io.github.pledgebook.table.TableFormat#CSV}). CSV is read and written with FastCSV (RFC 4180).
 * <p>
 * This package sits at the top of the layering, beside {@code report}: it uses the core, {@code money},
 * {@code timeline} and {@code report}; none of them uses it.
 */
package io.github.pledgebook.table;
