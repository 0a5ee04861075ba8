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
import io.github.pledgebook.money.*;
import io.github.pledgebook.report.*;
import io.github.pledgebook.timeline.*;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import java.time.YearMonth;

// First cell: silence Moneta's one INFO line, then touch JSR 354 so that a kernel whose class loader cannot see
// moneta-core fails here, at once, and not in the middle of the story.
Logger moneta = Logger.getLogger("org.javamoney.moneta");
moneta.setLevel(Level.WARNING);
System.out.println("JSR 354 ready: " + Monetary.getCurrency("JPY"));

// ---- Who: donors, recipients, channels ------------------------------------------------------------------------
var japan = Donor.government("jp-gov", "Government of Japan", "JP");
var mofa = Donor.agency("jp-mofa", "Ministry of Foreign Affairs of Japan", japan);
var ukraine = Party.of("ua", "Ukraine", "UA");
// "pledged to provide $37 million to a NATO fund": the fund is a channel, Ukraine the recipient.
var natoFund = Donor.of("nato-capp", "NATO Comprehensive Assistance Package Trust Fund", DonorKind.TRUST_FUND);

// ---- Sources ---------------------------------------------------------------------------------------------------
var dec22 = LocalDate.of(2023, 12, 22);
var jan7 = LocalDate.of(2024, 1, 7);
var feb11 = LocalDate.of(2024, 2, 11);
var feb19 = LocalDate.of(2024, 2, 19);
// "Kyodo News reported, citing its unnamed sources, on Feb. 11"
var kyodo = Source.builder().publisher("Kyodo News").kind(SourceKind.UNNAMED_SOURCES).date(feb11).
        note("as reported by the Kyiv Independent").build();
var mofaDec22 = Source.official("Ministry of Foreign Affairs of Japan", dec22);
var mofaJan7 = Source.official("Ministry of Foreign Affairs of Japan", jan7);
// Not in the article: the government's announcement and the grant agreement of 19 Feb, in yen (project notes).
var mofaFeb19 = Source.official("Ministry of Foreign Affairs of Japan", feb19);

// ---- What happened -----------------------------------------------------------------------------------------------
// 22 Dec 2023: "Japan changed its laws regarding arms exports ... it will send the U.S. Patriot missiles". No money.
var armsExport = Milestone.of("jp-arms-export-2023", dec22,
        "Japan revises its arms-export rules and will send Patriot missiles to the US", mofaDec22, japan);

// 7 Jan 2024: Foreign Minister Kamikawa in Kyiv "pledged to provide $37 million to a NATO fund for anti-drone
// equipment for Ukraine".
var antiDrone = Pledge.builder().id("jp-nato-antidrone").donor(japan).recipient(ukraine).channel(natoFund).
        category(AidCategory.MILITARY).instrument(Instrument.GRANT).
        addSectors(Sector.of("anti-drone", "Anti-drone equipment")).
        addEvent(PledgeEvent.announced(jan7, Amounts.of(37_000_000, "USD"), mofaJan7)).
        build();

// 11 Feb 2024: Kyodo reports "$106 million ... including demining and rebuilding infrastructure"; the decision is
// "expected to be made during the ... conference in Tokyo on Feb. 19". 19 Feb: announced and signed in yen (the
// dollar figure was the press's conversion; JPY 15.8 billion is from the project's notes, not the article).
var reconstruction = Pledge.builder().id("jp-erp3").donor(japan).recipient(ukraine).
        category(AidCategory.FINANCIAL).instrument(Instrument.GRANT).
        addSectors(Sector.RECONSTRUCTION, Sector.MINE_ACTION, Sector.INFRASTRUCTURE).
        description("reconstruction: demining and infrastructure").conferenceId("jp-ua-erc-2024").
        addEvent(PledgeEvent.reported(feb11, Amounts.of(106_000_000, "USD"), kyodo).withExpectedDate(feb19)).
        addEvent(PledgeEvent.announced(feb19, Amounts.of(15_800_000_000L, "JPY"), mofaFeb19)).
        addEvent(PledgeEvent.committed(feb19, Amounts.of(15_800_000_000L, "JPY"), mofaFeb19).
                withMemorandumId("jp-ua-grant-2024-02-19")).
        build();

// The Tokyo conference: "around 100 businesses each from Japan and Ukraine", "more than 10 memorandums of
// cooperation" expected, themes "energy, agriculture, and infrastructure".
var tokyo = Conference.builder().id("jp-ua-erc-2024").
        name("Japan-Ukraine Conference for Promoting Economic Growth and Reconstruction").
        addAlias("Japan-Ukraine economic reconstruction conference").
        city("Tokyo").country("JP").day(feb19).addHosts(japan, ukraine).
        addParticipation(Figure.about(100, "businesses from Japan").withSource(kyodo)).
        addParticipation(Figure.about(100, "businesses from Ukraine").withSource(kyodo)).
        addThemes(Sector.ENERGY, Sector.AGRICULTURE, Sector.INFRASTRUCTURE).
        addReportedCounts(Figure.moreThan(10, "memorandums of cooperation expected").withSource(kyodo)).
        build();
var grantAgreement = Memorandum.builder().id("jp-ua-grant-2024-02-19").title("Grant agreement on reconstruction").
        addParties(japan, ukraine).signedOn(feb19).conferenceId("jp-ua-erc-2024").
        addSubjects(Sector.RECONSTRUCTION, Sector.MINE_ACTION).
        value(Amounts.of(15_800_000_000L, "JPY")).pledgeId("jp-erp3").build();

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
// by this notebook (euro reference rates, per 1 EUR, of Friday 16 and Monday 19 February 2024, as the ECB publishes
// them; check the published series before quoting a figure):
var rates = RateTable.parse("""
        EUR/USD 1.0773 2024-02-16 ECB
        EUR/JPY 161.79 2024-02-16 ECB
        EUR/USD 1.0776 2024-02-19 ECB
        EUR/JPY 161.59 2024-02-19 ECB
        """);
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
System.out.println(both + " = " + Amounts.format(rates.convert(both, usd, feb19).rounded(RoundingMode.HALF_EVEN)) +
        " at the rates of 2024-02-19");

// ---- The whole record as a book --------------------------------------------------------------------------------
// Not in the article: generators handed over on 7 Jan, the day they were announced (one DISBURSED event without a
// money value; the project's design notes).
var generators = Pledge.builder().id("jp-generators-2024-01").donor(japan).recipient(ukraine).
        category(AidCategory.HUMANITARIAN).instrument(Instrument.IN_KIND).inKind(InKind.of("generators")).
        addEvent(PledgeEvent.of(jan7, Stage.DISBURSED, mofaJan7)).
        build();
var book = PledgeBook.builder().
        addPledges(generators, antiDrone, reconstruction).
        addConferences(tokyo).addMemoranda(grantAgreement).addMilestones(armsExport).
        build();
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
AmountConverter byRates = (amount, target, date) -> rates.convert(amount, target, date).amount();
var japanInDollars = japanFulfilment.convertedTo(usd, feb19, byRates);
System.out.println("announced, in dollars at the rates of 2024-02-19 (exact): " + japanInDollars.announced());

// The Tokyo conference: what was announced there, next to what the press expected.
var tokyoPicture = book.conferencePicture("jp-ua-erc-2024");
System.out.println("announced at Tokyo: " + tokyoPicture.announcedThere().total() + "; memoranda itemised: " +
        tokyoPicture.itemisedCount() + "; reported: " + tokyoPicture.reportedCounts());

// Everything that happened, in order.
book.chronicle().entries().forEach(System.out::println);
/exit
