package example.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A Spark {@link Aggregator} whose buffer is pledgebook's stage total: partial totals of the same key (donor, year,
 * stage) merge with {@code StageTotal.plus}, which is exact, associative and commutative, so Spark may merge them in
 * any order on any executor and the result is the total of the whole book.
 */
public final class MergeTotals extends Aggregator<PartialTotal, PartialTotal, PartialTotal> {

    private static final long serialVersionUID = 1L;

    /** How the buffer and the result are shipped: Java serialization of {@link PartialTotal}, pledgebook's codec. */
    static Encoder<PartialTotal> encoder() {
        return Encoders.javaSerialization(PartialTotal.class);
    }

    @Override
    public PartialTotal zero() {
        return new PartialTotal();
    }

    @Override
    public PartialTotal reduce(PartialTotal buffer, PartialTotal partial) {
        return buffer.add(partial);
    }

    @Override
    public PartialTotal merge(PartialTotal b1, PartialTotal b2) {
        return b1.add(b2);
    }

    @Override
    public PartialTotal finish(PartialTotal reduction) {
        return reduction;
    }

    @Override
    public Encoder<PartialTotal> bufferEncoder() {
        return encoder();
    }

    @Override
    public Encoder<PartialTotal> outputEncoder() {
        return encoder();
    }
}
