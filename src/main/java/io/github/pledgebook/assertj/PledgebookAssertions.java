package io.github.pledgebook.assertj;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.money.Conversion;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.PledgeBook;
import io.github.pledgebook.timeline.PledgeState;
import io.github.pledgebook.timeline.StageTotal;

/**
 * The entry point of pledgebook's AssertJ assertions: one {@code assertThat} per value type.
 * <p>
 * Import it next to AssertJ's own, by name, so that both sets of {@code assertThat} overloads are visible (an
 * on-demand {@code import static ...Assertions.*} is hidden by a single-name import of the same method name):
 * <pre>{@code
 * import static org.assertj.core.api.Assertions.assertThat;
 * import static io.github.pledgebook.assertj.PledgebookAssertions.assertThat;
 *
 * assertThat(book.asOf(LocalDate.of(2024, 2, 20)).announced()).hasAmount("JPY", "15800000000").hasPledgeCount(2);
 * assertThat(List.of(1, 2)).hasSize(2);   // AssertJ's own
 * }</pre>
 * Needs {@code assertj-core} on the test class path (pledgebook declares it optional).
 */
public final class PledgebookAssertions {

    private PledgebookAssertions() {
    }

    /**
     * Assertions on a multi-currency total.
     *
     * @param actual the total under test
     * @return the assertions
     */
    public static MoneyTotalAssert assertThat(MoneyTotal actual) {
        return new MoneyTotalAssert(actual);
    }

    /**
     * Assertions on one stage's total.
     *
     * @param actual the total under test
     * @return the assertions
     */
    public static StageTotalAssert assertThat(StageTotal actual) {
        return new StageTotalAssert(actual);
    }

    /**
     * Assertions on one conversion.
     *
     * @param actual the conversion under test
     * @return the assertions
     */
    public static ConversionAssert assertThat(Conversion actual) {
        return new ConversionAssert(actual);
    }

    /**
     * Assertions on a converted total.
     *
     * @param actual the converted total under test
     * @return the assertions
     */
    public static ConvertedTotalAssert assertThat(ConvertedTotal actual) {
        return new ConvertedTotalAssert(actual);
    }

    /**
     * Assertions on a pledge.
     *
     * @param actual the pledge under test
     * @return the assertions
     */
    public static PledgeAssert assertThat(Pledge actual) {
        return new PledgeAssert(actual);
    }

    /**
     * Assertions on a pledge's state on a date.
     *
     * @param actual the state under test
     * @return the assertions
     */
    public static PledgeStateAssert assertThat(PledgeState actual) {
        return new PledgeStateAssert(actual);
    }

    /**
     * Assertions on a book.
     *
     * @param actual the book under test
     * @return the assertions
     */
    public static PledgeBookAssert assertThat(PledgeBook actual) {
        return new PledgeBookAssert(actual);
    }
}
