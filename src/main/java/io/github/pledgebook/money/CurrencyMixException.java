package io.github.pledgebook.money;

import java.util.Collection;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryException;

/**
 * Thrown when one figure is asked of money held in several currencies, or when amounts in different currencies
 * would have to be added without a conversion.
 * <p>
 * pledgebook never adds yen to dollars silently; the message names the currencies and points to conversion.
 */
public final class CurrencyMixException extends MonetaryException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a full message.
     *
     * @param message what was asked, which currencies were found and what to do instead
     */
    public CurrencyMixException(String message) {
        super(message);
    }

    static CurrencyMixException of(String what, Collection<CurrencyUnit> currencies) {
        String codes = currencies.stream().map(CurrencyUnit::getCurrencyCode).collect(Collectors.joining(" and "));
        return new CurrencyMixException(what + " holds " + codes
                + "; convert it to one currency with a RateTable first");
    }
}
