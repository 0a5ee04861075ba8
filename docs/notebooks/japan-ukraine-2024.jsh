// Japan and Ukraine, December 2023 to February 2024, told with pledgebook.
//
// Facts come from the article the project started from (Kyiv Independent, 11 Feb 2024, "Media: Japan to pledge
// $106 million for Ukraine's reconstruction", citing Kyodo News) unless a comment says otherwise. Run with:
//   ./mvnw -q compile exec:exec@notebook
// Imports are explicit because Jupyter Java kernels do not have jshell's default imports.
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.money.Monetary;
import io.github.pledgebook.*;
import io.github.pledgebook.chart.*;
import io.github.pledgebook.money.*;
import io.github.pledgebook.report.*;
import io.github.pledgebook.sample.JapanUkraine2024;
import io.github.pledgebook.timeline.*;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import java.time.YearMonth;

// First cell: silence Moneta's one INFO line, then touch JSR 354 so that a kernel whose class loader cannot see
// moneta-core fails here, at once, and not in the middle of the story.
Logger moneta = Logger.getLogger("org.javamoney.moneta");
moneta.setLevel(Level.WARNING);
System.out.println("JSR 354 ready: " + Monetary.getCurrency("JPY"));

// ---- The story, ready-made ------------------------------------------------------------------------------------
// io.github.pledgebook.sample.JapanUkraine2024 holds every fact below as a value, each with its source (see its
// Javadoc); the builders behind it are the ones a notebook would write.
//
// 22 Dec 2023: "Japan changed its laws regarding arms exports ... it will send the U.S. Patriot missiles". No money.
var armsExport = JapanUkraine2024.ARMS_EXPORT_RULES;
// 7 Jan 2024: Foreign Minister Kamikawa in Kyiv "pledged to provide $37 million to a NATO fund for anti-drone
// equipment for Ukraine": the fund is a channel, Ukraine the recipient.
var antiDrone = JapanUkraine2024.ANTI_DRONE;
// Not in the article: 80 generators handed over on 7 Jan, the day they were announced (one DISBURSED event without
// a money value; the project's design notes).
var generators = JapanUkraine2024.GENERATORS;
// 11 Feb 2024: Kyodo, citing unnamed sources, reports "$106 million ... including demining and rebuilding
// infrastructure"; the decision is "expected to be made during the ... conference in Tokyo on Feb. 19". 19 Feb:
// announced and signed in yen (the dollar figure was the press's conversion; JPY 15.8 billion is from the project's
// notes, not the article).
var reconstruction = JapanUkraine2024.RECONSTRUCTION;
// The Tokyo conference: "around 100 businesses each from Japan and Ukraine", "more than 10 memorandums of
// cooperation" expected, themes "energy, agriculture, and infrastructure"; and the grant agreement signed there.
var tokyo = JapanUkraine2024.TOKYO;
var grantAgreement = JapanUkraine2024.GRANT_AGREEMENT;
var japan = JapanUkraine2024.JAPAN;
var feb19 = JapanUkraine2024.FEB_19;
var feb11 = JapanUkraine2024.FEB_11;

System.out.println(armsExport);
System.out.println(antiDrone);
System.out.println(reconstruction);
System.out.println(tokyo);
System.out.println(grantAgreement);

// ---- The pledge's history: one pledge, three events ------------------------------------------------------------
System.out.print(Report.history(reconstruction, 110));

// ---- What did the record show? -----------------------------------------------------------------------------------
for (var day : List.of(LocalDate.of(2024, 2, 10), feb11, LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 20))) {
    System.out.println(day + ": jp-erp3 stage " + reconstruction.stageOn(day).map(Stage::label).orElse("not yet known") +
            ", amount " + reconstruction.amountOn(day).map(Amounts::format).orElse("none") +
            (reconstruction.isReportOnlyOn(day) ? " (only a media report)" : ""));
}

// ---- The yen amount in dollars ---------------------------------------------------------------------------------
// The article's "$106 million" was the press's conversion. Here the conversion is explicit and dated. Rates stated
// by the project (euro reference rates, per 1 EUR, of Friday 16 and Monday 19 February 2024, as the ECB publishes
// them; check the published series before quoting a figure):
var rates = JapanUkraine2024.rates();
System.out.println(rates);
var usd = Monetary.getCurrency("USD");
var inDollars = rates.convert(Amounts.of(15_800_000_000L, "JPY"), usd, feb19);
System.out.println("JPY 15,800,000,000 on 2024-02-19 = " + Amounts.format(inDollars.rounded(RoundingMode.HALF_EVEN)) +
        " (exact " + Amounts.format(inDollars.amount()) + ")");
