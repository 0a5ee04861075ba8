package io.github.pledgebook.iati;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Source;
import io.github.pledgebook.SourceKind;
import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.PledgeBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * Turns the activities read into pledges and a book, following the mapping in {@code docs/iati.md}: who is donor,
 * channel and recipient; which transactions are counted, linked to the provider's activity, or reported. Every
 * transaction ends in exactly one of the three. An activity's outgoing money becomes pledges when the activity ends;
 * its incoming transactions wait for the end of the input, where links to providers' activities are resolved.
 * Internal; one per read, or one for several files read into one book ({@link IatiFiles}), where a file that cannot
 * be read to its end is taken back whole ({@link #startFile}, {@link #undoFile}).
 */
final class BookAssembly implements ActivityParser.Problems {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String UNSPECIFIED = "iati:unspecified-recipient";

    /** An organisation as pledgebook will know it: id, name, kind. */
    private static final class OrgInfo {
        final String id;
        final String name;
        final String type;

        OrgInfo(String id, String name, String type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }
    }

    /** One pledge to be: an activity's outgoing or incoming side, for one donor and one currency. */
    private static final class Spec {
        /** Whether the activity's incoming side (one spec per provider), and the currency code. */
        final boolean incoming;
        final String currency;
        String id;
        OrgInfo donor;
        OrgInfo channel;
        boolean regrant;
        final List<Activity.Tx> txs = new ArrayList<>();

        Spec(boolean incoming, String currency) {
            this.incoming = incoming;
            this.currency = currency;
        }
    }

    /** Transactions in date order; the sort is stable, so one day's keep their order in the file. */
    private static final Comparator<Activity.Tx> BY_DATE = Comparator.comparing(t -> t.date);

    /** What an activity's pledges share: made once when the activity ends. */
    private static final class Facts {
        Activity activity;
        OrgInfo reporting;
        OrgInfo outgoingDonor;
        OrgInfo implementer;
        Party recipient;
        List<Sector> sectors;
        List<SectorShare> shares;
        Source source;
        boolean hasIncoming;
        String mainCurrency;
        Instrument instrument;
    }

    private final boolean strict;
    /** Whether each event notes its transaction's ref ({@link IatiReader#withTransactionNotes}). */
    private final boolean transactionNotes;
    private final DacSectors dac;
    /** The first line of each activity id read, to refuse repeats and to resolve links at the end. */
    private final Map<String, Integer> firstLine = new LinkedHashMap<>();
    /** Each activity's reporting-org ref, for links made by receiver-activity-id. */
    private final Map<String, String> reportingRefs = new HashMap<>();
    /** For each receiving activity id, the activities whose outgoing transactions name it in receiver-activity-id. */
    private final Map<String, List<String>> providersOf = new HashMap<>();
    /**
     * In strict mode, activities with incoming transactions, waiting for the end of the input: only then is it known
     * whether the provider's activity is in it, and a transaction it links is never a problem. Otherwise incoming
     * transactions are decided as soon as their activity ends ({@link #decideIncoming}).
     */
    private final List<Facts> waiting = new ArrayList<>();
    /**
     * The pledges of money received (incoming sides), made as soon as their activity ends and added to the book
     * after all others, as if made at the end.
     */
    private final List<IncomingPledge> incomingPledges = new ArrayList<>();
    /** The activities that made incoming pledges so far: the number of the next one. */
    private int incomingActivities;
    /** The incoming transactions that an activity of the input may turn out to provide, in reading order. */
    private final List<Incoming> maybeLinked = new ArrayList<>();
    private final Map<String, Party> parties = new LinkedHashMap<>();
    /** Each organisation id with each other name it was read with (id, newline, name), noted once. */
    private final Set<String> otherNames = new LinkedHashSet<>();
    private final List<Pledge> pledges = new ArrayList<>();
    /** Each pledge with sector shares and its shares, in the order made; IatiImport indexes them when asked. */
    private final List<String> shareIds = new ArrayList<>();
    private final List<List<SectorShare>> shareLists = new ArrayList<>();
    private final List<IatiProblem> problems = new ArrayList<>();
    private final List<IatiProblem> notes = new ArrayList<>();
    private final List<IatiLink> links = new ArrayList<>();
    private int activityCount;
    private long transactions;
    private long counted;
    /** The current activity's sectors and shares, made by {@link #sectors(Activity)}. */
    private List<Sector> sectorList = List.of();
    private List<SectorShare> shareList = List.of();
    /** Sectors made once per code and read: a million activities share a few hundred. */
    private final Map<Integer, Sector> dacSectors = new HashMap<>();
    private final Map<Integer, Sector> categories = new HashMap<>();

    /** The caller's name of the file being read, and its place from 0, when several are read; else null and 0. */
    private String file;
    private int fileIndex;
    /** For several files: the file in which each activity id was first read, for the message about repeats. */
    private final Map<String, String> firstFile = new HashMap<>();
    /** What the file being read added so far, so that {@link #undoFile()} can take it back. */
    private Mark mark;

    /** The sizes and counts before a file, and the links to providers it added to lists that were there before. */
    private static final class Mark {
        int pledges;
        int problems;
        int notes;
        int waiting;
        int incomingPledges;
        int incomingActivities;
        int maybeLinked;
        int shares;
        int ids;
        int parties;
        int otherNames;
        int activities;
        long transactions;
        long counted;
        final List<String[]> providerLinks = new ArrayList<>();
    }

    BookAssembly(boolean strict, DacSectors dac, boolean transactionNotes) {
        this.strict = strict;
        this.transactionNotes = transactionNotes;
        this.dac = dac;
    }

    /**
     * Starts the next of several files: problems and links name it, and what it adds can be taken back.
     *
     * @param name the caller's name of the file
     */
    void startFile(String name) {
        if (file != null) {
            fileIndex++;
        }
        file = name;
        Mark m = new Mark();
        m.pledges = pledges.size();
        m.problems = problems.size();
        m.notes = notes.size();
        m.waiting = waiting.size();
        m.incomingPledges = incomingPledges.size();
        m.incomingActivities = incomingActivities;
        m.maybeLinked = maybeLinked.size();
        m.shares = shareIds.size();
        m.ids = firstLine.size();
        m.parties = parties.size();
        m.otherNames = otherNames.size();
        m.activities = activityCount;
        m.transactions = transactions;
        m.counted = counted;
        mark = m;
    }

    /** Takes back everything the file being read added: it could not be read to its end, so none of it counts. */
    void undoFile() {
        Mark m = mark;
        truncate(pledges, m.pledges);
        truncate(problems, m.problems);
        truncate(notes, m.notes);
        truncate(waiting, m.waiting);
        truncate(incomingPledges, m.incomingPledges);
        incomingActivities = m.incomingActivities;
        truncate(maybeLinked, m.maybeLinked);
        truncate(shareIds, m.shares);
        truncate(shareLists, m.shares);
        otherNames.removeAll(tail(otherNames, m.otherNames));
        for (String id : tail(firstLine.keySet(), m.ids)) {
            firstLine.remove(id);
            firstFile.remove(id);
            reportingRefs.remove(id);
        }
        for (String id : tail(parties.keySet(), m.parties)) {
            parties.remove(id);
        }
        for (int i = m.providerLinks.size() - 1; i >= 0; i--) {
            String[] link = m.providerLinks.get(i);
            List<String> list = providersOf.get(link[0]);
            list.remove(link[1]);
            if (list.isEmpty()) {
                providersOf.remove(link[0]);
            }
        }
        activityCount = m.activities;
        transactions = m.transactions;
        counted = m.counted;
        m.providerLinks.clear();
    }

    private static void truncate(List<?> list, int size) {
        list.subList(size, list.size()).clear();
    }

    /** The elements added to an insertion-ordered set (or a map's keys) after its first {@code size}. */
    private static List<String> tail(Set<String> keys, int size) {
        List<String> all = new ArrayList<>(keys);
        return all.subList(size, all.size());
    }

    @Override
    public void transaction(Activity a, int position, String ref, int line, int column, String reason) {
        IatiProblem p = new IatiProblem(a.file != null ? a.file : file, a.file != null ? a.fileIndex : fileIndex,
                a.label(), ref, position, line, column, reason);
        if (strict) {
            throw new IatiFormatException("IATI transaction not counted (strict mode): " + p, line, column, null);
        }
        problems.add(p);
    }

    @Override
    public void note(Activity a, int line, int column, String reason) {
        notes.add(new IatiProblem(a.file != null ? a.file : file, a.file != null ? a.fileIndex : fileIndex,
                a.label(), null, 0, line, column, reason));
    }

    /** Takes one activity as it is read: its outgoing money becomes pledges at once. */
    void accept(Activity a) {
        a.file = file;
        a.fileIndex = fileIndex;
        transactions += a.transactionCount;
        if (a.id == null) {
            for (Activity.Tx t : a.transactions) {
                transaction(a, t.position, t.ref, t.line, t.column,
                        "activity has no iati-identifier, so its money cannot be told apart from others'");
            }
            return;
        }
        Integer first = firstLine.putIfAbsent(a.id, a.line);
        if (first != null) {
            String firstIn = file == null ? "" : "in file " + firstFile.get(a.id) + " ";
            for (Activity.Tx t : a.transactions) {
                transaction(a, t.position, t.ref, t.line, t.column, "activity " + a.id + " appears again (first "
                        + firstIn + "at line " + first + "); the repeated copy is not counted");
            }
            return;
        }
        if (file != null) {
            firstFile.put(a.id, file);
        }
        activityCount++;
        Facts f = facts(a);
        List<Activity.Tx> incoming = null;
        List<Spec> specs = new ArrayList<>(2);
        for (Activity.Tx t : a.transactions) {
            if (t.flow.incoming) {
                if (incoming == null) {
                    incoming = new ArrayList<>(a.transactions.size());
                }
                incoming.add(t);
                continue;
            }
            if (t.receiverActivity != null && !t.receiverActivity.equals(a.id)) {
                List<String> list = providersOf.get(t.receiverActivity);
                if (list == null) {
                    list = new ArrayList<>(1);
                    providersOf.put(t.receiverActivity, list);
                }
                if (!list.contains(a.id)) {
                    list.add(a.id);
                    if (mark != null) {
                        mark.providerLinks.add(new String[] {t.receiverActivity, a.id});
                    }
                }
                if (a.reporting != null && a.reporting.ref != null) {
                    reportingRefs.put(a.id, a.reporting.ref); // only links by receiver-activity-id look it up
                }
            }
            add(f, t, f.outgoingDonor, f.implementer, false, specs);
        }
        pledges(f, specs, false);
        if (incoming == null) {
            return;
        }
        if (!strict) {
            decideIncoming(f, incoming);
            return;
        }
        a.transactions.clear();
        a.transactions.addAll(incoming);
        a.forgetParsedDetails(); // the facts hold what the incoming side needs until the end of the input
        waiting.add(f);
    }

    /**
     * What taking an incoming transaction back needs, when an activity of the input turns out to provide it: kept
     * instead of the parsed transaction and its activity, which a million transactions would keep until the end.
     */
    static final class Incoming {
        final String file;
        final String activityId;
        final int position;
        final int line;
        final int column;
        final Stage stage;
        final BigDecimal value;
        final CurrencyUnit currency;
        final String providerActivity;
        final String providerRef;
        /** The note its provider-org gave (no ref), the problem it was reported as, or null. */
        IatiProblem note;
        IatiProblem problem;
        /** Its event and the index of its pledge in {@link #incomingPledges}, when that pledge was made. */
        PledgeEvent event;
        int pledge = -1;

        Incoming(Activity a, Activity.Tx t) {
            file = a.file;
            activityId = a.id;
            position = t.position;
            line = t.line;
            column = t.column;
            stage = t.flow.stage;
            value = t.value;
            currency = t.currency;
            providerActivity = t.providerActivity;
            providerRef = t.provider == null ? null : t.provider.ref;
        }
    }

    /**
     * Decides an activity's incoming transactions as soon as the activity ends, as if no activity of the input
     * provided them, which is so for nearly all of them; those that one turns out to provide (read before or after)
     * are taken back at the end ({@link #takeBackLinked}), with the same result as deciding them all at the end.
     */
    private void decideIncoming(Facts f, List<Activity.Tx> incoming) {
        Activity a = f.activity;
        List<Spec> specs = new ArrayList<>(2);
        for (Activity.Tx t : incoming) {
            int notesBefore = notes.size();
            int problemsBefore = problems.size();
            OrgInfo from = org(a, t.provider, "provider-org of transaction " + t.position);
            OrgInfo donor = from != null ? from : f.outgoingDonor;
            add(f, t, donor, f.reporting, true, specs);
            if (t.providerActivity != null ? !t.providerActivity.equals(a.id)
                    : t.provider != null && t.provider.ref != null) {
                Incoming r = new Incoming(a, t);
                r.note = notes.size() > notesBefore ? notes.get(notesBefore) : null;
                r.problem = problems.size() > problemsBefore ? problems.get(problemsBefore) : null;
                t.undo = r;
                maybeLinked.add(r);
            }
        }
        pledges(f, specs, true);
        incomingActivities++;
    }

    /** A pledge of money received, with what taking transactions out of it needs. */
    private static final class IncomingPledge {
        /** The pledge; null once every transaction of it turned out to be a link. */
        Pledge pledge;
        /** The number of its activity among those with incoming pledges. */
        final int activity;
        /** Its transactions' positions in the activity, in the order of its events. */
        final int[] positions;
        /** The position of its first transaction that counts: its activity's pledges come in this order. */
        int first;

        IncomingPledge(Pledge pledge, int activity, int[] positions) {
            this.pledge = pledge;
            this.activity = activity;
            this.positions = positions;
            this.first = Arrays.stream(positions).min().orElseThrow();
        }
    }

    /**
     * Turns the incoming transactions that an activity of the input provides into links: out of their pledges (a
     * pledge left without any is dropped) and without the note or problem they gave, as if decided at the end.
     */
    private void takeBackLinked() {
        Set<Object> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean[] touched = new boolean[incomingPledges.size()];
        for (Incoming r : maybeLinked) {
            String provider = linkedProvider(r.activityId, r.providerActivity, r.providerRef);
            if (provider == null) {
                continue;
            }
            link(r.file, r.activityId, r.position, r.line, r.column, r.stage, r.value, r.currency, provider,
                    r.providerActivity);
            if (r.note != null) {
                taken.add(r.note);
            }
            if (r.problem != null) {
                taken.add(r.problem);
            }
            if (r.event != null) {
                taken.add(r.event);
                touched[r.pledge] = true;
                counted--;
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        notes.removeIf(taken::contains);
        problems.removeIf(taken::contains);
        for (int i = 0; i < touched.length; i++) {
            if (touched[i]) {
                takeOut(incomingPledges.get(i), taken);
            }
        }
        // an activity's pledges come in the order of their first transaction that counts, as when decided at the end
        for (int from = 0; from < touched.length; ) {
            int to = from + 1;
            boolean any = touched[from];
            while (to < touched.length && incomingPledges.get(to).activity == incomingPledges.get(from).activity) {
                any |= touched[to++];
            }
            if (any) {
                incomingPledges.subList(from, to).sort(Comparator.comparingInt(p -> p.first));
            }
            from = to;
        }
    }

    /** Takes the events of linked transactions out of a pledge of money received, dropping it if none is left. */
    private void takeOut(IncomingPledge in, Set<Object> taken) {
        Pledge p = in.pledge;
        List<PledgeEvent> kept = new ArrayList<>(p.history().size());
        in.first = Integer.MAX_VALUE;
        for (int k = 0; k < in.positions.length; k++) {
            PledgeEvent e = p.history().get(k);
            if (!taken.contains(e)) {
                kept.add(e);
                in.first = Math.min(in.first, in.positions[k]);
            }
        }
        if (!kept.isEmpty()) {
            in.pledge = Pledge.builder().from(p).history(kept).build();
            return;
        }
        in.pledge = null;
        int share = shareIds.lastIndexOf(p.id());
        if (share >= 0) {
            shareIds.remove(share);
            shareLists.remove(share);
        }
    }

    /** Reports an incoming transaction as counted in its provider's activity. */
    private void link(String file, String activityId, int position, int line, int column, Stage stage,
            BigDecimal value, CurrencyUnit currency, String provider, String providerActivity) {
        String how = provider.equals(providerActivity) ? "provider-activity-id" : "receiver-activity-id";
        links.add(new IatiLink(file, activityId, position, line, column, stage, Amounts.of(value, currency), provider,
                how));
    }

    IatiImport build(String version) {
        for (Facts f : waiting) {
            Activity a = f.activity;
            List<Spec> specs = new ArrayList<>(2);
            for (Activity.Tx t : a.transactions) {
                String provider = linkedProvider(a.id, t.providerActivity,
                        t.provider == null ? null : t.provider.ref);
                if (provider != null) {
                    link(a.file, a.id, t.position, t.line, t.column, t.flow.stage, t.value, t.currency, provider,
                            t.providerActivity);
                    continue;
                }
                OrgInfo from = org(a, t.provider, "provider-org of transaction " + t.position);
                OrgInfo donor = from != null ? from : f.outgoingDonor;
                add(f, t, donor, f.reporting, true, specs);
            }
            pledges(f, specs, false);
        }
        takeBackLinked();
        for (IncomingPledge in : incomingPledges) {
            if (in.pledge != null) {
                pledges.add(in.pledge);
            }
        }
        PledgeBook book = PledgeBook.of(pledges);
        problems.sort(Comparator.<IatiProblem>comparingInt(p -> p.fileIndex).thenComparingInt(IatiProblem::line)
                .thenComparingInt(IatiProblem::column));
        return new IatiImport(book, version, activityCount, transactions, counted, problems, notes, links, shareIds,
                shareLists);
    }

    /** Who gives, through whom, to whom, for which sectors and from which source: once per activity. */
    private Facts facts(Activity a) {
        Facts f = new Facts();
        f.activity = a;
        f.reporting = org(a, a.reporting, "reporting-org");
        OrgInfo funder = null;
        for (Activity.Org o : a.participating) {
            if ("1".equals(o.role) && funder == null) {
                funder = org(a, o, "participating-org (funding)");
            }
        }
        f.outgoingDonor = funder != null ? funder : f.reporting;
        for (Activity.Org o : a.participating) {
            if ("4".equals(o.role) && f.implementer == null) {
                OrgInfo i = org(a, o, "participating-org (implementing)");
                if (i != null && (f.outgoingDonor == null || !i.id.equals(f.outgoingDonor.id))) {
                    f.implementer = i;
                }
            }
        }
        for (Activity.Tx t : a.transactions) {
            f.hasIncoming |= t.flow.incoming;
        }
        f.instrument = instrument(a.financeType);
        f.mainCurrency = a.defaultCurrency != null ? a.defaultCurrency
                : a.transactions.isEmpty() ? null : a.transactions.get(0).currency.getCurrencyCode();
        if (!a.transactions.isEmpty()) {
            f.recipient = recipient(a, parties);
            sectors(a);
            f.sectors = sectorList;
            f.shares = shareList;
            f.source = source(a);
        }
        return f;
    }

    /** Puts a transaction into the spec of its side, donor and currency, or reports it if it has no donor. */
    private void add(Facts f, Activity.Tx t, OrgInfo donor, OrgInfo channel, boolean incoming, List<Spec> specs) {
        Activity a = f.activity;
        if (donor == null) {
            transaction(a, t.position, t.ref, t.line, t.column, "no donor: the activity has no funding "
                    + "participating-org or reporting-org" + (t.flow.incoming ? " and the transaction no "
                    + "provider-org" : "") + " with a ref or a name; a donor is never guessed");
            return;
        }
        String currency = t.currency.getCurrencyCode();
        Spec s = null;
        for (Spec candidate : specs) {
            if (candidate.currency.equals(currency) && candidate.incoming == incoming
                    && (!incoming || candidate.donor.id.equals(donor.id))) {
                s = candidate;
                break;
            }
        }
        if (s == null) {
            s = new Spec(incoming, currency);
            s.donor = donor;
            s.channel = channel != null && !channel.id.equals(donor.id) ? channel : null;
            s.regrant = !t.flow.incoming && f.hasIncoming;
            boolean main = currency.equals(f.mainCurrency);
            s.id = !incoming && main ? a.id : a.id + (incoming ? " from " + donor.id : "") + (main ? ""
                    : " (" + currency + ")");
            specs.add(s);
        }
        s.txs.add(t);
    }

    /**
     * Every organisation is one {@link Donor} object per id (first name wins), so the book sees one party per id;
     * another name for the id is a note, once per name, so the choice is never silent.
     */
    private Party party(Activity a, OrgInfo o) {
        Party p = parties.get(o.id);
        if (p == null) {
            p = Donor.of(o.id, o.name, kind(o.type));
            parties.put(o.id, p);
        } else if (!o.name.equals(p.name()) && !o.name.equals(o.id) && otherNames.add(o.id + '\n' + o.name)) {
            note(a, a.line, a.column, "organisation " + o.id + " is also named \"" + o.name + "\"; the book keeps "
                    + "the name first read, \"" + p.name() + "\"");
        }
        return p;
    }

    /**
     * Makes the pledges of an activity's specs, of money it gives or ({@code received}) of money it received; a pledge
     * the model refuses turns its transactions into problems. An incoming transaction that may be taken back later
     * ({@link Activity.Tx#undo}) learns its event and pledge, or its problem.
     */
    private void pledges(Facts f, List<Spec> specs, boolean received) {
        Activity a = f.activity;
        for (Spec s : specs) {
            try {
                Party donor = party(a, s.donor);
                Party channel = s.channel == null ? null : party(a, s.channel);
                Party recipient = f.recipient;
                if (recipient.id().equals(donor.id()) || channel != null && recipient.id().equals(channel.id())) {
                    recipient = parties.computeIfAbsent(UNSPECIFIED, k -> Party.of(k, "Recipient not stated"));
                }
                if (!(donor instanceof Donor)) {
                    throw new IllegalArgumentException("donor id " + donor.id() + " is also a recipient country's id");
                }
                Pledge.Builder b = Pledge.builder().id(s.id).donor((Donor) donor).recipient(recipient)
                        .category(a.humanitarian ? AidCategory.HUMANITARIAN : AidCategory.FINANCIAL)
                        .instrument(f.instrument).addAllSectors(f.sectors)
                        .regrantsPooledFunds(s.regrant);
                if (channel != null && !channel.id().equals(donor.id())) {
                    b.channel(channel);
                }
                if (a.title != null) {
                    b.description(a.title);
                }
                if (!inDateOrder(s.txs)) {
                    s.txs.sort(BY_DATE);
                }
                for (Activity.Tx t : s.txs) {
                    PledgeEvent.Builder e = PledgeEvent.builder().date(t.date).stage(t.flow.stage)
                            .amount(t.value, t.currency).source(f.source).addsToStage(true);
                    if (t.valueDate != null) {
                        e.rateDate(t.valueDate);
                    }
                    if (t.ref != null && transactionNotes) {
                        e.note("IATI transaction " + t.ref);
                    }
                    PledgeEvent event = e.build();
                    if (t.undo != null) {
                        t.undo.event = event;
                        t.undo.pledge = incomingPledges.size();
                    }
                    b.addEvent(event);
                }
                if (received) {
                    int[] positions = new int[s.txs.size()];
                    for (int k = 0; k < positions.length; k++) {
                        positions[k] = s.txs.get(k).position;
                    }
                    incomingPledges.add(new IncomingPledge(b.build(), incomingActivities, positions));
                } else {
                    pledges.add(b.build());
                }
                counted += s.txs.size();
                if (!f.shares.isEmpty()) {
                    shareIds.add(s.id);
                    shareLists.add(f.shares);
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                for (Activity.Tx t : s.txs) {
                    transaction(a, t.position, t.ref, t.line, t.column, "not counted: " + e.getMessage());
                    if (t.undo != null) {
                        t.undo.event = null;
                        t.undo.problem = problems.get(problems.size() - 1);
                    }
                }
            }
        }
    }

    /** Whether transactions are in date order already, as publishers mostly write them. */
    private static boolean inDateOrder(List<Activity.Tx> txs) {
        for (int i = 1; i < txs.size(); i++) {
            if (txs.get(i - 1).date.isAfter(txs.get(i).date)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The provider activity id in the input that already counts an incoming transaction of an activity, or null: the
     * one it names in provider-activity-id, else one whose outgoing transactions name the activity as receiver and
     * whose reporting-org is the transaction's provider-org.
     */
    private String linkedProvider(String activityId, String providerActivity, String providerRef) {
        if (providerActivity != null && !providerActivity.equals(activityId)) {
            return firstLine.containsKey(providerActivity) ? providerActivity : null;
        }
        if (providerActivity == null && providerRef != null) {
            for (String p : providersOf.getOrDefault(activityId, List.of())) {
                if (providerRef.equals(reportingRefs.get(p))) {
                    return p;
                }
            }
        }
        return null;
    }

    /** An organisation's pledgebook id and name: its ref, else an id derived from its name (with a note). */
    private OrgInfo org(Activity a, Activity.Org o, String what) {
        if (o == null) {
            return null;
        }
        String ref = o.ref;
        if (ref != null && isPlaceholder(ref)) {
            ref = null;
        }
        if (ref != null) {
            return new OrgInfo(ref, o.name != null ? o.name : ref, o.type);
        }
        if (o.name == null) {
            return null;
        }
        String id = "iati-name:" + slug(o.name);
        note(a, a.line, a.column, what + " \"" + o.name + "\" has no ref" + (o.ref != null ? " (\"" + o.ref
                + "\" is a placeholder)" : "") + "; its id " + id + " is derived from its name");
        return new OrgInfo(id, o.name, o.type);
    }

    private static boolean isPlaceholder(String r) {
        return r.length() <= 13 && (r.equalsIgnoreCase("n/a") || r.equalsIgnoreCase("na") || r.equals("-")
                || r.equalsIgnoreCase("none") || r.equalsIgnoreCase("null") || r.equalsIgnoreCase("unknown")
                || r.equalsIgnoreCase("not available"));
    }

    /** A stable id fragment from a name: lower-case letters and digits joined by hyphens. */
    static String slug(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean hyphen = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                sb.appendCodePoint(Character.toLowerCase(c));
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return sb.length() == 0 ? "unnamed" : sb.toString();
    }

    private static DonorKind kind(String type) {
        if (type == null) {
            return DonorKind.OTHER;
        }
        switch (type.strip()) {
            case "10":
            case "11":
                return DonorKind.GOVERNMENT;
            case "15":
                return DonorKind.GOVERNMENT_AGENCY;
            case "40":
                return DonorKind.MULTILATERAL;
            case "21":
            case "22":
            case "23":
            case "24":
                return DonorKind.NGO;
            case "70":
            case "71":
            case "72":
            case "73":
                return DonorKind.COMPANY;
            default:
                return DonorKind.OTHER;
        }
    }

    private static Instrument instrument(String financeType) {
        if (financeType == null) {
            return Instrument.OTHER;
        }
        String f = financeType.strip();
        if (f.equals("1100")) {
            return Instrument.GUARANTEE;
        }
        if (f.length() == 3 && (f.charAt(0) == '1' || f.charAt(0) == '2')) {
            return Instrument.GRANT;
        }
        if (f.length() == 3 && f.charAt(0) == '4') {
            return Instrument.LOAN;
        }
        return Instrument.OTHER;
    }

    /** The recipient: the one country, several countries, the region(s), or "not stated". */
    private Party recipient(Activity a, Map<String, Party> parties) {
        if (a.places.size() == 1 && a.places.get(0).code != null) {
            return recipient(a.places.get(0), a.places.get(0).region); // the usual case: one country
        }
        List<Activity.Place> countries = new ArrayList<>();
        List<Activity.Place> regions = new ArrayList<>();
        for (Activity.Place p : a.places) {
            if (p.code != null) {
                (p.region ? regions : countries).add(p);
            }
        }
        List<Activity.Place> chosen = !countries.isEmpty() ? countries : regions;
        if (chosen.isEmpty()) {
            return parties.computeIfAbsent(UNSPECIFIED, k -> Party.of(k, "Recipient not stated"));
        }
        boolean region = chosen == regions;
        if (chosen.size() == 1) {
            return recipient(chosen.get(0), region);
        }
        StringBuilder id = new StringBuilder(region ? "iati-regions:" : "iati-countries:");
        StringBuilder name = new StringBuilder(region ? "Regions " : "Countries ");
        for (int i = 0; i < chosen.size(); i++) {
            Activity.Place p = chosen.get(i);
            id.append(i == 0 ? "" : "+").append(p.code);
            name.append(i == 0 ? "" : ", ").append(p.name != null ? p.name : p.code);
            if (p.percentage != null) {
                name.append(' ').append(p.percentage.strip()).append('%');
            }
        }
        return parties.computeIfAbsent(id.toString(), k -> Party.of(k, name.toString()));
    }

    /** The one country or region an activity names. */
    private Party recipient(Activity.Place p, boolean region) {
        String code = p.code.toUpperCase(Locale.ROOT);
        String id = region ? "iati-region:" + p.code : code;
        Party known = parties.get(id);
        if (known != null) {
            return known;
        }
        String name = p.name != null ? p.name : region ? "Region " + p.code : code;
        Party party = !region && COUNTRIES.contains(code) ? Party.of(id, name, code) : Party.of(id, name);
        parties.put(id, party);
        return party;
    }

    /** The activity's sectors (DAC 5-digit, else DAC 3-digit categories) and their percentages. */
    private void sectors(Activity a) {
        List<Activity.SectorRow> dac5 = new ArrayList<>();
        List<Activity.SectorRow> dac3 = new ArrayList<>();
        for (Activity.SectorRow r : a.sectors) {
            String v = r.vocabulary == null ? "1" : r.vocabulary.strip();
            if (v.equals("1") && r.code != null && ActivityParser.isDigits(r.code, 5)) {
                dac5.add(r);
            } else if (v.equals("2") && r.code != null && ActivityParser.isDigits(r.code, 3)) {
                dac3.add(r);
            } else {
                note(a, r.line, r.column, "sector " + r.code + " (vocabulary " + v + ") is not a DAC purpose code or "
                        + "category; left out");
            }
        }
        List<Activity.SectorRow> rows = !dac5.isEmpty() ? dac5 : dac3;
        if (!dac5.isEmpty() && !dac3.isEmpty()) {
            note(a, a.line, a.column, "sectors of vocabulary 2 (DAC categories) left out: the DAC purpose codes "
                    + "(vocabulary 1) already describe the activity");
        }
        List<Sector> sectors = new ArrayList<>(rows.size());
        List<SectorShare> shares = new ArrayList<>(rows.size());
        for (Activity.SectorRow r : rows) {
            int code = Integer.parseInt(r.code);
            Sector s = rows == dac5 ? dacSectors.computeIfAbsent(code, dac::sector)
                    : categories.computeIfAbsent(code, k -> Sector.of("dac-category-" + k,
                            r.name != null ? r.name : "DAC category " + k));
            if (sectors.contains(s)) {
                continue;
            }
            sectors.add(s);
            BigDecimal pct = r.percentage == null ? (rows.size() == 1 ? HUNDRED : null)
                    : ActivityParser.decimal(r.percentage.strip());
            if (pct == null || pct.signum() < 0 || pct.compareTo(HUNDRED) > 0) {
                note(a, r.line, r.column, "sector " + r.code + " has " + (r.percentage == null ? "no percentage"
                        : "percentage \"" + r.percentage + "\", not from 0 to 100") + "; its share is counted as "
                        + "unallocated");
            } else {
                shares.add(new SectorShare(s, pct));
            }
        }
        sectorList = List.copyOf(sectors);
        shareList = List.copyOf(shares);
    }

    private Source source(Activity a) {
        String publisher = a.reporting == null ? null : a.reporting.name != null ? a.reporting.name
                : a.reporting.ref;
        LocalDate date = a.lastUpdated;
        if (date == null) {
            for (Activity.Tx t : a.transactions) {
                if (date == null || t.date.isAfter(date)) {
                    date = t.date;
                }
            }
        }
        return Source.builder().publisher(publisher != null ? publisher : "IATI publisher not stated")
                .kind(SourceKind.DATASET).date(date).note("IATI activity " + a.id).build();
    }
}
