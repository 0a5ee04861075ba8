package io.github.pledgebook.assertj;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.PledgeBook;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link PledgeBook}: what it holds, and a way into its totals and pledge states.
 * <pre>{@code
 * assertThat(JapanUkraine2024.book()).hasPledgeCount(3).containsPledge("jp-erp3")
 *         .totalAsOf(Stage.ANNOUNCED, LocalDate.of(2024, 2, 20)).hasAmount("USD", "37000000").hasPledgeCount(2);
 * }</pre>
 * Obtain one with {@link PledgebookAssertions#assertThat(PledgeBook)}.
 */
@SuppressWarnings("exports")   // AssertJ is the caller\'s own (optional) dependency
public class PledgeBookAssert extends AbstractAssert<PledgeBookAssert, PledgeBook> {

    /**
     * Creates the assertions on a book.
     *
     * @param actual the book under test
     */
    protected PledgeBookAssert(PledgeBook actual) {
        super(actual, PledgeBookAssert.class);
    }

    /**
     * Verifies how many pledges the book holds.
     *
     * @param expected the count
     * @return this, to chain
     */
    public PledgeBookAssert hasPledgeCount(int expected) {
        isNotNull();
        if (actual.pledges().size() != expected) {
            failWithActualExpectedAndMessage(actual.pledges().size(), expected,
                    "%nExpecting book:%n  %s%nto hold %s pledges%nbut it holds %s", actual, expected,
                    actual.pledges().size());
        }
        return this;
    }

    /**
     * Verifies that the book holds a pledge with this id.
     *
     * @param pledgeId the id
     * @return this, to chain
     */
    public PledgeBookAssert containsPledge(String pledgeId) {
        isNotNull();
        if (actual.pledge(pledgeId).isEmpty()) {
            failWithMessage("%nExpecting book:%n  %s%nto hold pledge %s%nbut its pledges are %s", actual, pledgeId,
                    ids());
        }
        return this;
    }

    /**
     * Verifies how many conferences, memoranda and milestones the book holds.
     *
     * @param conferences the conference count
     * @param memoranda the memorandum count
     * @param milestones the milestone count
     * @return this, to chain
     */
    public PledgeBookAssert hasCounts(int conferences, int memoranda, int milestones) {
        isNotNull();
        if (actual.conferences().size() != conferences || actual.memoranda().size() != memoranda
                || actual.milestones().size() != milestones) {
            failWithMessage("%nExpecting book:%n  %s%nto hold %s conferences, %s memoranda and %s milestones%n"
                    + "but it holds %s, %s and %s", actual, conferences, memoranda, milestones,
                    actual.conferences().size(), actual.memoranda().size(), actual.milestones().size());
        }
        return this;
    }

    /**
     * Continues with assertions on a stage's total as of a date.
     *
     * @param stage the stage
     * @param date the date
     * @return assertions on {@link PledgeBook#total(Stage, LocalDate)}
     */
    public StageTotalAssert totalAsOf(Stage stage, LocalDate date) {
        isNotNull();
        return new StageTotalAssert(actual.total(stage, date)).as("%s of %s", stage.label(), actual);
    }

    /**
     * Continues with assertions on a pledge's state on a date.
     *
     * @param pledgeId the pledge's id; the book must hold it
     * @param date the date
     * @return assertions on {@link PledgeBook#stateOf(String, LocalDate)}
     */
    public PledgeStateAssert stateOf(String pledgeId, LocalDate date) {
        containsPledge(pledgeId);
        return new PledgeStateAssert(actual.stateOf(pledgeId, date));
    }

    private String ids() {
        return actual.pledges().stream().map(Pledge::id).collect(Collectors.joining(", ", "[", "]"));
    }
}
