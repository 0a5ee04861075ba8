package io.github.pledgebook.table;

import static io.github.pledgebook.table.EventTable.*;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Source;
import io.github.pledgebook.SourceKind;
import io.github.pledgebook.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Reads and checks the cells of the row being read that make a value of their own: a pledge event (stage, dates,
 * amount) and a source. Sources repeat from row to row, so each distinct one is made once and shared.
 */
final class EventCells {

    private record SourceKey(String publisher, String kind, String date, String url, String note) {
    }

    private final SheetRow row;
    private final Map<SourceKey, Source> sources = new HashMap<>();
    private final String[] lastSourceCells = new String[5];
    private static final int[] AMOUNT_COLUMNS = {AMOUNT, CURRENCY};
    /** The amount of a row before (number and currency), and the last row (as {@link SheetRow#record}) that had it. */
    private BigDecimal lastValue;
    private CurrencyUnit lastCurrency;
    private long lastAmountRecord = -1;
    private Source lastSource;

    EventCells(SheetRow row) {
        this.row = row;
    }

    /** The event of an event row, or null (with the row's problems noted) if it cannot be made. */
    PledgeEvent pledgeEvent() {
        Stage stage = row.constant(STAGE, Stage.class);
        if (stage == null && row.cell(STAGE).isEmpty()) {
            row.problem(STAGE, "", "is empty; expected one of " + Cells.labels(Stage.class));
        }
        LocalDate date = row.requiredDate(DATE);
        LocalDate knownOn = row.date(KNOWN_ON);
        LocalDate expected = row.date(EXPECTED_DATE);
        LocalDate rateDate = row.date(RATE_DATE);
        Boolean adds = addsToStage();
        boolean amount = amount();
        Source source = source(true);
        if (row.isBad() || adds == null) {
            return null;
        }
        try {
            PledgeEvent.Builder b = PledgeEvent.builder().date(date).stage(stage).source(source)
                    .addsToStage(adds).rateDate(Optional.ofNullable(rateDate))
                    .expectedDate(Optional.ofNullable(expected))
                    .memorandumId(Optional.ofNullable(row.text(MEMORANDUM_ID)))
                    .note(Optional.ofNullable(row.text(NOTE)));
            if (amount) {
                b.amount(lastValue, lastCurrency);
            }
            if (knownOn != null) {
                b.knownOn(knownOn);
            }
            return b.build();
        } catch (IllegalArgumentException | NullPointerException ex) {
            row.rowProblem("is not a valid pledge event: " + ex.getMessage());
            return null;
        }
    }

    /** The adds_to_stage column: empty or false for an event that revises its stage, true for one that adds to it. */
    private Boolean addsToStage() {
        String cell = row.cell(ADDS_TO_STAGE);
        if (cell.isEmpty()) {
            return Boolean.FALSE;
        }
        switch (cell.toLowerCase(java.util.Locale.ROOT)) {
            case "":
            case "false":
                return Boolean.FALSE;
            case "true":
                return Boolean.TRUE;
            default:
                row.problem(ADDS_TO_STAGE, cell, "is not true or false");
                return null;
        }
    }

    /**
     * The amount and currency columns: both or neither. True if the row has an amount, which is then in
     * {@link #lastValue} and {@link #lastCurrency}; false if it has none or a problem (noted).
     */
    private boolean amount() {
        boolean noNumber = row.isEmpty(AMOUNT);
        boolean noCode = row.isEmpty(CURRENCY);
        if (noNumber && noCode) {
            return false;
        }
        if (noCode) {
            row.problem(CURRENCY, "", "is empty but the amount is " + row.cell(AMOUNT) + "; expected the ISO 4217 "
                    + "code of the amount's currency, such as JPY");
            return false;
        }
        if (noNumber) {
            row.problem(AMOUNT, "", "is empty but the currency is " + row.cell(CURRENCY) + "; expected an amount or "
                    + "no currency");
            return false;
        }
        if (lastValue != null && row.sameSince(AMOUNT_COLUMNS, lastAmountRecord)) {
            // the same amount as a row before (a pledge's stages often repeat it)
            lastAmountRecord = row.record();
            return true;
        }
        CurrencyUnit currency = row.known(CURRENCY, CurrencyUnit.class);
        if (currency == null) {
            String code = row.cell(CURRENCY);
            try {
                currency = Amounts.currency(code);
            } catch (IllegalArgumentException e) {
                row.problem(CURRENCY, code, "is not a known ISO 4217 currency code such as JPY");
                return false;
            }
            row.remember(CURRENCY, currency);
        }
        BigDecimal value = row.decimal(AMOUNT);
        if (value == null) {
            return false;
        }
        lastValue = value;
        lastCurrency = currency;
        lastAmountRecord = row.record();
        return true;
    }

    /** The source columns: publisher, kind and date, or (if not required) all empty. */
    Source source(boolean required) {
        String publisher = row.cell(SOURCE_PUBLISHER);
        String kind = row.cell(SOURCE_KIND);
        String date = row.cell(SOURCE_DATE);
        String url = row.cell(SOURCE_URL);
        String note = row.cell(SOURCE_NOTE);
        if (!required && publisher.isEmpty() && kind.isEmpty() && date.isEmpty() && url.isEmpty()
                && note.isEmpty()) {
            return null;
        }
        String[] last = lastSourceCells;
        if (lastSource != null && publisher.equals(last[0]) && kind.equals(last[1]) && date.equals(last[2])
                && url.equals(last[3]) && note.equals(last[4])) {
            return lastSource;
        }
        SourceKey key = new SourceKey(publisher, kind, date, url, note);
        Source s = sources.get(key);
        if (s != null) {
            remember(key, s);
            return s;
        }
        String p = row.required(SOURCE_PUBLISHER, "who published the fact");
        SourceKind k = kind.isEmpty() ? null : row.constant(SOURCE_KIND, SourceKind.class);
        if (kind.isEmpty()) {
            row.problem(SOURCE_KIND, "", "is empty; expected one of " + Cells.labels(SourceKind.class));
        }
        LocalDate d = row.requiredDate(SOURCE_DATE);
        if (p == null || k == null || d == null) {
            return null;
        }
        try {
            s = Source.builder().publisher(p).kind(k).date(d).url(Optional.ofNullable(url.isEmpty() ? null : url))
                    .note(Optional.ofNullable(note.isEmpty() ? null : note)).build();
        } catch (IllegalArgumentException e) {
            row.problem(SOURCE_PUBLISHER, p, "is not a valid source: " + e.getMessage());
            return null;
        }
        sources.put(key, s);
        remember(key, s);
        return s;
    }

    private void remember(SourceKey key, Source s) {
        lastSourceCells[0] = key.publisher();
        lastSourceCells[1] = key.kind();
        lastSourceCells[2] = key.date();
        lastSourceCells[3] = key.url();
        lastSourceCells[4] = key.note();
        lastSource = s;
    }
}
