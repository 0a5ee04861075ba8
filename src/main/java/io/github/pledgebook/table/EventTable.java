package io.github.pledgebook.table;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Figure;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Source;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;
import org.threeten.extra.LocalDateRange;

/**
 * pledgebook's own table: a whole {@link PledgeBook} as one CSV table, one row per pledge event, that reads back
 * into an equal book.
 * <p>
 * A {@code record} column says what each row holds: {@code event} (one per pledge event, with every field of its
 * pledge repeated, so a spreadsheet filter on {@code record = event} shows the whole history), {@code party} (each
 * donor, recipient, channel and signatory once, with kind, country and parent), {@code sector} (sectors that are not
 * the built-in constants), {@code conference} with its {@code figure}s, {@code memorandum} and {@code milestone}.
 * The columns and their meaning per record are listed in {@link #COLUMNS} and in {@code docs/tables.md}.
 * <pre>{@code
 * StringBuilder csv = new StringBuilder();
 * EventTable.write(book, csv);                     // RFC 4180, CRLF line ends
 * TableReading back = EventTable.read(csv);
 * back.completeBook().equals(book);                // true
 * }</pre>
 * <b>Exact.</b> Amounts are written in plain decimal form, every digit kept, no exponent and no grouping
 * ({@code 15800000000} for JPY 15,800,000,000, {@code 0.10} for USD 0.10); dates are ISO ({@code 2024-02-19}).
 * <b>Guarded.</b> A text cell a spreadsheet would run as a formula gets a leading {@code '} (see
 * {@link TableFormat#CSV}); the reader takes it off. <b>Lists</b> (aliases, parties, sectors) are one cell with items
 * separated by {@code ;}, a backslash escaping {@code ;} and itself inside an item.
 * <p>
 * Reading checks everything: a row it cannot read, a pledge field that differs between the rows of one pledge, a
 * name that differs from the party's row, an id that refers to nothing, each becomes a {@link RowProblem}, and what
 * it concerns is left out of the book, never guessed. This class is stateless and thread-safe.
 */
public final class EventTable {

    static final int RECORD = 0;
    static final int ID = 1;
    static final int STAGE = 2;
    static final int DATE = 3;
    static final int AMOUNT = 4;
    static final int CURRENCY = 5;
    static final int KNOWN_ON = 6;
    static final int EXPECTED_DATE = 7;
    static final int MEMORANDUM_ID = 8;
    static final int NOTE = 9;
    static final int DONOR_ID = 10;
    static final int DONOR_NAME = 11;
    static final int DONOR_KIND = 12;
    static final int DONOR_COUNTRY = 13;
    static final int DONOR_PARENT = 14;
    static final int RECIPIENT_ID = 15;
    static final int RECIPIENT_NAME = 16;
    static final int CHANNEL_ID = 17;
    static final int CHANNEL_NAME = 18;
    static final int CATEGORY = 19;
    static final int INSTRUMENT = 20;
    static final int SECTORS = 21;
    static final int DESCRIPTION = 22;
    static final int CONFERENCE_ID = 23;
    static final int COVERAGE_FROM = 24;
    static final int COVERAGE_TO = 25;
    static final int IN_KIND = 26;
    static final int IN_KIND_QUANTITY = 27;
    static final int IN_KIND_UNIT = 28;
    static final int REGRANTS = 29;
    static final int SOURCE_PUBLISHER = 30;
    static final int SOURCE_KIND = 31;
    static final int SOURCE_DATE = 32;
    static final int SOURCE_URL = 33;
    static final int SOURCE_NOTE = 34;
    static final int NAME = 35;
    static final int KIND = 36;
    static final int COUNTRY = 37;
    static final int PARENT = 38;
    static final int DAC_CODE = 39;
    static final int CITY = 40;
    static final int ALIASES = 41;
    static final int LAST_DAY = 42;
    static final int PARTIES = 43;
    static final int PLEDGE_ID = 44;
    static final int PRECISION = 45;
    static final int COUNT = 46;
    static final int ADDS_TO_STAGE = 47;
    static final int RATE_DATE = 48;

