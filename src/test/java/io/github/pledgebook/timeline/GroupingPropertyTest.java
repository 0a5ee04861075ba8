package io.github.pledgebook.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.threeten.extra.LocalDateRange;

/**
 * Whatever a key function returns (the same key twice, keys its order ranks alike), a pledge counts at most once per
 * group and two keys that are not equal are never merged: each group equals the total of a book holding just the
 * pledges that had its key.
 */
class GroupingPropertyTest {

    /** Keys 0..range-1 for a pledge, with repeats, from the pledge's id and a seed. */
    private static List<Integer> keys(Pledge p, long seed, int range, int repeats) {
        int h = (int) (p.id().hashCode() * 31 + seed);
        List<Integer> keys = new ArrayList<>();
        int n = Math.floorMod(h, 3);
        for (int i = 0; i < n; i++) {
            int k = Math.floorMod(h >>> (i * 4), range);
            for (int r = 0; r <= repeats; r++) {
                keys.add(k);
            }
        }
        return keys;
    }

    @Property(tries = 200)
    void noKeyFunctionCountsAPledgeTwiceOrMergesTwoKeys(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size,
            @ForAll @IntRange(min = 1, max = 6) int range, @ForAll @IntRange(max = 3) int repeats,
            @ForAll @IntRange(max = 3) int modulus, @ForAll @IntRange(max = 95) int day) {
        PledgeBook book = RandomBooks.book(seed, size);
        // an order that ranks many keys alike: all alike (modulus 0) or alike modulo a number
        Comparator<Integer> order = modulus == 0 ? (a, b) -> 0 : Comparator.comparing(k -> k % modulus);
        GroupBy<Integer> by = GroupBy.of("random keys", p -> keys(p, seed, range, repeats), order);
        Stage stage = Stage.values()[Math.floorMod((int) seed, 4)];
        Snapshot asOf = book.asOf(RandomBooks.BASE.plusDays(day));
        Window window = book.within(LocalDateRange.ofClosed(RandomBooks.BASE.plusDays(day / 2),
                RandomBooks.BASE.plusDays(day)));

        for (Object view : List.of(asOf, window)) {
            Grouped<Integer> grouped = view == asOf ? asOf.grouped(stage, by) : window.grouped(stage, by);
            Set<Integer> expectedKeys = new LinkedHashSet<>();
            for (int k = 0; k < range; k++) {
                int key = k;
                List<Pledge> withKey = book.pledges().stream().filter(p -> keys(p, seed, range, repeats).contains(key))
                        .toList();
                PledgeBook only = PledgeBook.of(withKey);
                StageTotal expected = view == asOf ? only.asOf(asOf.date()).total(stage)
                        : only.within(window.range()).total(stage);
                if (!expected.isEmpty()) {
                    expectedKeys.add(key);
                    assertThat(grouped.get(key)).as("group %s", key).contains(expected);
                }
            }
            assertThat(grouped.groups().keySet()).containsExactlyInAnyOrderElementsOf(expectedKeys);
            List<Integer> ordered = new ArrayList<>(grouped.groups().keySet());
            assertThat(ordered).isSortedAccordingTo(order);
        }
    }

    @Property(tries = 50)
    void aNullKeyIsRefusedWithTheGroupingAndThePledgeNamed(@ForAll long seed) {
        PledgeBook book = RandomBooks.book(seed, 3);
        List<String> withNull = new ArrayList<>();
        withNull.add("k");
        withNull.add(null);
        GroupBy<String> by = GroupBy.of("broken", p -> withNull, Comparator.naturalOrder());
        assertThatThrownBy(() -> book.asOf(RandomBooks.BASE.plusDays(90)).grouped(Stage.ANNOUNCED, by))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("grouping broken returned a null key for pledge p0; expected keys that are not null (an "
                        + "empty collection for an ungrouped pledge)");
    }
}
