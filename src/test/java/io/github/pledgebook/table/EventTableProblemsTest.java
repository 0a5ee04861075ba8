package io.github.pledgebook.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Pledge;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading a damaged or hand-made event table: every row it cannot take is a problem, nothing is guessed. */
class EventTableProblemsTest {

    static final String HEADER = "record,id,stage,date,amount,currency,donor_id,donor_name,donor_kind,donor_parent,"
            + "recipient_id,recipient_name,category,instrument,source_publisher,source_kind,source_date,name,kind,"
            + "parent,pledge_id,parties\n";
    static final String GOOD = "event,p1,announced,2024-02-19,100,USD,jp,Japan,government,,ua,Ukraine,financial,"
            + "grant,MoFA,official,2024-02-19,,,,,\n";

    private static String problems(TableReading r) {
        return r.problems().stream().map(RowProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aHandMadeTableWithoutPartyRowsReads() {
        TableReading r = EventTable.read(HEADER + GOOD);
        assertThat(r.problems()).isEmpty();
        Pledge p = r.book().pledges().get(0);
        assertThat(p.toString()).isEqualTo("Pledge[p1 Japan -> Ukraine USD 100 announced 2024-02-19]");
    }

    @Test
    void aPledgeFieldThatDiffersBetweenRowsLeavesThePledgeOut() {
        TableReading r = EventTable.read(HEADER + GOOD + GOOD.replace("financial", "military"));
        assertThat(r.book().pledges()).isEmpty();
        assertThat(problems(r)).isEqualTo("row 2, column \"id\": \"p1\" pledge was left out because of the problems on "
                + "rows 3\nrow 3, column \"category\": \"military\" differs from row 2 of pledge p1 (\"financial\"); "
                + "every row of a pledge must repeat its pledge fields");
    }

    @Test
    void unreadableCellsAreProblemsWithRowAndColumn() {
        TableReading r = EventTable.read(HEADER + GOOD.replace(",100,", ",1e6,").replace("announced", "promised"));
        assertThat(problems(r)).contains(
                "row 2, column \"stage\": \"promised\" is not a known stage; expected one of reported, announced, "
                        + "committed, disbursed, cancelled",
                "row 2, column \"amount\": \"1e6\" is not a plain decimal number");
    }

    @Test
    void textThatIsNotCsvEndsTheReadingThereWithAProblemAndKeepsTheRowsBefore() {
        // a character after a closing quote: FastCSV reads no record from there on
        TableReading r = EventTable.read(HEADER + GOOD + "\"event\"x,p2\n" + GOOD.replace("p1", "p3"));
        assertThat(problems(r)).isEqualTo("row 3: the CSV text is broken here (Unexpected character after closing "
                + "quote: 'x' (0x78) (record starting at line 3)); no row from here on is read");
        assertThat(r.rows()).isEqualTo(1);
        assertThat(r.book().pledges()).extracting(p -> p.id()).containsExactly("p1");
        assertThat(r.isComplete()).isFalse();
        // a row beyond the parser's limits (here 16,384 fields) likewise
        TableReading wide = EventTable.read(HEADER + GOOD + "event" + ",".repeat(20_000) + "\n");
        assertThat(problems(wide)).startsWith("row 3: the CSV text is broken here (Record starting at line 3 has "
                + "surpassed the maximum limit of 16384 fields)");
        assertThat(wide.book().pledges()).extracting(p -> p.id()).containsExactly("p1");
        TableReading first = EventTable.read("\"record\"x,id\n");
        assertThat(problems(first)).startsWith("row 1: the CSV text is broken here");
        assertThat(first.rows()).isZero();
    }

    @Test
    void aRowWithACellBeyondTheHeaderLeavesItsPledgeOut() {
        TableReading r = EventTable.read(HEADER + GOOD.replace("\n", ",stray\n"));
        assertThat(problems(r)).startsWith("row 2: has more cells than the header's ");
        assertThat(r.book().pledges()).isEmpty();
        assertThat(EventTable.read(HEADER + GOOD.replace("\n", ",,\n")).problems()).isEmpty();
    }

    @Test
    void unknownRecordsColumnsAndPartiesAreProblems() {
        TableReading r = EventTable.read(HEADER.replace("\n", ",colour\n") + "pledge,p9\n"
                + GOOD.replace("\n", ",red\n").replace("ua,Ukraine", "ua,")
                + "memorandum,m1,,2024-02-19,,,,,,,,,,,,,,Deal,,,p404,jp;ua\n");
        assertThat(problems(r)).contains(
                "row 1, column \"colour\": is not a column of the event table, so it was not read",
                "row 2, column \"record\": \"pledge\" is not a kind of record, so the row was left out",
                "row 3, column \"recipient_name\": is empty and no party row defines ua",
                "row 4: \"ua\" names a party that no row defines (memorandum m1)",
                "row 4, column \"id\": \"m1\" memorandum was left out");
        TableReading memo = EventTable.read(HEADER + GOOD + "memorandum,m1,,2024-02-19,,,,,,,,,,,,,,Deal,,,p404,jp;ua\n");
        assertThat(problems(memo)).isEqualTo("row 3, column \"pledge_id\": \"p404\" names no pledge of the table, "
                + "so the memorandum was left out");
    }

    @Test
    void aDonorHierarchyWithACycleIsAProblem() {
        String parties = "party,a,,,,,,,,,,,,,,,,A,government,b,,\nparty,b,,,,,,,,,,,,,,,,B,government,a,,\n";
        TableReading r = EventTable.read(HEADER + parties + GOOD.replace("jp,Japan,government,", "a,A,government,b"));
        assertThat(r.book().pledges()).isEmpty();
        assertThat(problems(r)).contains("makes the donor hierarchy a cycle");
    }

    @Test
    void aNameThatDiffersFromThePartyRowIsAProblem() {
        String party = "party,jp,,,,,,,,,,,,,,,,Government of Japan,government,,,\n";
        TableReading r = EventTable.read(HEADER + party + GOOD);
        assertThat(problems(r)).contains("row 3, column \"donor_name\": \"Japan\" differs from the name of party jp on "
                + "row 2 (\"Government of Japan\")");
        assertThat(r.book().pledges()).isEmpty();
    }

    @Test
    void anEmptyTableAndAForeignHeaderAreProblems() {
        assertThat(problems(EventTable.read(""))).startsWith("row 1: table is empty");
        assertThat(problems(EventTable.read("Donor,Date\nJapan,2024-02-19\n")))
                .contains("header lacks the record or id column");
    }
}
