package io.github.pledgebook.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.SourceKind;
import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Other people's sheets. The CSV below is shaped like the main sheet of the Kiel Institute's Ukraine Support Tracker
 * (one row per donor and measure, announcement date, aid type, commitment or allocation, value in EUR, source); the
 * rows and figures are made up for the test.
 */
class ColumnMapTest {

    static final String KIEL = """
            ID,Donor,Announcement Date,Aid type,Measure,Item,Value in EUR,Source,Link
            k1,United States,2024-02-19 00:00:00,Military,Commitment,,"1,234,567.50",Department of Defense,https://example.org/us
            k1,United States,2024-03-01 00:00:00,Military,Allocation,,"1,000,000",Department of Defense,
            k2,Germany,19/02/2024,Humanitarian,Commitment,,250000,Federal Foreign Office,
            k3,Japan,2024-02-19,Financial,Commitment,,15 800 000,Ministry of Foreign Affairs,
            k4,Norway,2024-02-20,Military,Allocation,generators,,Ministry of Defence,
            k5,Poland,2024-13-01,Military,Commitment,,1000,Ministry of Defence,
            k6,Latvia,2024-02-21,Military,Commitment,,n.a.,Ministry of Defence,
            k7,,2024-02-21,Military,Commitment,,1000,Ministry of Defence,
            k8,Estonia,2024-02-22,Military,Pledge,,1000,Ministry of Defence,
            k9,Canada,2024-02-22,Cyber,Commitment,,1000,Global Affairs Canada,

            k10,Denmark,2024-02-23,Military,Commitment,,-5,Ministry of Defence,
            k1,United Kingdom,2024-03-02,Military,Allocation,,5,Ministry of Defence,
            k11,Finland,2024-02-23,Military,Commitment,,,Ministry of Defence,
            """;

    static ColumnMap.Builder kielMap() {
        return ColumnMap.builder()
                .id("ID").donor("Donor").date("Announcement Date")
                .amount("Value in EUR").currency("EUR")
                .stage("Measure", Map.of("Commitment", Stage.COMMITTED, "Allocation", Stage.DISBURSED))
                .category("Aid type", Map.of("Financial", AidCategory.FINANCIAL,
                        "Humanitarian", AidCategory.HUMANITARIAN, "Military", AidCategory.MILITARY))
                .instrument(Instrument.GRANT).recipient(Party.of("ua", "Ukraine", "UA"))
                .source("Source", SourceKind.OFFICIAL).sourceUrl("Link").inKind("Item");
    }

