package io.github.pledgebook.timeline;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;

/**
 * The naive reference: every answer recomputed from every pledge with the pledge's own queries, written from the
 * rules, not from the index's code. Slow on purpose. It sums with exact decimals, never with Moneta's arithmetic,
 * whose precision a javamoney.properties on the class path can lower.
 */
final class ReferenceScan {

    /** What one set of pledges (counted or excluded re-grants) contributes. */
    static final class Part {
        MoneyTotal money = MoneyTotal.empty();
        long count;
    }

    private ReferenceScan() {
    }

    static boolean counted(Pledge p, Stage s, LocalDate d) {
        boolean seen = p.history().stream().anyMatch(e -> e.stage() == s && !e.date().isAfter(d));
        return seen && (s == Stage.DISBURSED || !p.isCancelledOn(d));
    }

    static boolean unvalued(Pledge p, Stage s, LocalDate d) {
        return s != Stage.DISBURSED && counted(p, s, d) && p.amountAt(s, d).isEmpty();
    }

    static long unvaluedTranches(Pledge p, LocalDate after, LocalDate last) {
        return p.history().stream().filter(e -> e.stage() == Stage.DISBURSED && e.amount().isEmpty()
                && (after == null || e.date().isAfter(after)) && !e.date().isAfter(last)).count();
    }

    static Part asOf(Collection<Pledge> pledges, Stage s, LocalDate d, boolean regrants) {
        Part part = new Part();
        MoneyTotal.Builder money = MoneyTotal.builder();
        long unvalued = 0;
        for (Pledge p : pledges) {
            if (p.regrantsPooledFunds() != regrants || !counted(p, s, d)) {
                continue;
            }
            part.count++;
            p.amountAt(s, d).ifPresent(money::add);
            unvalued += s == Stage.DISBURSED ? unvaluedTranches(p, null, d) : unvalued(p, s, d) ? 1 : 0;
        }
        // a pledge's stage amount can be zero once additions cancel out (committed 100, decommitted 100); totals
        // never list a currency whose sum is zero, as within a window
        part.money = money.build().withoutZeros().plusUnvalued(unvalued);
        return part;
    }

    static Part within(Collection<Pledge> pledges, Stage s, LocalDateRange window, boolean regrants) {
        Part part = new Part();
        if (window.isEmpty()) {
            return part;
        }
        LocalDate first = window.getStart();
        LocalDate last = window.getEndInclusive();
        LocalDate before = first.minusDays(1);
        MoneyTotal.Builder money = MoneyTotal.builder();
        long unvalued = 0;
        for (Pledge p : pledges) {
            if (p.regrantsPooledFunds() != regrants) {
                continue;
            }
            p.amountAt(s, last).filter(a -> counted(p, s, last)).ifPresent(money::add);
            p.amountAt(s, before).filter(a -> counted(p, s, before)).ifPresent(a -> money.add(a.getCurrency(), Amounts.decimal(a).negate()));
            TreeSet<LocalDate> days = new TreeSet<>();
            for (PledgeEvent e : p.history()) {
                if (window.contains(e.date())) {
                    days.add(e.date());
                }
            }
            // a pledge arrives at a stage on the day of its first event at that stage, even if it is cancelled
            // that same day
            LocalDate arrival = p.history().stream().filter(e -> e.stage() == s).map(PledgeEvent::date).findFirst()
                    .orElse(null);
            if (arrival != null && days.contains(arrival)) {
                part.count++;
                if (s != Stage.DISBURSED && p.amountAt(s, arrival).isEmpty()) {
                    unvalued++;
                }
            }
            if (s == Stage.DISBURSED) {
                unvalued += unvaluedTranches(p, before, last);
            }
        }
        part.money = money.build().withoutZeros().plusUnvalued(unvalued);
        return part;
    }
}
