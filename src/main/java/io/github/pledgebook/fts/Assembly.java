package io.github.pledgebook.fts;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Source;
import io.github.pledgebook.SourceKind;
import io.github.pledgebook.internal.Texts;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.timeline.PledgeBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, over all pages read, which flows count, and builds their pledges, the book and FTS's rate table. Works on
 * whole inputs because a parent and its children may sit on different pages.
 */
final class Assembly {

    /** Who published the facts: every event's source names FTS, dated by the record's last update. */
    static final String PUBLISHER = "OCHA Financial Tracking Service";
    /** The source of the rates FTS stated. */
    static final String RATE_SOURCE = "FTS";

    private static final Map<String, String> COUNTRIES = countries();
    /** The donor of flows whose source objects name no organization: FTS counts them, and so does pledgebook. */
    static final Donor NOT_STATED = Donor.of("fts-donor-not-stated", "Donor not stated in FTS", DonorKind.OTHER);

    private final List<FtsFlow> read;
    private final List<FtsProblem> problems;
    private final FtsReader.Counting counting;
    private final Map<String, Donor> donors = new HashMap<>();
    private final Map<String, Party> parties = new HashMap<>();
    private final Map<String, Sector> sectors = new HashMap<>();
    private final Map<LocalDate, Source> sources = new HashMap<>();
    private final Map<FtsObject, String> keys = new IdentityHashMap<>();
    /** Each event's note is written here, one flow after the other. */
    private final StringBuilder note = new StringBuilder(128);

    Assembly(List<FtsFlow> read, List<FtsProblem> problems, FtsReader.Counting counting) {
        this.read = read;
        this.problems = new ArrayList<>(problems);
        this.counting = counting;
    }

