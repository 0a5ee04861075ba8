package io.github.pledgebook.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.ConvertedTotal;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.money.RateTable;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's rules on small files written for each rule. */
class IatiReaderTest {

    private static final LocalDate END = LocalDate.of(2100, 1, 1);

    static String file(String... activities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n"
                + String.join("\n", activities) + "\n</iati-activities>\n";
    }

    static String activity(String id, String currencyAttr, String... transactions) {
        return " <iati-activity" + currencyAttr + ">\n  <iati-identifier>" + id + "</iati-identifier>\n"
                + "  <reporting-org ref=\"XM-DAC-41122\" type=\"40\"><narrative>UNICEF</narrative></reporting-org>\n"
                + "  <participating-org ref=\"GB-GOV-1\" role=\"1\" type=\"10\"><narrative>UK FCDO</narrative>"
                + "</participating-org>\n"
                + "  <participating-org ref=\"XM-DAC-41122\" role=\"4\" type=\"40\"><narrative>UNICEF</narrative>"
                + "</participating-org>\n"
                + "  <recipient-country code=\"UA\" percentage=\"100\"><narrative>Ukraine</narrative></recipient-country>\n"
                + String.join("\n", transactions) + "\n </iati-activity>";
    }

    static String tx(String type, String date, String valueAttrs, String value) {
        return "  <transaction><transaction-type code=\"" + type + "\"/><transaction-date iso-date=\"" + date
                + "\"/><value" + valueAttrs + ">" + value + "</value></transaction>";
    }

    private static Pledge only(IatiImport imported) {
        assertThat(imported.book().pledges()).hasSize(1);
        return imported.book().pledges().get(0);
    }

    @Test
    void valuesAreTheExactDecimalsWritten() {
        IatiImport imported = Iati.read(file(activity("A-1", " default-currency=\"EUR\"",
                tx("3", "2021-03-01", "", "12254.249999999998"))));
        assertThat(Amounts.decimal(only(imported).disbursedOn(END).orElseThrow()))
                .isEqualByComparingTo("12254.249999999998");
        assertThat(imported.book().asOf(END).disbursed().total().decimal(Amounts.currency("EUR")))
                .isEqualByComparingTo("12254.249999999998");
    }

    @Test
    void currencyIsTheValuesElseTheActivitysDefaultElseAProblemNeverUsd() {
        IatiImport imported = Iati.read(file(
                activity("A-1", " default-currency=\"EUR\"", tx("2", "2021-01-01", " currency=\"GBP\"", "10"),
                        tx("2", "2021-01-02", "", "20")),
                activity("A-2", "", tx("2", "2021-01-03", "", "30"), tx("2", "2021-01-04", " currency=\"JPY\"", "40"))));
        assertThat(imported.book().asOf(END).committed().total())
                .isEqualTo(MoneyTotal.of(Amounts.of(10, "GBP"), Amounts.of(20, "EUR"), Amounts.of(40, "JPY")));
        assertThat(imported.problems()).singleElement().satisfies(p -> {
            assertThat(p.activityId()).isEqualTo("A-2");
            assertThat(p.transactionPosition()).isEqualTo(1);
            assertThat(p.reason()).contains("no currency").contains("never guessed");
        });
    }

    @Test
    void aCurrencyCodeIsReadAsWrittenNeverAsAPattern() {
        // JSR 354 looks codes up as patterns: on its own, Moneta reads "U.D" as USD and "EU." as EUR
        IatiImport imported = Iati.read(file(activity("A-1", " default-currency=\"EU.\"",
                tx("2", "2021-01-01", " currency=\"U.D\"", "10"), tx("2", "2021-01-02", "", "20"),
                tx("2", "2021-01-03", " currency=\"USD\"", "30"))));
        assertThat(imported.problems()).extracting(IatiProblem::reason).containsExactly(
                "currency \"U.D\" is not an ISO 4217 currency code",
                "currency \"EU.\" (the activity's default-currency) is not an ISO 4217 currency code");
        assertThat(imported.book().asOf(END).committed().total()).isEqualTo(MoneyTotal.of(Amounts.of(30, "USD")));
    }

