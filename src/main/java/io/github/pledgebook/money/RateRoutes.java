package io.github.pledgebook.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;

/**
 * The route engine behind {@link RateTable}: the per-pair series of fixings, the route of each pair (its own series,
 * its reverse, the legs through each pivot), made on first lookup and cached with the rates it found per day, and
 * the dated-conversion columns that walk each currency's route forward once. Immutable apart from its caches, which
 * are racy but safe: a thread may miss another's entry and find the same rate again.
 */
final class RateRoutes {

    /** Tables spanning more days than this (about 180 years) remember no rates per day. */
    private static final int MAX_REMEMBERED_DAYS = 1 << 16;
    /** A day a route has no rate for, as remembered. */
    private static final Object NO_RATE = new Object();

    private final Map<String, Map<String, Series>> series;
    private final List<CurrencyUnit> pivots;
    private final LocalDate first;
    private final LocalDate last;
    /** Per base and term code, the route of the pair, made on first lookup. */
    private final Map<String, Map<String, Route>> routes = new ConcurrentHashMap<>();

    RateRoutes(Map<String, Map<String, Series>> series, List<CurrencyUnit> pivots, LocalDate first, LocalDate last) {
        this.series = series;
        this.pivots = pivots;
        this.first = first;
        this.last = last;
    }

    /** The rate of a pair of different currencies on a day under a rule, or null. */
    ExchangeRate rate(String base, String term, long day, RateLookup rule) {
        return route(base, term).rate(day, rule, null);
    }

    /**
     * Converts totals by date, each currency of each total once at its date's rate: one pass over the dates gathers
     * each currency's amounts in date order; then each currency walks its route forward once.
     */
    ConvertedTotal convertTotals(SortedMap<LocalDate, MoneyTotal> byDate, CurrencyUnit target, RateLookup rule) {
        List<Column> columns = new ArrayList<>();
        long unvalued = 0;
        int size = 0;
        for (Map.Entry<LocalDate, MoneyTotal> e : byDate.entrySet()) {
            MoneyTotal total = e.getValue();
            if (total == null) {
                throw new NullPointerException("total for " + e.getKey() + " is required, was null");
            }
            CurrencyUnit[] currencies = total.currencyArray();
            for (int i = 0; i < currencies.length; i++) {
                Column.of(columns, currencies[i]).add(e.getKey(), total.decimalAt(i));
            }
            size += currencies.length;
            unvalued = MoneyTotal.addCounts(unvalued, total.unvaluedCount());
        }
        columns.sort(Comparator.comparing(c -> c.code));
        String to = target.getCurrencyCode();
        List<Conversion> list = new ArrayList<>(size);
        ExactSum sum = new ExactSum();
        for (Column c : columns) {
            Route route = c.code.equals(to) ? null : route(c.code, to);
            int[] cursor = route == null ? null : route.cursors();
            for (int k = 0; k < c.size; k++) {
                LocalDate date = c.dates[k];
                ExchangeRate r;
                if (route == null) {
                    r = ExchangeRate.identity(target, date);
                } else {
                    r = route.rate(date.toEpochDay(), rule, cursor);
                    if (r == null) {
                        throw missing(c.unit, target, date, rule);
                    }
                }
                list.add(new Conversion(c.numbers[k], c.unit, r, date));
                sum.add(c.numbers[k], route == null ? ExactSum.ONE : route.factor(date.toEpochDay(), r));
            }
        }
        return new ConvertedTotal(target, list, unvalued, sum.value());
    }

    /** The amounts of one currency by date, in the order added. */
    private static final class Column {
        final CurrencyUnit unit;
        final String code;
        LocalDate[] dates = new LocalDate[16];
        BigDecimal[] numbers = new BigDecimal[16];
        int size;

        private Column(CurrencyUnit unit) {
            this.unit = unit;
            this.code = unit.getCurrencyCode();
        }

