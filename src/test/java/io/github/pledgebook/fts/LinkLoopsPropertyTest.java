package io.github.pledgebook.fts;

import static io.github.pledgebook.fts.FtsReaderTest.flow;
import static io.github.pledgebook.fts.FtsReaderTest.page;
import static io.github.pledgebook.fts.FtsReaderTest.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Flows whose child links lead back to them are refused, all of them and no other, on random link graphs checked
 * against a plain reachability search; a parent of such a flow counts, as the refused child is absent.
 */
class LinkLoopsPropertyTest {

    /** Per flow, the flows it names as children (never itself: that is refused when read). */
    @Provide
    Arbitrary<List<List<Integer>>> graphs() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> Arbitraries.integers().between(0, n - 1)
                .list().ofMaxSize(3).list().ofSize(n).map(lists -> {
                    List<List<Integer>> out = new ArrayList<>();
                    for (int i = 0; i < lists.size(); i++) {
                        int self = i;
                        out.add(lists.get(i).stream().filter(c -> c != self).distinct().collect(Collectors.toList()));
                    }
                    return out;
                }));
    }

    @Property(tries = 500)
    void exactlyTheFlowsOnALoopAreRefused(@ForAll("graphs") List<List<Integer>> children) {
        int n = children.size();
        List<String> flows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String ids = children.get(i).stream().map(c -> String.valueOf(c + 1)).collect(Collectors.joining(", "));
            flows.add(flow(String.valueOf(i + 1), "paid", usd(i + 1), "\"childFlowIds\": [" + ids + "]"));
        }
        FtsImport fts = FtsReader.read(page(flows.toArray(new String[0])));
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (reaches(children, i, i)) {
                expected.add(String.valueOf(i + 1));
            }
        }
        Set<String> refused = new TreeSet<>();
        fts.problems().forEach(p -> refused.add(p.flowId().orElseThrow()));
        assertThat(refused).isEqualTo(expected);
        assertThat(fts.flows().size() + fts.problems().size()).isEqualTo(n);
    }

    /** Whether {@code to} is reached from {@code from} over one link or more. */
    private static boolean reaches(List<List<Integer>> children, int from, int to) {
        boolean[] seen = new boolean[children.size()];
        List<Integer> todo = new ArrayList<>(children.get(from));
        while (!todo.isEmpty()) {
            int at = todo.remove(todo.size() - 1);
            if (at == to) {
                return true;
            }
            if (!seen[at]) {
                seen[at] = true;
                todo.addAll(children.get(at));
            }
        }
        return false;
    }

    @Example
    void aFlowReachedFromTheLoopOnlyByAWayBackIsOnItToo() {
        // 1 -> 2 -> 3 -> 1 and 2 -> 4 -> 3: a walk that finds the first loop first must not miss 4; 5 is the parent
        // of 1 and counts, as 1 is refused; 6 -> 7 is an ordinary parent and child
        FtsImport fts = FtsReader.read(page(
                flow("1", "paid", usd(1), "\"childFlowIds\": [2]"),
                flow("2", "paid", usd(2), "\"childFlowIds\": [3, 4]"),
                flow("3", "paid", usd(3), "\"childFlowIds\": [1]"),
                flow("4", "paid", usd(4), "\"childFlowIds\": [3]"),
                flow("5", "paid", usd(5), "\"childFlowIds\": [1]"),
                flow("6", "paid", usd(6), "\"childFlowIds\": [7]"),
                flow("7", "paid", usd(7), "\"parentFlowId\": 6")));
        assertThat(fts.problems()).extracting(p -> p.flowId().orElseThrow()).containsExactly("1", "2", "3", "4");
        assertThat(fts.problems().get(0).reason()).isEqualTo("flow 1 is on a loop of parent and child links (its "
                + "child flows lead back to it), so it cannot be counted through its children nor they through it");
        assertThat(fts.counted()).extracting(FtsFlow::id).containsExactly("5", "7");
        assertThat(fts.excluded()).extracting(FtsFlow::id).containsExactly("6");
    }

    @Example
    void anEarlierVersionOfAFlowOnALoopSaysThatItsLaterVersionIsRefused() {
        // version 2 of flow 1 is on the loop 1 -> 2 -> 1; version 1 (no children) is superseded by a refused flow
        FtsImport fts = FtsReader.pages()
                .add(page(flow("1", "commitment", usd(1), "")))
                .add(page(flow("1", "paid", usd(1), "\"childFlowIds\": [2]").replace("\"versionId\": 1",
                        "\"versionId\": 2"), flow("2", "paid", usd(2), "\"childFlowIds\": [1]")))
                .result();
        assertThat(fts.problems()).extracting(p -> p.flowId().orElseThrow()).containsExactly("1", "2");
        assertThat(fts.counted()).isEmpty();
        assertThat(fts.excluded()).singleElement().satisfies(f -> {
            assertThat(f.versionId()).isEqualTo(1);
            assertThat(f.exclusion()).contains("superseded by version 2 of the same flow, read on page 2, which is "
                    + "refused: it is on a loop of parent and child links");
        });
    }
}
