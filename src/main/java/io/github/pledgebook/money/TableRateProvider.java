package io.github.pledgebook.money;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionContextBuilder;
import javax.money.convert.ConversionQuery;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.ProviderContext;
import javax.money.convert.ProviderContextBuilder;
import javax.money.convert.RateType;

/** The JSR 354 view of a {@link RateTable}: the date comes from the query, never from a clock. */
final class TableRateProvider implements ExchangeRateProvider {

    static final String NAME = "pledgebook";

    private final RateTable table;
    private final RateLookup rule;
    private final ProviderContext context;

    TableRateProvider(RateTable table, RateLookup rule) {
        this.table = table;
        this.rule = rule;
        this.context = ProviderContextBuilder.of(NAME, RateType.HISTORIC)
                .set("rule", rule.toString())
                .build();
    }

    @Override
    public ProviderContext getContext() {
        return context;
    }

    @Override
    public ExchangeRate getExchangeRate(ConversionQuery query) {
        Objects.requireNonNull(query, "conversion query is required, was null");
        CurrencyUnit base = query.getBaseCurrency();
        CurrencyUnit term = query.getCurrency();
        if (base == null || term == null) {
            throw new MonetaryException("conversion query must name a base and a term currency, was " + query);
        }
        return table.rate(base, term, dateOf(query), rule);
    }

    @Override
    public CurrencyConversion getCurrencyConversion(ConversionQuery query) {
        Objects.requireNonNull(query, "conversion query is required, was null");
        CurrencyUnit term = query.getCurrency();
        if (term == null) {
            throw new MonetaryException("conversion query must name the term currency, was " + query);
        }
        return new DatedConversion(term, dateOf(query));
    }

    @Override
    public boolean isAvailable(ConversionQuery query) {
        Objects.requireNonNull(query, "conversion query is required, was null");
        if (!query.getProviderNames().isEmpty() && !query.getProviderNames().contains(NAME)) {
            return false;
        }
        try {
            getExchangeRate(query);  // returns a rate or throws
            return true;
        } catch (MonetaryException e) {
            return false;
        }
    }

    private static LocalDate dateOf(ConversionQuery query) {
        LocalDate date = query.get(LocalDate.class);
        if (date == null) {
            throw new MonetaryException("conversion query must carry the date to convert at as a LocalDate, "
                    + "such as ConversionQueryBuilder.of().set(LocalDate.of(2024, 2, 19)); the rate table reads no "
                    + "clock, was " + query);
        }
        return date;
    }

    @Override
    public String toString() {
        return "ExchangeRateProvider[" + NAME + ", " + rule + ", " + table + "]";
    }

    /** A conversion to one currency at the rates of one date. */
    private final class DatedConversion implements CurrencyConversion {
        private final CurrencyUnit term;
        private final LocalDate date;
        private final ConversionContext conversionContext;

        DatedConversion(CurrencyUnit term, LocalDate date) {
            this.term = term;
            this.date = date;
            this.conversionContext = ConversionContextBuilder.create(context, RateType.HISTORIC)
                    .set(LocalDate.class, date)
                    .build();
        }

        @Override
        public ConversionContext getContext() {
            return conversionContext;
        }

        @Override
        public CurrencyUnit getCurrency() {
            return term;
        }

        @Override
        public ExchangeRate getExchangeRate(MonetaryAmount amount) {
            Objects.requireNonNull(amount, "amount to convert is required, was null");
            return table.rate(amount.getCurrency(), term, date, rule);
        }

        @Override
        public ExchangeRateProvider getExchangeRateProvider() {
            return TableRateProvider.this;
        }

        @Override
        public MonetaryAmount apply(MonetaryAmount amount) {
            return table.convert(amount, term, date, rule).amount();
        }

        @Override
        public String toString() {
            return "CurrencyConversion[to " + term.getCurrencyCode() + " at " + date + ", " + rule + "]";
        }
    }
}
