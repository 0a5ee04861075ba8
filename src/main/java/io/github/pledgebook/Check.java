package io.github.pledgebook;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.money.MonetaryAmount;

/** Argument checks whose messages name the field, the value and the expectation. */
final class Check {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Check() {
    }

    static <T> T required(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " is required, was null");
        }
        return value;
    }

    static String notBlank(String value, String what) {
        required(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, was \"" + value + "\"");
        }
        return value;
    }

    static void country(String code, String what) {
        required(code, what);
        if (!COUNTRIES.contains(code)) {
            throw new IllegalArgumentException(
                    what + " must be an ISO 3166 alpha-2 country code such as JP or UA, was \"" + code + "\"");
        }
    }

    static MonetaryAmount positive(MonetaryAmount amount, String what) {
        required(amount, what);
        if (Amounts.decimal(amount).signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + Amounts.format(amount));
        }
        return amount;
    }

    static <C extends Collection<?>> C noNulls(C values, String what) {
        required(values, what);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(what + " must not contain null, was " + values);
        }
        return values;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
