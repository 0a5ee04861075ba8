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
// 7. OCHA FTS flows: a saved API response becomes a book that counts every dollar once, and an account of the rest.
//    (Needs the optional JSON parser tools.jackson.core:jackson-core on the class path.)
var ftsJson = """
    {"status": "ok", "data": {"flows": [
      {"id": "10", "status": "commitment", "flowType": "Parked", "amountUSD": 0, "originalAmount": 0,
       "originalCurrency": "EUR", "childFlowIds": [11], "date": "2020-05-28T00:00:00Z", "boundary": "incoming",
       "sourceObjects": [{"type": "Organization", "id": "4306", "name": "Germany, Government of"}],
       "destinationObjects": [{"type": "Organization", "id": "2915", "name": "UNICEF"}]},
      {"id": "11", "status": "commitment", "amountUSD": 760043, "originalAmount": 700000, "originalCurrency": "EUR",
       "exchangeRate": 0.921, "parentFlowId": 10, "date": "2020-05-28T00:00:00Z", "boundary": "incoming",
       "sourceObjects": [{"type": "Organization", "id": "4306", "name": "Germany, Government of"}],
       "destinationObjects": [{"type": "Organization", "id": "2915", "name": "UNICEF"},
                              {"type": "Plan", "id": "832", "name": "oPt 2020"}]},
      {"id": "12", "status": "paid", "amountUSD": 349999, "date": "2020-06-01T00:00:00Z", "boundary": "internal",
       "sourceObjects": [{"type": "Organization", "id": "8020", "name": "oPt Humanitarian Fund"}],
       "destinationObjects": [{"type": "Organization", "id": "2178", "name": "Norwegian Refugee Council"}]},
      {"id": "13", "status": "paid", "amountUSD": -5, "date": "2020-06-01T00:00:00Z",
       "sourceObjects": [], "destinationObjects": []}
    ]}, "meta": {}}
    """;
var fts = io.github.pledgebook.fts.FtsReader.read(ftsJson);
System.out.println(fts);
System.out.println("committed " + fts.book().asOf(LocalDate.of(2020, 12, 31)).committed().total() +
        ", FTS's own USD " + fts.statedUsd(Stage.COMMITTED));
fts.excluded().forEach(f -> System.out.println("excluded " + f.id() + ": " + f.exclusion().orElseThrow()));
fts.problems().forEach(p -> System.out.println("refused " + p));

// 8. Tables out: a result as Markdown for an article (exact, digits grouped); CSV and HTML work alike. Nothing is
//    written to disk: the text goes where the notebook sends it.
System.out.print(ResultTable.totals("stage", byStage, MoneyLayout.COLUMN_PER_CURRENCY).toMarkdown());
/exit
