package io.github.pledgebook.table;

import static io.github.pledgebook.table.SheetFormats.key;
import static io.github.pledgebook.table.SheetFormats.originalKeys;
import static io.github.pledgebook.table.SheetFormats.parseAmount;
import static io.github.pledgebook.table.SheetFormats.parseDate;
import static io.github.pledgebook.table.SheetFormats.slug;

import de.siegmar.fastcsv.reader.CsvReader;
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
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * The reading engine of a {@link ColumnMap}: its settings (which column holds what, the fixed values and the value
 * maps) and how a sheet's rows become pledge events and pledges (dates and amounts in the forms
 * {@link SheetFormats} reads), with a {@link RowProblem} for every row it leaves out. Immutable and thread-safe; each read keeps its state on the stack.
 */
final class SheetReading {

    static final int ID = 0;
    static final int DONOR = 1;
    static final int DONOR_ID = 2;
    static final int DATE = 3;
    static final int AMOUNT = 4;
    static final int CURRENCY = 5;
    static final int STAGE = 6;
    static final int CATEGORY = 7;
    static final int INSTRUMENT = 8;
    static final int SOURCE = 9;
    static final int SOURCE_URL = 10;
    static final int NOTE = 11;
    static final int IN_KIND = 12;
    static final int DESCRIPTION = 13;
    static final int SLOTS = 14;
    static final String[] ROLES = {"id", "donor", "donor id", "date", "amount", "currency", "stage",
        "category", "instrument", "source", "source URL", "note", "in-kind goods", "description"};

    private final String[] columns;
    private final DonorKind donorKind;
    private final BigDecimal unit;
    private final boolean decimalComma;
    /** The order of a slash date's day and month, or null: then only dates where it does not matter are read. */
    private final SheetFormats.DateOrder dateOrder;
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

    SheetReading(String[] columns, DonorKind donorKind, BigDecimal unit, boolean decimalComma,
            SheetFormats.DateOrder dateOrder, CurrencyUnit currency,
            Map<String, Stage> stages, Stage stage, Map<String, AidCategory> categories, AidCategory category,
            Map<String, Instrument> instruments, Instrument instrument, Party recipient, SourceKind sourceKind,
            Source source) {
        this.columns = columns;
        this.donorKind = donorKind;
        this.unit = unit;
        this.decimalComma = decimalComma;
        this.dateOrder = dateOrder;
        this.currency = currency;
        this.stages = stages;
        this.stage = stage;
        this.categories = categories;
        this.category = category;
        this.instruments = instruments;
        this.instrument = instrument;
        this.recipient = recipient;
        this.sourceKind = sourceKind;
        this.source = source;
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

    /** Reads a sheet: its header row, then every row into an event, then the pledges and the book. */
    TableReading read(CsvReader<RecordCells> csv) {
        List<RowProblem> problems = new ArrayList<>();
        SheetRow row = null;
        List<String> headers = new ArrayList<>(Arrays.asList(columns));
        long number = 0;
        long dataRows = 0;
        Map<String, List<Line>> byId = new LinkedHashMap<>();
        Map<String, Donor> donors = new HashMap<>();
        Map<String, Long> donorRows = new HashMap<>();
        Map<String, Long> rowTexts = new HashMap<>(); // each row's cells, to find a row published twice
        StringBuilder joined = new StringBuilder();
        try {
            for (RecordCells r : Cells.records(csv)) {
                number++;
                if (number == 1) {
                    row = header(r, headers, problems);
                    if (row == null) {
                        return new TableReading(PledgeBook.empty(), problems, 0);
                    }
                    continue;
                }
                if (r.isEmptyLine()) {
                    continue;
                }
                dataRows++;
                row.next(r, number);
                Long earlier = rowTexts.putIfAbsent(r.joined(joined), number);
                if (earlier != null) {
                    row.rowProblem("repeats row " + earlier + " cell for cell, so it was left out: the same money is "
                            + "counted once; if these are two payments, a cell must tell them apart (a date, a note)");
                    continue;
                }
                Line line = line(row, donors, donorRows);
                if (line != null) {
                    byId.computeIfAbsent(line.id, k -> new ArrayList<>()).add(line);
                } else if (!row.isBad()) {
                    row.rowProblem("was left out");
                }
            }
        } catch (Cells.BrokenCsv e) {
            problems.add(RowProblem.of(e.row, "", "", e.reason));
            if (number == 0) {
                return new TableReading(PledgeBook.empty(), problems, 0);
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

    private SheetRow header(RecordCells r, List<String> headers, List<RowProblem> problems) {
        List<String> names = Cells.header(r.raw());
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
        return ok ? new SheetRow(position, names.size(), headers, problems) : null;
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

    private LocalDate date(SheetRow row) {
        String text = row.required(DATE, "a date such as 2024-02-19, 19/02/2024 or 2024-02-19 00:00:00");
        if (text == null) {
            return null;
        }
        LocalDate d = parseDate(text.strip(), dateOrder);
        if (d == null) {
            LocalDate[] readings = dateOrder == null ? SheetFormats.readings(text.strip()) : null;
            if (readings != null) {
                row.problem(DATE, text, "could be " + readings[0] + " (day first) or " + readings[1]
                        + " (month first); say which with dayFirstDates() or monthFirstDates() in the column map");
            } else {
                String slashes = dateOrder == SheetFormats.DateOrder.MONTH_FIRST ? "02/19/2024"
                        : "19/02/2024, 19.02.2024";
                String hint = dateOrder == null ? " (month first only with monthFirstDates())" : "";
                row.problem(DATE, text, "is not a date; expected 2024-02-19, " + slashes + " or 2024-02-19 00:00:00"
                        + hint);
            }
        }
        return d;
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
        BigDecimal value = parseAmount(text, decimalComma);
        if (value == null) {
            row.problem(AMOUNT, text, decimalComma
                    ? "is not an amount; expected a number with a decimal comma such as 1234567,50, 1.234.567,50 or "
                            + "1 234 567"
                    : "is not an amount; expected a decimal number such as 1234567.50, 1,234,567.50 or 1 234 567");
            return null;
        }
        value = value.multiply(unit);
        if (!Check.isDigits(value)) {
            row.problem(AMOUNT, text, "is out of bounds: " + Check.digitsProblem(value, "an amount"));
            return null;
        }
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

    /** The map's named columns, by role; for {@link ColumnMap#toString()}. */
    String describe() {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            if (columns[i] != null) {
                named.add(ROLES[i] + "=\"" + columns[i] + "\"");
            }
        }
        return "ColumnMap[" + String.join(", ", named) + "]";
    }
}
