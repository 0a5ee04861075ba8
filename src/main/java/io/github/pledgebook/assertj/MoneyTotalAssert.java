package io.github.pledgebook.assertj;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.money.MoneyTotal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link MoneyTotal}: its amount per currency (exact, by value), its currencies and its count of
 * items without money value.
 * <pre>{@code
 * assertThat(MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"), Amounts.of(37_000_000, "USD")))
 *         .hasAmount("JPY", "15800000000").hasAmount("USD", "37000000.00").hasCurrencies("JPY", "USD");
 * }</pre>
 * Obtain one with {@link PledgebookAssertions#assertThat(MoneyTotal)}.
 */
@SuppressWarnings("exports")   // AssertJ is the caller\'s own (optional) dependency
public class MoneyTotalAssert extends AbstractAssert<MoneyTotalAssert, MoneyTotal> {

    /**
     * Creates the assertions on a total.
     *
     * @param actual the total under test
     */
    protected MoneyTotalAssert(MoneyTotal actual) {
        super(actual, MoneyTotalAssert.class);
    }

    /**
     * Verifies that the total holds exactly this amount in this currency ({@code "100"} equals {@code "100.00"}).
     *
     * @param currencyCode the ISO 4217 code, such as {@code "JPY"}
     * @param number the amount as decimal text, such as {@code "15800000000"}
     * @return this, to chain
     */
    public MoneyTotalAssert hasAmount(String currencyCode, String number) {
        return hasAmount(Exact.amount(currencyCode, number));
    }

    /**
     * Verifies that the total holds exactly this amount in its currency.
     *
     * @param expected the amount
     * @return this, to chain
     */
    public MoneyTotalAssert hasAmount(MonetaryAmount expected) {
        isNotNull();
        if (!Exact.holds(actual, expected)) {
            failWithActualExpectedAndMessage(actual.toString(), Amounts.format(expected),
                    "%nExpecting total:%n  %s%nto hold:%n  %s%nbut %s", actual, Amounts.format(expected),
                    Exact.heldIn(actual, expected));
        }
        return this;
    }

    /**
     * Verifies that the total holds nothing in this currency.
     *
     * @param currencyCode the ISO 4217 code
     * @return this, to chain
     */
    public MoneyTotalAssert hasNoAmountIn(String currencyCode) {
        isNotNull();
        if (actual.contains(Amounts.currency(currencyCode))) {
            failWithMessage("%nExpecting total:%n  %s%nto hold nothing in %s%nbut it holds %s", actual, currencyCode,
                    Amounts.format(actual.amount(currencyCode)));
        }
        return this;
    }

    /**
     * Verifies that the total holds these currencies and no others, in any order.
     *
     * @param currencyCodes the ISO 4217 codes
     * @return this, to chain
     */
    public MoneyTotalAssert hasCurrencies(String... currencyCodes) {
        isNotNull();
        List<String> expected = Arrays.stream(currencyCodes).sorted().collect(Collectors.toList());
        List<String> held = codes(actual);
        if (!held.equals(expected)) {
            failWithActualExpectedAndMessage(held, expected,
                    "%nExpecting total:%n  %s%nto hold exactly the currencies %s%nbut it holds %s", actual, expected,
                    held);
        }
        return this;
    }

    /**
     * Verifies how many items were counted without a money value.
     *
     * @param expected the count
     * @return this, to chain
     */
    public MoneyTotalAssert hasUnvaluedCount(long expected) {
        isNotNull();
        if (actual.unvaluedCount() != expected) {
            failWithMessage("%nExpecting total:%n  %s%nto count %s items without money value%nbut it counts %s",
                    actual, expected, actual.unvaluedCount());
        }
        return this;
    }

    /**
     * Verifies that the total holds no money and no items without value.
     *
     * @return this, to chain
     */
    public MoneyTotalAssert isEmptyTotal() {
        isNotNull();
        if (!actual.isEmpty() || actual.unvaluedCount() != 0) {
            failWithMessage("%nExpecting total to be empty ([])%nbut it is:%n  %s", actual);
        }
        return this;
    }

    static List<String> codes(MoneyTotal total) {
        return total.currencies().stream().map(c -> c.getCurrencyCode()).sorted().collect(Collectors.toList());
    }
}
