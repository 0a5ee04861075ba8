package io.github.pledgebook.table;

import static io.github.pledgebook.table.SheetFormats.mapped;
import static io.github.pledgebook.table.SheetReading.AMOUNT;
import static io.github.pledgebook.table.SheetReading.CATEGORY;
import static io.github.pledgebook.table.SheetReading.CURRENCY;
import static io.github.pledgebook.table.SheetReading.DATE;
import static io.github.pledgebook.table.SheetReading.DESCRIPTION;
import static io.github.pledgebook.table.SheetReading.DONOR;
import static io.github.pledgebook.table.SheetReading.DONOR_ID;
import static io.github.pledgebook.table.SheetReading.ID;
import static io.github.pledgebook.table.SheetReading.INSTRUMENT;
import static io.github.pledgebook.table.SheetReading.IN_KIND;
import static io.github.pledgebook.table.SheetReading.NOTE;
import static io.github.pledgebook.table.SheetReading.ROLES;
import static io.github.pledgebook.table.SheetReading.SLOTS;
import static io.github.pledgebook.table.SheetReading.SOURCE;
import static io.github.pledgebook.table.SheetReading.SOURCE_URL;
import static io.github.pledgebook.table.SheetReading.STAGE;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Source;
import io.github.pledgebook.SourceKind;
import io.github.pledgebook.Stage;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Reads other people's sheets: the caller names which column holds the donor, the date, the amount, the stage and
 * the source, and each row becomes a pledge event.
 * <p>
 * Built for sheets such as the Kiel Institute's Ukraine Support Tracker, whose main sheet has one row per donor and
 * measure ("Commitment" or "Allocation") with an announcement date and a value in EUR:
 * <pre>{@code
 * ColumnMap kiel = ColumnMap.builder()
 *         .id("ID").donor("Donor").date("Announcement Date")
 *         .amount("Value in EUR").currency("EUR")
 *         .stage("Measure", Map.of("Commitment", Stage.COMMITTED, "Allocation", Stage.DISBURSED))
 *         .category("Aid type", Map.of("Financial", AidCategory.FINANCIAL,
 *                 "Humanitarian", AidCategory.HUMANITARIAN, "Military", AidCategory.MILITARY))
 *         .instrument(Instrument.GRANT).recipient(Party.of("ua", "Ukraine", "UA"))
 *         .source("Source", SourceKind.OFFICIAL)
 *         .build();
 * TableReading r = kiel.read(csvText);
 * r.problems();   // [row 5, column "Value in EUR": "n.a." is not an amount; ...]
 * }</pre>
 * <b>Rows.</b> Without an id column every row is a pledge of its own, with the id {@code row-N} (N the row number a
 * spreadsheet shows). With one, rows sharing an id become the events of one pledge, in date order (rows of one day
 * keep their order), and must agree on donor, category, instrument and goods.
 * <b>Donors</b> get an id made from their name ({@code "United States"} becomes {@code united-states}) unless a donor
 * id column is named, and the kind given to {@link Builder#donorKind(DonorKind)} (a government unless told).
 * <b>Dates</b> are read in ISO form ({@code 2024-02-19}), day first ({@code 19/02/2024}, also {@code 19.02.2024}) and
 * as spreadsheets export them ({@code 2024-02-19 00:00:00}); month-first dates are never guessed.
 * <b>Amounts</b> may have thousands separators ({@code 1,234,567.50}, {@code 1 234 567}, {@code 1'234'567}), or a
 * decimal comma when the map says so ({@link Builder#decimalComma()}: {@code 1.234.567,50}), and are multiplied
 * exactly by the unit the caller names ({@link Builder#amountsInMillions()}: {@code 106} becomes {@code 106000000}).
 * Fields are separated by commas unless the map names another separator ({@link Builder#separator(char)}: {@code ';'}
 * as European spreadsheets export CSV).
 * <b>Text</b> is tidied, since other people's sheets hold what pledgebook's values refuse: tabs, line breaks in
 * names and ids, non-breaking and other Unicode spaces become single spaces, invisible characters at the ends go
 * (in ids, everywhere), and the ends are trimmed; descriptions and notes keep their line breaks as {@code \n}.
 * <p>
 * Nothing is skipped silently: a row that cannot be read becomes a {@link RowProblem} naming the row, the column and
 * the reason, and is left out. Columns the map does not name are not read. A map is immutable and thread-safe; one
 * map can read many sheets.
 */
public final class ColumnMap {

    private final SheetReading reading;
    private final char separator;

    private ColumnMap(Builder b) {
        this.separator = b.separator;
        this.reading = new SheetReading(b.columns.clone(), b.donorKind, b.unit, b.decimalComma, b.dateOrder,
                b.currency, b.stages,
                b.stage,
                b.categories, b.category, b.instruments, b.instrument, b.recipient, b.sourceKind, b.source);
    }

    /**
     * Returns a builder; donor, date, stage, category, instrument, recipient, source and a currency (fixed or a
     * column) are required, the amount column too unless every row describes goods with an in-kind column.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a sheet as CSV (header row first) from a caller's reader, which is read to its end and not closed.
     *
     * @param reader the CSV text
     * @return the pledges of every row that could be read, and a problem for every row that could not
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public TableReading read(Reader reader) {
        return reading.read(RecordCells.reader(reader, separator));
    }

    /**
     * Reads a sheet from CSV text in memory; see {@link #read(Reader)}.
     *
     * @param csv the CSV text
     * @return the pledges and the problems
     */
    public TableReading read(CharSequence csv) {
        return reading.read(RecordCells.reader(csv, separator));
    }

    /** A donor id from a name: lower case, letters and digits, other runs of characters as one hyphen. */
    static String slug(String name) {
        return SheetFormats.slug(name);
    }

    /**
     * A decimal with optional thousands separators ({@code ,}, space, no-break space, {@code '}, {@code _}) in
     * groups of three, and {@code .} before the fraction; null if it is not one.
     */
    static BigDecimal parseAmount(String text) {
        return SheetFormats.parseAmount(text);
    }

    @Override
    public String toString() {
        return reading.describe();
    }

    /** Builds a {@link ColumnMap}; obtain one from {@link ColumnMap#builder()}. Not thread-safe. */
    public static final class Builder {
        private final String[] columns = new String[SLOTS];
        private DonorKind donorKind = DonorKind.GOVERNMENT;
        private BigDecimal unit = BigDecimal.ONE;
        private boolean decimalComma;
        private SheetFormats.DateOrder dateOrder;
        private char separator = ',';
        private CurrencyUnit currency;
        private Map<String, Stage> stages;
        private Stage stage;
        private Map<String, AidCategory> categories;
        private AidCategory category;
        private Map<String, Instrument> instruments;
        private Instrument instrument;
        private Party recipient;
        private SourceKind sourceKind;
        private Source source;

        private Builder() {
        }

        private Builder column(int slot, String header) {
            Objects.requireNonNull(header, ROLES[slot] + " column is required, was null");
            if (header.isBlank()) {
                throw new IllegalArgumentException(ROLES[slot] + " column must be a header name, was blank");
            }
            columns[slot] = header.strip();
            return this;
        }

        /**
         * Names the column of pledge ids: rows sharing an id become the events of one pledge. Without it, each
         * row is a pledge with the id {@code row-N}.
         *
         * @param column the header of the id column
         * @return this builder
         */
        public Builder id(String column) {
            return column(ID, column);
        }

        /**
         * Names the column of donor names.
         *
         * @param column the header, such as {@code "Donor"} or {@code "Countries"}
         * @return this builder
         */
        public Builder donor(String column) {
            return column(DONOR, column);
        }

        /**
         * Names a column of donor ids, instead of ids made from the names.
         *
         * @param column the header
         * @return this builder
         */
        public Builder donorId(String column) {
            return column(DONOR_ID, column);
        }

        /**
         * Sets the kind of every donor read (a government unless told).
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder donorKind(DonorKind kind) {
            this.donorKind = Objects.requireNonNull(kind, "donor kind is required, was null");
            return this;
        }

        /**
         * Names the column of event dates.
         *
         * @param column the header, such as {@code "Announcement Date"}
         * @return this builder
         */
        public Builder date(String column) {
            return column(DATE, column);
        }

        /**
         * Names the column of amounts; a row with an empty amount needs goods in the in-kind column.
         *
         * @param column the header, such as {@code "Value in EUR"}
         * @return this builder
         */
        public Builder amount(String column) {
            return column(AMOUNT, column);
        }

        /**
         * Sets the unit of the amount column: each amount is multiplied exactly by it.
         *
         * @param unit the unit, positive, such as {@code new BigDecimal("1000")} for thousands
         * @return this builder
         */
        public Builder amountsIn(BigDecimal unit) {
            Objects.requireNonNull(unit, "amount unit is required, was null");
            if (unit.signum() <= 0) {
                throw new IllegalArgumentException("amount unit must be positive, was " + unit.toPlainString());
            }
            this.unit = unit;
            return this;
        }

        /**
         * Amounts are in millions: {@code 106} is read as {@code 106000000}, {@code 1.5} as {@code 1500000}.
         *
         * @return this builder
         */
        public Builder amountsInMillions() {
            return amountsIn(BigDecimal.valueOf(1_000_000));
        }

        /**
         * Amounts are written with a decimal comma, as spreadsheets in much of Europe write them: {@code 1.234.567,50}
         * and {@code 1 234 567,5}, with '.', a space or {@code '} between thousands. A number written the other way
         * ({@code 1,234.50}) is then a problem of its row, never read as another number.
         *
         * @return this builder
         */
        public Builder decimalComma() {
            this.decimalComma = true;
            return this;
        }

        /**
         * Dates written with slashes put the day first, as in most of the world: {@code 01/02/2024} is 1 February.
         * Without this or {@link #monthFirstDates()}, a slash date is read only where the order cannot matter
         * ({@code 19/02/2024}, {@code 05/05/2024}); {@code 01/02/2024} is a problem of its row, never a guess.
         *
         * @return this builder
         * @throws IllegalStateException if the map already says month first
         */
        public Builder dayFirstDates() {
            return dateOrder(SheetFormats.DateOrder.DAY_FIRST);
        }

        /**
         * Dates written with slashes put the month first, as in the United States: {@code 02/01/2024} is
         * 1 February. Dates with dots ({@code 19.02.2024}) stay day first.
         *
         * @return this builder
         * @throws IllegalStateException if the map already says day first
         */
        public Builder monthFirstDates() {
            return dateOrder(SheetFormats.DateOrder.MONTH_FIRST);
        }

        private Builder dateOrder(SheetFormats.DateOrder order) {
            if (dateOrder != null && dateOrder != order) {
                throw new IllegalStateException("the column map already reads slash dates "
                        + (dateOrder == SheetFormats.DateOrder.DAY_FIRST ? "day first" : "month first"));
            }
            this.dateOrder = order;
            return this;
        }

        /**
         * Sets the character between the fields of a row: {@code ','} unless told, {@code ';'} as spreadsheets that
         * write a decimal comma export CSV, or a tab.
         *
         * @param separator the field separator
         * @return this builder
         * @throws IllegalArgumentException if it is a quote, a letter or digit, or a line break, which cannot separate
         *     fields
         */
        public Builder separator(char separator) {
            if (separator == '"' || Character.isLetterOrDigit(separator) || separator == '\r' || separator == '\n') {
                throw new IllegalArgumentException("field separator must not be a quote, letter, digit or line break,"
                        + " was " + (separator == '\r' ? "\\r" : separator == '\n' ? "\\n" : "'" + separator + "'"));
            }
            this.separator = separator;
            return this;
        }

        /**
         * Sets one currency for every amount, such as {@code "EUR"} for a "Value in EUR" column.
         *
         * @param code the ISO 4217 code
         * @return this builder
         */
        public Builder currency(String code) {
            this.currency = Amounts.currency(code);
            columns[CURRENCY] = null;
            return this;
        }

        /**
         * Names a column of ISO 4217 currency codes, one per row.
         *
         * @param column the header
         * @return this builder
         */
        public Builder currencyColumn(String column) {
            this.currency = null;
            return column(CURRENCY, column);
        }

        /**
         * Names the stage column and what its values mean, such as Kiel's {@code "Commitment"} and
         * {@code "Allocation"}; values are matched ignoring case and surrounding spaces.
         *
         * @param column the header, such as {@code "Measure"}
         * @param values the stage of each value
         * @return this builder
         */
        public Builder stage(String column, Map<String, Stage> values) {
            this.stages = mapped(values, "stage");
            this.stage = null;
            return column(STAGE, column);
        }

        /**
         * Sets one stage for every row, such as {@link Stage#ANNOUNCED} for a list of announcements.
         *
         * @param stage the stage
         * @return this builder
         */
        public Builder stage(Stage stage) {
            this.stage = Objects.requireNonNull(stage, "stage is required, was null");
            columns[STAGE] = null;
            return this;
        }

        /**
         * Names the category column and what its values mean.
         *
         * @param column the header, such as {@code "Aid type"}
         * @param values the category of each value
         * @return this builder
         */
        public Builder category(String column, Map<String, AidCategory> values) {
            this.categories = mapped(values, "category");
            this.category = null;
            return column(CATEGORY, column);
        }

        /**
         * Sets one category for every row.
         *
         * @param category the category
         * @return this builder
         */
        public Builder category(AidCategory category) {
            this.category = Objects.requireNonNull(category, "category is required, was null");
            columns[CATEGORY] = null;
            return this;
        }

        /**
         * Names the instrument column and what its values mean.
         *
         * @param column the header
         * @param values the instrument of each value
         * @return this builder
         */
        public Builder instrument(String column, Map<String, Instrument> values) {
            this.instruments = mapped(values, "instrument");
            this.instrument = null;
            return column(INSTRUMENT, column);
        }

        /**
         * Sets one instrument for every row.
         *
         * @param instrument the instrument
         * @return this builder
         */
        public Builder instrument(Instrument instrument) {
            this.instrument = Objects.requireNonNull(instrument, "instrument is required, was null");
            columns[INSTRUMENT] = null;
            return this;
        }

        /**
         * Sets the recipient of every pledge, such as Ukraine.
         *
         * @param recipient the recipient
         * @return this builder
         */
        public Builder recipient(Party recipient) {
            this.recipient = Objects.requireNonNull(recipient, "recipient is required, was null");
            return this;
        }

        /**
         * Names the column of publishers: each row's source is that publisher, of the given kind, dated the row's
         * date.
         *
         * @param column the header, such as {@code "Source"}
         * @param kind the kind of every source in the column
         * @return this builder
         */
        public Builder source(String column, SourceKind kind) {
            this.sourceKind = Objects.requireNonNull(kind, "source kind is required, was null");
            this.source = null;
            return column(SOURCE, column);
        }

        /**
         * Sets one source for every row, such as the dataset itself.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(Source source) {
            this.source = Objects.requireNonNull(source, "source is required, was null");
            columns[SOURCE] = null;
            return this;
        }

        /**
         * Names a column of source URLs (kept as text, never opened).
         *
         * @param column the header, such as {@code "Link"}
         * @return this builder
         */
        public Builder sourceUrl(String column) {
            return column(SOURCE_URL, column);
        }

        /**
         * Names a column whose text becomes each event's note.
         *
         * @param column the header, such as {@code "Explanation"}
         * @return this builder
         */
        public Builder note(String column) {
            return column(NOTE, column);
        }

        /**
         * Names a column describing goods given in kind, such as {@code "Item"}; a row with goods may have no
         * amount.
         *
         * @param column the header
         * @return this builder
         */
        public Builder inKind(String column) {
            return column(IN_KIND, column);
        }

        /**
         * Names a column whose text becomes each pledge's description.
         *
         * @param column the header
         * @return this builder
         */
        public Builder description(String column) {
            return column(DESCRIPTION, column);
        }

        /**
         * Builds the map.
         *
         * @return the immutable map
         * @throws IllegalStateException naming every required part that is missing
         */
        public ColumnMap build() {
            List<String> missing = new ArrayList<>();
            if (columns[DONOR] == null) {
                missing.add("donor(column)");
            }
            if (columns[DATE] == null) {
                missing.add("date(column)");
            }
            if (columns[AMOUNT] == null && columns[IN_KIND] == null) {
                missing.add("amount(column) or inKind(column)");
            }
            if (columns[AMOUNT] != null && currency == null && columns[CURRENCY] == null) {
                missing.add("currency(code) or currencyColumn(column)");
            }
            if (stage == null && columns[STAGE] == null) {
                missing.add("stage(column, values) or stage(stage)");
            }
            if (category == null && columns[CATEGORY] == null) {
                missing.add("category(column, values) or category(category)");
            }
            if (instrument == null && columns[INSTRUMENT] == null) {
                missing.add("instrument(column, values) or instrument(instrument)");
            }
            if (recipient == null) {
                missing.add("recipient(party)");
            }
            if (source == null && columns[SOURCE] == null) {
                missing.add("source(column, kind) or source(source)");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("column map is incomplete; expected " + String.join(", ", missing));
            }
            return new ColumnMap(this);
        }
    }
}
