package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A signed document of cooperation: a memorandum, an exchange of notes, a grant agreement.
 * <p>
 * Two or more parties sign it on a date, optionally at a {@link Conference}, optionally for a money value, and
 * optionally formalising a {@link Pledge} (by id: a pledge's {@link PledgeEvent#memorandumId()} points back).
 * <pre>{@code
 * Memorandum moc = Memorandum.builder()
 *         .id("moc-energy-1").title("Memorandum of cooperation on energy")
 *         .addParties(jica, ukraineMinistry).signedOn(LocalDate.of(2024, 2, 19))
 *         .conferenceId("jp-ua-erc-2024").addSubject(Sector.ENERGY)
 *         .build();
 * }</pre>
 * This class is immutable and thread-safe; equality is by value, amounts compared numerically.
 */
@Value.Immutable
public abstract class Memorandum {

    Memorandum() {
    }

    /**
     * Returns a builder; id, title, two or more parties and the signing date are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A stable identifier, unique within a dataset.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The title.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * Who signed, two or more distinct parties.
     *
     * @return the parties, unmodifiable
     */
    public abstract List<Party> parties();

    /**
     * The date of signature.
     *
     * @return the date
     */
    public abstract LocalDate signedOn();

    /**
     * The id of the conference where it was signed, if any.
     *
     * @return the conference id
     */
    public abstract Optional<String> conferenceId();

    /**
     * What it is about.
     *
     * @return the subjects, unmodifiable
     */
    public abstract List<Sector> subjects();

    /**
     * The money value, if it has one, exactly and in its own currency.
     *
     * @return the positive value
     */
    public abstract Optional<MonetaryAmount> value();

    /**
     * The id of the pledge it formalises, if any.
     *
     * @return the pledge id
     */
    public abstract Optional<String> pledgeId();

    /**
     * Who reported the signature.
     *
     * @return the source, if recorded
     */
    public abstract Optional<Source> source();

    @Value.Check
    Memorandum normalize() {
        Check.notBlank(id(), "memorandum id");
        String p = "memorandum " + id() + ": ";
        Check.notBlank(title(), p + "title");
        Check.required(signedOn(), p + "signing date");
        Check.noNulls(parties(), p + "parties");
        Check.noNulls(subjects(), p + "subjects");
        if (parties().size() < 2) {
            throw new IllegalArgumentException(p + "expected two or more parties, was " + parties().size()
                    + (parties().isEmpty() ? "" : " (" + parties().get(0).id() + ")"));
        }
        Set<String> ids = new HashSet<>();
        for (Party party : parties()) {
            if (!ids.add(party.id())) {
                throw new IllegalArgumentException(p + "party " + party.id() + " is listed twice; expected distinct parties");
            }
        }
        conferenceId().ifPresent(c -> Check.notBlank(c, p + "conference id"));
        pledgeId().ifPresent(c -> Check.notBlank(c, p + "pledge id"));
        if (value().isPresent()) {
            MonetaryAmount v = positive(value().get(), p + "value");
            MonetaryAmount exact = Amounts.exact(v);
            if (exact != v) {
                return builder().from(this).value(exact).build();
            }
        }
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Memorandum[").append(id()).append(' ').append(title()).append(", ");
        for (int i = 0; i < parties().size(); i++) {
            sb.append(i == 0 ? "" : " + ").append(parties().get(i).name());
        }
        sb.append(", ").append(signedOn());
        value().ifPresent(v -> sb.append(", ").append(Amounts.format(v)));
        return sb.append(']').toString();
    }

    /** Builds a {@link Memorandum}; obtain one from {@link Memorandum#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutableMemorandum.Builder {
        Builder() {
        }
    }

    private static MonetaryAmount positive(MonetaryAmount amount, String what) {
        Check.required(amount, what);
        if (Amounts.decimal(amount).signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + Amounts.format(amount));
        }
        return amount;
    }
}
