// pledgebook API tour: values, totals, reports. Run with:
//   ./mvnw -q compile exec:exec@notebook -Dnotebook=docs/notebooks/api-tour.jsh
// Imports are explicit because Jupyter Java kernels do not have jshell's default imports.
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.money.Monetary;
import io.github.pledgebook.*;
import io.github.pledgebook.money.*;
import io.github.pledgebook.table.*;
import io.github.pledgebook.report.*;

// First cell: silence Moneta's one INFO line, then touch JSR 354 so a kernel whose class loader cannot see
// moneta-core fails here, at once, rather than in the middle of the notebook.
Logger moneta = Logger.getLogger("org.javamoney.moneta");
moneta.setLevel(Level.WARNING);
System.out.println("JSR 354 ready: " + Monetary.getCurrency("JPY"));

// 1. Exact amounts, kept in the currency they were stated in.
var yen = Amounts.of(15_800_000_000L, "JPY");
var dollars = Amounts.of("37000000.10", "USD");
System.out.println(Amounts.format(yen) + " and " + Amounts.format(dollars));
System.out.println("JPY 100 equals JPY 100.00: " + Amounts.of(100, "JPY").equals(Amounts.of("100.00", "JPY")));

// 2. Values: a donor, a recipient, a source, a pledge with its history.
var japan = Donor.government("jp-gov", "Government of Japan", "JP");
var ukraine = Party.of("ua", "Ukraine", "UA");
var mofa = Source.official("Ministry of Foreign Affairs of Japan", LocalDate.of(2024, 1, 7));
// (jshell ends a statement at the first line that completes it: chained calls keep the dot at the line's end)
var antiDrone = Pledge.builder().id("jp-nato-antidrone").donor(japan).recipient(ukraine).
        category(AidCategory.MILITARY).instrument(Instrument.GRANT).
        addEvent(PledgeEvent.announced(LocalDate.of(2024, 1, 7), Amounts.of(37_000_000, "USD"), mofa)).
        build();
System.out.println(antiDrone);

// 3. Bad input is refused at the door, with a message that says what was wrong.
try {
    PledgeEvent.announced(LocalDate.of(2024, 1, 7), Amounts.of(-5, "USD"), mofa);
} catch (IllegalArgumentException e) {
    System.out.println("refused: " + e.getMessage());
}

// 4. Totals keep one exact sum per currency and never add yen to dollars.
var total = MoneyTotal.of(yen, Amounts.of(37_000_000, "USD"));
System.out.println("total " + total);
try {
    total.single();
} catch (CurrencyMixException e) {
    System.out.println("refused: " + e.getMessage());
}

// 5. Reports return text; the notebook decides to print it.
Map<String, MoneyTotal> byStage = new LinkedHashMap<>();
byStage.put("announced", total);
System.out.print(Report.totals("stage", byStage, 80));
System.out.print(Report.history(antiDrone, 100));

// 6. Conversion only with rates you supply, dated; the result keeps the rate it used.
var rates = RateTable.builder().
        addFixings(LocalDate.of(2024, 2, 19), "ECB", "EUR",
                Map.of("USD", new java.math.BigDecimal("1.0776"), "JPY", new java.math.BigDecimal("161.59"))).
        build();
var converted = rates.convert(total, Monetary.getCurrency("USD"), LocalDate.of(2024, 2, 19));
System.out.println("converted " + Amounts.format(converted.rounded(RoundingMode.HALF_EVEN)) + " using " + converted.rates().size() + " rates");
try {
    rates.convert(yen, Monetary.getCurrency("USD"), LocalDate.of(2024, 3, 1), RateLookup.exactDate());
} catch (MissingRateException e) {
    System.out.println("refused: " + e.getMessage());
}

// 7. Tables out: a result as Markdown for an article (exact, digits grouped); CSV and HTML work alike. Nothing is
//    written to disk: the text goes where the notebook sends it.
System.out.print(ResultTable.totals("stage", byStage, MoneyLayout.COLUMN_PER_CURRENCY).toMarkdown());
/exit