    /**
     * The columns of the table, in the order they are written. Readers accept them in any order and treat a
     * missing column as empty; {@code record} and {@code id} are required.
     */
    public static final List<String> COLUMNS = List.of("record", "id", "stage", "date", "amount", "currency",
            "known_on", "expected_date", "memorandum_id", "note", "donor_id", "donor_name", "donor_kind",
            "donor_country", "donor_parent", "recipient_id", "recipient_name", "channel_id", "channel_name",
            "category", "instrument", "sectors", "description", "conference_id", "coverage_from", "coverage_to",
            "in_kind", "in_kind_quantity", "in_kind_unit", "regrants_pooled_funds", "source_publisher", "source_kind",
            "source_date", "source_url", "source_note", "name", "kind", "country", "parent", "dac_code", "city",
            "aliases", "last_day", "parties", "pledge_id", "precision", "count", "adds_to_stage", "rate_date");

    /** The record kinds, as written in the {@code record} column. */
    static final String EVENT = "event";
    static final String PARTY = "party";
    static final String SECTOR = "sector";
    static final String CONFERENCE = "conference";
    static final String FIGURE = "figure";
    static final String MEMORANDUM = "memorandum";
    static final String MILESTONE = "milestone";
    /** The kind of a party that is not a donor. */
    static final String ORGANIZATION = "organization";
    static final String PARTICIPATION = "participation";
    static final String REPORTED_COUNT = "reported count";

    /** The sectors pledgebook defines, which need no sector row when written unchanged. */
    static final Map<String, Sector> BUILT_IN_SECTORS = builtIn(Sector.MINE_ACTION, Sector.ENERGY, Sector.TRANSPORT,
            Sector.AGRICULTURE, Sector.WATER, Sector.HEALTH, Sector.EDUCATION, Sector.BUDGET_SUPPORT,
            Sector.RECONSTRUCTION, Sector.HUMANITARIAN_RELIEF, Sector.INFRASTRUCTURE, Sector.DEFENCE);

    private EventTable() {
    }

    private static Map<String, Sector> builtIn(Sector... sectors) {
        Map<String, Sector> m = new LinkedHashMap<>();
        for (Sector s : sectors) {
            m.put(s.code(), s);
        }
        return Map.copyOf(m);
    }

    /**
     * Writes a book as CSV (RFC 4180, CRLF line ends, a header row first) to a caller's output, which is flushed
     * if it is a {@link Writer} and never closed.
     *
     * @param book the book
     * @param out where the text goes: a {@code StringBuilder}, a {@code Writer}, ...
     * @throws UncheckedIOException if the output fails
     */
    public static void write(PledgeBook book, Appendable out) {
        Objects.requireNonNull(book, "book is required, was null");
        Writer w = Cells.writer(out);
        CsvWriter csv = CsvWriter.builder().build(w);
        try {
            new Rows(csv).book(book);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the event table failed", e);
        }
    }

    /**
     * Returns a book as CSV text; see {@link #write(PledgeBook, Appendable)}.
     *
     * @param book the book
     * @return the CSV text
     */
    public static String toCsv(PledgeBook book) {
        StringBuilder sb = new StringBuilder();
        write(book, sb);
        return sb.toString();
    }

    /**
     * Reads a table written by {@link #write(PledgeBook, Appendable)}, or made by hand in its shape, from a caller's
     * reader, which is read to its end and not closed.
     *
     * @param reader the CSV text
     * @return the book and the problems of every row that could not be read
     * @throws UncheckedIOException if the reader fails
     */
    public static TableReading read(Reader reader) {
        return new EventTableReader(0).read(RecordCells.reader(reader));
    }

    /**
     * Reads a table from text in memory; see {@link #read(Reader)}.
     *
     * @param csv the CSV text
     * @return the book and the problems of every row that could not be read
     */
    public static TableReading read(CharSequence csv) {
        return new EventTableReader(csv.length()).read(RecordCells.reader(csv));
    }

    /** Writes the rows of one book. */
    private static final class Rows {
        private final CsvWriter csv;
        private final String[] cells = new String[COLUMNS.size()];

        Rows(CsvWriter csv) {
            this.csv = csv;
        }

