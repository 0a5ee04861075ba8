package io.github.pledgebook.timeline;

import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.internal.RecentlySeen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks a whole book: unique ids, references that resolve, one party per id, donor hierarchies without cycles.
 * The pledges are fed one at a time, so the book's builder reads each pledge once for everything it needs.
 */
final class Validation {

    private static final int MAX_LISTED = 20;

    private final List<Conference> conferences;
    private final List<Memorandum> memoranda;
    private final List<Milestone> milestones;
    /** The problems of repeated conference, memorandum and milestone ids. */
    private final List<String> repeated = new ArrayList<>();
    /** The problems of pledges naming unknown conferences. */
    private final List<String> references = new ArrayList<>();
    private final Set<String> conferenceIds;
    private final Set<String> memorandumIds;
    private final Map<String, Party> partiesById = new HashMap<>();
    private final Set<String> conflicting = new LinkedHashSet<>();
    private final Map<String, Set<String>> parents = new LinkedHashMap<>();
    private final Set<Party> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The parties visited last, by identity hash: a million pledges share a few hundred party objects. */
    private final RecentlySeen<Party> recent;

    /**
     * Starts checking a book with these conferences, memoranda and milestones; feed it every pledge with
     * {@link #pledge} ({@code pledges} of them), then call {@link #finish}.
     */
    Validation(List<Conference> conferences, List<Memorandum> memoranda, List<Milestone> milestones, int pledges) {
        this.recent = new RecentlySeen<>(Math.min(pledges, 1 << 20) * 3); // a donor, a recipient, a channel
        this.conferences = conferences;
        this.memoranda = memoranda;
        this.milestones = milestones;
        conferenceIds = uniqueIds("conference", conferences, Conference::id);
        memorandumIds = uniqueIds("memorandum", memoranda, Memorandum::id);
        uniqueIds("milestone", milestones, Milestone::id);
    }

    /** Checks a pledge's conference and the memoranda its events name, and notes its parties. */
    void pledge(Pledge p) {
        String conference = p.conferenceId().orElse(null);
        if (conference != null && !conferenceIds.contains(conference)) {
            references.add("pledge " + p.id() + " names conference " + conference + ", which is not in the book");
        }
        List<PledgeEvent> history = p.history();
        for (int i = 0; i < history.size(); i++) {
            PledgeEvent e = history.get(i);
            String memorandum = e.memorandumId().orElse(null);
            if (memorandum != null && !memorandumIds.contains(memorandum)) {
                references.add("pledge " + p.id() + ": event on " + e.date() + " names memorandum " + memorandum
                        + ", which is not in the book");
            }
        }
        visit(p.donor());
        visit(p.recipient());
        Party channel = p.channel().orElse(null);
        if (channel != null) {
            visit(channel);
        }
    }

    /**
     * Checks the rest and throws if anything is wrong.
     *
     * @param knownPledgeId whether the book has a pledge with an id
     * @param repeatedPledgeIds the pledge ids used more than once, with how many pledges use each
     * @throws IllegalArgumentException listing every problem
     */
    void finish(Predicate<String> knownPledgeId, Map<String, Integer> repeatedPledgeIds) {
        List<String> problems = new ArrayList<>();
        repeatedPledgeIds.forEach((id, n) -> problems.add(repeatedId("pledge", id, n)));
        problems.addAll(repeated);
        problems.addAll(references);
        for (Memorandum m : memoranda) {
            m.pledgeId().filter(id -> !knownPledgeId.test(id)).ifPresent(id -> problems.add("memorandum "
                    + m.id() + " names pledge " + id + ", which is not in the book"));
            m.conferenceId().filter(c -> !conferenceIds.contains(c)).ifPresent(c -> problems.add("memorandum "
                    + m.id() + " names conference " + c + ", which is not in the book"));
        }
        conferences.forEach(c -> c.hosts().forEach(this::visit));
        memoranda.forEach(m -> m.parties().forEach(this::visit));
        milestones.forEach(m -> m.parties().forEach(this::visit));
        Set<String> inCycles = cycles(parents, problems);
        for (String id : conflicting) {
            if (!inCycles.contains(id)) {
                problems.add("party id " + id + " names two different parties; expected one party per id, "
                        + "defined the same way everywhere (same name, kind, country and parent)");
            }
        }
        if (!problems.isEmpty()) {
            int n = problems.size();
            List<String> listed = n > MAX_LISTED ? problems.subList(0, MAX_LISTED) : problems;
            throw new IllegalArgumentException("pledge book is invalid (" + n + (n == 1 ? " problem" : " problems")
                    + "): " + String.join("; ", listed) + (n > MAX_LISTED ? "; and " + (n - MAX_LISTED) + " more" : ""));
        }
    }