    private static String problems(TableReading r) {
        return r.problems().stream().map(RowProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void kielShapedSheetLoadsWithItsProblemsListed() {
        TableReading r = kielMap().build().read(new StringReader(KIEL));
        PledgeBook book = r.book();
        assertThat(r.rows()).isEqualTo(13);
        assertThat(book.pledges()).extracting(Pledge::id).containsExactly("k1", "k2", "k3", "k4");
        Pledge us = book.pledge("k1").orElseThrow();
        assertThat(us.history()).hasSize(2);
        assertThat(us.amountAt(Stage.COMMITTED, LocalDate.of(2024, 3, 1)))
                .contains(Amounts.of(new BigDecimal("1234567.50"), "EUR"));
        assertThat(us.disbursedOn(LocalDate.of(2024, 3, 1))).contains(Amounts.of(1_000_000, "EUR"));
        assertThat(us.firstEvent().source().url()).contains("https://example.org/us");
        assertThat(book.pledge("k2").orElseThrow().firstEvent().date()).isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(book.pledge("k3").orElseThrow().firstEvent().amount()).contains(Amounts.of(15_800_000, "EUR"));
        assertThat(book.pledge("k4").orElseThrow().inKind().orElseThrow().description()).isEqualTo("generators");
        assertThat(book.pledge("k1").orElseThrow().donor().id()).isEqualTo("united-states");
        // every other data row is accounted for, by row number and column
        assertThat(r.problems()).extracting(RowProblem::row).containsExactly(7L, 8L, 9L, 10L, 11L, 13L, 14L, 15L);
        assertThat(problems(r)).contains(
                "row 7, column \"Announcement Date\": \"2024-13-01\" is not a date",
                "row 8, column \"Value in EUR\": \"n.a.\" is not an amount",
                "row 9, column \"Donor\": is empty; expected the donor's name",
                "row 10, column \"Measure\": \"Pledge\" is not a mapped value; expected one of Allocation, Commitment",
                "row 11, column \"Aid type\": \"Cyber\" is not a mapped value",
                "row 13, column \"Value in EUR\": \"-5\" is not a positive amount",
                "row 14, column \"Donor\": \"United Kingdom\" differs from row 2 of pledge k1",
                "row 15, column \"Value in EUR\": is empty; expected an amount or goods in column \"Item\"");
        assertThat(r.isComplete()).isFalse();
        assertThatThrownBy(r::completeBook).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("table was not read completely (8 problems): row 7");
    }

    @Test
    void aSheetThatStopsBeingCsvIsReadUpToThereWithAProblem() {
        String csv = "ID,Donor,Announcement Date,Aid type,Measure,Item,Value in EUR,Source,Link\n"
                + "k1,Japan,2024-02-19,Financial,Commitment,,1000,MOFA,\n"
                + "k2,\"Korea\" Republic of,2024-02-19,Financial,Commitment,,1000,MOFA,\n"
                + "k3,Germany,2024-02-19,Financial,Commitment,,1000,BMZ,\n";
        TableReading r = kielMap().build().read(csv);
        assertThat(problems(r)).isEqualTo("row 3: the CSV text is broken here (Unexpected character after closing "
                + "quote: ' ' (0x20) (record starting at line 3)); no row from here on is read");
        assertThat(r.book().pledges()).extracting(Pledge::id).containsExactly("k1");
        assertThat(r.rows()).isEqualTo(1);
    }

    @Test
    void anUnquotedValueWithTheSeparatorInsideIsAProblemNeverASmallerAmount() {
        // typed by hand: 1,234 and 1,234,567.50 unquoted in a comma-separated file would read as 1
        String csv = "Donor,Date,Amount,Source\n"
                + "Japan,2024-02-19,1,234,MOFA\n"
                + "Germany,2024-02-19,\"1,234,567.50\",BMZ\n"
                + "Poland,2024-02-19,1000,Ministry of Defence, Poland\n"
                + "Latvia,2024-02-19,1000,MoD,,\n";
        TableReading r = ColumnMap.builder().donor("Donor").date("Date").amount("Amount").currency("EUR")
                .stage(Stage.ANNOUNCED).category(AidCategory.MILITARY).instrument(Instrument.GRANT)
                .recipient(Party.of("ua", "Ukraine", "UA")).source("Source", SourceKind.OFFICIAL).build().read(csv);
        assertThat(problems(r)).isEqualTo("row 2: has more cells than the header's 4 columns (cell 5 is \"MOFA\"): a "
                + "value with the separator inside, such as 1,234 or a name with a comma, must be quoted, or its cells "
                + "shift; the row was left out\n"
                + "row 4: has more cells than the header's 4 columns (cell 5 is \" Poland\"): a value with the "
                + "separator inside, such as 1,234 or a name with a comma, must be quoted, or its cells shift; the row "
                + "was left out");
        // quoted, the number is read whole; empty cells after the last column (trailing commas) are fine
        assertThat(r.book().pledges()).extracting(p -> p.firstEvent().amount().orElseThrow())
                .containsExactly(Amounts.of(new BigDecimal("1234567.50"), "EUR"), Amounts.of(1000, "EUR"));
    }

    @Test
    void aRowPublishedTwiceCountsOnceAndIsReported() {
        String csv = "ID,Donor,Announcement Date,Aid type,Measure,Item,Value in EUR,Source,Link\n"
                + "k1,United States,2024-02-19,Military,Commitment,,1000,DoD,\n"
                + "k1,United States,2024-03-01,Military,Allocation,,400,DoD,\n"
                + "k1,United States,2024-03-01,Military,Allocation,,400,DoD\n" // the same cells, one comma fewer
                + "k1,United States,2024-03-01,Military,Allocation,,400,DoD,https://example.org/second\n";
        TableReading r = kielMap().build().read(csv);
        assertThat(problems(r)).isEqualTo("row 4: repeats row 3 cell for cell, so it was left out: the same money is "
                + "counted once; if these are two payments, a cell must tell them apart (a date, a note)");
        // a row that differs in any cell (here the link) is another payment
        assertThat(r.book().asOf(LocalDate.of(2024, 12, 31)).disbursed().total().amount("EUR"))
                .isEqualTo(Amounts.of(800, "EUR"));
    }

    @Test
    void amountsInMillionsAreScaledExactly() {
        String csv = "Donor,Date,Value (EUR million)\nJapan,2024-02-19,106\nGermany,2024-02-19,\"1,234.567891\"\n";
        TableReading r = ColumnMap.builder().donor("Donor").date("Date").amount("Value (EUR million)")
                .amountsInMillions().currency("EUR").stage(Stage.ANNOUNCED).category(AidCategory.FINANCIAL)
                .instrument(Instrument.GRANT).recipient(Party.of("ua", "Ukraine", "UA"))
                .source("Donor", SourceKind.OFFICIAL).build().read(csv);
        assertThat(r.problems()).isEmpty();
        assertThat(r.book().pledge("row-2").orElseThrow().firstEvent().amount())
                .contains(Amounts.of(106_000_000, "EUR"));
        assertThat(r.book().pledge("row-3").orElseThrow().firstEvent().amount())
                .contains(Amounts.of(new BigDecimal("1234567891"), "EUR"));
    }

    @Test
    void aMissingColumnReadsNoRowAndSaysWhichColumn() {
        TableReading r = kielMap().build().read("ID,Donor,Announcement Date\nk1,Japan,2024-02-19\n");
        assertThat(r.book().pledges()).isEmpty();
        assertThat(problems(r)).contains("row 1, column \"Aid type\": is not in the header, so no row was read");
    }

    @Test
    void anAmountWithMoreDigitsThanAnAmountMayHaveIsAProblemOfItsRow() {
        // it stopped the whole sheet with an exception before
        String csv = "Donor,Date,Amount\nJapan,2024-02-19,1" + "0".repeat(300) + "\nJapan,2024-02-20,100\n";
        TableReading r = ColumnMap.builder().donor("Donor").date("Date").amount("Amount").currency("JPY")
                .stage(Stage.ANNOUNCED).category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                .recipient(Party.of("ua", "Ukraine", "UA")).source("Donor", SourceKind.OFFICIAL).build().read(csv);
        assertThat(problems(r)).startsWith("row 2, column \"Amount\": \"1000").endsWith("\" is out of bounds: an "
                + "amount must have at most 100 digits before the decimal point, was 1E+300");
        assertThat(r.book().pledges()).hasSize(1);
    }

    @Test
    void aSheetExportedWithSemicolonsAndDecimalCommasReadsAsTheSameBook() {
        // the Kiel-shaped sheet as a spreadsheet set to German exports it: ';' between fields, decimal commas
        String european = """
                ID;Donor;Announcement Date;Aid type;Measure;Item;Value in EUR;Source;Link
                k1;United States;2024-02-19 00:00:00;Military;Commitment;;1.234.567,50;Department of Defense;https://example.org/us
                k1;United States;2024-03-01 00:00:00;Military;Allocation;;1.000.000;Department of Defense;
                k2;Germany;19.02.2024;Humanitarian;Commitment;;250000;Federal Foreign Office;
                k3;Japan;2024-02-19;Financial;Commitment;;15 800 000,0;Ministry of Foreign Affairs;
                k4;Norway;2024-02-20;Military;Allocation;generators;;Ministry of Defence;
                """;
        String english = """
                ID,Donor,Announcement Date,Aid type,Measure,Item,Value in EUR,Source,Link
                k1,United States,2024-02-19 00:00:00,Military,Commitment,,"1,234,567.50",Department of Defense,https://example.org/us
                k1,United States,2024-03-01 00:00:00,Military,Allocation,,"1,000,000",Department of Defense,
                k2,Germany,19/02/2024,Humanitarian,Commitment,,250000,Federal Foreign Office,
                k3,Japan,2024-02-19,Financial,Commitment,,15 800 000.0,Ministry of Foreign Affairs,
                k4,Norway,2024-02-20,Military,Allocation,generators,,Ministry of Defence,
                """;
        TableReading r = kielMap().separator(';').decimalComma().build().read(european);
        assertThat(problems(r)).isEmpty();
        assertThat(r.book()).isEqualTo(kielMap().build().read(english).book());
        assertThat(r.book().pledge("k1").orElseThrow().firstEvent().amount()).contains(Amounts.of(
                new java.math.BigDecimal("1234567.50"), "EUR"));
        // a number written the other way is a problem of its row, never another number
        TableReading wrong = kielMap().separator(';').decimalComma().build()
                .read("ID;Donor;Announcement Date;Aid type;Measure;Item;Value in EUR;Source;Link\n"
                        + "k1;Japan;2024-02-19;Financial;Commitment;;1,234.50;Ministry of Foreign Affairs;\n");
        assertThat(problems(wrong)).isEqualTo("row 2, column \"Value in EUR\": \"1,234.50\" is not an amount; expected a "
                + "number with a decimal comma such as 1234567,50, 1.234.567,50 or 1 234 567");
        assertThatThrownBy(() -> ColumnMap.builder().separator('"')).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field separator must not be a quote, letter, digit or line break, was '\"'");
        assertThatThrownBy(() -> ColumnMap.builder().separator('\n'))
                .hasMessage("field separator must not be a quote, letter, digit or line break, was \\n");
    }

    @Test
    void decimalCommaAmounts() {
        assertThat(SheetFormats.parseAmount("1.234.567,5", true)).isEqualByComparingTo("1234567.5");
        assertThat(SheetFormats.parseAmount("1 234,25", true)).isEqualByComparingTo("1234.25");
        assertThat(SheetFormats.parseAmount("12,34", true)).isEqualByComparingTo("12.34");
        assertThat(SheetFormats.parseAmount("-0,5", true)).isEqualByComparingTo("-0.5");
        assertThat(SheetFormats.parseAmount("1.234", true)).isEqualByComparingTo("1234");
        assertThat(SheetFormats.parseAmount("1.23", true)).isNull();
        assertThat(SheetFormats.parseAmount("1,234.5", true)).isNull();
        assertThat(SheetFormats.parseAmount("1.234 567", true)).isNull();
        assertThat(SheetFormats.parseAmount("12,", true)).isNull();
    }

    @Test
    void anUnknownCurrencyIsAProblem() {
        String csv = "Donor,Date,Amount,Currency\nJapan,2024-02-19,100,XYZ\nJapan,2024-02-19,100,jpy\n"
                + "Japan,2024-02-19,100,EU.\n"; // a pattern that JSR 354 alone would read as EUR
        TableReading r = ColumnMap.builder().donor("Donor").date("Date").amount("Amount").currencyColumn("Currency")
                .stage(Stage.ANNOUNCED).category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                .recipient(Party.of("ua", "Ukraine", "UA")).source("Donor", SourceKind.OFFICIAL).build().read(csv);
        assertThat(problems(r)).isEqualTo("row 2, column \"Currency\": \"XYZ\" is not a known ISO 4217 currency code"
                + " such as EUR\nrow 4, column \"Currency\": \"EU.\" is not a known ISO 4217 currency code such as EUR");
        assertThat(r.book().pledge("row-3").orElseThrow().firstEvent().amount()).contains(Amounts.of(100, "JPY"));
    }

    @Test
    void twoDonorNamesThatMakeOneIdAreAProblem() {
        String csv = "Donor,Date,Amount\nU.S.,2024-02-19,100\nU S,2024-02-19,100\n";
        TableReading r = simple().read(csv);
        assertThat(problems(r)).startsWith("row 3, column \"Donor\": \"U S\" has the id u-s of the donor \"U.S.\" "
                + "on row 2");
    }

    @Test
    void monthFirstDatesAreNotGuessed() {
        TableReading r = simple().read("Donor,Date,Amount\nJapan,02/19/2024,100\nJapan,19.02.2024,100\n");
        assertThat(problems(r)).startsWith("row 2, column \"Date\": \"02/19/2024\" is not a date");
        assertThat(r.book().pledges()).hasSize(1);
    }

    @Test
    void aSlashDateWhoseOrderMattersIsReadOnlyWhenTheMapSaysWhichOrder() {
        String csv = "Donor,Date,Amount\nJapan,01/02/2024,100\nGermany,19/02/2024,100\nItaly,05/05/2024,100\n"
                + "Spain,02/19/2024,100\nFrance,01.02.2024,100\n";
        TableReading unsaid = simple().read(csv);
        assertThat(problems(unsaid)).isEqualTo("row 2, column \"Date\": \"01/02/2024\" could be 2024-02-01 (day "
                + "first) or 2024-01-02 (month first); say which with dayFirstDates() or monthFirstDates() in the "
                + "column map\nrow 5, column \"Date\": \"02/19/2024\" is not a date; expected 2024-02-19, 19/02/2024, "
                + "19.02.2024 or 2024-02-19 00:00:00 (month first only with monthFirstDates())");
        assertThat(unsaid.book().pledges()).extracting(p -> p.firstEvent().date()).containsExactly(
                LocalDate.of(2024, 2, 19), LocalDate.of(2024, 5, 5), LocalDate.of(2024, 2, 1));

        TableReading dayFirst = simpleMap().dayFirstDates().build().read(csv);
        assertThat(dayFirst.book().pledges()).extracting(p -> p.firstEvent().date()).containsExactly(
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 19), LocalDate.of(2024, 5, 5),
                LocalDate.of(2024, 2, 1));
        assertThat(problems(dayFirst)).startsWith("row 5, column \"Date\": \"02/19/2024\" is not a date");

        TableReading monthFirst = simpleMap().monthFirstDates().build().read(csv);
        assertThat(monthFirst.book().pledges()).extracting(p -> p.firstEvent().date()).containsExactly(
                LocalDate.of(2024, 1, 2), LocalDate.of(2024, 5, 5), LocalDate.of(2024, 2, 19),
                LocalDate.of(2024, 2, 1));
        assertThat(problems(monthFirst)).isEqualTo("row 3, column \"Date\": \"19/02/2024\" is not a date; expected "
                + "2024-02-19, 02/19/2024 or 2024-02-19 00:00:00");

        assertThatThrownBy(() -> simpleMap().dayFirstDates().monthFirstDates())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the column map already reads slash dates day first");
    }

    @Test
    void badThousandsSeparatorsAreNotAmounts() {
        assertThat(ColumnMap.parseAmount("1,234,567.5")).isEqualByComparingTo("1234567.5");
        assertThat(ColumnMap.parseAmount("1'234")).isEqualByComparingTo("1234");
        assertThat(ColumnMap.parseAmount("1234")).isEqualByComparingTo("1234");
        assertThat(ColumnMap.parseAmount("12,34")).isNull();
        assertThat(ColumnMap.parseAmount("1,234 567")).isNull();
        assertThat(ColumnMap.parseAmount("1,2345")).isNull();
        assertThat(ColumnMap.parseAmount("1.")).isNull();
        assertThat(ColumnMap.parseAmount("1e6")).isNull();
        assertThat(ColumnMap.parseAmount(",123")).isNull();
    }

    @Test
    void aHistoryThatBreaksTheRulesLeavesItsRowsOutWithTheReason() {
        String csv = "ID,Donor,Date,Measure,Amount\nx,Japan,2024-02-19,Withdrawn,\nx,Japan,2024-02-20,Commitment,5\n";
        TableReading r = ColumnMap.builder().id("ID").donor("Donor").date("Date").amount("Amount").currency("EUR")
                .stage("Measure", Map.of("Commitment", Stage.COMMITTED, "Withdrawn", Stage.CANCELLED))
                .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                .recipient(Party.of("ua", "Ukraine", "UA")).source("Donor", SourceKind.OFFICIAL).build().read(csv);
        assertThat(r.problems()).extracting(RowProblem::row).containsExactly(2L, 3L);
        assertThat(problems(r)).contains("could not become a pledge, so its rows were left out: pledge x: event on "
                + "2024-02-20 (committed) follows the cancellation");
    }

    @Test
    void aSourceUrlWithSpacesIsAProblem() {
        TableReading r = kielMap().build().read("ID,Donor,Announcement Date,Aid type,Measure,Item,Value in EUR,"
                + "Source,Link\nk1,Japan,2024-02-19,Military,Commitment,,5,MoD,not a url\n");
        assertThat(problems(r)).startsWith("row 2, column \"Link\": \"not a url\" is not a valid source");
    }

    @Test
    void anIncompleteMapSaysWhatIsMissing() {
        assertThatThrownBy(() -> ColumnMap.builder().donor("Donor").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("column map is incomplete; expected date(column), amount(column) or inKind(column), "
                        + "stage(column, values) or stage(stage), category(column, values) or category(category), "
                        + "instrument(column, values) or instrument(instrument), recipient(party), "
                        + "source(column, kind) or source(source)");
    }

    @Test
    void aValueMapIsCheckedAtTheDoor() {
        ColumnMap.Builder b = kielMap();
        java.util.Map<String, Stage> nullKey = new java.util.HashMap<>();
        nullKey.put(null, Stage.COMMITTED);
        assertThatThrownBy(() -> b.stage("Measure", nullKey)).isInstanceOf(NullPointerException.class)
                .hasMessage("stage value map has a null key");
        java.util.Map<String, Stage> nullValue = new java.util.HashMap<>();
        nullValue.put("Commitment", null);
        assertThatThrownBy(() -> b.stage("Measure", nullValue)).isInstanceOf(NullPointerException.class)
                .hasMessage("stage value map maps \"Commitment\" to null");
        assertThatThrownBy(() -> b.stage("Measure", Map.of(" ", Stage.COMMITTED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("stage value map has a blank label, was \" \"");
        assertThatThrownBy(() -> b.category("Aid type", Map.of("Military", AidCategory.MILITARY,
                "military ", AidCategory.HUMANITARIAN))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice (ignoring case)");
        assertThatThrownBy(() -> b.stage("Measure", Map.of())).hasMessage("stage value map must map at least one "
                + "value, was empty");
    }

    @Test
    void donorIdsAreMadeFromNames() {
        assertThat(ColumnMap.slug("United States of America")).isEqualTo("united-states-of-america");
        assertThat(ColumnMap.slug("  EU (Commission) ")).isEqualTo("eu-commission");
        assertThat(ColumnMap.slug("Česko")).isEqualTo("česko");
    }

    private static ColumnMap.Builder simpleMap() {
        return ColumnMap.builder().donor("Donor").date("Date").amount("Amount").currency("EUR")
                .stage(Stage.ANNOUNCED).category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                .recipient(Party.of("ua", "Ukraine", "UA")).source("Donor", SourceKind.OFFICIAL);
    }

    private static ColumnMap simple() {
        return simpleMap().build();
    }
}