    @Test
    void badTransactionsAreProblemsWithActivityRefLineAndColumnAndTheRestIsRead() {
        String xml = file(activity("A-1", " default-currency=\"EUR\"",
                "  <transaction ref=\"t-empty\"><transaction-type code=\"3\"/><transaction-date iso-date=\"2021-01-01\"/>"
                        + "<value/></transaction>",
                tx("3", "", "", "5"),
                tx("99", "2021-01-01", "", "5"),
                tx("3", "2021-01-01", "", "1,000"),
                tx("3", "2021-01-01", "", "1e3"),
                tx("6", "2021-01-01", "", "5"),
                tx("D", "2021-01-01", "", "5"),
                tx("3", "2021-13-01", "", "5"),
                tx("3", "2021-01-01", " currency=\"XXQ\"", "5"),
                tx("3", "2021-01-01", "", "1" + "0".repeat(200)),
                tx("3", "2021-02-01", "", "7")));
        IatiImport imported = Iati.read(xml);
        assertThat(imported.problems()).extracting(IatiProblem::reason).containsExactly(
                "value is empty",
                "transaction has no transaction-date (iso-date); a date is never guessed",
                "transaction type \"99\" is not an IATI 2.0x code (1 to 13)",
                "value \"1,000\" is not a decimal number (expected digits with an optional sign and decimal point, "
                        + "such as -1250.50)",
                "value \"1e3\" is not a decimal number (expected digits with an optional sign and decimal point, "
                        + "such as -1250.50)",
                "transaction type 6 (loan repayment) is money paid back, not aid given; not counted",
                "transaction type \"D\" is an IATI 1.0x letter code; this reader reads version 2.0x codes 1 to 13",
                "transaction-date \"2021-13-01\" is not a date (expected YYYY-MM-DD)",
                "currency \"XXQ\" is not an ISO 4217 currency code",
                "value must have at most 100 digits before the decimal point, was 1E+200");
        IatiProblem first = imported.problems().get(0);
        assertThat(first.transactionRef()).contains("t-empty");
        assertThat(first.line()).isEqualTo(9);
        assertThat(first.column()).isGreaterThan(1);
        assertThat(first.toString()).startsWith("activity A-1, transaction 1 (ref t-empty), line 9, column ");
        assertThat(imported.problems().get(1).transactionRef()).isEmpty();
        assertThat(imported.problems().get(1).transactionPosition()).isEqualTo(2);
        assertThat(imported.countedCount()).isEqualTo(1);
        assertThat(imported.countedCount() + imported.problems().size()).isEqualTo(imported.transactionCount());
        assertThat(only(imported).disbursedOn(END)).contains(Amounts.of(7, "EUR"));
    }

    @Test
    void strictModeStopsAtTheFirstProblem() {
        String xml = file(activity("A-1", " default-currency=\"EUR\"", tx("3", "2021-01-01", "", "5"),
                tx("3", "2021-01-02", "", "")));
        assertThatThrownBy(() -> IatiReader.standard().strict(true).read(xml))
                .isInstanceOf(IatiFormatException.class)
                .hasMessage("IATI transaction not counted (strict mode): activity A-1, transaction 2, line 10, column "
                        + "16: value is empty");
        assertThat(IatiReader.standard().strict(true).read(file(activity("A-1", " default-currency=\"EUR\"",
                tx("3", "2021-01-01", "", "5")))).countedCount()).isEqualTo(1);
    }

    @Test
    void commitmentsAddUpAndANegativeOneIsADecommitment() {
        IatiImport imported = Iati.read(file(activity("A-1", " default-currency=\"EUR\"",
                tx("2", "2021-01-01", "", "1000"), tx("2", "2021-06-01", "", "500"),
                tx("2", "2022-01-01", "", "-300"), tx("3", "2021-02-01", "", "400"),
                tx("3", "2021-03-01", "", "-50"))));
        assertThat(imported.book().asOf(LocalDate.of(2021, 3, 31)).committed().total())
                .isEqualTo(MoneyTotal.of(Amounts.of(1000, "EUR")));
        assertThat(imported.book().asOf(LocalDate.of(2021, 12, 31)).committed().total())
                .isEqualTo(MoneyTotal.of(Amounts.of(1500, "EUR")));
        assertThat(imported.book().asOf(END).committed().total()).isEqualTo(MoneyTotal.of(Amounts.of(1200, "EUR")));
        assertThat(imported.book().asOf(END).disbursed().total()).isEqualTo(MoneyTotal.of(Amounts.of(350, "EUR")));
        assertThat(only(imported).outstandingOn(END)).contains(Amounts.of(850, "EUR"));
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "\n<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&xxe;</iati-identifier>"
                + "</iati-activity></iati-activities>";
        assertThatThrownBy(() -> Iati.read(xxe)).isInstanceOf(IatiFormatException.class)
                .hasMessageContaining("DOCTYPE").hasMessageContaining("XXE");
        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities SYSTEM \"http://example.org/x.dtd\">"
                + "<iati-activities version=\"2.03\"/>";
        assertThatThrownBy(() -> Iati.read(external)).isInstanceOf(IatiFormatException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>\n<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&lol9;</iati-identifier>"
                + "</iati-activity></iati-activities>");
        assertThatThrownBy(() -> Iati.read(dtd)).isInstanceOf(IatiFormatException.class)
                .hasMessageContaining("DOCTYPE").satisfies(e -> assertThat(((IatiFormatException) e).line())
                        .isEqualTo(2));
    }