        /** The column of a currency in {@code columns}, added if new; a few currencies, so a scan. */
        static Column of(List<Column> columns, CurrencyUnit unit) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).unit == unit) {
                    return columns.get(i);
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).code.equals(unit.getCurrencyCode())) {
                    return columns.get(i);
                }
            }
            Column c = new Column(unit);
            columns.add(c);
            return c;
        }

        void add(LocalDate date, BigDecimal number) {
            if (size == dates.length) {
                dates = Arrays.copyOf(dates, size * 2);
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            dates[size] = date;
            numbers[size++] = number;
        }
    }

    private ExchangeRate resolve(String base, String term, long asked, long earliest) {
        return route(base, term).rate(asked, earliest, null);
    }

    /** The route of a pair, made on first use and kept: a lookup then needs no map per leg. */
    private Route route(String base, String term) {
        Map<String, Route> byTerm = routes.get(base);
        if (byTerm == null) {
            byTerm = routes.computeIfAbsent(base, k -> new ConcurrentHashMap<>());
        }
        Route r = byTerm.get(term);
        if (r == null) {
            r = byTerm.computeIfAbsent(term, k -> new Route(base, term));
        }
        return r;
    }

    /** The latest date on or before {@code asked} at which any route gives the pair a rate, ignoring age. */
    private LocalDate latestRouteDate(String base, String term, long asked) {
        Route route = route(base, term);
        LocalDate best = dateOf(route.leg(0, asked, Long.MIN_VALUE, null));
        for (int leg = 1; leg < route.legs; leg += 2) {
            LocalDate in = dateOf(route.leg(leg, asked, Long.MIN_VALUE, null));
            LocalDate out = dateOf(route.leg(leg + 1, asked, Long.MIN_VALUE, null));
            if (in != null && out != null) {
                LocalDate date = in.isBefore(out) ? in : out;
                best = best == null || date.isAfter(best) ? date : best;
            }
        }
        return best;
    }

    private static LocalDate dateOf(ExchangeRate r) {
        return r == null ? null : r.date();
    }

    MissingRateException missing(CurrencyUnit base, CurrencyUnit term, LocalDate date, RateLookup rule) {
        String b = base.getCurrencyCode();
        String t = term.getCurrencyCode();
        LocalDate latest = latestRouteDate(b, t, date.toEpochDay());
        boolean any = latest != null || resolve(b, t, Long.MAX_VALUE, Long.MIN_VALUE) != null;
        return new MissingRateException(base, term, date, rule, latest, any);
    }

    /** The fixings of one pair, sorted by date, searched by binary search on epoch days. */
    static final class Series {
        private final long[] days;
        final ExchangeRate[] rates;

        Series(TreeMap<LocalDate, ExchangeRate> byDate) {
            rates = byDate.values().toArray(new ExchangeRate[0]);
            days = new long[rates.length];
            for (int i = 0; i < rates.length; i++) {
                days[i] = rates[i].date().toEpochDay();
            }
        }

        ExchangeRate latest(long asked, long earliest) {
            int i = Arrays.binarySearch(days, asked);
            if (i < 0) {
                i = -i - 2;
            }
            return i >= 0 && days[i] >= earliest ? rates[i] : null;
        }

        /**
         * Like {@link #latest}, walking forward from {@code cursor[k]}, the index found last time, for asked days
         * that never decrease.
         */
        ExchangeRate walk(long asked, long earliest, int[] cursor, int k) {
            int i = cursor[k];
            while (i + 1 < days.length && days[i + 1] <= asked) {
                i++;
            }
            cursor[k] = i;
            return i >= 0 && days[i] >= earliest ? rates[i] : null;
        }
    }

    /**
     * Where a pair's rate can come from, in the order they are tried: leg 0 is the pair itself; legs 1 and 2 go in
     * to and out of the first pivot, 3 and 4 the next, and so on. Each leg is a fixing or the inverse of the
     * reverse pair's fixing, whichever is more recent. Immutable; a walk keeps its positions in a cursor array of
     * {@link #cursors()} ints.
     */
    final class Route {
        /** Per leg, the series of the pair and of its reverse, either possibly null. */
        private final Series[] series;
        final int legs;
        /** The table's first fixing day and how many days to its last, for {@link #dayRates}; span 0 for none. */
        private final long firstDay;
        private final int span;
        /** The last rule used and the rates found under it, by day from {@code firstDay}. */
        private volatile DayRates dayRates;
        /** Per pivot, the last cross rate made through it, kept for the next lookup of the same legs. */
        private final Crossed[] crossed;

        Route(String base, String term) {
            List<String[]> pairs = new ArrayList<>();
            pairs.add(new String[] {base, term});
            for (CurrencyUnit p : pivots) {
                String pivot = p.getCurrencyCode();
                if (!pivot.equals(base) && !pivot.equals(term)) {
                    pairs.add(new String[] {base, pivot});
                    pairs.add(new String[] {pivot, term});
                }
            }
            legs = pairs.size();
            firstDay = first == null ? 0 : first.toEpochDay();
            long days = first == null ? 0 : last.toEpochDay() - firstDay + 1;
            span = days <= MAX_REMEMBERED_DAYS ? (int) days : 0;
            series = new Series[legs * 2];
            crossed = new Crossed[legs / 2];
            for (int leg = 0; leg < legs; leg++) {
                series[2 * leg] = seriesOf(pairs.get(leg)[0], pairs.get(leg)[1]);
                series[2 * leg + 1] = seriesOf(pairs.get(leg)[1], pairs.get(leg)[0]);
            }
        }

        /** A new cursor for {@link #rate} with asked days that never decrease, each starting before any fixing. */
        int[] cursors() {
            int[] cursor = new int[series.length];
            Arrays.fill(cursor, -1);
            return cursor;
        }

        /**
         * Like {@link #rate(long, long, int[])} under a rule, remembering each day's answer from the table's first
         * to its last fixing day for the last rule used, so a table that converts the same dates again resolves
         * each once. Racy but safe, like the cross rates a fixing keeps: a thread may miss another's entry and find
         * the same rate again.
         */
        ExchangeRate rate(long asked, RateLookup rule, int[] cursor) {
            long i = asked - firstDay;
            if (i < 0 || i >= span) {
                return rate(asked, rule.earliestEpochDay(asked), cursor);
            }
            DayRates remembered = dayRates;
            if (remembered == null || !remembered.rule.equals(rule)) {
                remembered = new DayRates(rule, span);
                dayRates = remembered;
            }
            Object known = remembered.rates[(int) i];
            if (known == null) {
                ExchangeRate r = rate(asked, rule.earliestEpochDay(asked), cursor);
                remembered.rates[(int) i] = r == null ? NO_RATE : r;
                return r;
            }
            return known == NO_RATE ? null : (ExchangeRate) known;
        }

        /** The rate for a day: the pair's own, else the first pivot whose two legs both have one; or null. */
        ExchangeRate rate(long asked, long earliest, int[] cursor) {
            ExchangeRate r = leg(0, asked, earliest, cursor);
            if (r != null) {
                return r;
            }
            for (int leg = 1; leg < legs; leg += 2) {
                ExchangeRate in = leg(leg, asked, earliest, cursor);
                if (in == null) {
                    continue;
                }
                ExchangeRate out = leg(leg + 1, asked, earliest, cursor);
                if (out != null) {
                    return crossOf(leg / 2, in, out);
                }
            }
            return null;
        }

        /**
         * The cross rate of two legs through pivot {@code p}, made once and kept, so lookups divide each cross rate
         * once, not once per lookup. Racy but safe: a thread may miss another's cross and make an equal one.
         */
        private ExchangeRate crossOf(int p, ExchangeRate in, ExchangeRate out) {
            Crossed last = crossed[p];
            if (last != null && last.in == in && last.out == out) {
                return last.cross;
            }
            ExchangeRate cross = ExchangeRate.cross(in, out);
            crossed[p] = new Crossed(in, out, cross);
            return cross;
        }

        /**
         * The value of a rate this route gave for a day, in the form {@link ExactSum} multiplies with: kept with the
         * day's remembered rate, so repeated conversions of the same days make it once.
         */
        ExactSum.Factor factor(long asked, ExchangeRate rate) {
            long i = asked - firstDay;
            DayRates remembered = dayRates;
            if (i < 0 || i >= span || remembered == null || remembered.rates[(int) i] != rate) {
                return new ExactSum.Factor(rate.value());
            }
            ExactSum.Factor f = remembered.factors[(int) i];
            if (f == null) {
                f = new ExactSum.Factor(rate.value());
                remembered.factors[(int) i] = f;
            }
            return f;
        }

        /** One leg: the fixing, or the inverse of the reverse pair's fixing when that one is more recent. */
        ExchangeRate leg(int leg, long asked, long earliest, int[] cursor) {
            ExchangeRate direct = latest(2 * leg, asked, earliest, cursor);
            ExchangeRate inverse = latest(2 * leg + 1, asked, earliest, cursor);
            if (direct == null) {
                return inverse == null ? null : inverse.inverse();
            }
            if (inverse == null || !inverse.date().isAfter(direct.date())) {
                return direct;
            }
            return inverse.inverse();
        }

        private ExchangeRate latest(int k, long asked, long earliest, int[] cursor) {
            Series s = series[k];
            if (s == null) {
                return null;
            }
            return cursor == null ? s.latest(asked, earliest) : s.walk(asked, earliest, cursor, k);
        }
    }

    /** A route's remembered rates under one rule: a rate, {@link #NO_RATE}, or null for not yet looked up. */
    private static final class DayRates {
        final RateLookup rule;
        final Object[] rates;
        /** The factors of {@link #rates}, made on first use. */
        final ExactSum.Factor[] factors;

        DayRates(RateLookup rule, int span) {
            this.rule = rule;
            this.rates = new Object[span];
            this.factors = new ExactSum.Factor[span];
        }
    }

    /** A cross rate and its two legs. */
    private static final class Crossed {
        final ExchangeRate in;
        final ExchangeRate out;
        final ExchangeRate cross;

        Crossed(ExchangeRate in, ExchangeRate out, ExchangeRate cross) {
            this.in = in;
            this.out = out;
            this.cross = cross;
        }
    }

    private Series seriesOf(String base, String term) {
        Map<String, Series> terms = series.get(base);
        return terms == null ? null : terms.get(term);
    }

}