    FtsImport result(int pages) {
        int n = read.size();
        // one version of each flow: the highest; a flow read twice (overlapping pages) is reported, not counted twice
        Map<String, Integer> chosen = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            FtsFlow f = read.get(i);
            Integer j = chosen.put(f.id(), i);
            if (j != null && read.get(j).versionId() > f.versionId()) {
                chosen.put(f.id(), j); // the earlier read is the higher version
            }
        }
        boolean[] kept = new boolean[n];
        for (int i : chosen.values()) {
            kept[i] = true;
        }
        // FTS's parent and child links form trees. Flows on a loop of them (each a child of the other) would each be
        // left out as counted through the other, so never counted: they are refused, and to their other parents
        // they are as absent as any refused flow
        boolean[] onLoop = loops(kept, chosen);
        Map<String, Integer> present = chosen;
        for (int i = 0; i < n; i++) {
            if (onLoop[i]) {
                if (present == chosen) {
                    present = new HashMap<>(chosen);
                }
                present.remove(read.get(i).id());
            }
        }
        boolean[] carries = carries(present);
        // every organization that gives in any flow is a donor wherever it appears, so one id names one party
        for (int i = 0; i < n; i++) {
            FtsFlow f = read.get(i);
            if (kept[i]) {
                donor(FtsFlow.first(f.sources(), "Organization"), FtsFlow.first(f.sources(), "Location"));
            }
        }
        List<FtsFlow> decided = new ArrayList<>(n);
        List<Pledge> pledges = new ArrayList<>(n);
        RateTable.Builder rates = RateTable.builder();
        // FTS's rates, per currency the first one stated for each day, added as one series per currency
        Map<String, Map<LocalDate, BigDecimal>> rateSeries = new HashMap<>();
        for (int i = 0; i < n; i++) {
            FtsFlow f = read.get(i);
            if (!kept[i]) {
                int j = chosen.get(f.id());
                FtsFlow later = read.get(j);
                decided.add(f.decided("superseded by version " + later.versionId() + " of the same flow, read on "
                        + "page " + later.page() + (onLoop[j] ? ", which is refused: it is on a loop of parent and "
                        + "child links" : ""), null));
                continue;
            }
            if (onLoop[i]) {
                problems.add(new FtsProblem(f.page(), f.position(), Optional.of(f.id()), "flow " + f.id() + " is on a "
                        + "loop of parent and child links (its child flows lead back to it), so it cannot be counted "
                        + "through its children nor they through it"));
                continue;
            }
            String exclusion = exclusion(f, present, carries);
            Pledge pledge = null;
            if (f.amountNumber() != null || f.isInKind()) {
                try {
                    pledge = pledge(f, exclusion != null, present);
                } catch (IllegalArgumentException | NullPointerException e) {
                    problems.add(new FtsProblem(f.page(), f.position(), Optional.of(f.id()), e.getMessage()));
                    continue;
                }
                pledges.add(pledge);
            } else if (exclusion == null) {
                exclusion = "no amount: FTS states 0 (a parked flow whose money has all gone to its child flows has "
                        + "none left)";
            }
            decided.add(f.decided(exclusion, pledge));
            rate(f, rateSeries);
        }
        rateSeries.forEach((code, series) -> rates.addSeries("USD", code, RATE_SOURCE, series));
        return new FtsImport(PledgeBook.of(pledges), decided, problems, rates.build(), counting, pages);
    }

    /**
     * Which of the kept flows are on a loop of child links among the kept flows: the flows of every strongly connected
     * part of more than one flow (Tarjan's walk, without recursion, so a long chain of links cannot overflow the
     * stack). A flow naming itself was refused when it was read.
     */
    private boolean[] loops(boolean[] kept, Map<String, Integer> chosen) {
        int n = read.size();
        boolean[] onLoop = new boolean[n];
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        int[] walk = new int[n];
        int[] nextChild = new int[n];
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (!kept[root] || index[root] >= 0 || read.get(root).childFlowIds().isEmpty()) {
                continue;
            }
            int depth = 0;
            walk[0] = root;
            nextChild[0] = 0;
            index[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = walk[depth];
                List<String> children = read.get(v).childFlowIds();
                if (nextChild[depth] < children.size()) {
                    Integer w = chosen.get(children.get(nextChild[depth]++));
                    if (w == null) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        walk[++depth] = w;
                        nextChild[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int first = top;
                    do {
                        onStack[stack[--first]] = false;
                    } while (stack[first] != v);
                    if (top - first > 1) {
                        for (int k = first; k < top; k++) {
                            onLoop[stack[k]] = true;
                        }
                    }
                    top = first;
                }
                depth--;
                if (depth >= 0) {
                    low[walk[depth]] = Math.min(low[walk[depth]], low[v]);
                }
            }
        }
        return onLoop;
    }

    /**
     * Per present flow, whether its money is counted: by itself or, for a parent, through its children. A parent is
     * left out as counted through its children only if one of them carries the money on; a parent whose children
     * are all left out themselves (internal, outgoing, shared) would otherwise be counted nowhere. Children are
     * decided before their parents (a walk without recursion; the links of present flows have no loops).
     */
    private boolean[] carries(Map<String, Integer> present) {
        int n = read.size();
        boolean[] carries = new boolean[n];
        byte[] state = new byte[n]; // 0 not seen, 1 on the walk's path, 2 decided
        int[] walk = new int[n];
        int[] nextChild = new int[n];
        for (int root : present.values()) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            walk[0] = root;
            nextChild[0] = 0;
            state[root] = 1;
            while (depth >= 0) {
                int v = walk[depth];
                List<String> children = read.get(v).childFlowIds();
                if (nextChild[depth] < children.size()) {
                    Integer w = present.get(children.get(nextChild[depth]++));
                    if (w != null && state[w] == 0) {
                        state[w] = 1;
                        walk[++depth] = w;
                        nextChild[depth] = 0;
                    }
                    continue;
                }
                FtsFlow f = read.get(v);
                carries[v] = !leavesOrStaysInside(f) && (carriedByChildren(f, present, carries) || countsAlone(f));
                state[v] = 2;
                depth--;
            }
        }
        return carries;
    }

    /** Whether one of the flow's children in the input carries its money on. */
    private static boolean carriedByChildren(FtsFlow f, Map<String, Integer> present, boolean[] carries) {
        List<String> children = f.childFlowIds();
        for (int k = 0, n = children.size(); k < n; k++) {
            Integer w = present.get(children.get(k));
            if (w != null && carries[w]) {
                return true;
            }
        }
        return false;
    }

    /** Rules 1 and 2 of docs/fts.md: outgoing or internal money is not counted for the boundary. */
    private static boolean leavesOrStaysInside(FtsFlow f) {
        String boundary = f.boundaryText();
        return "outgoing".equals(boundary) || "internal".equals(boundary);
    }

    /** Whether the flow counts when it is no parent: not shared, new money if asked for, an amount or goods. */
    private boolean countsAlone(FtsFlow f) {
        return !isShared(f) && !isOldMoney(f) && (f.amountNumber() != null || f.isInKind());
    }

    /** Rule 4 of docs/fts.md: only partly inside the boundary. */
    private static boolean isShared(FtsFlow f) {
        return "shared".equals(f.onBoundaryText());
    }

    /** Rule 5 of docs/fts.md, under {@link FtsReader.Counting#NEW_MONEY_ONLY}: money FTS counted on its way in. */
    private boolean isOldMoney(FtsFlow f) {
        return counting == FtsReader.Counting.NEW_MONEY_ONLY && Boolean.FALSE.equals(f.newMoneyValue());
    }

    /** Why a flow does not count, by FTS's rule, or null if it counts. */
    private String exclusion(FtsFlow f, Map<String, Integer> present, boolean[] carries) {
        String boundary = f.boundaryText();
        if ("outgoing".equals(boundary)) {
            return "outgoing: the money leaves the boundary of the query";
        }
        if ("internal".equals(boundary)) {
            return "internal: moves money already inside the boundary of the query, counted when it came in (such "
                    + "as a pooled fund's allocation)";
        }
        List<String> children = null;
        List<String> childIds = f.childFlowIds();
        for (int k = 0, n = childIds.size(); k < n; k++) {
            String c = childIds.get(k);
            Integer w = present.get(c);
            if (w != null && carries[w]) {
                if (children == null) {
                    children = new ArrayList<>(n);
                }
                children.add(c);
            }
        }
        if (children != null) {
            return "parent of flow" + (children.size() == 1 ? " " : "s ") + String.join(", ", children)
                    + " in this input: counted through its children";
        }
        if (isShared(f)) {
            return "shared: only partly inside the boundary of the query (several usage years, plans or "
                    + "locations); FTS counts the part inside through single flows";
        }
        if (isOldMoney(f)) {
            return "not new money: FTS counted it on its way in (a pooled fund's allocation, a carry-over, money "
                    + "passed on)";
        }
        return null;
    }

    private Pledge pledge(FtsFlow f, boolean excluded, Map<String, Integer> present) {
        FtsObject from = FtsFlow.first(f.sources(), "Organization");
        Donor donor = donor(from, null);
        Party recipient = recipient(f, donor);
        Pledge.Builder b = Pledge.builder()
                .id("fts-" + f.id())
                .donor(donor)
                .recipient(recipient)
                .category(AidCategory.HUMANITARIAN)
                .instrument(f.isInKind() ? Instrument.IN_KIND : Instrument.GRANT)
                .regrantsPooledFunds(excluded);
        String description = f.descriptionText();
        if (description != null) {
            b.description(description);
        }
        if (f.isInKind()) {
            b.inKind(InKind.of(Texts.line(description != null ? description : "in-kind contribution")));
        }
        for (FtsObject o : f.destinations()) {
            if (o.type().equals("GlobalCluster")) {
                b.addSectors(sectors.computeIfAbsent(o.id(), id -> Sector.of("fts-global-cluster-" + id,
                        o.name().isBlank() ? "FTS global cluster " + id : o.name())));
            }
        }
        // money passed on through an intermediary: the parent's recipient is the child's channel
        Integer parent = f.parentId() == null ? null : present.get(f.parentId());
        if (parent != null) {
            FtsObject via = FtsFlow.first(read.get(parent).destinations(), "Organization");
            if (via != null) {
                Party channel = party(via);
                if (!channel.id().equals(donor.id()) && !channel.id().equals(recipient.id())) {
                    b.channel(channel);
                }
            }
        }
        LocalDate known = f.firstKnown();
        PledgeEvent.Builder e = PledgeEvent.builder()
                .date(f.date())
                .knownOn(known.isBefore(f.date()) ? f.date() : known)
                .stage(f.stage())
                .source(source(f.lastUpdated()))
                .note(f.note(note));
        BigDecimal number = f.amountNumber();
        if (number != null) {
            e.amount(number, f.amountCurrency());
        }
        return b.addEvent(e.build()).build();
    }

    /** The recipient: the destination organization, or where the money went when the donor gives to itself. */
    private Party recipient(FtsFlow f, Donor donor) {
        FtsObject to = FtsFlow.first(f.destinations(), "Organization");
        if (to != null && !key(to).equals(donor.id())) {
            return party(to);
        }
        for (String type : new String[] {"Plan", "Location"}) {
            FtsObject o = FtsFlow.first(f.destinations(), type);
            if (o != null) {
                return party(o);
            }
        }
        // FtsFlow.of refuses such a flow before it gets here
        throw new IllegalArgumentException("the donor " + donor.name() + " is also the only recipient, and no "
                + "destination plan or location tells where the money went");
    }

    /** The party id of an object, made once per (shared) object. */
    private String key(FtsObject o) {
        String key = keys.get(o);
        if (key == null) {
            key = "fts-" + (o.type().equals("Organization") ? "org" : o.type().toLowerCase(Locale.ROOT)) + "-" + o.id();
            keys.put(o, key);
        }
        return key;
    }

    private Party party(FtsObject o) {
        String key = key(o);
        Donor d = donors.get(key);
        if (d != null) {
            return d;
        }
        return parties.computeIfAbsent(key, k -> Party.of(k, o.name().isBlank() ? "FTS " + o.type() + " " + o.id()
                : o.name()));
    }

    private Donor donor(FtsObject org, FtsObject location) {
        if (org == null) {
            return NOT_STATED;
        }
        Donor known = donors.get(key(org));
        if (known != null) {
            return known;
        }
        return donors.computeIfAbsent(key(org), k -> {
            Donor.Builder b = Donor.builder().id(k).name(org.name().isBlank() ? "FTS organization " + org.id()
                    : org.name()).kind(kind(org.organizationTypes()));
            if (location != null && COUNTRIES.containsKey(location.name())) {
                b.country(COUNTRIES.get(location.name()));
            }
            return b.build();
        });
    }

    static DonorKind kind(List<String> organizationTypes) {
        for (String t : organizationTypes) {
            String s = t.toLowerCase(Locale.ROOT);
            if (s.contains("government")) {
                return DonorKind.GOVERNMENT;
            }
            if (s.contains("pooled fund")) {
                return DonorKind.TRUST_FUND;
            }
            if (s.contains("un agency") || s.contains("multilateral") || s.contains("inter-governmental")
                    || s.contains("intergovernmental")) {
                return DonorKind.MULTILATERAL;
            }
            if (s.equals("ngo")) {
                return DonorKind.NGO;
            }
        }
        return DonorKind.OTHER;
    }

    private Source source(LocalDate date) {
        return sources.computeIfAbsent(date, d -> Source.builder().publisher(PUBLISHER).kind(SourceKind.DATASET)
                .date(d).build());
    }

    /** FTS's rate, units of the original currency per 1 USD, dated on the flow's date; one per currency and day. */
    private static void rate(FtsFlow f, Map<String, Map<LocalDate, BigDecimal>> series) {
        BigDecimal rate = f.exchangeRateNumber();
        if (rate == null || f.originalCurrency() == null) {
            return;
        }
        String code = f.originalCurrency().getCurrencyCode();
        if (!code.equals("USD")) {
            series.computeIfAbsent(code, c -> new HashMap<>()).putIfAbsent(f.date(), rate);
        }
    }

    private static Map<String, String> countries() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            m.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
        }
        return m;
    }
}
