package io.github.pledgebook.iati;

import io.github.pledgebook.Sector;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stage's total split by sector, exactly: each pledge's amount times each sector's percentage over 100.
 * <p>
 * Multiplying by a percentage and dividing by 100 always gives a terminating decimal, so no share is rounded.
 * <b>Remainder rule:</b> whatever the stated percentages leave over (when they add up to less or more than 100, or
 * a pledge has no sectors or a sector without a percentage) goes to {@link #unallocated()}, never silently to a
 * sector. So the sectors plus the unallocated money always add up exactly to the stage's total, per currency.
 * <pre>{@code
 * SectorTotals s = imported.sectorTotals(Stage.COMMITTED, LocalDate.of(2022, 12, 31));
 * s.bySector();      // {dac-15220=[EUR 1,234.5], ...}
 * s.unallocated();   // what no percentage covers
 * s.total();         // equals book.asOf(date).committed().total()
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class SectorTotals {

    private final Stage stage;
    private final LocalDate asOf;
    private final Map<Sector, MoneyTotal> bySector;
    private final MoneyTotal unallocated;
    private final MoneyTotal total;

    SectorTotals(Stage stage, LocalDate asOf, Map<Sector, MoneyTotal> bySector, MoneyTotal unallocated,
            MoneyTotal total) {
        this.stage = stage;
        this.asOf = asOf;
        this.bySector = Collections.unmodifiableMap(new LinkedHashMap<>(bySector));
        this.unallocated = unallocated;
        this.total = total;
    }

    /**
     * The stage split.
     *
     * @return the stage
     */
    public Stage stage() {
        return stage;
    }

    /**
     * The date of the totals.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Each sector's share, ordered by sector code; exact, never rounded.
     *
     * @return the shares, unmodifiable
     */
    public Map<Sector, MoneyTotal> bySector() {
        return bySector;
    }

    /**
     * The money no stated percentage covers (see the remainder rule above); may be negative where percentages add
     * up to more than 100.
     *
     * @return the unallocated money
     */
    public MoneyTotal unallocated() {
        return unallocated;
    }

    /**
     * The stage's total: the sectors plus the unallocated money, exactly.
     *
     * @return the total
     */
    public MoneyTotal total() {
        return total;
    }

    /**
     * The split for people.
     *
     * @return one line
     */
    @Override
    public String toString() {
        return "SectorTotals[" + stage.label() + " as of " + asOf + ": " + bySector + ", unallocated " + unallocated
                + ", total " + total + "]";
    }
}
