// Reading a real IATI file: commitments against disbursements, per donor and year.
//
// The file is d-portal's export used by OCHA's hdx-scraper-iati-viz tests (7 real activities, 63 transactions;
// MIT licence, see src/test/resources/iati/README.md and LICENSE-foodsecurity-dportal.txt). Run from the project's
// directory:
//   ./mvnw -q compile exec:exec@notebook -Dnotebook=docs/notebooks/iati.jsh
// Imports are explicit because Jupyter Java kernels do not have jshell's default imports.
import java.io.FileInputStream;
import java.io.InputStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.money.CurrencyUnit;
import io.github.pledgebook.*;
import io.github.pledgebook.iati.*;
import io.github.pledgebook.money.*;
import io.github.pledgebook.timeline.*;
import org.threeten.extra.LocalDateRange;

Logger.getLogger("org.javamoney.moneta").setLevel(Level.WARNING);

// ---- Read the file: the notebook opens it, pledgebook only reads the stream ------------------------------------
IatiImport imported;
try (InputStream in = new FileInputStream("src/test/resources/iati/foodsecurity-dportal.xml")) { imported = Iati.read(in); }
System.out.println(imported);
System.out.println("not counted: " + imported.problems().size() + ", counted once through the provider: "
        + imported.links().size() + ", notes: " + imported.notes().size());
imported.notes().forEach(n -> System.out.println("  note: " + n));
PledgeBook book = imported.book();

// ---- Commitments and disbursements per donor and year, in the currencies of the file --------------------------
// Within a year, a stage's total is what changed in it: IATI commitments add up, so this is the sum of the year's
// commitment transactions (a negative one would be a decommitment).
for (int y = 2020; y <= 2022; y++) {
    LocalDateRange year = LocalDateRange.ofClosed(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    Grouped<Donor> committed = book.within(year).grouped(Stage.COMMITTED, GroupBy.topLevelDonor());
    Grouped<Donor> disbursed = book.within(year).grouped(Stage.DISBURSED, GroupBy.topLevelDonor());
    System.out.println(y + ":");
    java.util.Set<Donor> donors = new java.util.LinkedHashSet<>(committed.groups().keySet());
    donors.addAll(disbursed.groups().keySet());
    for (Donor d : donors) {
        System.out.println("  " + d.name() + ": committed " + committed.get(d).map(StageTotal::total).orElse(MoneyTotal.empty())
                + ", disbursed " + disbursed.get(d).map(StageTotal::total).orElse(MoneyTotal.empty()));
    }
}

// Money an implementer received and passed on counts once, as the provider's: PAX's own commitments to its partners
// re-grant what the Dutch ministry gave it, so totals leave them out and say so.
StageTotal committedAll = book.asOf(LocalDate.of(2022, 12, 31)).committed();
System.out.println("committed by 2022-12-31: " + committedAll.total() + "; re-granted (not counted again): "
        + committedAll.excludedRegrants());

// ---- Converted at value-dates, with stated rates -----------------------------------------------------------------
// IATI's rule: each transaction is converted at the rate of its value-date. The rates below are ILLUSTRATIVE,
// stated here for the example (EUR per 1 USD and per 1 GBP, month by month); use the ECB's reference rates for real
// work. The rule takes the latest rate on or before each value-date, at most 31 days old.
RateTable rates = RateTable.builder().rule(RateLookup.latestOnOrBefore(31)).addLines(
        "USD/EUR 0.8450 2021-09-01 illustrative\n" +
        "USD/EUR 0.8620 2021-09-30 illustrative\n" +
        "USD/EUR 0.8830 2021-12-31 illustrative\n" +
        "USD/EUR 0.9050 2022-03-31 illustrative\n" +
        "USD/EUR 0.9560 2022-06-30 illustrative\n" +
        "USD/EUR 1.0200 2022-09-30 illustrative\n" +
        "GBP/EUR 1.1650 2022-07-01 illustrative").build();
CurrencyUnit eur = Amounts.currency("EUR");
for (int y = 2020; y <= 2022; y++) {
    LocalDateRange year = LocalDateRange.ofClosed(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    for (Donor d : book.asOf(LocalDate.of(2022, 12, 31)).grouped(Stage.DISBURSED, GroupBy.topLevelDonor()).groups().keySet()) {
        List<DatedAmount> paid = imported.datedAmounts(Stage.DISBURSED, year, p -> p.donor().topLevel().equals(d));
        List<DatedAmount> promised = imported.datedAmounts(Stage.COMMITTED, year, p -> p.donor().topLevel().equals(d));
        if (paid.isEmpty() && promised.isEmpty()) { continue; }
        ConvertedTotal c = rates.convertEach(promised, eur);
        ConvertedTotal p = rates.convertEach(paid, eur);
        System.out.println(y + " " + d.name() + ": committed " + Amounts.format(c.rounded(RoundingMode.HALF_EVEN))
                + ", disbursed " + Amounts.format(p.rounded(RoundingMode.HALF_EVEN)) + " (EUR at value-dates)");
    }
}

// Which rates were used, and for which value-dates: every conversion says so.
List<DatedAmount> jass = imported.datedAmounts(Stage.DISBURSED, LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1),
        LocalDate.of(2021, 12, 31)), p -> p.id().endsWith("(USD)"));
rates.convertEach(jass, eur).conversions().forEach(c -> System.out.println("  " + c));
