package io.github.pledgebook.assertj;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.PledgeState;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link PledgeState}: a pledge's stage, amount, disbursed sum and outstanding commitment on a date.
 * <pre>{@code
 * assertThat(book.stateOf("jp-erp3", LocalDate.of(2024, 2, 20)))
 *         .hasStage(Stage.COMMITTED).hasAmount("JPY", "15800000000").hasOutstanding("JPY", "15800000000");
 * }</pre>
 * Obtain one with {@link PledgebookAssertions#assertThat(PledgeState)}.
 */
@SuppressWarnings("exports")   // AssertJ is the caller\'s own (optional) dependency
public class PledgeStateAssert extends AbstractAssert<PledgeStateAssert, PledgeState> {

    /**
     * Creates the assertions on a pledge's state.
     *
     * @param actual the state under test
     */
    protected PledgeStateAssert(PledgeState actual) {
        super(actual, PledgeStateAssert.class);
    }

    /**
     * Verifies the furthest stage the pledge had reached.
     *
     * @param expected the stage
     * @return this, to chain
     */
    public PledgeStateAssert hasStage(Stage expected) {
        isNotNull();
        if (!actual.stage().equals(Optional.of(expected))) {
            failWithActualExpectedAndMessage(stage(), expected.label(),
                    "%nExpecting pledge state:%n  %s%nto be at stage %s%nbut it is %s", actual, expected.label(),
                    stage());
        }
        return this;
    }

    /**
     * Verifies that the pledge was not yet known on the state's date.
     *
     * @return this, to chain
     */
    public PledgeStateAssert hasNoStage() {
        isNotNull();
        if (actual.stage().isPresent()) {
            failWithMessage("%nExpecting pledge state:%n  %s%nto be not yet known%nbut it is %s", actual, stage());
        }
        return this;
    }

    /**
     * Verifies the pledge's current amount, exactly and by value.
     *
     * @param currencyCode the ISO 4217 code
     * @param number the amount as decimal text
     * @return this, to chain
     */
    public PledgeStateAssert hasAmount(String currencyCode, String number) {
        isNotNull();
        return amount("amount", actual.amount(), Exact.amount(currencyCode, number));
    }

    /**
     * Verifies what had been disbursed, exactly and by value.
     *
     * @param currencyCode the ISO 4217 code
     * @param number the amount as decimal text
     * @return this, to chain
     */
    public PledgeStateAssert hasDisbursed(String currencyCode, String number) {
        isNotNull();
        return amount("disbursed sum", actual.disbursed(), Exact.amount(currencyCode, number));
    }

    /**
     * Verifies the outstanding commitment in one currency, exactly and by value.
     *
     * @param currencyCode the ISO 4217 code
     * @param number the amount as decimal text
     * @return this, to chain
     */
    public PledgeStateAssert hasOutstanding(String currencyCode, String number) {
        isNotNull();
        MonetaryAmount expected = Exact.amount(currencyCode, number);
        if (!Exact.holds(actual.outstanding(), expected)) {
            failWithActualExpectedAndMessage(actual.outstanding().toString(), Amounts.format(expected),
                    "%nExpecting pledge state:%n  %s%nto have outstanding:%n  %s%nbut %s (outstanding %s)", actual,
                    Amounts.format(expected), Exact.heldIn(actual.outstanding(), expected), actual.outstanding());
        }
        return this;
    }

    /**
     * Verifies that the pledge had been cancelled.
     *
     * @return this, to chain
     */
    public PledgeStateAssert isCancelled() {
        isNotNull();
        if (!actual.isCancelled()) {
            failWithMessage("%nExpecting pledge state:%n  %s%nto be cancelled%nbut it is %s", actual, stage());
        }
        return this;
    }

    /**
     * Verifies that the pledge had not been cancelled.
     *
     * @return this, to chain
     */
    public PledgeStateAssert isNotCancelled() {
        isNotNull();
        if (actual.isCancelled()) {
            failWithMessage("%nExpecting pledge state:%n  %s%nnot to be cancelled%nbut it is", actual);
        }
        return this;
    }

    private PledgeStateAssert amount(String what, Optional<MonetaryAmount> amount, MonetaryAmount expected) {
        if (!Exact.equal(amount, expected)) {
            failWithActualExpectedAndMessage(Exact.format(amount), Amounts.format(expected),
                    "%nExpecting pledge state:%n  %s%nto have %s:%n  %s%nbut it has %s", actual, what,
                    Amounts.format(expected), Exact.format(amount));
        }
        return this;
    }

    private String stage() {
        return actual.stage().map(Stage::label).orElse("not yet known");
    }
}
