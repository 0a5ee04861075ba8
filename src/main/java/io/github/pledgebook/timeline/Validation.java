package io.github.pledgebook.timeline;

import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Checks a whole book: unique ids, references that resolve, one party per id, donor hierarchies without cycles. */
final class Validation {

    private static final int MAX_LISTED = 20;

    private final List<String> problems = new ArrayList<>();

    private Validation() {
    }

    static void check(List<Pledge> pledges, List<Conference> conferences, List<Memorandum> memoranda,
            List<Milestone> milestones) {
        Validation v = new Validation();
        v.uniqueIds("pledge", pledges, Pledge::id);
        v.uniqueIds("conference", conferences, Conference::id);
        v.uniqueIds("memorandum", memoranda, Memorandum::id);
        v.uniqueIds("milestone", milestones, Milestone::id);
        Set<String> conferenceIds = new HashSet<>();
        conferences.forEach(c -> conferenceIds.add(c.id()));
        Set<String> pledgeIds = new HashSet<>();
        pledges.forEach(p -> pledgeIds.add(p.id()));
        for (Pledge p : pledges) {
            p.conferenceId().filter(c -> !conferenceIds.contains(c)).ifPresent(c -> v.problems.add("pledge " + p.id()
                    + " names conference " + c + ", which is not in the book"));
        }
        for (Memorandum m : memoranda) {
            m.pledgeId().filter(id -> !pledgeIds.contains(id)).ifPresent(id -> v.problems.add("memorandum " + m.id()
                    + " names pledge " + id + ", which is not in the book"));
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

    private <T> void uniqueIds(String kind, List<T> items, Function<T, String> id) {
        Map<String, Integer> counts = new TreeMap<>();
        for (T item : items) {
            counts.merge(id.apply(item), 1, Integer::sum);
        }
        counts.forEach((k, n) -> {
            if (n > 1) {
                problems.add(kind + " id " + k + " is used by " + n + " " + (kind.equals("memorandum") ? "memoranda" : kind + "s")
                        + "; expected unique ids");
            }
        });
    }

    private void parties(List<Pledge> pledges, List<Conference> conferences, List<Memorandum> memoranda,
            List<Milestone> milestones) {
        Map<String, Party> byId = new HashMap<>();
        Set<String> conflicting = new LinkedHashSet<>();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        List<Party> all = new ArrayList<>();
        for (Pledge p : pledges) {
            all.add(p.donor());
            all.add(p.recipient());
            p.channel().ifPresent(all::add);
        }
        conferences.forEach(c -> all.addAll(c.hosts()));
        memoranda.forEach(m -> all.addAll(m.parties()));
        milestones.forEach(m -> all.addAll(m.parties()));
        List<Party> expanded = new ArrayList<>();
        for (Party party : all) {
            expanded.add(party);
            if (party instanceof Donor) {
                expanded.addAll(((Donor) party).ancestors());
            }
        }
        for (Party party : expanded) {
            Party seen = byId.putIfAbsent(party.id(), party);
            if (seen != null && seen != party && !seen.equals(party)) {
                conflicting.add(party.id());
            }
            if (party instanceof Donor) {
                Set<String> ps = parents.computeIfAbsent(party.id(), k -> new LinkedHashSet<>());
                ((Donor) party).parent().ifPresent(parent -> ps.add(parent.id()));
            }
        }
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
