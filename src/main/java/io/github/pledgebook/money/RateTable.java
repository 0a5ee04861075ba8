package io.github.pledgebook.money;

import io.github.pledgebook.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.convert.ExchangeRateProvider;

/**
 * An immutable table of dated exchange rates that the caller fills from any source, and the conversions made
 * with it.
 * <p>
 * pledgebook fetches nothing: the caller adds the fixings it trusts (ECB reference rates per 1 EUR, the Fed's H.10
 * "JPY per USD", a ministry's own rates), and every conversion says which of them it used. A rate is looked up by
 * pair and date under a named {@link RateLookup} rule, found in this order:
 * <ol>
 * <li>the same currency: the identity rate 1, no lookup;</li>
 * <li>the pair as published, or its inverse (USD/JPY from JPY/USD), whichever has the later acceptable fixing (the
 * pair as published on a tie);</li>
 * <li>a cross rate through a pivot currency, pivots tried in order (JPY/USD from EUR/JPY and EUR/USD).</li>
 * </ol>
 * If none is found, {@link MissingRateException} names the pair, the date, the rule and the latest fixing that
 * exists. A future rate is never used.
 * <pre>{@code
 * RateTable rates = RateTable.builder()
 *         .addFixings(LocalDate.of(2024, 2, 19), "ECB", "EUR",
 *                 Map.of("JPY", new BigDecimal("161.59"), "USD", new BigDecimal("1.0776")))
 *         .build();
 * Conversion c = rates.convert(Amounts.of(15_800_000_000L, "JPY"), Amounts.currency("USD"), LocalDate.of(2024, 2, 19));
 * c.amount();                        // USD 105,365,926.1092889411473482269942446926
 * c.rounded(RoundingMode.HALF_EVEN); // USD 105,365,926.11
 * }</pre>
 * <b>Pivots.</b> Unless {@link Builder#pivot(String...)} names them, the pivot is the currency found in the most
 * pairs (EUR for ECB fixings, USD for H.10), ties broken by ISO code. <b>Precision.</b> Fixings are exact; inverse
 * and cross rates are divided once with {@link ExchangeRate#DIVISION} (34 significant digits, half-even); amounts
 * are multiplied exactly and rounded only on request. <b>Speed.</b> Fixings are held per pair in date-sorted
 * arrays, so a lookup is a binary search, O(log n); a pair's route (its own series, its reverse, the legs through
 * each pivot) is found once per table, and converting many dates of one currency walks the route forward instead
 * of searching. A fixing keeps the inverse and the last cross rate made from it, so repeated lookups share one
 * derived rate and its division instead of repeating them, and each route remembers the rate it found for each day
 * (from the table's first to its last fixing date) under the last rule used, so converting the same dates again
 * resolves nothing; none of this changes an answer. Converted totals sum the exact products without making each
 * one.
 * <p>
 * This class is immutable and thread-safe; tables compare by identity.
 */
public final class RateTable {

    private final List<CurrencyUnit> pivots;
    private final RateLookup rule;
    private final int size;
    private final int pairs;
    private final LocalDate first;
    private final LocalDate last;
    private final Set<CurrencyUnit> currencies;
    /** The route engine: per-pair series, routes through the pivots, remembered rates. */
    private final RateRoutes routes;

    private RateTable(Builder b) {
        Map<String, Map<String, RateRoutes.Series>> m = new HashMap<>();
        Set<CurrencyUnit> units = new TreeSet<>(Comparator.comparing(CurrencyUnit::getCurrencyCode));
        int count = 0;
        LocalDate lo = null;
        LocalDate hi = null;
        for (Map.Entry<String, TreeMap<LocalDate, ExchangeRate>> e : b.byPair.entrySet()) {
            RateRoutes.Series s = new RateRoutes.Series(e.getValue());
            ExchangeRate any = s.rates[0];
            m.computeIfAbsent(any.base().getCurrencyCode(), k -> new HashMap<>())
                    .put(any.term().getCurrencyCode(), s);
            units.add(any.base());
            units.add(any.term());
            count += s.rates.length;
            LocalDate f = s.rates[0].date();
            LocalDate l = s.rates[s.rates.length - 1].date();
            lo = lo == null || f.isBefore(lo) ? f : lo;
            hi = hi == null || l.isAfter(hi) ? l : hi;
        }
        this.currencies = Collections.unmodifiableSet(units);
        this.size = count;
        this.pairs = b.byPair.size();
        this.first = lo;
        this.last = hi;
        this.rule = b.rule;
        this.pivots = b.pivotsSet ? List.copyOf(b.pivots) : defaultPivot(b.byPair);
        this.routes = new RateRoutes(m, pivots, lo, hi);
    }

