package io.github.pledgebook.money;

import io.github.pledgebook.Amounts;
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

    private final SortedMap<CurrencyUnit, BigDecimal> sums;
    private final long unvaluedCount;

    private MoneyTotal(TreeMap<CurrencyUnit, BigDecimal> sums, long unvaluedCount) {
        this.sums = Collections.unmodifiableSortedMap(sums);
        this.unvaluedCount = unvaluedCount;
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
        other.sums.forEach((c, v) -> b.add(c, v.negate()));
        return b.build();
    }

    /**
     * Returns this total with every sum negated.
     *
     * @return the negated total
     */
    public MoneyTotal negated() {
        TreeMap<CurrencyUnit, BigDecimal> m = new TreeMap<>(BY_CODE);
        sums.forEach((c, v) -> m.put(c, v.negate()));
        return new MoneyTotal(m, unvaluedCount);
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
        return new MoneyTotal(new TreeMap<>(sums), addCounts(unvaluedCount, count));
    }

    /**
     * Returns this total without the currencies whose sum is zero.
     *
     * @return the total without zero entries
     */
    public MoneyTotal withoutZeros() {
        TreeMap<CurrencyUnit, BigDecimal> m = new TreeMap<>(BY_CODE);
        sums.forEach((c, v) -> {
            if (v.signum() != 0) {
                m.put(c, v);
            }
        });
        return new MoneyTotal(m, unvaluedCount);
    }

    /**
     * Returns the currencies this total holds, ordered by ISO code.
     *
     * @return an unmodifiable, ordered set
     */
    public Set<CurrencyUnit> currencies() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(sums.keySet()));
    }

    /**
     * Returns whether this total holds the given currency.
     *
     * @param currency the currency
     * @return true if there is an entry (possibly zero) for it
     */
    public boolean contains(CurrencyUnit currency) {
        return sums.containsKey(Objects.requireNonNull(currency, "currency is required, was null"));
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
        BigDecimal v = sums.get(currency);
        if (v == null) {
            throw new IllegalArgumentException("total has no " + currency.getCurrencyCode() + " amount; it holds "
                    + (sums.isEmpty() ? "no currency" : codes()));
        }
        return Amounts.of(v, currency);
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
        return Amounts.of(sums.getOrDefault(currency, BigDecimal.ZERO), currency);
    }

    /**
     * Returns the exact decimal sum in one currency, or zero if this total holds none.
     *
     * @param currency the currency
     * @return the exact sum or zero
     */
    public BigDecimal decimal(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency is required, was null");
        return sums.getOrDefault(currency, BigDecimal.ZERO);
    }

    /**
     * Returns the one amount of a single-currency total.
     *
     * @return the amount
     * @throws CurrencyMixException if the total holds several currencies
     * @throws IllegalStateException if the total is empty (it has no currency to express zero in)
     */
    public MonetaryAmount single() {
        if (sums.size() > 1) {
            throw CurrencyMixException.of("total", sums.keySet());
        }
        if (sums.isEmpty()) {
            throw new IllegalStateException("total is empty; it has no currency, so no single amount");
        }
        Map.Entry<CurrencyUnit, BigDecimal> e = sums.entrySet().iterator().next();
        return Amounts.of(e.getValue(), e.getKey());
    }

    /**
     * Returns the sums as amounts, ordered by currency code.
     *
     * @return an unmodifiable list, one amount per currency
     */
    public List<MonetaryAmount> amounts() {
        List<MonetaryAmount> list = new ArrayList<>(sums.size());
        sums.forEach((c, v) -> list.add(Amounts.of(v, c)));
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
        return sums;
    }

    /**
     * Returns how many currencies this total holds.
     *
     * @return the number of entries
     */
    public int size() {
        return sums.size();
    }

    /**
     * Returns whether this total holds no currency at all. Unvalued items do not count.
     *
     * @return true if there is no entry
     */
    public boolean isEmpty() {
        return sums.isEmpty();
    }

    /**
     * Returns whether every sum is zero (true for the empty total).
     *
     * @return true if nothing but zeros
     */
    public boolean isZero() {
        return sums.values().stream().allMatch(v -> v.signum() == 0);
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
        sums.keySet().forEach(c -> codes.add(c.getCurrencyCode()));
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
        if (unvaluedCount != other.unvaluedCount || !sums.keySet().equals(other.sums.keySet())) {
            return false;
        }
        for (Map.Entry<CurrencyUnit, BigDecimal> e : sums.entrySet()) {
            if (e.getValue().compareTo(other.sums.get(e.getKey())) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // numerically equal sums hash alike: stripTrailingZeros gives 100 and 100.00 (and every zero) one form
        List<Object> parts = new ArrayList<>();
        parts.add(unvaluedCount);
        sums.forEach((c, v) -> {
            parts.add(c.getCurrencyCode());
            parts.add(v.stripTrailingZeros());
        });
        return parts.hashCode();
    }

    /**
     * Returns the total for people: {@code [JPY 15,800,000,000; USD 37,000,000]}, followed by
     * {@code  + 2 without value} when some items had no money value.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        sums.forEach((c, v) -> {
            if (sb.length() > 1) {
                sb.append("; ");
            }
            sb.append(c.getCurrencyCode()).append(' ')
                    .append(Amounts.formatNumber(v, c.getDefaultFractionDigits()));
        });
        sb.append(']');
        if (unvaluedCount > 0) {
            sb.append(" + ").append(unvaluedCount).append(" without value");
        }
        return sb.toString();
    }

    /**
     * Adds amounts in exact arithmetic and builds a {@link MoneyTotal}.
     * <p>
     * {@link #add(CurrencyUnit, long, int)} is the fast path for columnar data: it sums unscaled {@code long}s with
     * overflow detection and falls back to {@code BigDecimal} when a sum would overflow or the scale changes, so the
     * result is always exact. Not thread-safe; use one builder per thread and {@link #addAll(MoneyTotal)} to merge.
     */
    public static final class Builder {

        private final Map<CurrencyUnit, Sum> sums = new HashMap<>();
        private CurrencyUnit[] slotKeys = new CurrencyUnit[32];
        private Sum[] slotSums = new Sum[32];
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
            sum(currency).add(value);
            return this;
        }

        /**
         * Adds {@code unscaled * 10^-scale} to the sum of a currency, without allocating; exact at any size.
         *
         * @param currency the currency
         * @param unscaled the unscaled value, as in {@link BigDecimal#unscaledValue()}
         * @param scale the scale, as in {@link BigDecimal#scale()}
         * @return this builder
         */
        public Builder add(CurrencyUnit currency, long unscaled, int scale) {
            Objects.requireNonNull(currency, "currency is required, was null");
            sum(currency).add(unscaled, scale);
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
            total.sums.forEach(this::add);
            unvalued = count;
            return this;
        }

        private Builder combine(Builder other) {
            long count = addCounts(unvalued, other.unvalued);
            other.sums.forEach((c, s) -> sum(c).add(s.value()));
            unvalued = count;
            return this;
        }

        private Sum sum(CurrencyUnit currency) {
            // open addressing on the ISO code's hash, compared by identity first: no boxing, no Map.Entry chase
            int h = currency.getCurrencyCode().hashCode();
            int mask = slotKeys.length - 1;
            for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
                CurrencyUnit k = slotKeys[i];
                if (k == currency) {
                    return slotSums[i];
                }
                if (k == null) {
                    return insert(currency, i);
                }
                if (k.equals(currency)) {
                    return slotSums[i];
                }
            }
        }

        private Sum insert(CurrencyUnit currency, int slot) {
            Sum s = new Sum();
            sums.put(currency, s);
            slotKeys[slot] = currency;
            slotSums[slot] = s;
            if (sums.size() * 2 > slotKeys.length) {
                CurrencyUnit[] keys = new CurrencyUnit[slotKeys.length * 2];
                Sum[] vals = new Sum[keys.length];
                int mask = keys.length - 1;
                for (Map.Entry<CurrencyUnit, Sum> e : sums.entrySet()) {
                    int h = e.getKey().getCurrencyCode().hashCode();
                    int i = (h ^ (h >>> 16)) & mask;
                    while (keys[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = e.getKey();
                    vals[i] = e.getValue();
                }
                slotKeys = keys;
                slotSums = vals;
            }
            return s;
        }

        /**
         * Builds the total. The builder can go on being used afterwards.
         *
         * @return the exact total
         */
        public MoneyTotal build() {
            if (sums.isEmpty() && unvalued == 0) {
                return EMPTY;
            }
            TreeMap<CurrencyUnit, BigDecimal> m = new TreeMap<>(BY_CODE);
            sums.forEach((c, s) -> m.put(c, s.value()));
            return new MoneyTotal(m, unvalued);
        }
    }

    /** One currency's running sum: a long at a fixed scale, spilling into BigDecimal when needed. */
    private static final class Sum {
        private boolean scaleSet;
        private long unscaled;
        private int scale;
        private BigDecimal spilled = BigDecimal.ZERO;

        void add(long value, int valueScale) {
            if (!scaleSet) {
                scale = valueScale;
                scaleSet = true;
            }
            if (valueScale == scale) {
                long r = unscaled + value;
                if (((unscaled ^ r) & (value ^ r)) < 0) {
                    spilled = spilled.add(BigDecimal.valueOf(unscaled, scale));
                    unscaled = value;
                } else {
                    unscaled = r;
                }
            } else {
                spilled = spilled.add(BigDecimal.valueOf(value, valueScale));
            }
        }

        void add(BigDecimal value) {
            if (value.unscaledValue().bitLength() < 64) {
                add(value.unscaledValue().longValue(), value.scale());
            } else {
                spilled = spilled.add(value);
            }
        }

        BigDecimal value() {
            return scaleSet ? spilled.add(BigDecimal.valueOf(unscaled, scale)) : spilled;
        }
    }
}
