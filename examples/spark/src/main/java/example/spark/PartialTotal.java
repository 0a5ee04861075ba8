package example.spark;

import io.github.pledgebook.timeline.StageTotal;
import io.github.pledgebook.timeline.StageTotalCodec;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

/**
 * The aggregation buffer: pledgebook's stage total of the pledges merged so far, or nothing yet (Spark's zero has no
 * key, so it cannot know the stage and year a total is of). Spark keeps it as an object while it aggregates and
 * ships it between tasks in pledgebook's own byte form ({@link StageTotalCodec}), which a receiving task checks.
 */
public final class PartialTotal implements Externalizable {

    private static final long serialVersionUID = 1L;

    private StageTotal total;

    /** Nothing merged yet; also what Java serialization needs. */
    public PartialTotal() {
    }

    PartialTotal(StageTotal total) {
        this.total = total;
    }

    /** The merged total, or null if nothing was merged. */
    StageTotal total() {
        return total;
    }

    /** Merges another partial total into this one and returns this one. */
    PartialTotal add(PartialTotal other) {
        if (other.total != null) {
            total = total == null ? other.total : total.plus(other.total);
        }
        return this;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        if (total == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = StageTotalCodec.encode(total);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            total = null;
            return;
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        total = StageTotalCodec.decode(bytes);
    }

    @Override
    public String toString() {
        return total == null ? "nothing yet" : total.toString();
    }
}
