package io.github.pledgebook.timeline;

import io.github.pledgebook.Stage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stage totals split into groups, in the grouping's order, with the pledges that had no key kept apart.
 * <pre>{@code
 * Grouped<Donor> byDonor = book.asOf(feb20).grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor());
 * byDonor.groups().get(japan).total();   // [JPY 15,800,000,000; USD 37,000,000]
 * byDonor.ungrouped().isEmpty();         // true: every pledge has a donor
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param <K> the type of the group keys
 */
public final class Grouped<K> {

    private final Stage stage;
    private final Map<K, StageTotal> groups;
    private final StageTotal ungrouped;

    Grouped(Stage stage, LinkedHashMap<K, StageTotal> groups, StageTotal ungrouped) {
        this.stage = stage;
        this.groups = Collections.unmodifiableMap(groups);
        this.ungrouped = ungrouped;
    }

    /**
     * The stage of every total here.
     *
     * @return the stage
     */
    public Stage stage() {
        return stage;
    }

    /**
     * The groups that have anything counted or left out, in the grouping's order.
     *
     * @return an unmodifiable, ordered map
     */
    public Map<K, StageTotal> groups() {
        return groups;
    }

    /**
     * The total of one group.
     *
     * @param key the group key
     * @return the group's total, or empty if nothing was counted for it
     */
    public Optional<StageTotal> get(K key) {
        return Optional.ofNullable(groups.get(key));
    }

    /**
     * The total of the pledges that had no key, such as pledges without a channel when grouping by channel.
     *
     * @return the total, possibly empty
     */
    public StageTotal ungrouped() {
        return ungrouped;
    }

    /**
     * Returns one line per group, then the ungrouped total if it is not empty.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        groups.forEach((k, t) -> sb.append(k).append(": ").append(t).append('\n'));
        if (!ungrouped.isEmpty()) {
            sb.append("(no key): ").append(ungrouped).append('\n');
        }
        return sb.toString();
    }
}