        void book(PledgeBook book) {
            csv.writeRecord(COLUMNS);
            Map<String, Party> parties = new LinkedHashMap<>();
            Map<String, Sector> sectors = new LinkedHashMap<>();
            for (Pledge p : book.pledges()) {
                party(parties, p.donor());
                party(parties, p.recipient());
                p.channel().ifPresent(c -> party(parties, c));
                p.sectors().forEach(s -> sectors.putIfAbsent(s.code(), s));
            }
            for (Conference c : book.conferences()) {
                c.hosts().forEach(h -> party(parties, h));
                c.themes().forEach(s -> sectors.putIfAbsent(s.code(), s));
            }
            for (Memorandum m : book.memoranda()) {
                m.parties().forEach(h -> party(parties, h));
                m.subjects().forEach(s -> sectors.putIfAbsent(s.code(), s));
            }
            for (Milestone m : book.milestones()) {
                m.parties().forEach(h -> party(parties, h));
            }
            parties.values().forEach(this::partyRow);
            for (Sector s : sectors.values()) {
                Sector known = BUILT_IN_SECTORS.get(s.code());
                if (known == null || !known.name().equals(s.name())
                        || !known.dacPurposeCode().equals(s.dacPurposeCode())) {
                    sectorRow(s);
                }
            }
            book.conferences().forEach(this::conferenceRows);
            for (Pledge p : book.pledges()) {
                for (PledgeEvent e : p.history()) {
                    eventRow(p, e);
                }
            }
            book.memoranda().forEach(this::memorandumRow);
            book.milestones().forEach(this::milestoneRow);
        }

        private static void party(Map<String, Party> parties, Party p) {
            if (parties.containsKey(p.id())) {
                return;
            }
            if (p instanceof Donor) {
                ((Donor) p).parent().ifPresent(parent -> party(parties, parent));
            }
            parties.put(p.id(), p);
        }

        private void start(String record, String id) {
            Arrays.fill(cells, "");
            cells[RECORD] = record;
            cells[ID] = id;
        }

        private void emit() {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = Cells.guard(cells[i]);
            }
            csv.writeRecord(cells);
        }

        private void partyRow(Party p) {
            start(PARTY, p.id());
            cells[NAME] = p.name();
            cells[COUNTRY] = p.country().orElse("");
            if (p instanceof Donor) {
                Donor d = (Donor) p;
                cells[KIND] = d.kind().label();
                cells[PARENT] = d.parent().map(Donor::id).orElse("");
            } else {
                cells[KIND] = ORGANIZATION;
            }
            emit();
        }

        private void sectorRow(Sector s) {
            start(SECTOR, s.code());
            cells[NAME] = s.name();
            OptionalInt dac = s.dacPurposeCode();
            cells[DAC_CODE] = dac.isPresent() ? Integer.toString(dac.getAsInt()) : "";
            emit();
        }

        private void conferenceRows(Conference c) {
            start(CONFERENCE, c.id());
            cells[NAME] = c.name();
            cells[ALIASES] = Cells.list(c.aliases());
            cells[CITY] = c.city();
            cells[COUNTRY] = c.country();
            cells[DATE] = c.startDate().toString();
            cells[LAST_DAY] = c.lastDay().toString();
            cells[PARTIES] = ids(c.hosts());
            cells[SECTORS] = codes(c.themes());
            emit();
            for (Figure f : c.participation()) {
                figureRow(c, PARTICIPATION, f);
            }
            for (Figure f : c.reportedCounts()) {
                figureRow(c, REPORTED_COUNT, f);
            }
        }

        private void figureRow(Conference c, String kind, Figure f) {
            start(FIGURE, c.id());
            cells[KIND] = kind;
            cells[PRECISION] = Cells.label(f.precision());
            cells[COUNT] = Long.toString(f.count());
            cells[NAME] = f.what();
            f.source().ifPresent(this::source);
            emit();
        }

