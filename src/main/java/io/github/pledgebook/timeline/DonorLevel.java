package io.github.pledgebook.timeline;

import io.github.pledgebook.Donor;
import io.github.pledgebook.internal.Check;

/**
 * The level of the donor hierarchy that totals roll up to: the top-level donor, the donor as recorded, or a chosen
 * depth.
 * <p>
 * JICA belongs to the Government of Japan: rolled up to the top, its pledges count as Japan's; as recorded, they
 * count as JICA's. Depth 0 is the top level, depth 1 the level just below it; donors higher than the chosen depth
 * stay themselves.
 * <pre>{@code
 * DonorLevel.TOP.of(jica);          // Government of Japan
 * DonorLevel.AS_RECORDED.of(jica);  // JICA
 * DonorLevel.depth(1).of(japan);    // Government of Japan (it has no level 1)
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class DonorLevel {

    /** Rolls every donor up to the top of its hierarchy. */
    public static final DonorLevel TOP = new DonorLevel(0);

    /** Keeps every donor as recorded on the pledge. */
    public static final DonorLevel AS_RECORDED = new DonorLevel(Integer.MAX_VALUE);

    private final int depth;

    private DonorLevel(int depth) {
        this.depth = depth;
    }

    /**
     * Rolls donors up to a depth of the hierarchy: 0 is the top level.
     *
     * @param depth zero or more
     * @return the level
     * @throws IllegalArgumentException if {@code depth} is negative
     */
    public static DonorLevel depth(int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("donor level depth must be zero (top level) or more, was " + depth);
        }
        return depth == 0 ? TOP : new DonorLevel(depth);
    }

    /**
     * The donor a pledge's donor rolls up to at this level.
     *
     * @param donor the donor as recorded
     * @return the donor itself, or the ancestor at this level
     */
    public Donor of(Donor donor) {
        Check.required(donor, "donor");
        if (depth == 0) {
            return donor.topLevel();
        }
        Donor at = donor;
        for (int up = donor.depth() - depth; up > 0; up--) {
            at = at.parent().orElseThrow();
        }
        return at;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DonorLevel && ((DonorLevel) o).depth == depth;
    }

    @Override
    public int hashCode() {
        return depth;
    }

    @Override
    public String toString() {
        return depth == 0 ? "DonorLevel[top]" : depth == Integer.MAX_VALUE ? "DonorLevel[as recorded]"
                : "DonorLevel[depth " + depth + "]";
    }
}
