package io.github.pledgebook.assertj;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.StageTotal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link StageTotal}: its stage, date, money per currency (exact, by value), pledge count and items
 * without value. A failure message shows the whole total, such as
 * {@code announced as of 2024-02-20: [JPY 15,800,000,000; USD 37,000,000] from 2 pledges}.
 * <pre>{@code
 * assertThat(book.asOf(LocalDate.of(2024, 2, 20)).announced())
 *         .hasStage(Stage.ANNOUNCED).hasAmount("JPY", "15800000000").hasPledgeCount(2);
 * }</pre>
 * Obtain one with {@link PledgebookAssertions#assertThat(StageTotal)}.
 */
@SuppressWarnings("exports")   // AssertJ is the caller\'s own (optional) dependency
public class StageTotalAssert extends AbstractAssert<StageTotalAssert, StageTotal> {

    /**
     * Creates the assertions on a stage total.
     *
     * @param actual the total under test
     */
    protected StageTotalAssert(StageTotal actual) {
        super(actual, StageTotalAssert.class);
    }

    /**
     * Verifies that the total holds exactly this amount in this currency ({@code "100"} equals {@code "100.00"}).
     *
     * @param currencyCode the ISO 4217 code, such as {@code "JPY"}
     * @param number the amount as decimal text, such as {@code "15800000000"}
     * @return this, to chain
     */
    public StageTotalAssert hasAmount(String currencyCode, String number) {
        return hasAmount(Exact.amount(currencyCode, number));
    }

    /**
     * Verifies that the total holds exactly this amount in its currency.
     *
     * @param expected the amount
     * @return this, to chain
     */
    public StageTotalAssert hasAmount(MonetaryAmount expected) {
        isNotNull();
        if (!Exact.holds(actual.total(), expected)) {
            failWithActualExpectedAndMessage(actual.total().toString(), Amounts.format(expected),
                    "%nExpecting stage total:%n  %s%nto hold:%n  %s%nbut %s", actual, Amounts.format(expected),
                    Exact.heldIn(actual.total(), expected));
        }
        return this;
    }

    /**
     * Verifies that the total holds nothing in this currency.
     *
     * @param currencyCode the ISO 4217 code
     * @return this, to chain
     */
    public StageTotalAssert hasNoAmountIn(String currencyCode) {
        isNotNull();
        if (actual.total().contains(Amounts.currency(currencyCode))) {
            failWithMessage("%nExpecting stage total:%n  %s%nto hold nothing in %s%nbut it holds %s", actual,
                    currencyCode, Amounts.format(actual.total().amount(currencyCode)));
        }
        return this;
    }

    /**
     * Verifies that the total holds these currencies and no others, in any order.
     *
     * @param currencyCodes the ISO 4217 codes
     * @return this, to chain
     */
    public StageTotalAssert hasCurrencies(String... currencyCodes) {
        isNotNull();
        List<String> expected = Arrays.stream(currencyCodes).sorted().collect(Collectors.toList());
        List<String> held = MoneyTotalAssert.codes(actual.total());
        if (!held.equals(expected)) {
            failWithActualExpectedAndMessage(held, expected,
                    "%nExpecting stage total:%n  %s%nto hold exactly the currencies %s%nbut it holds %s", actual,
                    expected, held);
        }
        return this;
    }

    /**
     * Verifies the money of the total, all currencies and the unvalued count at once (by value).
     *
     * @param expected the expected total
     * @return this, to chain
     */
    public StageTotalAssert hasTotal(MoneyTotal expected) {
        isNotNull();
        if (!actual.total().equals(expected)) {
            failWithActualExpectedAndMessage(actual.total().toString(), String.valueOf(expected),
                    "%nExpecting stage total:%n  %s%nto be:%n  %s%nbut it is:%n  %s", actual, expected,
                    actual.total());
        }
        return this;
    }

    /**
     * Verifies how many pledges the total counts (as of a date) or how many arrived (within a window).
     *
     * @param expected the count
     * @return this, to chain
     */
    public StageTotalAssert hasPledgeCount(long expected) {
        isNotNull();
        if (actual.pledgeCount() != expected) {
            failWithActualExpectedAndMessage(actual.pledgeCount(), expected,
                    "%nExpecting stage total:%n  %s%nto count %s pledges%nbut it counts %s", actual, expected,
                    actual.pledgeCount());
        }
        return this;
    }

    /**
     * Verifies how many items without a money value the total counts.
     *
     * @param expected the count
     * @return this, to chain
     */
    public StageTotalAssert hasUnvaluedCount(long expected) {
        isNotNull();
        if (actual.unvaluedCount() != expected) {
            failWithMessage("%nExpecting stage total:%n  %s%nto count %s items without money value%nbut it counts %s",
                    actual, expected, actual.unvaluedCount());
        }
        return this;
    }

    /**
     * Verifies the stage of the total.
     *
     * @param expected the stage
     * @return this, to chain
     */
    public StageTotalAssert hasStage(Stage expected) {
        isNotNull();
        if (actual.stage() != expected) {
            failWithMessage("%nExpecting stage total:%n  %s%nto be of stage %s%nbut it is of stage %s", actual,
                    expected.label(), actual.stage().label());
        }
        return this;
    }

    /**
     * Verifies that the total is as of this date (not a window total).
     *
     * @param expected the date
     * @return this, to chain
     */
    public StageTotalAssert isAsOf(LocalDate expected) {
        isNotNull();
        if (!actual.asOf().equals(Optional.of(expected))) {
            failWithMessage("%nExpecting stage total:%n  %s%nto be as of %s%nbut it is not", actual, expected);
        }
        return this;
    }

    /**
     * Verifies that the total holds no money and no items without value.
     *
     * @return this, to chain
     */
    public StageTotalAssert hasNothing() {
        isNotNull();
        if (!actual.total().isEmpty() || actual.total().unvaluedCount() != 0) {
            failWithMessage("%nExpecting stage total to hold nothing%nbut it is:%n  %s", actual);
        }
        return this;
    }

    /**
     * Continues with assertions on the total's money.
     *
     * @return assertions on {@link StageTotal#total()}
     */
    public MoneyTotalAssert total() {
        isNotNull();
        return new MoneyTotalAssert(actual.total());
    }
}