    private static String repeatedId(String kind, String id, int n) {
        return kind + " id " + id + " is used by " + n + " " + (kind.equals("memorandum") ? "memoranda" : kind + "s")
                + "; expected unique ids";
    }

    /** Reports every id used more than once; returns the distinct ids. */
    private <T> Set<String> uniqueIds(String kind, List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>(Math.max(16, items.size() * 4 / 3 + 1));
        Map<String, Integer> repeats = new TreeMap<>();
        for (T item : items) {
            String k = id.apply(item);
            if (!ids.add(k)) {
                repeats.merge(k, 2, (n, one) -> n + 1);
            }
        }
        repeats.forEach((k, n) -> repeated.add(repeatedId(kind, k, n)));
        return ids;
    }

    /** Notes a party and its parents, each object once: its id, whether another party has it, its parent's id. */
    private void visit(Party party) {
        int slot = recent.slot(party);
        if (recent.holds(slot, party)) {
            return;
        }
        recent.put(slot, party, 0);
        for (Party p = party; p != null && visited.add(p); ) {
            Party seen = partiesById.putIfAbsent(p.id(), p);
            if (seen != null && !seen.equals(p)) {
                conflicting.add(p.id());
            }
            Donor parent = null;
            if (p instanceof Donor) {
                Set<String> ps = parents.computeIfAbsent(p.id(), k -> new LinkedHashSet<>());
                parent = ((Donor) p).parent().orElse(null);
                if (parent != null) {
                    ps.add(parent.id());
                }
            }
            p = parent;
        }
    }

    /** Reports every cycle of the parent graph; returns the ids on cycles. */
    private static Set<String> cycles(Map<String, Set<String>> parents, List<String> problems) {
        Set<String> done = new HashSet<>();
        Set<String> onCycles = new LinkedHashSet<>();
        for (String start : parents.keySet()) {
            walk(start, parents, new ArrayList<>(), new HashSet<>(), done, onCycles, problems);
        }
        return onCycles;
    }

    /** A depth-first walk up the parent graph from one id, in a loop (hierarchies may be deep). */
    private static void walk(String start, Map<String, Set<String>> parents, List<String> path, Set<String> onPath,
            Set<String> done, Set<String> onCycles, List<String> problems) {
        if (done.contains(start)) {
            return;
        }
        java.util.ArrayDeque<java.util.Iterator<String>> pending = new java.util.ArrayDeque<>();
        done.add(start);
        path.add(start);
        onPath.add(start);
        pending.push(parents.getOrDefault(start, Set.of()).iterator());
        while (!pending.isEmpty()) {
            java.util.Iterator<String> next = pending.peek();
            if (!next.hasNext()) {
                pending.pop();
                onPath.remove(path.remove(path.size() - 1));
                continue;
            }
            String id = next.next();
            if (onPath.contains(id)) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
                cycle.add(id);
                if (onCycles.addAll(cycle)) {
                    problems.add("donor hierarchy has a cycle: " + String.join(" -> ", cycle)
                            + "; expected each donor's parents to lead up to a top-level donor");
                }
                continue;
            }
            if (!done.add(id)) {
                continue;
            }
            path.add(id);
            onPath.add(id);
            pending.push(parents.getOrDefault(id, Set.of()).iterator());
        }
    }
}
