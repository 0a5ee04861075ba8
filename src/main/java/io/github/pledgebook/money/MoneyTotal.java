package io.github.pledgebook.money;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.internal.CurrencySums;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * An exact sum of money in any number of currencies, one amount per currency.
 * <p>
 * Adding yen to dollars keeps two entries: nothing is converted, rounded or dropped. To get one figure, convert
 * with a rate table on a stated date. A total also counts the items it was given that had no money value
 * (in-kind aid, an unknown amount), so a reader sees what it could not include.
 * <pre>{@code
 * MoneyTotal total = MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"), Amounts.of(37_000_000, "USD"));
 * total.amount(Amounts.currency("JPY"));  // JPY 15,800,000,000
 * total.toString();                       // [JPY 15,800,000,000; USD 37,000,000]
 * total.single();                         // throws CurrencyMixException: "total holds JPY and USD; convert it ..."
 * }</pre>
 * Sums are exact {@code BigDecimal}s of unlimited precision: no overflow, no rounding, and no dependence on the
 * {@code javamoney.properties} of the class path. A currency added with a zero sum (such as {@code USD 5} minus
 * {@code USD 5}) keeps its entry; {@link #withoutZeros()} removes such entries.
 * <p>
 * Equality is by value: the same currencies, numerically equal sums ({@code JPY 100} equals {@code JPY 100.00}) and
 * the same count of unvalued items. This class is immutable and thread-safe.
 */
public final class MoneyTotal {

    private static final Comparator<CurrencyUnit> BY_CODE = Comparator.comparing(CurrencyUnit::getCurrencyCode);
    private static final MoneyTotal EMPTY = new MoneyTotal(new TreeMap<>(BY_CODE), 0);

    /** The currencies, ordered by ISO code, and their exact sums: arrays, so a small total is cheap to make. */
    private final CurrencyUnit[] currencies;
    private final BigDecimal[] values;
    private final long unvaluedCount;
    /** The map view, made on first use; racy but idempotent, and safe since the map is safely published. */
    private volatile SortedMap<CurrencyUnit, BigDecimal> sums;

    private MoneyTotal(TreeMap<CurrencyUnit, BigDecimal> sums, long unvaluedCount) {
        this.currencies = sums.keySet().toArray(new CurrencyUnit[0]);
        this.values = sums.values().toArray(new BigDecimal[0]);
        this.unvaluedCount = unvaluedCount;
    }

    private MoneyTotal(CurrencyUnit[] currencies, BigDecimal[] values, long unvaluedCount) {
        this.currencies = currencies;
        this.values = values;
        this.unvaluedCount = unvaluedCount;
    }

    private SortedMap<CurrencyUnit, BigDecimal> map() {
        SortedMap<CurrencyUnit, BigDecimal> m = sums;
        if (m == null) {
            TreeMap<CurrencyUnit, BigDecimal> t = new TreeMap<>(BY_CODE);
            for (int i = 0; i < currencies.length; i++) {
                t.put(currencies[i], values[i]);
            }
            m = Collections.unmodifiableSortedMap(t);
            sums = m;
        }
        return m;
    }

    /** The currencies, sorted by code; the caller must not change the array. */
    CurrencyUnit[] currencyArray() {
        return currencies;
    }

    /** The sum in the {@code i}-th currency of {@link #currencyArray()}. */
    BigDecimal decimalAt(int i) {
        return values[i];
    }

    private int indexOf(CurrencyUnit currency) {
        for (int i = 0; i < currencies.length; i++) {
            if (currencies[i] == currency || currencies[i].equals(currency)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the empty total: no currencies, nothing unvalued.
     *
     * @return the empty total
     */
    public static MoneyTotal empty() {
        return EMPTY;
    }

    /**
     * Returns the exact total of the given amounts, one sum per currency.
     *
     * @param amounts the amounts, in any currencies
     * @return their total
     * @throws NullPointerException if the array or any amount is null
     */
    public static MoneyTotal of(MonetaryAmount... amounts) {
        Objects.requireNonNull(amounts, "amounts are required, was null");
        return of(Arrays.asList(amounts));
    }

    /**
     * Returns the exact total of the given amounts, one sum per currency.
     *
     * @param amounts the amounts, in any currencies
     * @return their total
     * @throws NullPointerException if the iterable or any amount is null
     */
    public static MoneyTotal of(Iterable<? extends MonetaryAmount> amounts) {
        Objects.requireNonNull(amounts, "amounts are required, was null");
        Builder b = builder();
        for (MonetaryAmount a : amounts) {
            b.add(a);
        }
        return b.build();
    }

    /**
     * Returns a builder that adds amounts in exact arithmetic. The builder is not thread-safe; the totals it builds
     * are.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A collector that sums a stream of amounts into a total, one sum per currency.
     * <pre>{@code
     * MoneyTotal t = pledges.stream().map(p -> p.lastEvent().amount().orElseThrow()).collect(MoneyTotal.toTotal());
     * }</pre>
     *
     * @return the collector
     */
    public static Collector<MonetaryAmount, ?, MoneyTotal> toTotal() {
        return Collector.of(Builder::new, Builder::add, Builder::combine, Builder::build);
    }

    /**
     * A collector that sums optional amounts, counting each empty optional as an item without money value
     * ({@link #unvaluedCount()}), so that in-kind items are reported rather than dropped.
     *
     * @return the collector
     */
    public static Collector<Optional<? extends MonetaryAmount>, ?, MoneyTotal> toTotalOfOptionals() {
        return Collector.of(Builder::new, Builder::addOptional, Builder::combine, Builder::build);
    }

    /**
     * Returns this total plus an amount. Other currencies are untouched.
     *
     * @param amount the amount to add
     * @return the new total
     */
    public MoneyTotal plus(MonetaryAmount amount) {
        return toBuilder().add(amount).build();
    }

    /**
     * Returns this total plus another, currency by currency; unvalued counts add up too.
     *
     * @param other the total to add
     * @return the new total
     */
    public MoneyTotal plus(MoneyTotal other) {
        Objects.requireNonNull(other, "total to add is required, was null");
        return toBuilder().addAll(other).build();
    }

    /**
     * Returns this total minus an amount. A currency this total does not hold gets a negative entry.
     *
     * @param amount the amount to subtract
     * @return the new total
     */
    public MoneyTotal minus(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount to subtract is required, was null");
        return toBuilder().add(amount.getCurrency(), Amounts.decimal(amount).negate()).build();
    }

    /**
     * Returns this total minus another, currency by currency. The unvalued count is kept as this total's.
     *
     * @param other the total to subtract
     * @return the new total
     */
    public MoneyTotal minus(MoneyTotal other) {
        Objects.requireNonNull(other, "total to subtract is required, was null");
        Builder b = toBuilder();
        for (int i = 0; i < other.currencies.length; i++) {
            b.add(other.currencies[i], other.values[i].negate());
        }
        return b.build();
    }

    /**
     * Returns this total with every sum negated.
     *
     * @return the negated total
     */
    public MoneyTotal negated() {
        BigDecimal[] negated = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = values[i].negate();
        }
        return new MoneyTotal(currencies, negated, unvaluedCount);
    }

    /**
     * Returns this total with the given number of unvalued items added to its count.
     *
     * @param count items without money value, zero or more
     * @return the new total
     * @throws IllegalArgumentException if {@code count} is negative
     * @throws ArithmeticException if the count would exceed {@link Long#MAX_VALUE}
     */
    public MoneyTotal plusUnvalued(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("unvalued item count must be zero or more, was " + count);
        }
        return new MoneyTotal(currencies, values, addCounts(unvaluedCount, count));
    }

    /**
     * Returns this total without the currencies whose sum is zero.
     *
     * @return the total without zero entries
     */
    public MoneyTotal withoutZeros() {
        int nonZero = 0;
        for (BigDecimal v : values) {
            if (v.signum() != 0) {
                nonZero++;
            }
        }
        CurrencyUnit[] c = new CurrencyUnit[nonZero];
        BigDecimal[] v = new BigDecimal[nonZero];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i].signum() != 0) {
                c[k] = currencies[i];
                v[k++] = values[i];
            }
        }
        return new MoneyTotal(c, v, unvaluedCount);
    }

    /**
     * Returns the currencies this total holds, ordered by ISO code.
     *
     * @return an unmodifiable, ordered set
     */
    public Set<CurrencyUnit> currencies() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(currencies)));
    }

    /**
     * Returns whether this total holds the given currency.
     *
     * @param currency the currency
     * @return true if there is an entry (possibly zero) for it
     */
    public boolean contains(CurrencyUnit currency) {
        return indexOf(Objects.requireNonNull(currency, "currency is required, was null")) >= 0;
    }

    /**
     * Returns the sum in one currency.
     *
     * @param currency the currency
     * @return the exact sum
     * @throws IllegalArgumentException if this total holds no amount in that currency
     */
    public MonetaryAmount amount(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency is required, was null");
        int i = indexOf(currency);
        if (i < 0) {
            throw new IllegalArgumentException("total has no " + currency.getCurrencyCode() + " amount; it holds "
                    + (currencies.length == 0 ? "no currency" : codes()));
        }
        return Amounts.of(values[i], currency);
    }

    /**
     * Returns the sum in one currency, by ISO code.
     *
     * @param currencyCode the ISO 4217 code, such as {@code "JPY"}
     * @return the exact sum
     * @throws IllegalArgumentException if this total holds no amount in that currency
     */
    public MonetaryAmount amount(String currencyCode) {
        return amount(Amounts.currency(currencyCode));
    }

    /**
     * Returns the sum in one currency, or zero in that currency if this total holds none.
     *
     * @param currency the currency
     * @return the exact sum or zero
     */
    public MonetaryAmount amountOrZero(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency is required, was null");
        int i = indexOf(currency);
        return Amounts.of(i < 0 ? BigDecimal.ZERO : values[i], currency);
    }

    /**
     * Returns the exact decimal sum in one currency, or zero if this total holds none.
     *
     * @param currency the currency
     * @return the exact sum or zero
     */
    public BigDecimal decimal(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency is required, was null");
        int i = indexOf(currency);
        return i < 0 ? BigDecimal.ZERO : values[i];
    }

    /**
     * Returns the one amount of a single-currency total.
     *
     * @return the amount
     * @throws CurrencyMixException if the total holds several currencies
     * @throws IllegalStateException if the total is empty (it has no currency to express zero in)
     */
    public MonetaryAmount single() {
        if (currencies.length > 1) {
            throw CurrencyMixException.of("total", map().keySet());
        }
        if (currencies.length == 0) {
            throw new IllegalStateException(unvaluedCount() > 0
                    ? "total holds no money, only " + unvaluedCount() + (unvaluedCount() == 1 ? " item" : " items")
                            + " without money value; it has no currency, so no single amount"
                    : "total is empty; it has no currency, so no single amount");
        }
        return Amounts.of(values[0], currencies[0]);
    }

    /**
     * Returns the sums as amounts, ordered by currency code.
     *
     * @return an unmodifiable list, one amount per currency
     */
    public List<MonetaryAmount> amounts() {
        List<MonetaryAmount> list = new ArrayList<>(currencies.length);
        for (int i = 0; i < currencies.length; i++) {
            list.add(Amounts.of(values[i], currencies[i]));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns the sums as a stream of amounts, ordered by currency code.
     *
     * @return the stream
     */
    public Stream<MonetaryAmount> stream() {
        return amounts().stream();
    }

    /**
     * Returns the sums as an unmodifiable map from currency to exact decimal, ordered by currency code.
     *
     * @return the map
     */
    public SortedMap<CurrencyUnit, BigDecimal> toMap() {
        return map();
    }

    /**
     * Returns how many currencies this total holds.
     *
     * @return the number of entries
     */
    public int size() {
        return currencies.length;
    }

    /**
     * Returns whether this total holds no currency at all. Unvalued items do not count.
     *
     * @return true if there is no entry
     */
    public boolean isEmpty() {
        return currencies.length == 0;
    }

    /**
     * Returns whether every sum is zero (true for the empty total).
     *
     * @return true if nothing but zeros
     */
    public boolean isZero() {
        for (BigDecimal v : values) {
            if (v.signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns how many items were counted into this total without a money value (such as in-kind aid), so a
     * report can say what it could not include.
     *
     * @return the count, zero or more
     */
    public long unvaluedCount() {
        return unvaluedCount;
    }

    /** Adds two unvalued counts, failing with a message instead of wrapping around. */
    static long addCounts(long count, long more) {
        try {
            return Math.addExact(count, more);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("unvalued item count would exceed " + Long.MAX_VALUE + ": " + count + " + "
                    + more);
        }
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.addAll(this);
        return b;
    }

    private String codes() {
        List<String> codes = new ArrayList<>();
        for (CurrencyUnit c : currencies) {
            codes.add(c.getCurrencyCode());
        }
        return String.join(", ", codes);
    }

    /**
     * Compares by value: same currencies, numerically equal sums, same unvalued count.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MoneyTotal)) {
            return false;
        }
        MoneyTotal other = (MoneyTotal) o;
        if (unvaluedCount != other.unvaluedCount || currencies.length != other.currencies.length) {
            return false;
        }
        for (int i = 0; i < currencies.length; i++) {
            if (!currencies[i].equals(other.currencies[i]) || values[i].compareTo(other.values[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // numerically equal sums hash alike: stripTrailingZeros gives 100 and 100.00 (and every zero) one form
        int h = Long.hashCode(unvaluedCount);
        for (int i = 0; i < currencies.length; i++) {
            h = 31 * h + (currencies[i].getCurrencyCode().hashCode() ^ values[i].stripTrailingZeros().hashCode());
        }
        return h;
    }

    /**
     * Returns the total for people: {@code [JPY 15,800,000,000; USD 37,000,000]}, followed by
     * {@code  + 2 without value} when some items had no money value.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < currencies.length; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(currencies[i].getCurrencyCode()).append(' ')
                    .append(Amounts.formatNumber(values[i], currencies[i].getDefaultFractionDigits()));
        }
        sb.append(']');
        if (unvaluedCount > 0) {
            sb.append(" + ").append(unvaluedCount).append(" without value");
        }
        return sb.toString();
    }

    /**
     * Adds amounts in exact arithmetic and builds a {@link MoneyTotal}: sums of unscaled {@code long}s with overflow
     * detection that fall back to {@code BigDecimal} when a sum would overflow or the scale changes, so the result is
     * always exact. Not thread-safe; use one builder per thread and {@link #addAll(MoneyTotal)} to merge.
     */
    public static final class Builder {

        static {
            CurrencySums.exposeBuilders(b -> ((Builder) b).sums);
        }

        private final CurrencySums sums = new CurrencySums();
        private long unvalued;

        private Builder() {
        }

        /**
         * Adds an amount to the sum of its currency.
         *
         * @param amount the amount
         * @return this builder
         */
        public Builder add(MonetaryAmount amount) {
            Objects.requireNonNull(amount, "amount to add is required, was null");
            return add(amount.getCurrency(), Amounts.decimal(amount));
        }

        /**
         * Adds an exact decimal to the sum of a currency.
         *
         * @param currency the currency
         * @param value the value
         * @return this builder
         */
        public Builder add(CurrencyUnit currency, BigDecimal value) {
            Objects.requireNonNull(currency, "currency is required, was null");
            Objects.requireNonNull(value, "value is required, was null");
            Check.money(currency, "currency of an amount added to a total");
            Check.digits(value, "amount added to a total");
            sums.add(currency, value);
            return this;
        }

        /**
         * Adds an optional amount; an empty optional counts as one item without money value.
         *
         * @param amount the amount, or empty for an item without value
         * @return this builder
         */
        public Builder addOptional(Optional<? extends MonetaryAmount> amount) {
            Objects.requireNonNull(amount, "optional amount is required, was null");
            if (amount.isPresent()) {
                return add(amount.get());
            }
            unvalued++;
            return this;
        }

        /**
         * Counts items without money value.
         *
         * @param count zero or more
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is negative
         * @throws ArithmeticException if the count would exceed {@link Long#MAX_VALUE}
         */
        public Builder addUnvalued(long count) {
            if (count < 0) {
                throw new IllegalArgumentException("unvalued item count must be zero or more, was " + count);
            }
            unvalued = addCounts(unvalued, count);
            return this;
        }

        /**
         * Adds every sum of a total, and its unvalued count.
         *
         * @param total the total
         * @return this builder
         */
        public Builder addAll(MoneyTotal total) {
            Objects.requireNonNull(total, "total to add is required, was null");
            long count = addCounts(unvalued, total.unvaluedCount);
            for (int i = 0; i < total.currencies.length; i++) {
                add(total.currencies[i], total.values[i]);
            }
            unvalued = count;
            return this;
        }

        private Builder combine(Builder other) {
            long count = addCounts(unvalued, other.unvalued);
            for (int i = 0; i < other.sums.size(); i++) {
                sums.add(other.sums.currency(i), other.sums.value(i));
            }
            unvalued = count;
            return this;
        }

        /**
         * Builds the total. The builder can go on being used afterwards.
         *
         * @return the exact total
         */
        public MoneyTotal build() {
            int size = sums.size();
            if (size == 0 && unvalued == 0) {
                return EMPTY;
            }
            CurrencyUnit[] sorted = new CurrencyUnit[size];
            BigDecimal[] vals = new BigDecimal[size];
            for (int i = 0; i < size; i++) {
                // insertion sort by ISO code: few currencies, often added in order already
                CurrencyUnit c = sums.currency(i);
                String code = c.getCurrencyCode();
                BigDecimal v = sums.value(i);
                int j = i - 1;
                while (j >= 0 && sorted[j].getCurrencyCode().compareTo(code) > 0) {
                    sorted[j + 1] = sorted[j];
                    vals[j + 1] = vals[j];
                    j--;
                }
                sorted[j + 1] = c;
                vals[j + 1] = v;
            }
            return new MoneyTotal(sorted, vals, unvalued);
        }
    }
}
