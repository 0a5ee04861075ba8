package io.github.pledgebook.assertj;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.money.Conversion;
import io.github.pledgebook.money.ExchangeRate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Conversion}: the converted amount (exact or rounded), the date of the rate used, the
 * currency a cross rate went through and the source of its fixings.
 * <pre>{@code
 * Conversion sunday = rates.convert(Amounts.of(15_800_000_000L, "JPY"), "USD", LocalDate.of(2024, 2, 18));
 * assertThat(sunday).usedRateOf(LocalDate.of(2024, 2, 16)).crossedVia("EUR")
 *         .roundsTo(RoundingMode.HALF_EVEN, "USD", "105206378.64");
 * }</pre>
 * Obtain one with {@link PledgebookAssertions#assertThat(Conversion)}.
 */
@SuppressWarnings("exports")   // AssertJ is the caller\'s own (optional) dependency
public class ConversionAssert extends AbstractAssert<ConversionAssert, Conversion> {

    /**
     * Creates the assertions on a conversion.
     *
     * @param actual the conversion under test
     */
    protected ConversionAssert(Conversion actual) {
        super(actual, ConversionAssert.class);
    }

    /**
     * Verifies the exact converted amount ({@code "100"} equals {@code "100.00"}).
     *
     * @param currencyCode the target currency's ISO 4217 code
     * @param number the exact amount as decimal text
     * @return this, to chain
     */
    public ConversionAssert hasAmount(String currencyCode, String number) {
        isNotNull();
        MonetaryAmount expected = Exact.amount(currencyCode, number);
        if (!Exact.equal(actual.amount(), expected)) {
            failWithActualExpectedAndMessage(Amounts.format(actual.amount()), Amounts.format(expected),
                    "%nExpecting conversion:%n  %s%nto give exactly:%n  %s%nbut it gives:%n  %s", actual,
                    Amounts.format(expected), Amounts.format(actual.amount()));
        }
        return this;
    }

    /**
     * Verifies the converted amount rounded to the target currency's fraction digits with a named rounding mode.
     *
     * @param mode the rounding mode
     * @param currencyCode the target currency's ISO 4217 code
     * @param number the rounded amount as decimal text
     * @return this, to chain
     */
    public ConversionAssert roundsTo(RoundingMode mode, String currencyCode, String number) {
        isNotNull();
        MonetaryAmount expected = Exact.amount(currencyCode, number);
        MonetaryAmount rounded = actual.rounded(mode);
        if (!Exact.equal(rounded, expected)) {
            failWithActualExpectedAndMessage(Amounts.format(rounded), Amounts.format(expected),
                    "%nExpecting conversion:%n  %s%nrounded %s to be:%n  %s%nbut it is:%n  %s", actual, mode,
                    Amounts.format(expected), Amounts.format(rounded));
        }
        return this;
    }

    /**
     * Verifies the date of the rate used (for a derived rate, the oldest date of its fixings): a Sunday's conversion
     * uses Friday's rate under the standard lookup rule.
     *
     * @param expected the rate's date
     * @return this, to chain
     */
    public ConversionAssert usedRateOf(LocalDate expected) {
        isNotNull();
        if (!actual.rate().date().equals(expected)) {
            failWithActualExpectedAndMessage(actual.rate().date(), expected,
                    "%nExpecting conversion:%n  %s%nto use a rate of %s%nbut it used the rate of %s:%n  %s", actual,
                    expected, actual.rate().date(), actual.rate());
        }
        return this;
    }

    /**
     * Verifies that the rate was crossed through this currency (JPY to USD via EUR with per-EUR fixings).
     *
     * @param currencyCode the ISO 4217 code of the currency in between
     * @return this, to chain
     */
    public ConversionAssert crossedVia(String currencyCode) {
        isNotNull();
        check(actual.rate(), currencyCode);
        return this;
    }

    /**
     * Verifies that every fixing behind the rate comes from this source.
     *
     * @param source the source's name, such as {@code "ECB"}
     * @return this, to chain
     */
    public ConversionAssert usedSource(String source) {
        isNotNull();
        for (ExchangeRate f : actual.fixings()) {
            if (!f.source().equals(source)) {
                failWithMessage("%nExpecting conversion:%n  %s%nto use only fixings of %s%nbut it used:%n  %s",
                        actual, source, f);
            }
        }
        return this;
    }

    private void check(ExchangeRate rate, String currencyCode) {
        Set<String> via = via(rate);
        if (rate.derivation() != ExchangeRate.Derivation.CROSSED || !via.contains(currencyCode)) {
            failWithMessage("%nExpecting conversion:%n  %s%nto cross via %s%nbut its rate was %s%s:%n  %s", actual,
                    currencyCode, rate.derivation().name().toLowerCase(java.util.Locale.ROOT),
                    via.isEmpty() ? "" : " via " + String.join(", ", via), rate);
        }
    }

    /** The currencies a crossed rate's fixings name besides its own two. */
    static Set<String> via(ExchangeRate rate) {
        Set<String> codes = new LinkedHashSet<>();
        if (rate.derivation() == ExchangeRate.Derivation.CROSSED) {
            for (ExchangeRate f : rate.fixings()) {
                codes.add(f.base().getCurrencyCode());
                codes.add(f.term().getCurrencyCode());
            }
            codes.remove(rate.base().getCurrencyCode());
            codes.remove(rate.term().getCurrencyCode());
        }
        return codes;
    }
}