    @Test
    void malformedXmlIsAClearErrorWithLineAndColumn() {
        assertThatThrownBy(() -> Iati.read("<iati-activities version=\"2.03\">\n<iati-activity>\n</iati-activities>"))
                .isInstanceOf(IatiFormatException.class).hasMessageStartingWith("IATI file is not well-formed XML at "
                        + "line 3");
        assertThatThrownBy(() -> Iati.read("<html/>")).isInstanceOf(IatiFormatException.class)
                .hasMessageContaining("root element must be <iati-activities>, was <html>");
    }

    @Test
    void version1FilesAreRefusedNamingTheVersion() {
        String v1 = "<iati-activities version=\"1.03\"><iati-activity><iati-identifier>X</iati-identifier>"
                + "<transaction><transaction-type code=\"C\"/></transaction></iati-activity></iati-activities>";
        assertThatThrownBy(() -> Iati.read(v1)).isInstanceOf(IatiFormatException.class)
                .hasMessageContaining("IATI version 1.03 file refused").hasMessageContaining("2.01 to 2.03");
    }

    @Test
    void attributesAndElementsOfOtherNamespacesAreIgnored() {
        String xml = "<iati-activities version=\"2.03\" xmlns:dstore=\"http://d-portal.org/xmlns/dstore\">"
                + "<iati-activity default-currency=\"EUR\" dstore:default-currency=\"USD\">"
                + "<iati-identifier>A-1</iati-identifier><dstore:iati-identifier>B-2</dstore:iati-identifier>"
                + "<reporting-org ref=\"DE-1\" dstore:ref=\"XX\"><narrative>BMZ</narrative></reporting-org>"
                + "<transaction><transaction-type code=\"3\" dstore:code=\"4\"/>"
                + "<transaction-date iso-date=\"2021-01-01\"/><value dstore:currency=\"USD\">5</value>"
                + "<dstore:value>999</dstore:value></transaction></iati-activity></iati-activities>";
        Pledge p = only(Iati.read(xml));
        assertThat(p.id()).isEqualTo("A-1");
        assertThat(p.donor().id()).isEqualTo("DE-1");
        assertThat(p.disbursedOn(END)).contains(Amounts.of(5, "EUR"));
    }

    /** BMZ's activity: it commits 1,000 and disburses 600 to UNICEF's activity R-1. */
    static final String PROVIDER = " <iati-activity default-currency=\"EUR\"><iati-identifier>DE-1-P</iati-identifier>"
            + "<reporting-org ref=\"DE-1\"><narrative>BMZ</narrative></reporting-org>"
            + "<recipient-country code=\"UA\"/>"
            + "<transaction><transaction-type code=\"2\"/><transaction-date iso-date=\"2021-01-01\"/>"
            + "<value>1000</value><receiver-org ref=\"XM-DAC-41122\" receiver-activity-id=\"R-1\"/></transaction>"
            + "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2021-02-01\"/>"
            + "<value>600</value><receiver-org ref=\"XM-DAC-41122\" receiver-activity-id=\"R-1\"/></transaction>"
            + "</iati-activity>";

    /** UNICEF's activity R-1: the same money received (once by activity id, once by organisation), 550 passed on. */
    static final String RECEIVER = " <iati-activity default-currency=\"EUR\"><iati-identifier>R-1</iati-identifier>"
            + "<reporting-org ref=\"XM-DAC-41122\"><narrative>UNICEF</narrative></reporting-org>"
            + "<recipient-country code=\"UA\"/>"
            // names the provider's activity
            + "<transaction><transaction-type code=\"11\"/><transaction-date iso-date=\"2021-01-05\"/>"
            + "<value>1000</value><provider-org ref=\"DE-1\" provider-activity-id=\"DE-1-P\"/></transaction>"
            // names only the provider organisation; the provider's activity names this one as receiver
            + "<transaction><transaction-type code=\"1\"/><transaction-date iso-date=\"2021-02-03\"/>"
            + "<value>600</value><provider-org ref=\"DE-1\"/></transaction>"
            // UNICEF passes money on to a partner: a re-grant of what it received
            + "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2021-03-01\"/>"
            + "<value>550</value></transaction>"
            + "</iati-activity>";

