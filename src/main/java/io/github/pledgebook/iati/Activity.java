package io.github.pledgebook.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;

/** One {@code iati-activity} as read: only what the mapping uses, transactions already checked. Mutable; internal. */
final class Activity {

    /** An organisation as written: ref, name (narrative), type code and role code; any may be null. */
    static final class Org {
        String ref;
        String name;
        String type;
        String role;
        String activityId;
    }

    /** A recipient country or region with its percentage text. */
    static final class Place {
        String code;
        String name;
        String percentage;
        boolean region;
    }

    /** A sector element: code, vocabulary, percentage and narrative as written. */
    static final class SectorRow {
        String code;
        String vocabulary;
        String percentage;
        String name;
        int line;
        int column;
    }

    /** A transaction that passed the checks: a flow, a date, an exact value and a currency. */
    static final class Tx {
        int position;
        String ref;
        int line;
        int column;
        Flow flow;
        LocalDate date;
        BigDecimal value;
        CurrencyUnit currency;
        LocalDate valueDate;
        Org provider;
        String providerActivity;
        String receiverActivity;
        /** While its activity's incoming side is decided: what taking it back for a link needs; else null. */
        BookAssembly.Incoming undo;
    }

    String id;
    int line;
    int column;
    String defaultCurrency;
    String lang;
    boolean humanitarian;
    LocalDate lastUpdated;
    String title;
    String financeType;
    Org reporting;
    final ArrayList<Org> participating = new ArrayList<>(4);
    final ArrayList<Place> places = new ArrayList<>(2);
    final ArrayList<SectorRow> sectors = new ArrayList<>(4);
    final ArrayList<Tx> transactions = new ArrayList<>();
    /** Transactions read, counted or not. */
    int transactionCount;
    /** The caller's name of its file and the file's place from 0, when several files are read into one book. */
    String file;
    int fileIndex;

    /**
     * Drops what only the activity's facts (organisations, recipient, sectors, source, instrument, main currency) were
     * made from, for an activity kept until the end of the input: the id, position, title, flags and transactions stay.
     */
    void forgetParsedDetails() {
        reporting = null;
        defaultCurrency = null;
        lang = null;
        lastUpdated = null;
        financeType = null;
        participating.clear();
        participating.trimToSize();
        places.clear();
        places.trimToSize();
        sectors.clear();
        sectors.trimToSize();
        transactions.trimToSize();
    }

    String label() {
        return id != null ? id : "(activity at line " + line + ")";
    }
}
