package io.github.pledgebook.table;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.money.RateTable;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Exchange rates from the CSV files people download, read straight into a {@link RateTable}: the ECB's
 * reference rates and FRED's daily series of the Fed's H.10 release.
 * <p>
 * <b>ECB</b> ({@code eurofxref-hist.csv}): a {@code Date} column, then one column per currency with the price of
 * one euro ({@code 2024-02-19,1.0776,161.59,...}), newest first, {@code N/A} where a currency had no fixing that
 * day, and a trailing comma on every line. Each value becomes the fixing EUR/code of its date.
 * <pre>{@code
 * RateTable rates = RateCsv.ecb("""
 *         Date,USD,JPY,
 *         2024-02-19,1.0776,161.59,
 *         2024-02-16,1.0773,161.79,
 *         """);
 * }</pre>
 * <b>FRED</b> ({@code DEXJPUS.csv}): a {@code DATE} (or {@code observation_date}) column and one column per series,
 * {@code .} or nothing on days without a value. Series of the H.10 release are named by FRED as
 * {@code DEX<term><base>}: {@code DEXJPUS} is yen per US dollar (USD/JPY), {@code DEXUSEU} US dollars per euro
 * (EUR/USD). The series listed in {@link #FRED_SERIES} are recognised by name; name the pair of any other with
 * {@link #addFred(RateTable.Builder, CharSequence, String, String, String)}.
 * <p>
 * Values are taken exactly as written. A cell that is neither a rate nor a mark of a missing value, a currency
 * that is not an ISO 4217 code, or a date that is not ISO stops the reading with an {@link IllegalArgumentException}
 * naming the row (as a spreadsheet numbers it, the header being row 1), the column and the value: a rate table is
 * read whole or not at all. This class is stateless and thread-safe.
 */
public final class RateCsv {

    /** The source name {@link #ecb(CharSequence)} gives the ECB's fixings. */
    public static final String ECB = "ECB";

    /**
     * The FRED series recognised by name, with their pair as {@code BASE/TERM}: one unit of the base costs the
     * value in the term currency.
     */
    public static final Map<String, String> FRED_SERIES = fredSeries();

    private RateCsv() {
    }

    private static Map<String, String> fredSeries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("DEXJPUS", "USD/JPY");
        m.put("DEXUSEU", "EUR/USD");
        m.put("DEXUSUK", "GBP/USD");
        m.put("DEXUSAL", "AUD/USD");
        m.put("DEXUSNZ", "NZD/USD");
        m.put("DEXCAUS", "USD/CAD");
        m.put("DEXSZUS", "USD/CHF");
        m.put("DEXCHUS", "USD/CNY");
        m.put("DEXKOUS", "USD/KRW");
        m.put("DEXINUS", "USD/INR");
        m.put("DEXMXUS", "USD/MXN");
        m.put("DEXBZUS", "USD/BRL");
        m.put("DEXSDUS", "USD/SEK");
        m.put("DEXNOUS", "USD/NOK");
        m.put("DEXDNUS", "USD/DKK");
        m.put("DEXHKUS", "USD/HKD");
        m.put("DEXSIUS", "USD/SGD");
        m.put("DEXSFUS", "USD/ZAR");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Reads the ECB's reference rates into a new table, with the source {@value #ECB}.
     *
     * @param csv the CSV text
     * @return the table
     * @throws IllegalArgumentException naming the row, column and value of the first cell that cannot be read
     */
    public static RateTable ecb(CharSequence csv) {
        return addEcb(RateTable.builder(), csv, ECB).build();
    }

    /**
     * Reads the ECB's reference rates from a caller's reader (read to its end, not closed) into a new table.
     *
     * @param reader the CSV text
     * @return the table
     * @throws IllegalArgumentException naming the row, column and value of the first cell that cannot be read
     */
    public static RateTable ecb(Reader reader) {
        return ecb(Cells.csv(reader), RateTable.builder(), ECB).build();
    }

    /**
     * Adds the ECB's reference rates to a builder, so that they can sit beside other fixings.
     *
     * @param builder the rate table builder
     * @param csv the CSV text
     * @param source the source name of every fixing, such as {@code "ECB"}
     * @return the builder
     * @throws IllegalArgumentException naming the row, column and value of the first cell that cannot be read, or
     *     if a fixing conflicts with one already in the builder
     */
    public static RateTable.Builder addEcb(RateTable.Builder builder, CharSequence csv, String source) {
        return ecb(Cells.csv(csv), builder, source);
    }

    private static RateTable.Builder ecb(CsvReader<CsvRecord> csv, RateTable.Builder builder, String source) {
        Objects.requireNonNull(builder, "rate table builder is required, was null");
        Objects.requireNonNull(source, "source is required, was null");
        Map<LocalDate, Map<String, BigDecimal>> days = new TreeMap<>();
        List<String> header = null;
        Map<Integer, String> codes = new HashMap<>();
        long row = 0;
        for (CsvRecord r : Cells.records(csv)) {
            row++;
            if (row == 1) {
                header = Cells.header(r);
                if (header.isEmpty() || !header.get(0).equalsIgnoreCase("Date")) {
                    throw new IllegalArgumentException("row 1: ECB rates must start with a Date column, was "
                            + header);
                }
                Map<String, Integer> columns = new HashMap<>();
                for (int i = 1; i < header.size(); i++) {
                    String column = header.get(i);
                    Integer before = column.isEmpty() ? null : columns.putIfAbsent(column.toUpperCase(Locale.ROOT), i);
                    if (before != null) {
                        // one value would silently replace the other
                        throw new IllegalArgumentException("row 1, column " + (i + 1) + ": " + column + " is also "
                                + "column " + (before + 1) + "; expected one column per currency");
                    }
                }
                continue;
            }
            if (Cells.isEmptyLine(r)) {
                continue;
            }
            LocalDate date = date(r.getField(0), row, header.get(0));
            Map<String, BigDecimal> values = new TreeMap<>();
            for (int i = 1; i < r.getFieldCount(); i++) {
                String cell = r.getField(i).strip();
                if (cell.isEmpty() || cell.equalsIgnoreCase("N/A")) {
                    continue;
                }
                String column = i < header.size() ? header.get(i) : "";
                if (column.isEmpty()) {
                    throw new IllegalArgumentException("row " + row + ", column " + (i + 1) + ": \"" + cell
                            + "\" has no currency in the header; expected a value only under a currency code");
                }
                String code = codes.computeIfAbsent(i, k -> currency(column));
                values.put(code, rate(cell, row, column));
            }
            if (days.put(date, values) != null) {
                throw new IllegalArgumentException("row " + row + ", column " + header.get(0) + ": \"" + date
                        + "\" appears twice; expected one row per day");
            }
        }
        days.forEach((date, values) -> builder.addFixings(date, source, "EUR", values));
        return builder;
    }

    /**
     * Reads FRED series whose names are in {@link #FRED_SERIES} into a new table; each series' source is
     * {@code "FRED <series>"}, such as {@code "FRED DEXJPUS"}.
     *
     * @param csv the CSV text
     * @return the table
     * @throws IllegalArgumentException naming the row, column and value of the first cell that cannot be read, or
     *     a series that is not recognised
     */
    public static RateTable fred(CharSequence csv) {
        return addFred(RateTable.builder(), csv).build();
    }

    /**
     * Reads FRED series from a caller's reader (read to its end, not closed); see {@link #fred(CharSequence)}.
     *
     * @param reader the CSV text
     * @return the table
     */
    public static RateTable fred(Reader reader) {
        return fred(Cells.csv(reader), RateTable.builder(), null, null, null).build();
    }

    /**
     * Adds FRED series whose names are in {@link #FRED_SERIES} to a builder.
     *
     * @param builder the rate table builder
     * @param csv the CSV text
     * @return the builder
     * @throws IllegalArgumentException naming the row, column and value of the first cell that cannot be read, or
     *     a series that is not recognised
     */
    public static RateTable.Builder addFred(RateTable.Builder builder, CharSequence csv) {
        return fred(Cells.csv(csv), builder, null, null, null);
    }

    /**
     * Adds one FRED-style series of any pair to a builder: a date column and one value column, one {@code base}
     * costing the value in {@code term}.
     *
     * @param builder the rate table builder
     * @param csv the CSV text
     * @param base the ISO code of the priced currency, such as {@code "USD"} for DEXJPUS
     * @param term the ISO code of the currency the price is in, such as {@code "JPY"}
     * @param source the source name of every fixing
     * @return the builder
     * @throws IllegalArgumentException naming the row, column and value of the first cell that cannot be read
     */
    public static RateTable.Builder addFred(RateTable.Builder builder, CharSequence csv, String base, String term,
            String source) {
        Objects.requireNonNull(base, "base currency is required, was null");
        Objects.requireNonNull(term, "term currency is required, was null");
        Objects.requireNonNull(source, "source is required, was null");
        return fred(Cells.csv(csv), builder, base, term, source);
    }

    private static RateTable.Builder fred(CsvReader<CsvRecord> csv, RateTable.Builder builder, String base,
            String term, String source) {
        Objects.requireNonNull(builder, "rate table builder is required, was null");
        List<String> header = null;
        List<Map<LocalDate, BigDecimal>> series = new java.util.ArrayList<>();
        long row = 0;
        for (CsvRecord r : Cells.records(csv)) {
            row++;
            if (row == 1) {
                header = Cells.header(r);
                if (header.size() < 2 || !(header.get(0).equalsIgnoreCase("DATE")
                        || header.get(0).equalsIgnoreCase("observation_date"))) {
                    throw new IllegalArgumentException("row 1: a FRED series must have a DATE column and a series "
                            + "column, was " + header);
                }
                if (base != null && header.size() != 2) {
                    throw new IllegalArgumentException("row 1: expected one series column for " + base + "/" + term
                            + ", was " + header.subList(1, header.size()));
                }
                for (int i = 1; i < header.size(); i++) {
                    if (base == null && !FRED_SERIES.containsKey(header.get(i).toUpperCase(java.util.Locale.ROOT))) {
                        throw new IllegalArgumentException("row 1, column " + header.get(i) + ": not a FRED series "
                                + "pledgebook recognises (" + String.join(", ", FRED_SERIES.keySet())
                                + "); name its pair with addFred(builder, csv, base, term, source)");
                    }
                    series.add(new TreeMap<>());
                }
                continue;
            }
            if (Cells.isEmptyLine(r)) {
                continue;
            }
            LocalDate date = date(r.getField(0), row, header.get(0));
            for (int i = 1; i < header.size() && i < r.getFieldCount(); i++) {
                String cell = r.getField(i).strip();
                if (cell.isEmpty() || cell.equals(".") || cell.equals("ND")) {
                    continue;
                }
                if (series.get(i - 1).put(date, rate(cell, row, header.get(i))) != null) {
                    throw new IllegalArgumentException("row " + row + ", column " + header.get(0) + ": \"" + date
                            + "\" appears twice; expected one row per day");
                }
            }
        }
        if (header == null) {
            throw new IllegalArgumentException("row 1: a FRED series must have a header, was empty");
        }
        for (int i = 1; i < header.size(); i++) {
            String name = header.get(i);
            if (base != null) {
                builder.addSeries(base, term, source, series.get(i - 1));
            } else {
                String[] pair = FRED_SERIES.get(name.toUpperCase(java.util.Locale.ROOT)).split("/");
                builder.addSeries(pair[0], pair[1], "FRED " + name, series.get(i - 1));
            }
        }
        return builder;
    }

    private static LocalDate date(String cell, long row, String column) {
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("row " + row + ", column " + column + ": \"" + cell
                    + "\" is not a date; expected an ISO date such as 2024-02-19", e);
        }
    }

    private static BigDecimal rate(String cell, long row, String column) {
        if (!Cells.isPlainNumber(cell)) {
            throw new IllegalArgumentException("row " + row + ", column " + column + ": \"" + cell
                    + "\" is not a rate; expected a decimal such as 161.59, or N/A, . or nothing for no fixing");
        }
        BigDecimal v = new BigDecimal(cell);
        if (v.signum() <= 0) {
            throw new IllegalArgumentException("row " + row + ", column " + column + ": \"" + cell
                    + "\" is not a positive rate");
        }
        return v;
    }

    private static String currency(String column) {
        try {
            return Amounts.currency(column.toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column " + (Check.isLine(column) ? column : Check.shown(column))
                    + ": not a known ISO 4217 currency code; the ECB's columns are currency codes such as USD", e);
        }
    }
}
