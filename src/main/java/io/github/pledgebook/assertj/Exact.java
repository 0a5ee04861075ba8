package io.github.pledgebook.assertj;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.money.MoneyTotal;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/** Exact comparison of amounts by value, and the words failure messages use for them. */
final class Exact {

    private Exact() {
    }

    /** The expected amount, checked at the door with pledgebook's own messages. */
    static MonetaryAmount amount(String currencyCode, String number) {
        return Amounts.of(number, currencyCode);
    }

    static boolean equal(MonetaryAmount a, MonetaryAmount b) {
        return a.getCurrency().equals(b.getCurrency()) && Amounts.decimal(a).compareTo(Amounts.decimal(b)) == 0;
    }

    static boolean equal(Optional<MonetaryAmount> a, MonetaryAmount b) {
        return a.isPresent() && equal(a.get(), b);
    }

    /** What a total holds in the expected amount's currency, for a message. */
    static String heldIn(MoneyTotal total, MonetaryAmount expected) {
        if (total.contains(expected.getCurrency())) {
            return "it holds " + Amounts.format(total.amount(expected.getCurrency()));
        }
        String codes = total.currencies().stream().map(c -> c.getCurrencyCode()).collect(Collectors.joining(", "));
        return "it holds no " + expected.getCurrency().getCurrencyCode()
                + (codes.isEmpty() ? " (it holds no money at all)" : " (only " + codes + ")");
    }

    static boolean holds(MoneyTotal total, MonetaryAmount expected) {
        return total.contains(expected.getCurrency())
                && total.decimal(expected.getCurrency()).compareTo(Amounts.decimal(expected)) == 0;
    }

    static String format(Optional<MonetaryAmount> amount) {
        return amount.map(Amounts::format).orElse("no amount");
    }

    static BigDecimal number(String number) {
        return Amounts.decimal(Amounts.of(number, "XXX"));
    }
}