        private void eventRow(Pledge p, PledgeEvent e) {
            start(EVENT, p.id());
            cells[STAGE] = e.stage().label();
            cells[DATE] = e.date().toString();
            e.amount().ifPresent(this::amount);
            if (!e.knownOn().equals(e.date())) {
                cells[KNOWN_ON] = e.knownOn().toString();
            }
            cells[EXPECTED_DATE] = e.expectedDate().map(Object::toString).orElse("");
            cells[MEMORANDUM_ID] = e.memorandumId().orElse("");
            cells[NOTE] = e.note().orElse("");
            cells[ADDS_TO_STAGE] = e.addsToStage() ? "true" : "";
            cells[RATE_DATE] = e.rateDate().map(Object::toString).orElse("");
            Donor d = p.donor();
            cells[DONOR_ID] = d.id();
            cells[DONOR_NAME] = d.name();
            cells[DONOR_KIND] = d.kind().label();
            cells[DONOR_COUNTRY] = d.country().orElse("");
            cells[DONOR_PARENT] = d.parent().map(Donor::id).orElse("");
            cells[RECIPIENT_ID] = p.recipient().id();
            cells[RECIPIENT_NAME] = p.recipient().name();
            p.channel().ifPresent(c -> {
                cells[CHANNEL_ID] = c.id();
                cells[CHANNEL_NAME] = c.name();
            });
            cells[CATEGORY] = p.category().label();
            cells[INSTRUMENT] = p.instrument().label();
            cells[SECTORS] = codes(p.sectors());
            cells[DESCRIPTION] = p.description().orElse("");
            cells[CONFERENCE_ID] = p.conferenceId().orElse("");
            p.coverage().ifPresent(c -> {
                cells[COVERAGE_FROM] = c.getStart().toString();
                cells[COVERAGE_TO] = c.getEndInclusive().toString();
            });
            p.inKind().ifPresent(k -> {
                cells[IN_KIND] = k.description();
                cells[IN_KIND_QUANTITY] = k.quantity().map(BigDecimal::toPlainString).orElse("");
                cells[IN_KIND_UNIT] = k.unit().orElse("");
            });
            cells[REGRANTS] = p.regrantsPooledFunds() ? "true" : "";
            source(e.source());
            emit();
        }

        private void memorandumRow(Memorandum m) {
            start(MEMORANDUM, m.id());
            cells[NAME] = m.title();
            cells[PARTIES] = ids(m.parties());
            cells[DATE] = m.signedOn().toString();
            cells[CONFERENCE_ID] = m.conferenceId().orElse("");
            cells[SECTORS] = codes(m.subjects());
            m.value().ifPresent(this::amount);
            cells[PLEDGE_ID] = m.pledgeId().orElse("");
            m.source().ifPresent(this::source);
            emit();
        }

        private void milestoneRow(Milestone m) {
            start(MILESTONE, m.id());
            cells[DATE] = m.date().toString();
            cells[NAME] = m.title();
            cells[PARTIES] = ids(m.parties());
            cells[DESCRIPTION] = m.description().orElse("");
            source(m.source());
            emit();
        }

        private void amount(MonetaryAmount a) {
            cells[AMOUNT] = Cells.plain(Amounts.decimal(a), a.getCurrency().getDefaultFractionDigits());
            cells[CURRENCY] = a.getCurrency().getCurrencyCode();
        }

        private void source(Source s) {
            cells[SOURCE_PUBLISHER] = s.publisher();
            cells[SOURCE_KIND] = s.kind().label();
            cells[SOURCE_DATE] = s.date().toString();
            cells[SOURCE_URL] = s.url().orElse("");
            cells[SOURCE_NOTE] = s.note().orElse("");
        }

        private static String ids(List<? extends Party> parties) {
            List<String> ids = new ArrayList<>(parties.size());
            parties.forEach(p -> ids.add(p.id()));
            return Cells.list(ids);
        }

        private static String codes(List<Sector> sectors) {
            List<String> codes = new ArrayList<>(sectors.size());
            sectors.forEach(s -> codes.add(s.code()));
            return Cells.list(codes);
        }
    }

    /** The coverage of a pledge from its first and last day. */
    static LocalDateRange coverage(java.time.LocalDate from, java.time.LocalDate to) {
        return LocalDateRange.ofClosed(from, to);
    }

    /** An in-kind description as the public factories can make it, or null if they cannot. */
    static InKind inKind(String description, BigDecimal quantity, String unit) {
        if (quantity == null) {
            return unit == null ? InKind.of(description) : null;
        }
        if (unit != null) {
            return InKind.of(description, quantity, unit);
        }
        BigDecimal q = quantity.stripTrailingZeros();
        if (q.scale() > 0 || q.precision() - q.scale() > 18) {
            return null;
        }
        return InKind.of(description, q.longValueExact());
    }
}
