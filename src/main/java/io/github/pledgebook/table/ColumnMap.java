package io.github.pledgebook.table;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Source;
import io.github.pledgebook.SourceKind;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.internal.Texts;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

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
 * <b>Amounts</b> may have thousands separators ({@code 1,234,567.50}, {@code 1 234 567}, {@code 1'234'567}) and are
 * multiplied exactly by the unit the caller names ({@link Builder#amountsInMillions()}: {@code 106} becomes
 * {@code 106000000}).
 * <b>Text</b> is tidied, since other people's sheets hold what pledgebook's values refuse: tabs, line breaks in
 * names and ids, non-breaking and other Unicode spaces become single spaces, invisible characters at the ends go
 * (in ids, everywhere), and the ends are trimmed; descriptions and notes keep their line breaks as {@code \n}.
 * <p>
 * Nothing is skipped silently: a row that cannot be read becomes a {@link RowProblem} naming the row, the column and
 * the reason, and is left out. Columns the map does not name are not read. A map is immutable and thread-safe; one
 * map can read many sheets.
 */
public final class ColumnMap {

    private static final int ID = 0;
    private static final int DONOR = 1;
    private static final int DONOR_ID = 2;
    private static final int DATE = 3;
    private static final int AMOUNT = 4;
    private static final int CURRENCY = 5;
    private static final int STAGE = 6;
    private static final int CATEGORY = 7;
    private static final int INSTRUMENT = 8;
    private static final int SOURCE = 9;
    private static final int SOURCE_URL = 10;
    private static final int NOTE = 11;
    private static final int IN_KIND = 12;
    private static final int DESCRIPTION = 13;
    private static final int SLOTS = 14;
    private static final String[] ROLES = {"id", "donor", "donor id", "date", "amount", "currency", "stage",
        "category", "instrument", "source", "source URL", "note", "in-kind goods", "description"};

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST_DOTS = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final String[] columns;
    private final DonorKind donorKind;
    private final BigDecimal unit;
    private final CurrencyUnit currency;
    private final Map<String, Stage> stages;
    private final Stage stage;
    private final Map<String, AidCategory> categories;
    private final AidCategory category;
    private final Map<String, Instrument> instruments;
    private final Instrument instrument;
    private final Party recipient;
    private final SourceKind sourceKind;
    private final Source source;

    private ColumnMap(Builder b) {
        this.columns = b.columns.clone();
        this.donorKind = b.donorKind;
        this.unit = b.unit;
        this.currency = b.currency;
        this.stages = b.stages;
        this.stage = b.stage;
        this.categories = b.categories;
        this.category = b.category;
        this.instruments = b.instruments;
        this.instrument = b.instrument;
        this.recipient = b.recipient;
        this.sourceKind = b.sourceKind;
        this.source = b.source;
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
        return read(Cells.csv(reader));
    }

    /**
     * Reads a sheet from CSV text in memory; see {@link #read(Reader)}.
     *
     * @param csv the CSV text
     * @return the pledges and the problems
     */
    public TableReading read(CharSequence csv) {
        return read(Cells.csv(csv));
    }

    /** One row read: its pledge id and the event and pledge fields it gave. */
    private static final class Line {
        long row;
        String id;
        Donor donor;
        AidCategory category;
        Instrument instrument;
        String inKind;
        String description;
        PledgeEvent event;
    }

    private TableReading read(CsvReader<CsvRecord> csv) {
        List<RowProblem> problems = new ArrayList<>();
        SheetRow row = null;
        List<String> headers = new ArrayList<>(Arrays.asList(columns));
        long number = 0;
        long dataRows = 0;
        Map<String, List<Line>> byId = new LinkedHashMap<>();
        Map<String, Donor> donors = new HashMap<>();
        Map<String, Long> donorRows = new HashMap<>();
        for (CsvRecord r : csv) {
            number++;
            if (number == 1) {
                row = header(r, headers, problems);
                if (row == null) {
                    return new TableReading(PledgeBook.empty(), problems, 0);
                }
                continue;
            }
            if (Cells.isEmptyLine(r)) {
                continue;
            }
            dataRows++;
            row.next(r, number);
            Line line = line(row, donors, donorRows);
            if (line != null) {
                byId.computeIfAbsent(line.id, k -> new ArrayList<>()).add(line);
            } else if (!row.isBad()) {
                row.rowProblem("was left out");
            }
        }
        if (number == 0) {
            problems.add(RowProblem.of(1, "", "", "sheet is empty; expected a header row"));
            return new TableReading(PledgeBook.empty(), problems, 0);
        }
        List<Pledge> pledges = new ArrayList<>();
        for (Map.Entry<String, List<Line>> e : byId.entrySet()) {
            Pledge p = pledge(e.getKey(), e.getValue(), problems);
            if (p != null) {
                pledges.add(p);
            }
        }
        PledgeBook book;
        try {
            book = PledgeBook.of(pledges);
        } catch (IllegalArgumentException e) {
            problems.add(RowProblem.of(1, "", "", "the rows read do not form a valid book, so none was made: "
                    + e.getMessage()));
            book = PledgeBook.empty();
        }
        problems.sort(Comparator.comparingLong(RowProblem::row));
        return new TableReading(book, problems, dataRows);
    }

    private SheetRow header(CsvRecord r, List<String> headers, List<RowProblem> problems) {
        List<String> names = Cells.header(r);
        int[] position = new int[SLOTS];
        Arrays.fill(position, -1);
        boolean ok = true;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (columns[slot] == null) {
                continue;
            }
            for (int i = 0; i < names.size(); i++) {
                String name = Texts.line(names.get(i));
                if (name != null && name.equalsIgnoreCase(columns[slot])) {
                    position[slot] = i;
                    break;
                }
            }
            if (position[slot] < 0) {
                problems.add(RowProblem.of(1, columns[slot], "", "is not in the header, so no row was read; "
                        + "expected the " + ROLES[slot] + " column among " + names));
                ok = false;
            }
        }
        return ok ? new SheetRow(position, headers, problems) : null;
    }

    private Line line(SheetRow row, Map<String, Donor> donors, Map<String, Long> donorRows) {
        Line line = new Line();
        line.row = row.number();
        if (columns[ID] != null) {
            line.id = tidied(row, ID, "the pledge's id", Texts::id);
        } else {
            line.id = "row-" + row.number();
        }
        line.donor = donor(row, donors, donorRows);
        LocalDate date = date(row);
        Stage s = stage != null ? stage : mapped(row, STAGE, stages);
        line.category = category != null ? category : mapped(row, CATEGORY, categories);
        line.instrument = instrument != null ? instrument : mapped(row, INSTRUMENT, instruments);
        MonetaryAmount amount = amount(row, s);
        line.inKind = columns[IN_KIND] == null ? null : Texts.line(row.text(IN_KIND));
        line.description = columns[DESCRIPTION] == null ? null : Texts.text(row.text(DESCRIPTION));
        if (amount == null && line.inKind == null && s != null && s != Stage.CANCELLED && !row.isBad()) {
            if (columns[AMOUNT] != null) {
                row.problem(AMOUNT, "", "is empty; expected an amount" + (columns[IN_KIND] == null ? ""
                        : " or goods in column \"" + columns[IN_KIND] + "\""));
            } else {
                row.problem(IN_KIND, "", "is empty; expected a description of the goods, as the map has no amount");
            }
        }
        Source src = source(row, date);
        String note = columns[NOTE] == null ? null : Texts.text(row.text(NOTE));
        if (row.isBad()) {
            return null;
        }
        try {
            PledgeEvent.Builder b = PledgeEvent.builder().date(date).stage(s).source(src)
                    .note(Optional.ofNullable(note));
            if (amount != null) {
                b.amount(amount);
            }
            line.event = b.build();
        } catch (IllegalArgumentException e) {
            row.rowProblem("is not a valid pledge event, so the row was left out: " + e.getMessage());
            return null;
        }
        return line;
    }

    private Donor donor(SheetRow row, Map<String, Donor> donors, Map<String, Long> donorRows) {
        String name = tidied(row, DONOR, "the donor's name", Texts::line);
        if (name == null) {
            return null;
        }
        String id;
        if (columns[DONOR_ID] != null) {
            id = tidied(row, DONOR_ID, "the donor's id", Texts::id);
            if (id == null) {
                return null;
            }
        } else {
            id = slug(name);
            if (id.isEmpty()) {
                row.problem(DONOR, name, "has no letter or digit to make an id from; add a donor id column");
                return null;
            }
        }
        Donor known = donors.get(id);
        if (known != null) {
            if (!known.name().equals(name)) {
                row.problem(DONOR, name, "has the id " + id + " of the donor \"" + known.name() + "\" on row "
                        + donorRows.get(id) + "; expected one name per donor (map a donor id column to tell them apart)");
                return null;
            }
            return known;
        }
        try {
            Donor d = Donor.of(id, name, donorKind);
            donors.put(id, d);
            donorRows.put(id, row.number());
            return d;
        } catch (IllegalArgumentException e) {
            row.problem(DONOR, name, "is not a valid donor: " + e.getMessage());
            return null;
        }
    }

    /** A donor id from a name: lower case, letters and digits, other runs of characters as one hyphen. */
    static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && sb.length() > 0) {
                    sb.append('-');
                }
                sb.appendCodePoint(Character.toLowerCase(cp));
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    private LocalDate date(SheetRow row) {
        String text = row.required(DATE, "a date such as 2024-02-19, 19/02/2024 or 2024-02-19 00:00:00");
        if (text == null) {
            return null;
        }
        LocalDate d = parseDate(text.strip());
        if (d == null) {
            row.problem(DATE, text, "is not a date; expected 2024-02-19, 19/02/2024, 19.02.2024 or "
                    + "2024-02-19 00:00:00 (month-first dates are not read, to avoid guessing)");
        }
        return d;
    }

    /** A date in one of the accepted forms, or null. */
    static LocalDate parseDate(String s) {
        try {
            if (s.length() >= 10 && s.charAt(4) == '-') {
                String day = s.substring(0, 10);
                String rest = s.substring(10);
                if (rest.isEmpty() || rest.matches("[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
                    return LocalDate.parse(day);
                }
                return null;
            }
            if (s.indexOf('/') > 0) {
                return LocalDate.parse(s, DAY_FIRST);
            }
            if (s.indexOf('.') > 0) {
                return LocalDate.parse(s, DAY_FIRST_DOTS);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private <E> E mapped(SheetRow row, int slot, Map<String, E> values) {
        String text = row.required(slot, "one of " + values.keySet());
        if (text == null) {
            return null;
        }
        E e = values.get(key(text));
        if (e == null) {
            row.problem(slot, text, "is not a mapped value; expected one of " + originalKeys(values));
        }
        return e;
    }

    private static String originalKeys(Map<String, ?> values) {
        return String.join(", ", ((Mapped<?>) values).originals);
    }

    private static String key(String text) {
        String tidy = Texts.line(text);
        return tidy == null ? "" : tidy.toLowerCase(Locale.ROOT);
    }

    /**
     * A required cell, tidied ({@link Texts#line} or {@link Texts#id}): text from other people's sheets may hold
     * tabs, line breaks and non-breaking spaces, which the values refuse. A problem if nothing visible is left.
     */
    private static String tidied(SheetRow row, int slot, String what, UnaryOperator<String> tidy) {
        String cell = row.required(slot, what);
        if (cell == null) {
            return null;
        }
        String s = tidy.apply(cell);
        if (s == null) {
            row.problem(slot, cell, "holds no visible text (only " + Check.shown(cell) + "); expected " + what);
        }
        return s;
    }

    private MonetaryAmount amount(SheetRow row, Stage s) {
        if (columns[AMOUNT] == null) {
            return null;
        }
        String text = row.cell(AMOUNT).strip();
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal value = parseAmount(text);
        if (value == null) {
            row.problem(AMOUNT, text, "is not an amount; expected a decimal number such as 1234567.50, "
                    + "1,234,567.50 or 1 234 567");
            return null;
        }
        value = value.multiply(unit);
        if (value.signum() <= 0) {
            row.problem(AMOUNT, text, "is not a positive amount; pledge amounts are positive (a cancellation has "
                    + "no amount)");
            return null;
        }
        CurrencyUnit c = currency;
        if (c == null) {
            String code = row.required(CURRENCY, "an ISO 4217 currency code such as EUR");
            if (code == null) {
                return null;
            }
            try {
                c = Amounts.currency(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                row.problem(CURRENCY, code, "is not a known ISO 4217 currency code such as EUR");
                return null;
            }
        }
        return Amounts.of(value, c);
    }

    /**
     * A decimal with optional thousands separators ({@code ,}, space, no-break space, {@code '}, {@code _}) in
     * groups of three, and {@code .} before the fraction; null if it is not one.
     */
    static BigDecimal parseAmount(String text) {
        String s = text;
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()) || !isAsciiDigits(fraction)) {
            return null;
        }
        StringBuilder digits = new StringBuilder(whole.length());
        char separator = 0;
        int group = 0;
        boolean grouped = false;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                group++;
            } else if (c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'' || c == '_') {
                if (separator != 0 && c != separator) {
                    return null;
                }
                if (grouped ? group != 3 : group < 1 || group > 3) {
                    return null;
                }
                separator = c;
                grouped = true;
                group = 0;
            } else {
                return null;
            }
        }
        if (group == 0 || (grouped && group != 3)) {
            return null;
        }
        BigDecimal v = new BigDecimal(digits + (fraction.isEmpty() ? "" : "." + fraction));
        return negative ? v.negate() : v;
    }

    private static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private Source source(SheetRow row, LocalDate date) {
        if (source != null) {
            return source;
        }
        String publisher = tidied(row, SOURCE, "who published the row's fact", Texts::line);
        String url = columns[SOURCE_URL] == null ? null : Texts.id(row.text(SOURCE_URL));
        if (publisher == null || date == null) {
            return null;
        }
        try {
            Source s = Source.of(publisher, sourceKind, date);
            return url == null ? s : s.withUrl(url);
        } catch (IllegalArgumentException e) {
            row.problem(url == null ? SOURCE : SOURCE_URL, url == null ? publisher : url,
                    "is not a valid source: " + e.getMessage());
            return null;
        }
    }

    private Pledge pledge(String id, List<Line> lines, List<RowProblem> problems) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(l -> l.event.date()));
        Line first = sorted.get(0);
        List<PledgeEvent> history = new ArrayList<>();
        for (Line l : sorted) {
            if (l != first && !agrees(first, l, problems)) {
                continue;
            }
            history.add(l.event);
        }
        try {
            Pledge.Builder b = Pledge.builder().id(id).donor(first.donor).recipient(recipient)
                    .category(first.category).instrument(first.instrument).history(history)
                    .description(Optional.ofNullable(first.description));
            if (first.inKind != null) {
                b.inKind(InKind.of(first.inKind.strip()));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            for (Line l : sorted) {
                problems.add(RowProblem.of(l.row, columns[ID] == null ? "" : columns[ID], id,
                        "could not become a pledge, so its rows were left out: " + e.getMessage()));
            }
            return null;
        }
    }

    private boolean agrees(Line first, Line l, List<RowProblem> problems) {
        String what = null;
        String value = null;
        if (!first.donor.equals(l.donor)) {
            what = columns[DONOR];
            value = l.donor.name();
        } else if (first.category != l.category) {
            what = columns[CATEGORY] == null ? "" : columns[CATEGORY];
            value = l.category.label();
        } else if (first.instrument != l.instrument) {
            what = columns[INSTRUMENT] == null ? "" : columns[INSTRUMENT];
            value = l.instrument.label();
        } else if (!Objects.equals(first.inKind, l.inKind)) {
            what = columns[IN_KIND];
            value = String.valueOf(l.inKind);
        }
        if (what == null) {
            return true;
        }
        problems.add(RowProblem.of(l.row, what, value, "differs from row " + first.row + " of pledge " + first.id
                + "; rows of one pledge must agree on donor, category, instrument and goods, so this row was "
                + "left out"));
        return false;
    }

    /** A value map keyed by trimmed lower-case text, that remembers the keys as the caller wrote them. */
    private static final class Mapped<E> extends HashMap<String, E> {
        private static final long serialVersionUID = 1L;
        final List<String> originals = new ArrayList<>();
    }

    private static <E> Map<String, E> mapped(Map<String, E> values, String what) {
        Objects.requireNonNull(values, what + " value map is required, was null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(what + " value map must map at least one value, was empty");
        }
        Mapped<E> m = new Mapped<>();
        new java.util.TreeMap<>(values).forEach((k, v) -> {
            Objects.requireNonNull(k, what + " value map has a null key");
            Objects.requireNonNull(v, () -> what + " value map maps \"" + k + "\" to null");
            if (m.put(key(k), v) != null) {
                throw new IllegalArgumentException(what + " value map has \"" + k + "\" twice (ignoring case)");
            }
            m.originals.add(k);
        });
        return m;
    }

    @Override
    public String toString() {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            if (columns[i] != null) {
                named.add(ROLES[i] + "=\"" + columns[i] + "\"");
            }
        }
        return "ColumnMap[" + String.join(", ", named) + "]";
    }

    /** Builds a {@link ColumnMap}; obtain one from {@link ColumnMap#builder()}. Not thread-safe. */
    public static final class Builder {
        private final String[] columns = new String[SLOTS];
        private DonorKind donorKind = DonorKind.GOVERNMENT;
        private BigDecimal unit = BigDecimal.ONE;
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
