package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Goods given in kind, described rather than valued: "80 generators", "Patriot missiles".
 * <p>
 * Many transfers have no money value in the record. A pledge keeps what was given here so that totals can say how
 * many items they could not count, instead of dropping them silently.
 * <pre>{@code
 * InKind.of("electric generators", 80);            // 80 electric generators
 * InKind.of("Patriot missiles");                  // Patriot missiles (quantity unknown)
 * }</pre>
 * This class is immutable and thread-safe; quantities compare numerically (80 equals 80.0).
 */
@Value.Immutable
public abstract class InKind {

    InKind() {
    }

    /**
     * Describes goods of unknown quantity.
     *
     * @param description what is given
     * @return the in-kind description
     */
    public static InKind of(String description) {
        return ImmutableInKind.draft().description(description).build();
    }

    /**
     * Describes a counted quantity of goods.
     *
     * @param description what is given, such as {@code "electric generators"}
     * @param quantity how many, positive
     * @return the in-kind description
     */
    public static InKind of(String description, long quantity) {
        return ImmutableInKind.draft().description(description).quantity(BigDecimal.valueOf(quantity)).build();
    }

    /**
     * Describes a measured quantity of goods, such as 1200.5 tonnes.
     *
     * @param description what is given
     * @param quantity how much, positive
     * @param unit the unit, such as {@code "tonnes"}
     * @return the in-kind description
     */
    public static InKind of(String description, BigDecimal quantity, String unit) {
        Check.required(quantity, "in-kind " + description + ": quantity");
        return ImmutableInKind.draft().description(description).quantity(quantity).unit(Check.required(unit, "in-kind " + description + ": unit")).build();
    }

    /**
     * What is given.
     *
     * @return the description, never blank
     */
    public abstract String description();

    /**
     * How many or how much, if known.
     *
     * @return the quantity, positive
     */
    public abstract Optional<BigDecimal> quantity();

    /**
     * The unit of the quantity, if it is not a count of items.
     *
     * @return the unit, such as {@code "tonnes"}
     */
    public abstract Optional<String> unit();

    @Value.Check
    InKind normalize() {
        Check.line(description(), "in-kind description");
        unit().ifPresent(u -> Check.line(u, "in-kind " + description() + ": unit"));
        if (quantity().isPresent()) {
            BigDecimal q = Amounts.checkDigits(quantity().get(), "in-kind " + description() + ": quantity");
            if (q.signum() <= 0) {
                throw new IllegalArgumentException("in-kind " + description() + ": quantity must be positive, was "
                        + q.toPlainString());
            }
            BigDecimal canonical = q.stripTrailingZeros();
            if (!canonical.equals(q)) {
                return ImmutableInKind.draft().from(this).quantity(canonical).build();
            }
        }
        return this;
    }

    @Override
    public String toString() {
        if (quantity().isEmpty()) {
            return description();
        }
        return Amounts.formatNumber(quantity().get(), 0) + unit().map(u -> " " + u).orElse("") + " " + description();
    }
}