    private static List<CurrencyUnit> defaultPivot(Map<String, TreeMap<LocalDate, ExchangeRate>> byPair) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, CurrencyUnit> units = new HashMap<>();
        for (TreeMap<LocalDate, ExchangeRate> s : byPair.values()) {
            ExchangeRate r = s.firstEntry().getValue();
            for (CurrencyUnit c : List.of(r.base(), r.term())) {
                counts.merge(c.getCurrencyCode(), 1, Integer::sum);
                units.put(c.getCurrencyCode(), c);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? List.of() : List.of(units.get(best));
    }

    /**
     * Returns a new, empty builder.
     * <pre>{@code
     * RateTable rates = RateTable.builder().add(ExchangeRate.parse("EUR/JPY 161.59 2024-02-19 ECB")).build();
     * }</pre>
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a table from text, one fixing per line in the form {@link ExchangeRate#parse(CharSequence)} reads;
     * lines end with {@code \n}, {@code \r\n} or {@code \r}; blank lines and comments ({@code #} to the end of the line) are
     * skipped. A fixing that contradicts its reverse pair from the same source on the same day is refused (see
     * {@link Builder#add(ExchangeRate)}). Pivot and rule are the defaults.
     * <pre>{@code
     * RateTable rates = RateTable.parse("""
     *         # ECB reference rates, per 1 EUR
     *         EUR/JPY 161.59 2024-02-19 ECB
     *         EUR/USD 1.0776 2024-02-19 ECB
     *         """);
     * }</pre>
     *
     * @param text the lines
     * @return the table
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if a line cannot be read (the message gives its number) or two lines give
     *     different fixings for one pair and date
     */
    public static RateTable parse(CharSequence text) {
        return builder().addLines(text).build();
    }

    /**
     * Returns the rate for a pair on a date under the given rule.
     * <pre>{@code
     * rates.rate(JPY, USD, LocalDate.of(2024, 2, 18), RateLookup.latestOnOrBefore(3));  // Friday's cross rate
     * }</pre>
     *
     * @param base the currency converted from
     * @param term the currency converted to
     * @param date the date the rate is wanted for
     * @param rule which fixings are acceptable for that date
     * @return the rate: a fixing, an inverse, a cross or the identity
     * @throws NullPointerException if any argument is null
     * @throws MissingRateException if no acceptable rate exists
     */
    public ExchangeRate rate(CurrencyUnit base, CurrencyUnit term, LocalDate date, RateLookup rule) {
        Objects.requireNonNull(base, "base currency is required, was null");
        Objects.requireNonNull(term, "term currency is required, was null");
        Objects.requireNonNull(date, "date of the rate is required, was null");
        Objects.requireNonNull(rule, "rate lookup rule is required, was null");
        if (base.getCurrencyCode().equals(term.getCurrencyCode())) {
            return ExchangeRate.identity(term, date);
        }
        ExchangeRate r = routes.rate(base.getCurrencyCode(), term.getCurrencyCode(), date.toEpochDay(), rule);
        if (r == null) {
            throw routes.missing(base, term, date, rule);
        }
        return r;
    }

    /**
     * Returns the rate for a pair on a date under the given rule, by ISO codes.
     * <pre>{@code
     * rates.rate("JPY", "USD", LocalDate.of(2024, 2, 19), RateLookup.exactDate());
     * }</pre>
     *
     * @param base the ISO code of the currency converted from
     * @param term the ISO code of the currency converted to
     * @param date the date the rate is wanted for
     * @param rule which fixings are acceptable for that date
     * @return the rate
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if a code is unknown
     * @throws MissingRateException if no acceptable rate exists
     */
    public ExchangeRate rate(String base, String term, LocalDate date, RateLookup rule) {
        return rate(Amounts.currency(base), Amounts.currency(term), date, rule);
    }

    /**
     * Returns the rate for a pair on a date under this table's {@link #rule()}.
     *
     * @param base the currency converted from
     * @param term the currency converted to
     * @param date the date the rate is wanted for
     * @return the rate
     * @throws NullPointerException if any argument is null
     * @throws MissingRateException if no acceptable rate exists
     */
    public ExchangeRate rate(CurrencyUnit base, CurrencyUnit term, LocalDate date) {
        return rate(base, term, date, rule);
    }

    /**
     * Returns the rate for a pair on a date under the given rule, or empty instead of an exception.
     * <pre>{@code
     * rates.findRate(JPY, USD, sunday, RateLookup.exactDate());  // Optional.empty()
     * }</pre>
     *
     * @param base the currency converted from
     * @param term the currency converted to
     * @param date the date the rate is wanted for
     * @param rule which fixings are acceptable for that date
     * @return the rate, or empty if no acceptable rate exists
     * @throws NullPointerException if any argument is null
     */
    public Optional<ExchangeRate> findRate(CurrencyUnit base, CurrencyUnit term, LocalDate date, RateLookup rule) {
        try {
            return Optional.of(rate(base, term, date, rule));
        } catch (MissingRateException e) {
            return Optional.empty();
        }
    }

    /**
     * Converts an amount to a currency at the rate for a date, under this table's {@link #rule()}.
     * <pre>{@code
     * rates.convert(Amounts.of(15_800_000_000L, "JPY"), USD, LocalDate.of(2024, 2, 19)).amount();
     * // USD 105,365,926.1092889411473482269942446926
     * }</pre>
     *
     * @param amount the amount, in any JSR 354 implementation (taken exactly)
     * @param target the currency to convert to
     * @param date the date whose rate to use
     * @return the conversion, with its exact result and the rate used
     * @throws NullPointerException if any argument is null
     * @throws MissingRateException if no acceptable rate exists
     */
    public Conversion convert(MonetaryAmount amount, CurrencyUnit target, LocalDate date) {
        return convert(amount, target, date, rule);
    }

    /**
     * Converts an amount to a currency at the rate for a date under the given rule. The same currency converts at
     * the identity rate 1 without a lookup.
     * <pre>{@code
     * rates.convert(yen, USD, sunday, RateLookup.latestOnOrBefore(3)).rate().date();  // Friday
     * }</pre>
     *
     * @param amount the amount, in any JSR 354 implementation (taken exactly)
     * @param target the currency to convert to
     * @param date the date whose rate to use
     * @param rule which fixings are acceptable for that date
     * @return the conversion
     * @throws NullPointerException if any argument is null
     * @throws MissingRateException if no acceptable rate exists
     */
    public Conversion convert(MonetaryAmount amount, CurrencyUnit target, LocalDate date, RateLookup rule) {
        Objects.requireNonNull(amount, "amount to convert is required, was null");
        return new Conversion(amount, rate(amount.getCurrency(), target, date, rule), date);
    }

    /**
     * Converts an amount to a currency given by ISO code, under this table's {@link #rule()}.
     * <pre>{@code
     * rates.convert(Amounts.of(15_800_000_000L, "JPY"), "USD", LocalDate.of(2024, 2, 19));
     * }</pre>
     *
     * @param amount the amount
     * @param target the ISO code of the currency to convert to
     * @param date the date whose rate to use
     * @return the conversion
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the code is unknown
     * @throws MissingRateException if no acceptable rate exists
     */
    public Conversion convert(MonetaryAmount amount, String target, LocalDate date) {
        return convert(amount, Amounts.currency(target), date, rule);
    }

    /**
     * Converts every currency of a total at the rates of one reference date (a report's cut-off), under this
     * table's {@link #rule()}. The unvalued count is carried over.
     * <pre>{@code
     * rates.convert(MoneyTotal.of(yen, dollars), USD, LocalDate.of(2024, 2, 19)).amount();
     * // USD 142,365,926.1092889411473482269942446926
     * }</pre>
     *
     * @param total the total, in any currencies
     * @param target the currency to convert to
     * @param date the reference date for every rate
     * @return the converted total, one conversion per currency of {@code total}
     * @throws NullPointerException if any argument is null
     * @throws MissingRateException if a currency has no acceptable rate
     */
    public ConvertedTotal convert(MoneyTotal total, CurrencyUnit target, LocalDate date) {
        return convert(total, target, date, rule);
    }

    /**
     * Converts every currency of a total to a currency given by ISO code, at the rates of one reference date, under
     * this table's {@link #rule()}: the total's counterpart of {@link #convert(MonetaryAmount, String, LocalDate)}.
     * <pre>{@code
     * rates.convert(MoneyTotal.of(yen, dollars), "USD", LocalDate.of(2024, 2, 19)).rounded(RoundingMode.HALF_EVEN);
     * // USD 142,365,926.11
     * }</pre>
     *
     * @param total the total, in any currencies
     * @param target the ISO code of the currency to convert to
     * @param date the reference date for every rate
     * @return the converted total, one conversion per currency of {@code total}
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the code is unknown
     * @throws MissingRateException if a currency has no acceptable rate
     */
    public ConvertedTotal convert(MoneyTotal total, String target, LocalDate date) {
        Objects.requireNonNull(target, "target currency is required, was null");
        return convert(total, Amounts.currency(target), date, rule);
    }

    /**
     * Converts every currency of a total at the rates of one reference date under the given rule.
     *
     * @param total the total, in any currencies
     * @param target the currency to convert to
     * @param date the reference date for every rate
     * @param rule which fixings are acceptable for that date
     * @return the converted total, one conversion per currency of {@code total}
     * @throws NullPointerException if any argument is null
     * @throws MissingRateException if a currency has no acceptable rate
     */
    public ConvertedTotal convert(MoneyTotal total, CurrencyUnit target, LocalDate date, RateLookup rule) {
        Objects.requireNonNull(total, "total to convert is required, was null");
        Objects.requireNonNull(target, "target currency is required, was null");
        Objects.requireNonNull(date, "date of the rate is required, was null");
        Objects.requireNonNull(rule, "rate lookup rule is required, was null");
        List<Conversion> list = new ArrayList<>(total.size());
        for (Map.Entry<CurrencyUnit, BigDecimal> e : total.toMap().entrySet()) {
            MonetaryAmount a = Amounts.of(e.getValue(), e.getKey());
            list.add(new Conversion(a, rate(e.getKey(), target, date, rule), date));
        }
        return new ConvertedTotal(target, list, total.unvaluedCount());
    }

    /**
     * Converts each amount at the rate of its own date (the IATI value-date rule), under this table's
     * {@link #rule()}, and sums the results.
     * <pre>{@code
     * rates.convertEach(List.of(
     *         DatedAmount.of(LocalDate.of(2024, 2, 11), Amounts.of(106_000_000, "USD")),
     *         DatedAmount.of(LocalDate.of(2024, 2, 19), Amounts.of(15_800_000_000L, "JPY"))), EUR);
     * }</pre>
     *
     * @param amounts the dated amounts
     * @param target the currency to convert to
     * @return the converted total, one conversion per amount, in the given order
     * @throws NullPointerException if an argument or element is null
     * @throws MissingRateException if an amount has no acceptable rate for its date
     */
    public ConvertedTotal convertEach(Iterable<DatedAmount> amounts, CurrencyUnit target) {
        return convertEach(amounts, target, rule);
    }

    /**
     * Converts each amount at the rate of its own date under the given rule, and sums the results.
     *
     * @param amounts the dated amounts
     * @param target the currency to convert to
     * @param rule which fixings are acceptable for each date
     * @return the converted total, one conversion per amount, in the given order
     * @throws NullPointerException if an argument or element is null
     * @throws MissingRateException if an amount has no acceptable rate for its date
     */
    public ConvertedTotal convertEach(Iterable<DatedAmount> amounts, CurrencyUnit target, RateLookup rule) {
        Objects.requireNonNull(amounts, "dated amounts are required, was null");
        Objects.requireNonNull(target, "target currency is required, was null");
        Objects.requireNonNull(rule, "rate lookup rule is required, was null");
        List<Conversion> list = new ArrayList<>();
        Lookups lookups = new Lookups(target, rule);
        for (DatedAmount d : amounts) {
            Objects.requireNonNull(d, "dated amount is required, was null");
            list.add(new Conversion(d.amount(), lookups.rate(d.amount().getCurrency(), d.date()), d.date()));
        }
        return new ConvertedTotal(target, list, 0);
    }

    /**
     * Takes dated amounts like {@link #convertEach(Iterable, CurrencyUnit)}, but sums the amounts of each currency
     * and date exactly first and converts each such sum once (hence the name), at the rate of its date under this
     * table's {@link #rule()}.
     * <p>
     * Exact multiplication distributes over exact sums, so the total is exactly the same as converting each amount
     * and adding the results; only the conversions listed differ: one per currency and date instead of one per
     * amount, ordered by currency code and date. Every rate used is still there. With many amounts on few dates
     * this is much faster, since each rate is looked up and multiplied once.
     * <pre>{@code
     * ConvertedTotal usd = rates.convertSumsPerDate(List.of(
     *         DatedAmount.of(LocalDate.of(2024, 2, 19), Amounts.of(15_000_000_000L, "JPY")),
     *         DatedAmount.of(LocalDate.of(2024, 2, 19), Amounts.of(800_000_000L, "JPY"))), Amounts.currency("USD"));
     * usd.conversions().size();  // 1: JPY 15,800,000,000 converted at the cross rate of 2024-02-19
     * usd.decimal();             // equal to rates.convertEach(the same amounts, USD).decimal()
     * }</pre>
     *
     * @param amounts the dated amounts
     * @param target the currency to convert to
     * @return the converted total, one conversion per currency and date
     * @throws NullPointerException if an argument or element is null
     * @throws MissingRateException if a currency has no acceptable rate for a date
     */
    public ConvertedTotal convertSumsPerDate(Iterable<DatedAmount> amounts, CurrencyUnit target) {
        return convertSumsPerDate(amounts, target, rule);
    }

    /**
     * Converts amounts at the rates of their own dates under the given rule, summing per currency and date first;
     * see {@link #convertSumsPerDate(Iterable, CurrencyUnit)}.
     *
     * @param amounts the dated amounts
     * @param target the currency to convert to
     * @param rule which fixings are acceptable for each date
     * @return the converted total, one conversion per currency and date, ordered by currency code and date
     * @throws NullPointerException if an argument or element is null
     * @throws MissingRateException if a currency has no acceptable rate for a date
     */
    public ConvertedTotal convertSumsPerDate(Iterable<DatedAmount> amounts, CurrencyUnit target, RateLookup rule) {
        Objects.requireNonNull(amounts, "dated amounts are required, was null");
        Map<LocalDate, MoneyTotal.Builder> sums = new TreeMap<>();
        for (DatedAmount d : amounts) {
            Objects.requireNonNull(d, "dated amount is required, was null");
            sums.computeIfAbsent(d.date(), k -> MoneyTotal.builder()).add(d.amount());
        }
        TreeMap<LocalDate, MoneyTotal> totals = new TreeMap<>();
        sums.forEach((date, sum) -> totals.put(date, sum.build()));
        return convertTotalsByDate(totals, target, rule);
    }

    /**
     * Takes totals already summed per date (a map from date to {@link MoneyTotal}, unlike the dated amounts of
     * {@link #convertEach(Iterable, CurrencyUnit)} and {@link #convertSumsPerDate(Iterable, CurrencyUnit)}) and
     * converts each at the rate of its own date, under this table's {@link #rule()}: a book's changes per day, or any
     * dated series of totals. Each currency of each total is converted once; the
     * totals' unvalued items are counted, not converted.
     * <pre>{@code
     * ConvertedTotal usd = rates.convertTotalsByDate(new TreeMap<>(Map.of(
     *         LocalDate.of(2024, 1, 11), MoneyTotal.of(Amounts.of(37_000_000, "USD")),
     *         LocalDate.of(2024, 2, 19), MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY")))), Amounts.currency("USD"));
     * usd.rounded(RoundingMode.HALF_EVEN);  // USD 142,365,926.11
     * }</pre>
     *
     * @param totals the totals by date
     * @param target the currency to convert to
     * @return the converted total, one conversion per currency and date, ordered by currency code and date
     * @throws NullPointerException if an argument, date or total is null
     * @throws MissingRateException if a currency has no acceptable rate for a date
     */
    public ConvertedTotal convertTotalsByDate(Map<LocalDate, MoneyTotal> totals, CurrencyUnit target) {
        return convertTotalsByDate(totals, target, rule);
    }

    /**
     * Converts totals of several dates, each at the rate of its own date under the given rule; see
     * {@link #convertTotalsByDate(Map, CurrencyUnit)}.
     *
     * @param totals the totals by date
     * @param target the currency to convert to
     * @param rule which fixings are acceptable for each date
     * @return the converted total, one conversion per currency and date, ordered by currency code and date
     * @throws NullPointerException if an argument, date or total is null
     * @throws MissingRateException if a currency has no acceptable rate for a date
     */
    public ConvertedTotal convertTotalsByDate(Map<LocalDate, MoneyTotal> totals, CurrencyUnit target, RateLookup rule) {
        Objects.requireNonNull(totals, "dated totals are required, was null");
        Objects.requireNonNull(target, "target currency is required, was null");
        Objects.requireNonNull(rule, "rate lookup rule is required, was null");
        SortedMap<LocalDate, MoneyTotal> byDate;
        if (totals instanceof SortedMap && ((SortedMap<LocalDate, MoneyTotal>) totals).comparator() == null) {
            byDate = (SortedMap<LocalDate, MoneyTotal>) totals;
        } else {
            byDate = new TreeMap<>();
            for (Map.Entry<LocalDate, MoneyTotal> e : totals.entrySet()) {
                byDate.put(Objects.requireNonNull(e.getKey(), "date of a dated total is required, was null"),
                        e.getValue());
            }
        }
        return routes.convertTotals(byDate, target, rule);
    }

    /**
     * Returns this table as a JSR 354 provider under its own {@link #rule()}.
     *
     * @return the provider
     * @see #asProvider(RateLookup)
     */
    public ExchangeRateProvider asProvider() {
        return asProvider(rule);
    }

    /**
     * Returns this table as a JSR 354 {@link ExchangeRateProvider} that reads the date from the query, for code
     * written against {@code javax.money}. The query must carry a {@link LocalDate}; the provider reads no clock.
     * Converted amounts are exact Moneta {@code Money} values, whatever the context of the amount converted.
     * <pre>{@code
     * ExchangeRateProvider provider = rates.asProvider(RateLookup.standard());
     * ConversionQuery query = ConversionQueryBuilder.of().setTermCurrency("USD").set(LocalDate.of(2024, 2, 19)).build();
     * MonetaryAmount usd = Amounts.of(15_800_000_000L, "JPY").with(provider.getCurrencyConversion(query));
     * }</pre>
     *
     * @param rule which fixings are acceptable for the query's date
     * @return the provider, named {@code "pledgebook"}, rate type {@code HISTORIC}
     * @throws NullPointerException if {@code rule} is null
     */
    public ExchangeRateProvider asProvider(RateLookup rule) {
        return new TableRateProvider(this, Objects.requireNonNull(rule, "rate lookup rule is required, was null"));
    }

    /**
     * Returns the lookup rule this table uses when none is given ({@link RateLookup#standard()} unless the builder
     * set another).
     *
     * @return the rule
     */
    public RateLookup rule() {
        return rule;
    }

    /**
     * Returns the pivot currencies tried, in order, for cross rates.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<CurrencyUnit> pivots() {
        return pivots;
    }

    /**
     * Returns how many fixings the table holds.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * Returns the currencies of the fixings, ordered by ISO code.
     *
     * @return an unmodifiable set
     */
    public Set<CurrencyUnit> currencies() {
        return currencies;
    }

    /**
     * Returns the table in brief: {@code RateTable[60 fixings of 30 pairs, 2024-02-16 to 2024-02-19, pivots [EUR],
     * latest-on-or-before(4 days)]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        List<String> codes = new ArrayList<>();
        pivots.forEach(p -> codes.add(p.getCurrencyCode()));
        return "RateTable[" + size + (size == 1 ? " fixing" : " fixings") + " of " + pairs
                + (pairs == 1 ? " pair" : " pairs") + (first == null ? "" : ", " + first + " to " + last)
                + ", pivots " + codes + ", " + rule + "]";
    }

    /**
     * The rate lookups of one conversion call: many amounts share a currency and date, so each pair of them is
     * resolved once per call. Sorted input needs only the last lookup; a map of all lookups is kept from the first
     * amount out of (currency, date) order on. Either way a rate that is not remembered is resolved again, to the
     * same value. (Cross rates are kept by their route across calls: see {@link RateRoutes}.)
     */
    private final class Lookups {
        private final CurrencyUnit target;
        private final RateLookup rule;
        private String lastCode;
        private LocalDate lastDate;
        private ExchangeRate last;
        private Map<String, Map<LocalDate, ExchangeRate>> seen;

        Lookups(CurrencyUnit target, RateLookup rule) {
            this.target = target;
            this.rule = rule;
        }

        ExchangeRate rate(CurrencyUnit from, LocalDate date) {
            String code = from.getCurrencyCode();
            if (date.equals(lastDate) && code.equals(lastCode)) {
                return last;
            }
            if (seen == null && lastCode != null) {
                int order = code.compareTo(lastCode);
                if (order < 0 || order == 0 && date.isBefore(lastDate)) {
                    seen = new HashMap<>();
                }
            }
            ExchangeRate r = seen == null ? null : seen.computeIfAbsent(code, k -> new HashMap<>()).get(date);
            if (r == null) {
                r = RateTable.this.rate(from, target, date, rule);
                if (seen != null) {
                    seen.get(code).put(date, r);
                }
            }
            lastCode = code;
            lastDate = date;
            last = r;
            return r;
        }
    }

    /**
     * Collects fixings and settings for a {@link RateTable}. A pair may have one fixing per date: adding the same
     * fixing twice is harmless, adding a different one for the same pair and date fails. A call that fails adds
     * nothing: {@link #addFixings addFixings}, {@link #addSeries addSeries} and {@link #addLines addLines} check all
     * their fixings before adding any. Not thread-safe; the table it builds is.
     * <pre>{@code
     * RateTable rates = RateTable.builder()
     *         .addFixings(LocalDate.of(2024, 2, 16), "ECB", "EUR", Map.of("JPY", new BigDecimal("161.79"),
     *                 "USD", new BigDecimal("1.0773")))
     *         .addSeries("USD", "JPY", "Fed H.10", Map.of(LocalDate.of(2024, 2, 16), new BigDecimal("150.18")))
     *         .pivot("EUR", "USD")
     *         .rule(RateLookup.latestOnOrBefore(3))
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        /**
         * Whether two fixings of reverse pairs can both be roundings of one exact rate: 1 lies between the
         * products of their lowest and highest values within half a unit of their last digits.
         */
        private static boolean inverses(ExchangeRate a, ExchangeRate b) {
            BigDecimal x = a.value();
            BigDecimal y = b.value();
            BigDecimal hx = BigDecimal.ONE.movePointLeft(Math.max(x.scale(), 0) + 1).multiply(BigDecimal.valueOf(5));
            BigDecimal hy = BigDecimal.ONE.movePointLeft(Math.max(y.scale(), 0) + 1).multiply(BigDecimal.valueOf(5));
            BigDecimal low = x.subtract(hx).multiply(y.subtract(hy));
            BigDecimal high = x.add(hx).multiply(y.add(hy));
            return low.compareTo(BigDecimal.ONE) <= 0 && high.compareTo(BigDecimal.ONE) >= 0;
        }


        private final Map<String, TreeMap<LocalDate, ExchangeRate>> byPair = new HashMap<>();
        private final List<CurrencyUnit> pivots = new ArrayList<>();
        private boolean pivotsSet;
        private RateLookup rule = RateLookup.standard();

        private Builder() {
        }

        /**
         * Adds a published fixing.
         * <p>
         * A pair has one fixing per date. A fixing of the reverse pair (USD/EUR beside EUR/USD) on the same date
         * from the <em>same source</em> must be its inverse within the rounding of the published digits (1.0776 and
         * 0.928 agree; 1.0776 and 2 are refused). Reverse fixings from <em>different</em> sources are both kept, as
         * two sources may fix differently: each direction then converts with its own direct fixing, which always
         * comes before inverting the other.
         *
         * @param rate a {@link ExchangeRate.Derivation#FIXING FIXING}
         * @return this builder
         * @throws NullPointerException if {@code rate} is null
         * @throws IllegalArgumentException if the rate is derived (add the fixings it came from), the pair
         *     already has a different fixing for that date, or the reverse pair has a contradicting fixing from the
         *     same source on that date
         */
        public Builder add(ExchangeRate rate) {
            return new Batch().stage(rate).commit();
        }

        /**
         * Adds a published fixing: one {@code base} buys {@code value} {@code term}.
         * <pre>{@code
         * builder.add("EUR", "JPY", new BigDecimal("161.59"), LocalDate.of(2024, 2, 19), "ECB");
         * }</pre>
         *
         * @param base the ISO code of the priced currency
         * @param term the ISO code of the currency the price is in
         * @param value the price, exact and positive
         * @param date the date of the fixing
         * @param source who published it
         * @return this builder
         * @throws NullPointerException if any argument is null
         * @throws IllegalArgumentException if the fixing is invalid or conflicts with one already added
         */
        public Builder add(String base, String term, BigDecimal value, LocalDate date, String source) {
            return add(ExchangeRate.of(base, term, value, date, source));
        }

        /**
         * Adds one day's fixings of many currencies against one base, the shape of the ECB's reference rates
         * ("1 EUR = 161.59 JPY"). A value of exactly 1 for the base itself is ignored.
         * <pre>{@code
         * builder.addFixings(LocalDate.of(2024, 2, 19), "ECB", "EUR",
         *         Map.of("JPY", new BigDecimal("161.59"), "USD", new BigDecimal("1.0776")));
         * }</pre>
         *
         * @param date the date of the fixings
         * @param source who published them
         * @param base the ISO code of the currency of which one unit is priced
         * @param valuesPerBase per term ISO code, the price of one {@code base}
         * @return this builder
         * @throws NullPointerException if any argument, key or value is null
         * @throws IllegalArgumentException if a fixing is invalid or conflicts with one already added
         */
        public Builder addFixings(LocalDate date, String source, String base, Map<String, BigDecimal> valuesPerBase) {
            Objects.requireNonNull(date, "date of a rate is required, was null");
            Objects.requireNonNull(source, "source of a rate is required, was null");
            Objects.requireNonNull(valuesPerBase, "fixings per " + base + " are required, was null");
            CurrencyUnit b = Amounts.currency(base);
            Batch batch = new Batch();
            for (Map.Entry<String, BigDecimal> e : sorted(valuesPerBase, "term currency code of a fixing per " + base)) {
                if (e.getKey().equals(base) && e.getValue() != null && e.getValue().compareTo(BigDecimal.ONE) == 0) {
                    continue;
                }
                batch.stage(ExchangeRate.of(b, Amounts.currency(e.getKey()), e.getValue(), date, source));
            }
            return batch.commit();
        }

        /**
         * Adds a daily series of one pair, the shape of the Fed's H.10 columns ("JPY per USD", base USD, term JPY).
         * Days without a value (H.10 writes "ND") are simply absent from the map.
         * <pre>{@code
         * builder.addSeries("USD", "JPY", "Fed H.10", Map.of(
         *         LocalDate.of(2024, 2, 15), new BigDecimal("149.96"),
         *         LocalDate.of(2024, 2, 16), new BigDecimal("150.18")));
         * }</pre>
         *
         * @param base the ISO code of the priced currency
         * @param term the ISO code of the currency the price is in
         * @param source who published the series
         * @param valuesByDate per date, the price of one {@code base}
         * @return this builder
         * @throws NullPointerException if any argument, key or value is null
         * @throws IllegalArgumentException if a fixing is invalid or conflicts with one already added
         */
        public Builder addSeries(String base, String term, String source, Map<LocalDate, BigDecimal> valuesByDate) {
            Objects.requireNonNull(source, "source of a rate is required, was null");
            Objects.requireNonNull(valuesByDate, base + "/" + term + " series is required, was null");
            CurrencyUnit b = Amounts.currency(base);
            CurrencyUnit t = Amounts.currency(term);
            Batch batch = new Batch();
            for (Map.Entry<LocalDate, BigDecimal> e : sorted(valuesByDate, "date in the " + base + "/" + term
                    + " series")) {
                batch.stage(ExchangeRate.of(b, t, e.getValue(), e.getKey(), source));
            }
            return batch.commit();
        }

        /**
         * Adds fixings from text, one per line as {@link ExchangeRate#parse(CharSequence)} reads them; lines end
         * with {@code \n}, {@code \r\n} or {@code \r}, and blank lines and comments are skipped.
         * <pre>{@code
         * builder.addLines("EUR/JPY 161.59 2024-02-19 ECB\nEUR/USD 1.0776 2024-02-19 ECB");
         * }</pre>
         *
         * @param text the lines
         * @return this builder
         * @throws NullPointerException if {@code text} is null
         * @throws IllegalArgumentException if a line cannot be read or conflicts; the message starts with
         *     {@code line N: }
         */
        public Builder addLines(CharSequence text) {
            Objects.requireNonNull(text, "rate lines are required, was null");
            String[] lines = text.toString().split("\r\n|\n|\r", -1);
            Batch batch = new Batch();
            for (int i = 0; i < lines.length; i++) {
                String line = ExchangeRate.content(lines[i]);
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    batch.stage(ExchangeRate.parse(line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
            return batch.commit();
        }

        /**
         * Names the pivot currencies for cross rates, tried in the given order; replaces the default (the
         * currency in the most pairs). No codes means no cross rates at all.
         * <pre>{@code
         * builder.pivot("EUR", "USD");
         * }</pre>
         *
         * @param codes ISO codes
         * @return this builder
         * @throws NullPointerException if {@code codes} or a code is null
         * @throws IllegalArgumentException if a code is unknown
         */
        public Builder pivot(String... codes) {
            Objects.requireNonNull(codes, "pivot currency codes are required, was null");
            List<CurrencyUnit> units = new ArrayList<>();
            for (String c : codes) {
                units.add(Amounts.currency(c));
            }
            pivots.clear();
            pivots.addAll(units);
            pivotsSet = true;
            return this;
        }

        /**
         * Sets the lookup rule the table uses when a call names none (default {@link RateLookup#standard()}).
         *
         * @param rule the rule
         * @return this builder
         * @throws NullPointerException if {@code rule} is null
         */
        public Builder rule(RateLookup rule) {
            this.rule = Objects.requireNonNull(rule, "rate lookup rule is required, was null");
            return this;
        }

        /** The entries of a caller's map in key order, refusing a null key with a message. */
        private static <K extends Comparable<? super K>, V> Iterable<Map.Entry<K, V>> sorted(Map<K, V> map,
                String key) {
            TreeMap<K, V> copy = new TreeMap<>();
            map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, () -> key + " is required, was null"), v));
            return copy.entrySet();
        }

        /**
         * The fixings of one call, checked against the builder and each other before any is added, so that a call
         * that fails adds nothing.
         */
        private final class Batch {
            private final Map<String, TreeMap<LocalDate, ExchangeRate>> staged = new HashMap<>();

            Batch stage(ExchangeRate rate) {
                Objects.requireNonNull(rate, "rate to add is required, was null");
                if (rate.derivation() != ExchangeRate.Derivation.FIXING) {
                    throw new IllegalArgumentException("a rate table holds published fixings only, was the "
                            + rate.derivation().name().toLowerCase(java.util.Locale.ROOT) + " rate " + rate
                            + "; add the fixings it came from");
                }
                ExchangeRate old = fixingOf(staged, rate);
                if (old == null) {
                    old = fixingOf(byPair, rate);
                }
                if (old != null && !old.equals(rate)) {
                    throw new IllegalArgumentException("a pair has one fixing per date, but " + rate.pair() + " on "
                            + rate.date() + " was given twice: " + old.value().toPlainString() + " ("
                            + old.source() + ") and " + rate.value().toPlainString() + " (" + rate.source() + ")");
                }
                String reversePair = rate.term().getCurrencyCode() + "/" + rate.base().getCurrencyCode();
                ExchangeRate reverse = fixingOf(staged, reversePair, rate.date());
                if (reverse == null) {
                    reverse = fixingOf(byPair, reversePair, rate.date());
                }
                if (reverse != null && reverse.source().equals(rate.source()) && !inverses(rate, reverse)) {
                    throw new IllegalArgumentException(rate.pair() + " " + rate.value().toPlainString() + " and "
                            + reversePair + " " + reverse.value().toPlainString() + " from " + rate.source() + " on "
                            + rate.date() + " contradict each other: their product is "
                            + rate.value().multiply(reverse.value()).toPlainString() + ", expected 1 within the "
                            + "rounding of their last digits; give one direction, or values that are inverses");
                }
                staged.computeIfAbsent(rate.pair(), k -> new TreeMap<>()).put(rate.date(), rate);
                return this;
            }

            private ExchangeRate fixingOf(Map<String, TreeMap<LocalDate, ExchangeRate>> in, String pair,
                    LocalDate date) {
                TreeMap<LocalDate, ExchangeRate> s = in.get(pair);
                return s == null ? null : s.get(date);
            }

            private ExchangeRate fixingOf(Map<String, TreeMap<LocalDate, ExchangeRate>> in, ExchangeRate rate) {
                TreeMap<LocalDate, ExchangeRate> s = in.get(rate.pair());
                return s == null ? null : s.get(rate.date());
            }

            Builder commit() {
                staged.forEach((pair, s) -> byPair.computeIfAbsent(pair, k -> new TreeMap<>()).putAll(s));
                return Builder.this;
            }
        }

        /**
         * Builds the immutable table. The builder can go on being used afterwards.
         *
         * @return the table
         */
        public RateTable build() {
            return new RateTable(this);
        }
    }
}
