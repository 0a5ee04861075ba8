package io.github.pledgebook.timeline;

import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
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
import java.util.function.Consumer;
import java.util.function.Function;

/** Checks a whole book: unique ids, references that resolve, one party per id, donor hierarchies without cycles. */
final class Validation {

    private static final int MAX_LISTED = 20;

    private final List<String> problems = new ArrayList<>();

    private Validation() {
    }

    /**
     * Checks a book.
     *
     * @param byId the pledges ordered by {@link PledgeBook#byHashThenId}, to look up pledge ids
     * @param repeatedPledgeIds the pledge ids used more than once, with how many pledges use each
     */
    static void check(List<Pledge> pledges, Pledge[] byId, Map<String, Integer> repeatedPledgeIds,
            List<Conference> conferences, List<Memorandum> memoranda, List<Milestone> milestones) {
        Validation v = new Validation();
        repeatedPledgeIds.forEach((id, n) -> v.problems.add(repeatedId("pledge", id, n)));
        Set<String> conferenceIds = v.uniqueIds("conference", conferences, Conference::id);
        v.uniqueIds("memorandum", memoranda, Memorandum::id);
        v.uniqueIds("milestone", milestones, Milestone::id);
        for (Pledge p : pledges) {
            p.conferenceId().filter(c -> !conferenceIds.contains(c)).ifPresent(c -> v.problems.add("pledge " + p.id()
                    + " names conference " + c + ", which is not in the book"));
        }
        for (Memorandum m : memoranda) {
            m.pledgeId().filter(id -> PledgeBook.find(byId, id) < 0).ifPresent(id -> v.problems.add("memorandum "
                    + m.id() + " names pledge " + id + ", which is not in the book"));
            m.conferenceId().filter(c -> !conferenceIds.contains(c)).ifPresent(c -> v.problems.add("memorandum "
                    + m.id() + " names conference " + c + ", which is not in the book"));
        }
        v.parties(pledges, conferences, memoranda, milestones);
        if (!v.problems.isEmpty()) {
            int n = v.problems.size();
            List<String> listed = n > MAX_LISTED ? v.problems.subList(0, MAX_LISTED) : v.problems;
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
        Map<String, Integer> repeated = new TreeMap<>();
        for (T item : items) {
            String k = id.apply(item);
            if (!ids.add(k)) {
                repeated.merge(k, 2, (n, one) -> n + 1);
            }
        }
        repeated.forEach((k, n) -> problems.add(repeatedId(kind, k, n)));
        return ids;
    }

    private void parties(List<Pledge> pledges, List<Conference> conferences, List<Memorandum> memoranda,
            List<Milestone> milestones) {
        Map<String, Party> byId = new HashMap<>();
        Set<String> conflicting = new LinkedHashSet<>();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        // a million pledges share a few hundred party objects: look at each object once
        Set<Party> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Party> visit = party -> {
            for (Party p = party; p != null && visited.add(p); ) {
                Party seen = byId.putIfAbsent(p.id(), p);
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
        };
        for (Pledge p : pledges) {
            visit.accept(p.donor());
            visit.accept(p.recipient());
            p.channel().ifPresent(visit);
        }
        conferences.forEach(c -> c.hosts().forEach(visit));
        memoranda.forEach(m -> m.parties().forEach(visit));
        milestones.forEach(m -> m.parties().forEach(visit));
        Set<String> inCycles = cycles(parents);
        for (String id : conflicting) {
            if (!inCycles.contains(id)) {
                problems.add("party id " + id + " names two different parties; expected one party per id, "
                        + "defined the same way everywhere (same name, kind, country and parent)");
            }
        }
    }

    /** Reports every cycle of the parent graph; returns the ids on cycles. */
    private Set<String> cycles(Map<String, Set<String>> parents) {
        Set<String> done = new HashSet<>();
        Set<String> onCycles = new LinkedHashSet<>();
        for (String start : parents.keySet()) {
            walk(start, parents, new ArrayList<>(), new HashSet<>(), done, onCycles);
        }
        return onCycles;
    }

    private void walk(String id, Map<String, Set<String>> parents, List<String> path, Set<String> onPath,
            Set<String> done, Set<String> onCycles) {
        if (onPath.contains(id)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            if (onCycles.addAll(cycle)) {
                problems.add("donor hierarchy has a cycle: " + String.join(" -> ", cycle)
                        + "; expected each donor's parents to lead up to a top-level donor");
            }
            return;
        }
        if (!done.add(id)) {
            return;
        }
        path.add(id);
        onPath.add(id);
        for (String parent : parents.getOrDefault(id, Set.of())) {
            walk(parent, parents, path, onPath, done, onCycles);
        }
        path.remove(path.size() - 1);
        onPath.remove(id);
    }
}