    @Test
    void incomingMoneyFromAProviderWhoseActivityIsInTheInputCountsOnce() {
        for (String xml : List.of(file(PROVIDER, RECEIVER), file(RECEIVER, PROVIDER))) {
            IatiImport imported = Iati.read(xml);
            assertThat(imported.links()).extracting(IatiLink::how)
                    .containsExactly("provider-activity-id", "receiver-activity-id");
            assertThat(imported.links()).allSatisfy(l -> {
                assertThat(l.activityId()).isEqualTo("R-1");
                assertThat(l.countedIn()).isEqualTo("DE-1-P");
            });
            assertThat(imported.links().get(0).toString()).isEqualTo("activity R-1 transaction 1 (line "
                    + imported.links().get(0).line() + ", column " + imported.links().get(0).column()
                    + "): committed EUR 1,000 counted in the provider's activity DE-1-P (linked by provider-activity-id)");
            assertThat(imported.book().asOf(END).committed().total()).isEqualTo(MoneyTotal.of(Amounts.of(1000, "EUR")));
            assertThat(imported.book().asOf(END).disbursed().total()).isEqualTo(MoneyTotal.of(Amounts.of(600, "EUR")));
            assertThat(imported.book().asOf(END).disbursed().excludedRegrants())
                    .isEqualTo(MoneyTotal.of(Amounts.of(550, "EUR")));
            assertThat(imported.countedCount() + imported.links().size() + imported.problems().size())
                    .isEqualTo(imported.transactionCount());
        }
    }

    @Test
    void incomingMoneyFromAProviderOutsideTheInputCountsAsTheProvidersPledgeThroughTheReporter() {
        IatiImport imported = Iati.read(file(activity("R-1", " default-currency=\"EUR\"",
                "  <transaction><transaction-type code=\"11\"/><transaction-date iso-date=\"2021-01-05\"/>"
                        + "<value>1000</value><provider-org ref=\"DE-1\" provider-activity-id=\"DE-1-P\">"
                        + "<narrative>BMZ</narrative></provider-org></transaction>")));
        Pledge p = only(imported);
        assertThat(p.id()).isEqualTo("R-1 from DE-1");
        assertThat(p.donor().name()).isEqualTo("BMZ");
        assertThat(p.channel().orElseThrow().id()).isEqualTo("XM-DAC-41122");
        assertThat(p.recipient().id()).isEqualTo("UA");
        assertThat(imported.links()).isEmpty();
    }

    @Test
    void funderIsTheDonorImplementerTheChannelCountryTheRecipient() {
        Pledge p = only(Iati.read(file(activity("A-1", " default-currency=\"EUR\"", tx("2", "2021-01-01", "", "5")))));
        assertThat(p.donor().id()).isEqualTo("GB-GOV-1");
        assertThat(p.donor().name()).isEqualTo("UK FCDO");
        assertThat(p.channel().orElseThrow().name()).isEqualTo("UNICEF");
        assertThat(p.recipient().country()).contains("UA");
    }

    @Test
    void valueDateIsTheRateDateOfConvertedTotals() {
        IatiImport imported = Iati.read(file(activity("A-1", " default-currency=\"GBP\"",
                tx("3", "2021-01-10", " value-date=\"2021-01-04\"", "100"),
                tx("3", "2021-02-10", "", "100"))));
        RateTable rates = RateTable.parse("GBP/EUR 1.10 2021-01-04 test\nGBP/EUR 1.20 2021-01-10 test\n"
                + "GBP/EUR 1.30 2021-02-10 test");
        ConvertedTotal eur = imported.convertedTotal(Stage.DISBURSED, END, Amounts.currency("EUR"), rates);
        assertThat(eur.decimal()).isEqualByComparingTo("240");   // 100 x 1.10 (value-date) + 100 x 1.30
        assertThat(imported.notes()).anySatisfy(n -> assertThat(n.reason())
                .isEqualTo("transaction 2 has no value-date; converted totals use its transaction-date 2021-02-10 "
                        + "as the rate date"));
    }