System.out.println("rate used: " + inDollars.rate());
// Sunday 18 Feb has no fixing: the standard rule takes Friday's.
System.out.println("on Sunday 2024-02-18: " +
        Amounts.format(rates.convert(Amounts.of(15_800_000_000L, "JPY"), usd, LocalDate.of(2024, 2, 18)).rounded(RoundingMode.HALF_EVEN)));
// Both of Japan's pledges in one figure: a total keeps yen and dollars apart until it is converted.
var both = MoneyTotal.of(Amounts.of(15_800_000_000L, "JPY"), Amounts.of(37_000_000, "USD"));
System.out.println(both + " = " + Amounts.format(rates.convert(both, "USD", feb19).rounded(RoundingMode.HALF_EVEN)) +
        " at the rates of 2024-02-19");

// ---- The whole record as a book --------------------------------------------------------------------------------
// The whole record as one book: the three pledges, the conference, the grant agreement and the milestone.
var book = JapanUkraine2024.book();
System.out.println(book);

// What had been announced by 15 Feb? Totals per stage, never added across stages, on four dates.
for (var day : List.of(LocalDate.of(2024, 2, 10), feb11, LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 20))) {
    System.out.print(Report.stages(book.asOf(day), 80));
}
// The record as it stood on 10 Feb knew nothing of the report of 11 Feb.
System.out.println("reported, as known on 2024-02-10: " + book.asKnownOn(LocalDate.of(2024, 2, 10)).asOf(feb11).reported().total());

// Month by month: announced, per month and cumulative.
var monthly = book.monthly(Stage.ANNOUNCED, YearMonth.of(2023, 12), YearMonth.of(2024, 2));
System.out.print(Report.series(monthly, false, 80));
System.out.print(Report.series(monthly, true, 80));

// A chart of dollars announced per month (yen is not drawn until converted, and the chart says so).
System.out.print(Report.chart("Japan to Ukraine per month", usd, List.of(monthly), 72));

// Japan's fulfilment on 20 Feb, per currency, then in dollars at the stated rates of 19 Feb.
var japanFulfilment = book.asOf(LocalDate.of(2024, 2, 20)).fulfilment().get(0);
System.out.println(japanFulfilment);
var japanInDollars = japanFulfilment.convertedTo(usd, feb19, rates);   // the rate table is the converter
System.out.println("announced, in dollars at the rates of 2024-02-19 (exact): " + japanInDollars.announced());

// The Tokyo conference: what was announced there, next to what the press expected.
var tokyoPicture = book.conferencePicture("jp-ua-erc-2024");
System.out.println("announced at Tokyo: " + tokyoPicture.announcedThere().total() + "; memoranda itemised: " +
        tokyoPicture.itemisedCount() + "; reported: " + tokyoPicture.reportedCounts());

// Everything that happened, in order.
book.chronicle().entries().forEach(System.out::println);
// ---- Pictures -----------------------------------------------------------------------------------------------------
// Charts are SVG text; nothing is written to disk unless you ask. In a Jupyter Java kernel (IJava, JJava) show one
// with display(timelineSvg, "image/svg+xml"); to save one yourself:
//   java.nio.file.Files.writeString(java.nio.file.Path.of("timeline.svg"), timelineSvg);
var timelineSvg = Charts.timeline("Japan and Ukraine, December 2023 to February 2024", book);
// Dollars at the stated rates of 19 Feb (the chart's footnote names them); MoneyView.asStated() draws each currency
// on its own axis instead. Yen is never drawn as zero dollars.
var inUsd = MoneyView.convertedTo(usd, feb19, rates);
var stagesSvg = Charts.stagesByDonor("Japan's pledges to Ukraine by stage", book.asOf(LocalDate.of(2024, 2, 20)), inUsd);
var cumulativeSvg = Charts.cumulative("Japan to Ukraine, cumulative per stage", book,
        LocalDateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1)), inUsd);
System.out.println("charts drawn: timeline " + timelineSvg.length() + ", stages " + stagesSvg.length() +
        ", cumulative " + cumulativeSvg.length() + " characters of SVG");
/exit
