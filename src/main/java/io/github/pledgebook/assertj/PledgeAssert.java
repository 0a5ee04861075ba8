package io.github.pledgebook.assertj;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Pledge}: its id, donor, events, and its stage and amount on a date.
 * <pre>{@code
 * assertThat(JapanUkraine2024.RECONSTRUCTION).hasId("jp-erp3").hasEventCount(3)
 *         .hasStageOn(LocalDate.of(2024, 2, 15), Stage.REPORTED).isReportOnlyOn(LocalDate.of(2024, 2, 15))
 *         .hasAmountOn(LocalDate.of(2024, 2, 19), "JPY", "15800000000");
 * }</pre>
 * Obtain one with {@link PledgebookAssertions#assertThat(Pledge)}.
 */
@SuppressWarnings("exports")   // AssertJ is the caller\'s own (optional) dependency
public class PledgeAssert extends AbstractAssert<PledgeAssert, Pledge> {

    /**
     * Creates the assertions on a pledge.
     *
     * @param actual the pledge under test
     */
    protected PledgeAssert(Pledge actual) {
        super(actual, PledgeAssert.class);
    }

    /**
     * Verifies the pledge's id.
     *
     * @param expected the id
     * @return this, to chain
     */
    public PledgeAssert hasId(String expected) {
        isNotNull();
        if (!actual.id().equals(expected)) {
            failWithActualExpectedAndMessage(actual.id(), expected, "%nExpecting pledge:%n  %s%nto have id %s%n"
                    + "but its id is %s", actual, expected, actual.id());
        }
        return this;
    }

    /**
     * Verifies the id of the pledge's donor.
     *
     * @param donorId the donor's id
     * @return this, to chain
     */
    public PledgeAssert hasDonor(String donorId) {
        isNotNull();
        if (!actual.donor().id().equals(donorId)) {
            failWithMessage("%nExpecting pledge:%n  %s%nto be given by donor %s%nbut its donor is %s", actual, donorId,
                    actual.donor());
        }
        return this;
    }

    /**
     * Verifies how many events the pledge's history holds.
     *
     * @param expected the count
     * @return this, to chain
     */
    public PledgeAssert hasEventCount(int expected) {
        isNotNull();
        if (actual.history().size() != expected) {
            failWithMessage("%nExpecting pledge:%n  %s%nto have %s events%nbut it has %s:%n  %s", actual, expected,
                    actual.history().size(), actual.history());
        }
        return this;
    }

    /**
     * Verifies the furthest stage the pledge had reached on a date.
     *
     * @param date the date
     * @param expected the stage
     * @return this, to chain
     */
    public PledgeAssert hasStageOn(LocalDate date, Stage expected) {
        isNotNull();
        Optional<Stage> stage = actual.stageOn(date);
        if (!stage.equals(Optional.of(expected))) {
            failWithActualExpectedAndMessage(stage.map(Stage::label).orElse("not yet known"), expected.label(),
                    "%nExpecting pledge:%n  %s%nto be %s on %s%nbut it was %s", actual, expected.label(), date,
                    stage.map(Stage::label).orElse("not yet known"));
        }
        return this;
    }

    /**
     * Verifies the pledge's current amount on a date, exactly and by value.
     *
     * @param date the date
     * @param currencyCode the ISO 4217 code
     * @param number the amount as decimal text
     * @return this, to chain
     */
    public PledgeAssert hasAmountOn(LocalDate date, String currencyCode, String number) {
        isNotNull();
        MonetaryAmount expected = Exact.amount(currencyCode, number);
        Optional<MonetaryAmount> amount = actual.amountOn(date);
        if (!Exact.equal(amount, expected)) {
            failWithActualExpectedAndMessage(Exact.format(amount), io.github.pledgebook.Amounts.format(expected),
                    "%nExpecting pledge:%n  %s%nto stand at %s on %s%nbut it stood at %s", actual,
                    io.github.pledgebook.Amounts.format(expected), date, Exact.format(amount));
        }
        return this;
    }

    /**
     * Verifies that on a date the pledge was known only from an unofficial report.
     *
     * @param date the date
     * @return this, to chain
     */
    public PledgeAssert isReportOnlyOn(LocalDate date) {
        isNotNull();
        if (!actual.isReportOnlyOn(date)) {
            failWithMessage("%nExpecting pledge:%n  %s%nto be only a report on %s%nbut it was %s", actual, date,
                    actual.stageOn(date).map(Stage::label).orElse("not yet known"));
        }
        return this;
    }

    /**
     * Verifies that the pledge had been cancelled by a date.
     *
     * @param date the date
     * @return this, to chain
     */
    public PledgeAssert isCancelledOn(LocalDate date) {
        isNotNull();
        if (!actual.isCancelledOn(date)) {
            failWithMessage("%nExpecting pledge:%n  %s%nto be cancelled on %s%nbut it was %s", actual, date,
                    actual.stageOn(date).map(Stage::label).orElse("not yet known"));
        }
        return this;
    }
}
