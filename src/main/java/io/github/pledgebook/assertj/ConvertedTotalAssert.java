package io.github.pledgebook.assertj;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.ExchangeRate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ConvertedTotal}: the exact or rounded amount, the rates used and the items without value.
 * <pre>{@code
 * ConvertedTotal usd = rates.convert(book.asOf(feb20).announced().total(), Amounts.currency("USD"), feb19);
 * assertThat(usd).roundsTo(RoundingMode.HALF_EVEN, "USD", "142365926.11").usedRateOf(feb19).crossedVia("EUR");
 * }</pre>
 * Obtain one with {@link PledgebookAssertions#assertThat(ConvertedTotal)}.
 */
@SuppressWarnings("exports")   // AssertJ is the caller\'s own (optional) dependency
public class ConvertedTotalAssert extends AbstractAssert<ConvertedTotalAssert, ConvertedTotal> {

    /**
     * Creates the assertions on a converted total.
     *
     * @param actual the converted total under test
     */
    protected ConvertedTotalAssert(ConvertedTotal actual) {
        super(actual, ConvertedTotalAssert.class);
    }

    /**
     * Verifies the exact converted amount ({@code "100"} equals {@code "100.00"}).
     *
     * @param currencyCode the target currency's ISO 4217 code
     * @param number the exact amount as decimal text
     * @return this, to chain
     */
    public ConvertedTotalAssert hasAmount(String currencyCode, String number) {
        isNotNull();
        MonetaryAmount expected = Exact.amount(currencyCode, number);
        if (!Exact.equal(actual.amount(), expected)) {
            failWithActualExpectedAndMessage(Amounts.format(actual.amount()), Amounts.format(expected),
                    "%nExpecting converted total:%n  %s%nto be exactly:%n  %s%nbut it is:%n  %s", actual,
                    Amounts.format(expected), Amounts.format(actual.amount()));
        }
        return this;
    }

    /**
     * Verifies the amount rounded to the currency's fraction digits with a named rounding mode.
     *
     * @param mode the rounding mode
     * @param currencyCode the target currency's ISO 4217 code
     * @param number the rounded amount as decimal text
     * @return this, to chain
     */
    public ConvertedTotalAssert roundsTo(RoundingMode mode, String currencyCode, String number) {
        isNotNull();
        MonetaryAmount expected = Exact.amount(currencyCode, number);
        MonetaryAmount rounded = actual.rounded(mode);
        if (!Exact.equal(rounded, expected)) {
            failWithActualExpectedAndMessage(Amounts.format(rounded), Amounts.format(expected),
                    "%nExpecting converted total:%n  %s%nrounded %s to be:%n  %s%nbut it is:%n  %s", actual, mode,
                    Amounts.format(expected), Amounts.format(rounded));
        }
        return this;
    }

    /**
     * Verifies that at least one of the rates used is of this date.
     *
     * @param expected the rate date
     * @return this, to chain
     */
    public ConvertedTotalAssert usedRateOf(LocalDate expected) {
        isNotNull();
        if (actual.rates().stream().noneMatch(r -> r.date().equals(expected))) {
            failWithMessage("%nExpecting converted total:%n  %s%nto use a rate of %s%nbut it used the rates of %s",
                    actual, expected, dates());
        }
        return this;
    }

    /**
     * Verifies that every rate used other than identities was crossed through this currency.
     *
     * @param currencyCode the ISO 4217 code of the currency in between
     * @return this, to chain
     */
    public ConvertedTotalAssert crossedVia(String currencyCode) {
        isNotNull();
        for (ExchangeRate r : actual.rates()) {
            if (r.derivation() != ExchangeRate.Derivation.IDENTITY && !ConversionAssert.via(r).contains(currencyCode)) {
                failWithMessage("%nExpecting converted total:%n  %s%nto cross every rate via %s%nbut it used:%n  %s",
                        actual, currencyCode, r);
            }
        }
        return this;
    }

    /**
     * Verifies how many conversions the total is made of (one per currency and rate date).
     *
     * @param expected the count
     * @return this, to chain
     */
    public ConvertedTotalAssert hasConversionCount(int expected) {
        isNotNull();
        if (actual.conversions().size() != expected) {
            failWithMessage("%nExpecting converted total:%n  %s%nto be made of %s conversions%nbut it is made of %s:"
                    + "%n  %s", actual, expected, actual.conversions().size(), actual.conversions());
        }
        return this;
    }

    /**
     * Verifies how many items without a money value the total reports.
     *
     * @param expected the count
     * @return this, to chain
     */
    public ConvertedTotalAssert hasUnvaluedCount(long expected) {
        isNotNull();
        if (actual.unvaluedCount() != expected) {
            failWithMessage("%nExpecting converted total:%n  %s%nto count %s items without money value%n"
                    + "but it counts %s", actual, expected, actual.unvaluedCount());
        }
        return this;
    }

    private List<LocalDate> dates() {
        return actual.rates().stream().map(ExchangeRate::date).distinct().sorted().collect(Collectors.toList());
    }
}