    @Test
    void repeatedActivitiesAndActivitiesWithoutIdAreNotCountedTwice() {
        IatiImport imported = Iati.read(file(activity("A-1", " default-currency=\"EUR\"", tx("3", "2021-01-01", "", "5")),
                activity("A-1", " default-currency=\"EUR\"", tx("3", "2021-01-01", "", "5")),
                activity("", " default-currency=\"EUR\"", tx("3", "2021-01-01", "", "5"))));
        assertThat(imported.countedCount()).isEqualTo(1);
        assertThat(imported.problems()).extracting(IatiProblem::reason).containsExactly(
                "activity A-1 appears again (first at line 3); the repeated copy is not counted",
                "activity has no iati-identifier, so its money cannot be told apart from others'");
        assertThat(imported.problems().get(1).activityId()).startsWith("(activity at line ");
    }

    @Test
    void narrativesInThePreferredLanguageAreChosen() {
        String xml = file(" <iati-activity default-currency=\"EUR\"><iati-identifier>A-1</iati-identifier>"
                + "<reporting-org ref=\"FR-3\"><narrative>French Development Agency</narrative>"
                + "<narrative xml:lang=\"fr\">Agence française de développement</narrative></reporting-org>"
                + tx("3", "2021-01-01", "", "5") + "</iati-activity>");
        assertThat(only(IatiReader.standard().withLanguage("fr").read(xml)).donor().name())
                .isEqualTo("Agence française de développement");
        assertThat(only(Iati.read(xml)).donor().name()).isEqualTo("French Development Agency");
    }

    @Test
    void bytesAreReadInTheEncodingTheDeclarationNames() {
        String xml = file(activity("A-é", " default-currency=\"EUR\"", tx("3", "2021-01-01", "", "5")))
                .replace("UTF-8", "ISO-8859-1");
        IatiImport imported = Iati.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(only(imported).id()).isEqualTo("A-é");
        assertThat(Iati.read(new StringReader(xml)).book()).isEqualTo(imported.book());
    }

    @Test
    void sectorsWithoutPercentagesOrThatDoNotAddUpLeaveTheRestUnallocated() {
        String xml = file(" <iati-activity default-currency=\"EUR\"><iati-identifier>A-1</iati-identifier>"
                + "<reporting-org ref=\"DE-1\"><narrative>BMZ</narrative></reporting-org>"
                + "<sector code=\"15220\" percentage=\"33.33\"/><sector code=\"15250\" percentage=\"33.33\"/>"
                + "<sector code=\"72010\" percentage=\"33.33\"/>"
                + tx("2", "2021-01-01", "", "100.01") + "</iati-activity>");
        IatiImport imported = Iati.read(xml);
        SectorTotals split = imported.sectorTotals(Stage.COMMITTED, END);
        assertThat(split.bySector()).hasSize(3);
        assertThat(split.bySector().values()).allSatisfy(t -> assertThat(t.decimal(Amounts.currency("EUR")))
                .isEqualByComparingTo("33.333333"));
        assertThat(split.unallocated().decimal(Amounts.currency("EUR"))).isEqualByComparingTo("0.010001");
        assertThat(split.total()).isEqualTo(MoneyTotal.of(Amounts.of(new BigDecimal("100.01"), "EUR")));
        assertThat(imported.sectorShares("A-1")).extracting(SectorShare::toString)
                .containsExactly("dac-15220 33.33%", "dac-15250 33.33%", "dac-72010 33.33%");
        assertThat(only(imported).sectors().get(1).name()).isEqualTo("Removal of land mines and explosive remnants "
                + "of war");
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreReadAsText() {
        String xml = "<iati-activities version=\"2.03\"><iati-activity default-currency=\"EUR\">"
                + "<iati-identifier>A&amp;1</iati-identifier><reporting-org ref=\"R-1\"><narrative>Smith &amp; Sons "
                + "&lt;Ltd&gt; caf&#233;</narrative></reporting-org>" + tx("3", "2021-01-01", "", "&#49;00")
                + "</iati-activity></iati-activities>";
        Pledge p = only(Iati.read(xml));
        assertThat(p.id()).isEqualTo("A&1");
        assertThat(p.donor().name()).isEqualTo("Smith & Sons <Ltd> café");
        assertThat(p.disbursedOn(END)).contains(Amounts.of(100, "EUR"));
    }
}
