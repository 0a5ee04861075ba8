package io.github.pledgebook.fts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.FailingReader;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.StageTotal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader's rules on small inline responses: mapping, counting, problems, pages. */
class FtsReaderTest {

    static final LocalDate END = LocalDate.of(2100, 1, 1);

    /** A flow in FTS's shape; {@code extra} is spliced in as further fields and may replace none of these. */
    static String flow(String id, String status, String amounts, String extra) {
        return "{\"id\": \"" + id + "\", \"status\": \"" + status + "\", " + amounts + ", "
                + "\"date\": \"2020-03-19T00:00:00Z\", \"firstReportedDate\": \"2020-03-27T00:00:00Z\", "
                + "\"updatedAt\": \"2021-02-09T16:33:16.142Z\", \"versionId\": 1, "
                + "\"sourceObjects\": [{\"type\": \"Organization\", \"id\": \"4537\", \"name\": \"Japan, Government of\","
                + " \"behavior\": \"single\", \"organizationTypes\": [\"Government\"]},"
                + " {\"type\": \"Location\", \"id\": \"112\", \"name\": \"Japan\", \"behavior\": \"single\"}], "
                + "\"destinationObjects\": [{\"type\": \"Organization\", \"id\": \"2915\", "
                + "\"name\": \"United Nations Children's Fund\", \"behavior\": \"single\"},"
                + " {\"type\": \"Plan\", \"id\": \"832\", \"name\": \"oPt 2020\", \"behavior\": \"single\"}]"
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    static String usd(long amount) {
        return "\"amountUSD\": " + amount;
    }

    static String page(String... flows) {
        return "{\"status\": \"ok\", \"data\": {\"incoming\": {\"flowCount\": " + flows.length + "}, \"flows\": ["
                + String.join(",", flows) + "]}, \"meta\": {\"language\": \"en\"}}";
    }

    @Test
    void statusBecomesTheStageAndTheOriginalAmountIsTheFact() {
        FtsImport fts = FtsReader.read(page(
                flow("1", "pledge", usd(100), ""),
                flow("2", "commitment", "\"amountUSD\": 1100, \"originalAmount\": 1000, \"originalCurrency\": \"EUR\","
                        + " \"exchangeRate\": 0.909", ""),
                flow("3", "paid", "\"amountUSD\": 5, \"originalAmount\": 0, \"originalCurrency\": \"USD\"", "")));
        assertThat(fts.flow("1").orElseThrow().stage()).isEqualTo(Stage.ANNOUNCED);
        assertThat(fts.flow("2").orElseThrow().stage()).isEqualTo(Stage.COMMITTED);
        assertThat(fts.flow("3").orElseThrow().stage()).isEqualTo(Stage.DISBURSED);
        assertThat(fts.book().asOf(END).committed().total()).isEqualTo(MoneyTotal.of(Amounts.of(1000, "EUR")));
        assertThat(fts.book().asOf(END).disbursed().total()).isEqualTo(MoneyTotal.of(Amounts.of(5, "USD")));
        assertThat(fts.statedUsd(Stage.COMMITTED)).isEqualTo(MoneyTotal.of(Amounts.of(1100, "USD")));
        assertThat(fts.rates().rate("USD", "EUR", LocalDate.of(2020, 3, 19), io.github.pledgebook.money.RateLookup
                .standard()).value()).isEqualByComparingTo("0.909");
    }

    @Test
    void amountsAreReadExactlyFromTheText() {
        FtsImport fts = FtsReader.read(page(
                flow("1", "paid", "\"amountUSD\": 12254.249999999998", ""),
                flow("2", "paid", "\"amountUSD\": 123456789012345678901234567890.01", "")));
        assertThat(fts.book().asOf(END).disbursed().total().amount("USD"))
                .isEqualTo(Amounts.of("123456789012345678901234580144.259999999998", "USD"));
    }

    @Test
    void aCurrencyCodeIsReadAsWrittenNeverAsAPattern() {
        // JSR 354 looks codes up as patterns: on its own, Moneta reads "EU." as EUR
        FtsImport fts = FtsReader.read(page(
                flow("1", "paid", "\"originalAmount\": 10, \"originalCurrency\": \"EU.\"", ""),
                flow("2", "paid", "\"originalAmount\": 20, \"originalCurrency\": \"EUR\"", "")));
        assertThat(fts.problems()).extracting(p -> p.flowId().orElse("?") + " " + p.reason()).containsExactly(
                "1 originalCurrency must be a known ISO 4217 code such as USD, was \"EU.\"");
        assertThat(fts.counted()).extracting(FtsFlow::id).containsExactly("2");
    }

    @Test
    void malformedFlowsAreProblemsWithIdAndReasonAndTheRestStillLoads() {
        FtsImport fts = FtsReader.read(page(
                flow("1", "paid", usd(100), ""),
                flow("2", "promised", usd(100), ""),
                "{\"id\": \"3\", \"amountUSD\": 5}",
                flow("4", "paid", "\"originalAmount\": 10, \"originalCurrency\": \"XYZ\"", ""),
                flow("5", "paid", "\"amountUSD\": -10", ""),
                flow("6", "paid", "\"amountUSD\": \"12a\"", ""),
                flow("7", "paid", usd(7), "\"destinationObjects\": [{\"type\": \"Galaxy\", \"id\": \"1\"}]"),
                flow("8", "paid", usd(8), "")));
        assertThat(fts.counted()).extracting(FtsFlow::id).containsExactly("1", "8");
        assertThat(fts.problems()).extracting(p -> p.flowId().orElse("?") + " " + p.reason()).containsExactly(
                "2 status must be pledge, commitment or paid, was \"promised\"",
                "3 status is required (pledge, commitment or paid), was missing",
                "4 originalCurrency must be a known ISO 4217 code such as USD, was \"XYZ\"",
                "5 amountUSD must not be negative, was -10",
                "6 amountUSD must be a number, was \"12a\"",
                "7 destinationObjects holds an object of unknown type \"Galaxy\", expected one of [Organization, "
                        + "Location, Plan, Emergency, UsageYear, Cluster, GlobalCluster, Project]");
        assertThat(fts.problems().get(0).toString())
                .isEqualTo("FtsProblem[page 1, flow 2, id 2: status must be pledge, commitment or paid, was \"promised\"]");
        assertThat(fts.toString()).isEqualTo("FtsImport[8 flows on 1 page: 2 counted, 0 excluded, 6 refused]");
    }

    @Test
    void numbersOutOfBoundsAndIdsWithoutVisibleCharactersRefuseTheirFlowOnly() {
        // each of these stopped the whole read with an exception before
        FtsImport fts = FtsReader.read(page(
                flow("1", "paid", "\"amountUSD\": 1E+400", ""),
                flow("2", "paid", "\"amountUSD\": 1E-400", ""),
                flow("3", "paid", usd(3) + ", \"originalAmount\": 3, \"originalCurrency\": \"EUR\", "
                        + "\"exchangeRate\": 1E+400", ""),
                flow("4", "paid", usd(4), "\"sourceObjects\": [{\"type\": \"Organization\", \"id\": \" \", "
                        + "\"name\": \"X\", \"behavior\": \"single\"}]"),
                flow("5", "paid", usd(5), "\"destinationObjects\": [{\"type\": \"Plan\", \"id\": \"\\u0007\", "
                        + "\"name\": \"Y\", \"behavior\": \"single\"}]"),
                flow("6", "paid", usd(6), "")));
        assertThat(fts.counted()).extracting(FtsFlow::id).containsExactly("6");
        assertThat(fts.problems()).extracting(p -> p.flowId().orElse("?") + " " + p.reason()).containsExactly(
                "1 amountUSD must have at most 100 digits before the decimal point, was 1E+400",
                "2 amountUSD must have at most 100 digits after the decimal point (trailing zeros not counted), "
                        + "was 1E-400",
                "3 exchangeRate must have at most 100 digits before the decimal point, was 1E+400",
                "4 sourceObjects holds a Organization whose id has no visible character, was \" \"",
                "5 destinationObjects holds a Plan whose id has no visible character, was \"\\u0007\"");
        assertThat(fts.rates().toString()).startsWith("RateTable[0 fixings");
    }

    @Test
    void aFlowNamingItselfAsParentOrChildAndOrganizationTypesOfTheWrongShapeAreProblems() {
        // before, the first two were left out as a parent of themselves, never counted, and the third was counted
        // without its organization types
        FtsImport fts = FtsReader.read(page(
                flow("1", "paid", usd(1), "\"parentFlowId\": 1"),
                flow("2", "paid", usd(2), "\"childFlowIds\": [3, 2]"),
                flow("3", "paid", usd(3), "\"sourceObjects\": [{\"type\": \"Organization\", \"id\": \"4537\", "
                        + "\"name\": \"Japan, Government of\", \"behavior\": \"single\", "
                        + "\"organizationTypes\": {\"0\": \"Government\"}}]"),
                flow("4", "paid", usd(4), "")));
        assertThat(fts.counted()).extracting(FtsFlow::id).containsExactly("4");
        assertThat(fts.excluded()).isEmpty();
        assertThat(fts.problems()).extracting(p -> p.flowId().orElse("?") + " " + p.reason()).containsExactly(
                "1 parentFlowId names the flow itself; a flow cannot be its own parent",
                "2 childFlowIds names the flow itself; a flow cannot be counted through itself",
                "3 sourceObjects.organizationTypes must be an array of texts, was an object");
    }

    @Test
    void aFailingReaderIsThrownAsSuchAndItsPageAddsNothingSoItCanBeReadAgain() {
        String second = page(flow("1", "paid", usd(1), ""), flow("2", "paid", usd(2), ""));
        FtsReader reader = FtsReader.pages().add(page(flow("9", "paid", usd(9), "")));
        // the connection drops in the middle of flow 2, after flow 1 was read
        FailingReader dropped = new FailingReader(second, second.indexOf("\"id\": \"2\"") + 5);
        assertThatThrownBy(() -> reader.add(dropped)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("reading FTS page 2 failed after").hasMessageEndingWith("connection reset")
                .hasCauseInstanceOf(IOException.class);
        FtsImport again = reader.add(second).result();
        assertThat(again.counted()).extracting(FtsFlow::id).containsExactly("9", "1", "2");
        assertThat(again.pageCount()).isEqualTo(2);
        assertThat(again.problems()).isEmpty();
    }

    @Test
    void aChildWithoutARecipientIsRefusedAndItsParentCounts() {
        // the child's only destination is its donor: refused when read, so the parent is not left out as counted
        // through a child that counts nowhere
        String sameOrg = "\"destinationObjects\": [{\"type\": \"Organization\", \"id\": \"4537\", "
                + "\"name\": \"Japan, Government of\", \"behavior\": \"single\"}]";
        FtsImport fts = FtsReader.read(page(
                flow("1", "commitment", usd(100), "\"childFlowIds\": [2]"),
                flow("2", "paid", usd(100), "\"parentFlowId\": 1, " + sameOrg)));
        assertThat(fts.problems()).extracting(p -> p.flowId().orElse("?") + " " + p.reason()).containsExactly(
                "2 the donor Japan, Government of is also the only recipient, and no destination plan or location "
                        + "tells where the money went");
        assertThat(fts.counted()).extracting(FtsFlow::id).containsExactly("1");
    }

    @Test
    void textSavedWithAByteOrderMarkReadsTheSame() {
        // Files.readString and InputStreamReader keep the mark of a file saved as "UTF-8 with BOM"
        String text = page(flow("1", "paid", usd(1), ""));
        assertThat(FtsReader.read("\uFEFF" + text).counted()).extracting(FtsFlow::id).containsExactly("1");
        assertThat(FtsReader.read(new StringReader("\uFEFF" + text)).counted()).extracting(FtsFlow::id)
                .containsExactly("1");
        assertThat(FtsReader.read(new ByteArrayInputStream(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)))
                .counted()).extracting(FtsFlow::id).containsExactly("1");
    }

    @Test
    void brokenJsonKeepsTheFlowsBeforeItAndSaysWhere() {
        String whole = page(flow("1", "paid", usd(100), ""), flow("2", "paid", usd(200), ""),
                flow("9", "paid", usd(900), ""));
        String broken = whole.substring(0, whole.indexOf("\"id\": \"9\"") + 40);
        FtsImport fts = FtsReader.pages().add(broken).add(page(flow("3", "paid", usd(300), ""))).result();
        assertThat(fts.counted()).extracting(FtsFlow::id).containsExactly("1", "2", "3");
        assertThat(fts.problems()).hasSize(1);
        assertThat(fts.problems().get(0).page()).isEqualTo(1);
        assertThat(fts.problems().get(0).reason()).startsWith("the JSON text is broken after 2 complete flows: ");
    }

    @Test
    void aResponseWithoutFlowsIsAPageProblem() {
        FtsImport fts = FtsReader.read("{\"status\": \"error\", \"message\": \"Too many requests\"}");
        assertThat(fts.problems()).extracting(FtsProblem::reason).containsExactly("no flows array at data.flows",
                "the response's status must be \"ok\", was \"error\"");
        assertThat(fts.book().pledges()).isEmpty();
    }

    @Test
    void aParentAndItsChildrenOnAnotherPageCountOnce() {
        String parent = flow("10", "commitment", usd(900), "\"flowType\": \"Parked\", \"childFlowIds\": [11, 12]");
        String child11 = flow("11", "commitment", usd(400), "\"parentFlowId\": 10");
        String child12 = flow("12", "commitment", usd(500), "\"parentFlowId\": 10");
        // the child comes first and the parent on the next page: the rule is decided over all pages
        FtsImport fts = FtsReader.pages().add(page(child11)).add(page(parent, child12)).result();
        assertThat(fts.counted()).extracting(FtsFlow::id).containsExactly("11", "12");
        assertThat(fts.flow("10").orElseThrow().exclusion())
                .hasValue("parent of flows 11, 12 in this input: counted through its children");
        StageTotal committed = fts.book().asOf(END).committed();
        assertThat(committed.total()).isEqualTo(MoneyTotal.of(Amounts.of(900, "USD")));
        assertThat(committed.excludedRegrants()).isEqualTo(MoneyTotal.of(Amounts.of(900, "USD")));
        // without its children the parent counts: nothing else holds its money
        assertThat(FtsReader.read(page(parent)).counted()).extracting(FtsFlow::id).containsExactly("10");
    }

    @Test
    void aParentIsLeftOutOnlyForChildrenThatCarryItsMoneyOn() {
        // 1 -> 2 (internal): the child is left out, so the parent counts; 3 -> 4 (internal), 5: counted through 5
        // only; 6 -> 7 -> 8 (internal): 7 counts, 6 through it; 9 -> 10 -> 11: both through 11
        FtsImport fts = FtsReader.read(page(
                flow("1", "paid", usd(1), "\"childFlowIds\": [2]"),
                flow("2", "paid", usd(1), "\"parentFlowId\": 1, \"boundary\": \"internal\""),
                flow("3", "paid", usd(3), "\"childFlowIds\": [4, 5]"),
                flow("4", "paid", usd(1), "\"parentFlowId\": 3, \"boundary\": \"internal\""),
                flow("5", "paid", usd(2), "\"parentFlowId\": 3"),
                flow("6", "paid", usd(6), "\"childFlowIds\": [7]"),
                flow("7", "paid", usd(6), "\"parentFlowId\": 6, \"childFlowIds\": [8]"),
                flow("8", "paid", usd(6), "\"parentFlowId\": 7, \"boundary\": \"internal\""),
                flow("9", "paid", usd(9), "\"childFlowIds\": [10]"),
                flow("10", "paid", usd(9), "\"parentFlowId\": 9, \"childFlowIds\": [11]"),
                flow("11", "paid", usd(9), "\"parentFlowId\": 10")));
        assertThat(fts.counted()).extracting(FtsFlow::id).containsExactly("1", "5", "7", "11");
        assertThat(fts.flow("3").orElseThrow().exclusion())
                .hasValue("parent of flow 5 in this input: counted through its children");
        assertThat(fts.flow("6").orElseThrow().exclusion())
                .hasValue("parent of flow 7 in this input: counted through its children");
        assertThat(fts.flow("9").orElseThrow().exclusion())
                .hasValue("parent of flow 10 in this input: counted through its children");
        assertThat(fts.book().asOf(END).disbursed().total()).isEqualTo(MoneyTotal.of(Amounts.of(18, "USD")));
    }

    @Test
    void moneyPassedOnGoesThroughTheParentsRecipientAsChannel() {
        String parent = flow("20", "paid", usd(100), "\"childFlowIds\": [21], \"destinationObjects\": "
                + "[{\"type\": \"Organization\", \"id\": \"555\", \"name\": \"Kuwait Red Crescent Society\"}]");
        String child = flow("21", "paid", usd(100), "\"flowType\": \"Pass through\", \"parentFlowId\": 20");
        FtsImport fts = FtsReader.read(page(parent, child));
        assertThat(fts.flow("21").orElseThrow().pledge().orElseThrow().channel().orElseThrow().name())
                .isEqualTo("Kuwait Red Crescent Society");
        assertThat(fts.book().asOf(END).disbursed().total()).isEqualTo(MoneyTotal.of(Amounts.of(100, "USD")));
    }

    @Test
    void internalOutgoingAndSharedFlowsAreReportedApart() {
        FtsImport fts = FtsReader.read(page(
                flow("1", "paid", usd(1), "\"boundary\": \"incoming\", \"onBoundary\": \"single\""),
                flow("2", "paid", usd(2), "\"boundary\": \"internal\""),
                flow("3", "paid", usd(4), "\"boundary\": \"outgoing\""),
                flow("4", "paid", usd(8), "\"boundary\": \"incoming\", \"onBoundary\": \"shared\"")));
        assertThat(fts.counted()).extracting(FtsFlow::id).containsExactly("1");
        assertThat(fts.excluded()).extracting(f -> f.exclusion().orElseThrow().split(":")[0])
                .containsExactly("internal", "outgoing", "shared");
        assertThat(fts.book().asOf(END).disbursed().excludedRegrants()).isEqualTo(MoneyTotal.of(Amounts.of(14, "USD")));
    }

    @Test
    void notNewMoneyCountsInABoundaryButNotUnderTheNewMoneyRule() {
        String cerf = flow("1", "paid", usd(50), "\"newMoney\": false");
        String fresh = flow("2", "paid", usd(70), "\"newMoney\": true");
        assertThat(FtsReader.read(page(cerf, fresh)).counted()).hasSize(2);
        FtsImport global = FtsReader.pages().counting(FtsReader.Counting.NEW_MONEY_ONLY).add(page(cerf, fresh)).result();
        assertThat(global.counted()).extracting(FtsFlow::id).containsExactly("2");
        assertThat(global.flow("1").orElseThrow().exclusion().orElseThrow()).startsWith("not new money");
        assertThat(global.counting()).isEqualTo(FtsReader.Counting.NEW_MONEY_ONLY);
    }

    @Test
    void aFlowReadTwiceKeepsItsLatestVersion() {
        String v1 = flow("5", "commitment", usd(100), "");
        String v2 = flow("5", "paid", usd(100), "").replace("\"versionId\": 1", "\"versionId\": 2");
        FtsImport fts = FtsReader.pages().add(page(v2)).add(page(v1)).result();
        assertThat(fts.counted()).extracting(FtsFlow::status).containsExactly("paid");
        assertThat(fts.excluded()).extracting(f -> f.exclusion().orElseThrow())
                .containsExactly("superseded by version 2 of the same flow, read on page 1");
        assertThat(fts.flow("5").orElseThrow().versionId()).isEqualTo(2);
        assertThat(fts.book().pledges()).hasSize(1);
    }

    @Test
    void inKindWithoutValueIsCountedAsItems() {
        FtsImport fts = FtsReader.read(page(flow("1", "paid", usd(0),
                "\"contributionType\": \"in kind\", \"description\": \"fire trucks\"")));
        StageTotal paid = fts.book().asOf(END).disbursed();
        assertThat(paid.total().isEmpty()).isTrue();
        assertThat(paid.unvaluedCount()).isEqualTo(1);
        assertThat(fts.counted().get(0).pledge().orElseThrow().inKind().orElseThrow().description())
                .isEqualTo("fire trucks");
    }

    @Test
    void aFlowWithNothingToCountIsExcludedAndNotInTheBook() {
        FtsImport fts = FtsReader.read(page(flow("1", "paid", usd(0), "")));
        assertThat(fts.excluded()).extracting(f -> f.exclusion().orElseThrow()).singleElement()
                .asString().startsWith("no amount");
        assertThat(fts.flow("1").orElseThrow().pledge()).isEmpty();
        assertThat(fts.book().pledges()).isEmpty();
    }

    @Test
    void aFlowWithoutADonorCountsUnderDonorNotStated() {
        FtsImport fts = FtsReader.read(page(flow("1", "paid", usd(3), "\"sourceObjects\": []")));
        assertThat(fts.counted().get(0).pledge().orElseThrow().donor().name()).isEqualTo("Donor not stated in FTS");
    }

    @Test
    void donorsAreTypedAndPlacedAndEveryPartyIdNamesOneParty() {
        // UNICEF receives in one flow and gives in the next: one party
        String back = flow("2", "paid", usd(5), "\"sourceObjects\": [{\"type\": \"Organization\", \"id\": \"2915\", "
                + "\"name\": \"United Nations Children's Fund\", \"organizationTypes\": [\"UN agency\"]}], "
                + "\"destinationObjects\": [{\"type\": \"Organization\", \"id\": \"4537\", \"name\": \"Japan\"}]");
        FtsImport fts = FtsReader.read(page(flow("1", "paid", usd(5), ""), back));
        var japan = fts.flow("1").orElseThrow().pledge().orElseThrow().donor();
        assertThat(japan.country()).hasValue("JP");
        assertThat(japan.kind().name()).isEqualTo("GOVERNMENT");
        assertThat(fts.flow("2").orElseThrow().pledge().orElseThrow().donor().kind().name()).isEqualTo("MULTILATERAL");
        assertThat(fts.book().pledges()).hasSize(2);
    }

    @Test
    void readsReadersAndStreamsAndLeavesThemOpen() throws java.io.IOException {
        String json = page(flow("1", "paid", usd(100), ""));
        StringReader reader = new StringReader(json);
        assertThat(FtsReader.read(reader).counted()).hasSize(1);
        assertThat(reader.ready()).as("still open").isTrue();
        assertThat(FtsReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).counted()).hasSize(1);
    }

    @Test
    void nullInputsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> FtsReader.read((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("FTS page text is required, was null");
        assertThatThrownBy(() -> FtsReader.pages().counting(null)).hasMessage("counting rule is required, was null");
        assertThat(FtsReader.isAvailable()).isTrue();
        assertThat(new FtsProblem(1, 0, Optional.empty(), "x").toString()).isEqualTo("FtsProblem[page 1: x]");
        assertThat(List.of(FtsObject.TYPES)).isNotEmpty();
    }
}
