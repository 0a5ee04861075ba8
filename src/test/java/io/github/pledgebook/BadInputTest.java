package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

/** Every bad input is refused at construction with a message naming the field, the value and the expectation. */
class BadInputTest {

    private static Pledge.Builder pledge() {
        return Pledge.builder().id("p1").donor(JAPAN).recipient(UKRAINE)
                .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT);
    }

    private static PledgeEvent announced(int day, long usd) {
        return PledgeEvent.announced(LocalDate.of(2024, 2, day), Amounts.of(usd, "USD"), MOFA_FEB_19);
    }

    private static Arguments bad(String rule, Class<? extends Throwable> type, String message, ThrowingCallable call) {
        return Arguments.of(rule, type, message, call);
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                bad("negative amount", IllegalArgumentException.class,
                        "event on 2024-02-11 (reported) has amount USD -5, expected a positive amount",
                        () -> PledgeEvent.reported(FEB_11, Amounts.of(-5, "USD"), KYODO)),
                bad("zero amount", IllegalArgumentException.class,
                        "event on 2024-02-11 (announced) has amount JPY 0, expected a positive amount",
                        () -> PledgeEvent.announced(FEB_11, Amounts.of(0, "JPY"), KYODO)),
                bad("null amount", NullPointerException.class, "event amount is required, was null",
                        () -> PledgeEvent.reported(FEB_11, null, KYODO)),
                bad("null event date", NullPointerException.class, "event date is required, was null",
                        () -> PledgeEvent.reported(null, Amounts.of(5, "USD"), KYODO)),
                bad("null source", NullPointerException.class, "event on 2024-02-11 (reported): source is required, was null",
                        () -> PledgeEvent.reported(FEB_11, Amounts.of(5, "USD"), null)),
                bad("amount on a cancellation", IllegalArgumentException.class,
                        "event on 2024-02-11 (cancelled) has amount USD 5, expected none: a cancellation carries no "
                                + "amount (record a revision as a new announcement)",
                        () -> PledgeEvent.of(FEB_11, Stage.CANCELLED, Amounts.of(5, "USD"), KYODO)),
                bad("known before it happened", IllegalArgumentException.class,
                        "event on 2024-02-11 (reported): known-on date must not be before the event date, was 2024-02-10",
                        () -> PledgeEvent.reported(FEB_11, Amounts.of(5, "USD"), KYODO).withKnownOn(FEB_10)),
                bad("expected before the report", IllegalArgumentException.class,
                        "event on 2024-02-11 (reported): expected date must not be before the event date, was 2024-02-10",
                        () -> PledgeEvent.reported(FEB_11, Amounts.of(5, "USD"), KYODO).withExpectedDate(FEB_10)),
                bad("blank pledge id", IllegalArgumentException.class, "pledge id must not be blank, was \" \"",
                        () -> pledge().id(" ").addEvent(announced(19, 5)).build()),
                bad("null pledge id", NullPointerException.class, "pledge id is required, was null",
                        () -> pledge().id(null).addEvent(announced(19, 5)).build()),
                bad("missing donor", NullPointerException.class, "pledge p1: donor is required, was null",
                        () -> Pledge.builder().id("p1").recipient(UKRAINE).category(AidCategory.FINANCIAL)
                                .instrument(Instrument.GRANT).addEvent(announced(19, 5)).build()),
                bad("missing category", NullPointerException.class, "pledge p1: category is required, was null",
                        () -> Pledge.builder().id("p1").donor(JAPAN).recipient(UKRAINE)
                                .instrument(Instrument.GRANT).addEvent(announced(19, 5)).build()),
                bad("empty history", IllegalArgumentException.class,
                        "pledge p1: history must have at least one event, was empty",
                        () -> pledge().build()),
                bad("null event in history", IllegalArgumentException.class,
                        "pledge p1: history must not contain null, was [null]",
                        () -> pledge().addEvent(null).build()),
                bad("events out of date order", IllegalArgumentException.class,
                        "pledge p1: event on 2024-02-11 (reported) is dated before the previous event on 2024-02-19 "
                                + "(announced); history must be in date order",
                        () -> pledge().addEvent(announced(19, 5))
                                .addEvent(PledgeEvent.reported(FEB_11, Amounts.of(5, "USD"), KYODO)).build()),
                bad("disbursement before the commitment it follows", IllegalArgumentException.class,
                        "pledge p1: disbursement on 2024-02-01 is dated before the commitment on 2024-02-19 it "
                                + "follows; history must be in date order",
                        () -> pledge().addEvent(PledgeEvent.committed(FEB_19, Amounts.of(5, "USD"), MOFA_FEB_19))
                                .addEvent(PledgeEvent.disbursed(LocalDate.of(2024, 2, 1), Amounts.of(5, "USD"),
                                        MOFA_FEB_19)).build()),
                bad("disbursement before the announcement it follows", IllegalArgumentException.class,
                        "pledge p1: disbursement on 2024-02-01 is dated before the announcement on 2024-02-19 it "
                                + "follows; history must be in date order",
                        () -> pledge().addEvent(announced(19, 5))
                                .addEvent(PledgeEvent.disbursed(LocalDate.of(2024, 2, 1), Amounts.of(5, "USD"),
                                        MOFA_FEB_19)).build()),
                bad("event after cancellation", IllegalArgumentException.class,
                        "pledge p1: event on 2024-02-20 (announced) follows the cancellation on 2024-02-19; nothing "
                                + "may follow a cancellation",
                        () -> pledge().addEvent(announced(19, 5))
                                .addEvent(PledgeEvent.cancelled(FEB_19, MOFA_FEB_19))
                                .addEvent(announced(20, 6)).build()),
                bad("tranches in two currencies", IllegalArgumentException.class,
                        "pledge p1: disbursement on 2024-03-02 is in JPY but earlier tranches are in USD; tranches of "
                                + "one pledge must share a currency",
                        () -> pledge().addEvent(announced(19, 5))
                                .addEvent(PledgeEvent.disbursed(LocalDate.of(2024, 3, 1), Amounts.of(2, "USD"), MOFA_FEB_19))
                                .addEvent(PledgeEvent.disbursed(LocalDate.of(2024, 3, 2), Amounts.of(300, "JPY"), MOFA_FEB_19))
                                .build()),
                bad("no amount and no goods", IllegalArgumentException.class,
                        "pledge p1: event on 2024-02-19 (announced) has no amount; a pledge without a money value must "
                                + "describe its goods with inKind(...)",
                        () -> pledge().addEvent(PledgeEvent.of(FEB_19, Stage.ANNOUNCED, MOFA_FEB_19)).build()),
                bad("recipient is the donor", IllegalArgumentException.class,
                        "pledge p1: recipient must differ from the donor, both were jp-gov",
                        () -> pledge().recipient(JAPAN).addEvent(announced(19, 5)).build()),
                bad("channel is the recipient", IllegalArgumentException.class,
                        "pledge p1: channel must differ from the donor and the recipient, was ua",
                        () -> pledge().channel(UKRAINE).addEvent(announced(19, 5)).build()),
                bad("empty coverage", IllegalArgumentException.class,
                        "pledge p1: coverage must not be an empty range, was 2024-01-01/2024-01-01 (use "
                                + "LocalDateRange.ofClosed for inclusive end dates)",
                        () -> pledge().coverage(LocalDateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)))
                                .addEvent(announced(19, 5)).build()),
                bad("unknown country", IllegalArgumentException.class,
                        "donor xx-gov: country must be an ISO 3166 alpha-2 country code such as JP or UA, was \"XX\"",
                        () -> Donor.government("xx-gov", "Government of Nowhere", "XX")),
                bad("lower-case country", IllegalArgumentException.class,
                        "organization ua: country must be an ISO 3166 alpha-2 country code such as JP or UA, was \"ua\"",
                        () -> Party.of("ua", "Ukraine", "ua")),
                bad("blank donor name", IllegalArgumentException.class, "donor jp-gov: name must not be blank, was \"\"",
                        () -> Donor.government("jp-gov", "", "JP")),
                bad("donor that is its own ancestor", IllegalArgumentException.class,
                        "donor jp-gov: parent chain jp-gov -> jp-jica -> jp-gov repeats jp-gov, expected a donor "
                                + "hierarchy without cycles",
                        () -> JAPAN.withParent(JICA)),
                bad("memorandum with one party", IllegalArgumentException.class,
                        "memorandum m1: expected two or more parties, was 1 (jp-gov)",
                        () -> Memorandum.builder().id("m1").title("MoC").addParties(JAPAN).signedOn(FEB_19).build()),
                bad("memorandum with the same party twice", IllegalArgumentException.class,
                        "memorandum m1: party jp-gov is listed twice; expected distinct parties",
                        () -> Memorandum.builder().id("m1").title("MoC").addParties(JAPAN, JAPAN).signedOn(FEB_19).build()),
                bad("memorandum with a negative value", IllegalArgumentException.class,
                        "memorandum m1: value must be positive, was USD -1",
                        () -> Memorandum.builder().id("m1").title("MoC").addParties(JAPAN, UKRAINE).signedOn(FEB_19)
                                .value(Amounts.of(-1, "USD")).build()),
                bad("conference ending before it starts", IllegalArgumentException.class,
                        "conference must not end before it starts, was 2024-02-19 to 2024-02-18",
                        () -> Conference.builder().id("c1").days(FEB_19, LocalDate.of(2024, 2, 18))),
                bad("conference with an empty range", IllegalArgumentException.class,
                        "conference c1: dates must not be empty, was 2024-02-19/2024-02-19; the end of a "
                                + "LocalDateRange is exclusive, so one day is LocalDateRange.ofClosed(day, day)",
                        () -> Conference.builder().id("c1").name("Conf").city("Tokyo").country("JP")
                                .dates(LocalDateRange.of(FEB_19, FEB_19)).build()),
                bad("conference without a city", NullPointerException.class, "conference c1: city is required, was null",
                        () -> Conference.builder().id("c1").name("Conf").country("JP").day(FEB_19).build()),
                bad("figure with a negative count", IllegalArgumentException.class,
                        "figure businesses: count must be zero or more, was -1",
                        () -> Figure.about(-1, "businesses")),
                bad("in-kind with zero quantity", IllegalArgumentException.class,
                        "in-kind generators: quantity must be positive, was 0",
                        () -> InKind.of("generators", 0)),
                bad("sector code with spaces", IllegalArgumentException.class,
                        "sector code must be lower-case letters, digits and hyphens such as \"mine-action\", was \"Mine Action\"",
                        () -> Sector.of("Mine Action", "Mine action")),
                bad("sector with a four-digit DAC code", IllegalArgumentException.class,
                        "sector demining: DAC purpose code must have five digits (10000 to 99999), was 1525",
                        () -> Sector.of("demining", "Demining", 1525)),
                bad("source url with spaces", IllegalArgumentException.class,
                        "source url must not contain spaces, was \"not a url\"",
                        () -> KYODO.withUrl("not a url")),
                bad("blank source publisher", IllegalArgumentException.class,
                        "source publisher must not be blank, was \"  \"",
                        () -> Source.media("  ", FEB_11)),
                bad("milestone without parties", IllegalArgumentException.class,
                        "milestone m1: expected at least one party, was none",
                        () -> Milestone.of("m1", DEC_22, "Rules change", MOFA_DEC_22)),
                bad("unknown currency", IllegalArgumentException.class,
                        "currency code must be a known ISO 4217 code such as USD, was \"XYZ\"",
                        () -> Amounts.of(5, "XYZ")),
                bad("amount text that is not a number", IllegalArgumentException.class,
                        "amount must be a decimal number such as 37000000.10, was \"37,000,000\"",
                        () -> Amounts.of("37,000,000", "USD")));
    }

    /** Nulls, blanks, boundaries and dangling parts of every core factory and builder, beyond the first catalogue. */
    static Stream<Arguments> moreCatalogue() {
        return Stream.of(
                // pledges
                bad("missing recipient", NullPointerException.class, "pledge p1: recipient is required, was null",
                        () -> pledge().recipient(null).addEvent(announced(19, 5)).build()),
                bad("missing instrument", NullPointerException.class, "pledge p1: instrument is required, was null",
                        () -> pledge().instrument(null).addEvent(announced(19, 5)).build()),
                bad("blank pledge description", IllegalArgumentException.class,
                        "pledge p1: description must not be blank, was \" \"",
                        () -> pledge().description(" ").addEvent(announced(19, 5)).build()),
                bad("blank conference id of a pledge", IllegalArgumentException.class,
                        "pledge p1: conference id must not be blank, was \"\"",
                        () -> pledge().conferenceId("").addEvent(announced(19, 5)).build()),
                bad("null sector", IllegalArgumentException.class, "pledge p1: sectors must not contain null, was [null]",
                        () -> pledge().addSector(null).addEvent(announced(19, 5)).build()),
                bad("channel is the donor", IllegalArgumentException.class,
                        "pledge p1: channel must differ from the donor and the recipient, was jp-gov",
                        () -> pledge().channel(JAPAN).addEvent(announced(19, 5)).build()),
                bad("null new event", NullPointerException.class, "pledge jp-erp3: new event is required, was null",
                        () -> RECONSTRUCTION.withEvent(null)),
                bad("stage of a question missing", NullPointerException.class, "stage is required, was null",
                        () -> RECONSTRUCTION.amountAt(null, FEB_19)),
                bad("date of a question missing", NullPointerException.class, "date is required, was null",
                        () -> RECONSTRUCTION.amountAt(Stage.ANNOUNCED, null)),
                bad("disbursed on no date", NullPointerException.class, "date is required, was null",
                        () -> RECONSTRUCTION.disbursedOn(null)),
                bad("known on no date", NullPointerException.class, "date is required, was null",
                        () -> RECONSTRUCTION.asKnownOn(null)),
                bad("amount of a cancellation asked for", IllegalArgumentException.class,
                        "stage must be one that carries amounts (reported, announced, committed or disbursed), was "
                                + "cancelled",
                        () -> RECONSTRUCTION.amountAt(Stage.CANCELLED, FEB_19)),
                // events
                bad("null stage", NullPointerException.class, "event on 2024-02-11: stage is required, was null",
                        () -> PledgeEvent.of(FEB_11, null, Amounts.of(5, "USD"), KYODO)),
                bad("null known-on date", NullPointerException.class,
                        "event on 2024-02-11 (reported): known-on date is required, was null",
                        () -> PledgeEvent.reported(FEB_11, Amounts.of(5, "USD"), KYODO).withKnownOn(null)),
                bad("blank memorandum id", IllegalArgumentException.class,
                        "event on 2024-02-11 (reported): memorandum id must not be blank, was \"\"",
                        () -> PledgeEvent.reported(FEB_11, Amounts.of(5, "USD"), KYODO).withMemorandumId("")),
                bad("blank event note", IllegalArgumentException.class,
                        "event on 2024-02-11 (reported): note must not be blank, was \" \"",
                        () -> PledgeEvent.reported(FEB_11, Amounts.of(5, "USD"), KYODO).withNote(" ")),
                bad("tiny negative amount", IllegalArgumentException.class,
                        "event on 2024-02-11 (disbursed) has amount USD -0.00000000000000000001, expected a positive "
                                + "amount",
                        () -> PledgeEvent.disbursed(FEB_11, Amounts.of("-1E-20", "USD"), KYODO)),
                // donors and parties
                bad("null donor id", NullPointerException.class, "donor id is required, was null",
                        () -> Donor.of(null, "Nobody", DonorKind.NGO)),
                bad("null donor kind", NullPointerException.class, "donor ngo-1: kind is required, was null",
                        () -> Donor.of("ngo-1", "Relief NGO", null)),
                bad("government without a country", NullPointerException.class, "donor country is required, was null",
                        () -> Donor.government("jp-gov", "Government of Japan", null)),
                bad("agency without a parent", NullPointerException.class, "donor jp-x: parent is required, was null",
                        () -> Donor.agency("jp-x", "Some agency", null)),
                bad("part of no donor", NullPointerException.class, "donor is required, was null",
                        () -> JICA.isPartOf(null)),
                bad("null organization name", NullPointerException.class, "organization ua: name is required, was null",
                        () -> Party.of("ua", null)),
                bad("blank organization id", IllegalArgumentException.class,
                        "organization id must not be blank, was \"\\t\"",
                        () -> Party.of("\t", "Ukraine", "UA")),
                bad("organization without a country", NullPointerException.class,
                        "organization country is required, was null",
                        () -> Party.of("ua", "Ukraine", null)),
                // sources
                bad("null source kind", NullPointerException.class, "source kind is required, was null",
                        () -> Source.of("Kyodo News", null, FEB_11)),
                bad("null source date", NullPointerException.class, "source date is required, was null",
                        () -> Source.media("Kyodo News", null)),
                bad("blank source url", IllegalArgumentException.class, "source url must not be blank, was \"\"",
                        () -> KYODO.withUrl("")),
                bad("blank source note", IllegalArgumentException.class, "source note must not be blank, was \" \"",
                        () -> KYODO.withNote(" ")),
                // conferences
                bad("blank alias", IllegalArgumentException.class, "conference c1: alias must not be blank, was \" \"",
                        () -> conference().addAlias(" ").build()),
                bad("null conference id", NullPointerException.class, "conference id is required, was null",
                        () -> conference().id(null).build()),
                bad("lower-case host country", IllegalArgumentException.class,
                        "conference c1: country must be an ISO 3166 alpha-2 country code such as JP or UA, was \"jp\"",
                        () -> conference().country("jp").build()),
                bad("host listed twice", IllegalArgumentException.class, "conference c1: hosts list jp-gov twice",
                        () -> conference().addHosts(JAPAN, UKRAINE, JAPAN).build()),
                bad("conference without dates", NullPointerException.class, "conference c1: dates is required, was null",
                        () -> Conference.builder().id("c1").name("Conf").city("Tokyo").country("JP").build()),
                bad("conference on no day", NullPointerException.class, "conference day is required, was null",
                        () -> Conference.builder().day(null)),
                bad("conference from no day", NullPointerException.class, "conference first day is required, was null",
                        () -> Conference.builder().days(null, FEB_19)),
                bad("conference to no day", NullPointerException.class, "conference last day is required, was null",
                        () -> Conference.builder().days(FEB_19, null)),
                bad("known as no name", NullPointerException.class, "name is required, was null",
                        () -> TOKYO.isKnownAs(null)),
                // memoranda and milestones
                bad("memorandum with a zero value", IllegalArgumentException.class,
                        "memorandum m1: value must be positive, was USD 0",
                        () -> memorandum().value(Amounts.of(0, "USD")).build()),
                bad("memorandum with a blank conference id", IllegalArgumentException.class,
                        "memorandum m1: conference id must not be blank, was \"\"",
                        () -> memorandum().conferenceId("").build()),
                bad("memorandum with a blank pledge id", IllegalArgumentException.class,
                        "memorandum m1: pledge id must not be blank, was \" \"",
                        () -> memorandum().pledgeId(" ").build()),
                bad("memorandum without a date", NullPointerException.class,
                        "memorandum m1: signing date is required, was null",
                        () -> memorandum().signedOn(null).build()),
                bad("memorandum with a null party", IllegalArgumentException.class,
                        "memorandum m1: parties must not contain null, was [jp-gov, null]".replace("jp-gov", JAPAN.toString()),
                        () -> Memorandum.builder().id("m1").title("MoC").addParties(JAPAN, null).signedOn(FEB_19).build()),
                bad("milestone with a blank description", IllegalArgumentException.class,
                        "milestone m1: description must not be blank, was \" \"",
                        () -> Milestone.builder().id("m1").date(DEC_22).title("Rules change").source(MOFA_DEC_22)
                                .addParties(JAPAN).description(" ").build()),
                bad("milestone with no party array", NullPointerException.class,
                        "milestone m1: parties is required, was null",
                        () -> Milestone.of("m1", DEC_22, "Rules change", MOFA_DEC_22, (Party[]) null)),
                bad("milestone without a date", NullPointerException.class, "milestone m1: date is required, was null",
                        () -> Milestone.of("m1", null, "Rules change", MOFA_DEC_22, JAPAN)),
                // figures, goods, sectors
                bad("figure without precision", NullPointerException.class,
                        "figure businesses: precision is required, was null",
                        () -> Figure.of(null, 1, "businesses")),
                bad("figure of nothing", IllegalArgumentException.class,
                        "figure description must not be blank, was \"\"",
                        () -> Figure.exactly(1, "")),
                bad("in-kind with a negative quantity", IllegalArgumentException.class,
                        "in-kind diesel: quantity must be positive, was -0.00000000000000000001",
                        () -> InKind.of("diesel", new BigDecimal("-1E-20"), "tonnes")),
                bad("in-kind with a blank unit", IllegalArgumentException.class,
                        "in-kind diesel: unit must not be blank, was \" \"",
                        () -> InKind.of("diesel", BigDecimal.ONE, " ")),
                bad("in-kind without a unit", NullPointerException.class, "in-kind diesel: unit is required, was null",
                        () -> InKind.of("diesel", BigDecimal.ONE, null)),
                bad("in-kind without a quantity", NullPointerException.class,
                        "in-kind diesel: quantity is required, was null",
                        () -> InKind.of("diesel", null, "tonnes")),
                bad("in-kind of nothing", IllegalArgumentException.class,
                        "in-kind description must not be blank, was \" \"",
                        () -> InKind.of(" ")),
                bad("sector with a six-digit DAC code", IllegalArgumentException.class,
                        "sector demining: DAC purpose code must have five digits (10000 to 99999), was 100000",
                        () -> Sector.of("demining", "Demining", 100000)),
                bad("sector with a DAC code just below five digits", IllegalArgumentException.class,
                        "sector demining: DAC purpose code must have five digits (10000 to 99999), was 9999",
                        () -> Sector.of("demining", "Demining", 9999)),
                bad("sector without a name", NullPointerException.class, "sector demining: name is required, was null",
                        () -> Sector.of("demining", null)),
                bad("sector with a blank name", IllegalArgumentException.class,
                        "sector demining: name must not be blank, was \"\"",
                        () -> Sector.of("demining", "", 15250)),
                bad("sector without a code", NullPointerException.class, "sector code is required, was null",
                        () -> Sector.of(null, "Demining")),
                // amounts
                bad("null currency code", NullPointerException.class, "currency code is required, was null",
                        () -> Amounts.currency(null)),
                bad("null amount number", NullPointerException.class, "amount number is required, was null",
                        () -> Amounts.of((BigDecimal) null, "USD")),
                bad("null amount text", NullPointerException.class, "amount number is required, was null",
                        () -> Amounts.of((String) null, "USD")),
                bad("null amount currency", NullPointerException.class, "amount currency is required, was null",
                        () -> Amounts.of(BigDecimal.ONE, (javax.money.CurrencyUnit) null)),
                bad("null amount to make exact", NullPointerException.class, "amount is required, was null",
                        () -> Amounts.exact(null)),
                bad("null amount to read", NullPointerException.class, "amount is required, was null",
                        () -> Amounts.decimal(null)));
    }

    private static Conference.Builder conference() {
        return Conference.builder().id("c1").name("Conf").city("Tokyo").country("JP").day(FEB_19);
    }

    private static Memorandum.Builder memorandum() {
        return Memorandum.builder().id("m1").title("MoC").addParties(JAPAN, UKRAINE).signedOn(FEB_19);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moreCatalogue")
    void moreBadInputIsRefusedWithAClearMessage(String rule, Class<? extends Throwable> type, String message,
            ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(type).hasMessage(message);
    }

    @Test
    void aFailedCallLeavesTheValueAsItWas() {
        Pledge before = Pledge.builder().from(RECONSTRUCTION).build();
        PledgeEvent early = PledgeEvent.disbursed(FEB_10, Amounts.of(1, "JPY"), MOFA_FEB_19);
        Pledge.Builder builder = pledge().addEvent(announced(19, 5));

        assertThatThrownBy(() -> RECONSTRUCTION.withEvent(early)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge jp-erp3: disbursement on 2024-02-10 is dated before the commitment on 2024-02-19 "
                        + "it follows; history must be in date order");
        assertThatThrownBy(() -> RECONSTRUCTION.withEvent(PledgeEvent.cancelled(FEB_19, MOFA_FEB_19))
                .withEvent(announced(20, 1))).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(RECONSTRUCTION).isEqualTo(before)
                .hasToString(before.toString());
        assertThat(RECONSTRUCTION.history()).hasSize(3);

        builder.addEvent(PledgeEvent.reported(FEB_11, Amounts.of(5, "USD"), KYODO));
        assertThatThrownBy(builder::build).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(JAPAN.withParent(null)).isEqualTo(JAPAN);
        assertThatThrownBy(() -> JICA.withParent(JICA)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(JICA.parent()).contains(JAPAN);
    }

    @Test
    void hugeAndTinyValuesAreAcceptedExactlyWhereTheyAreValid() {
        MonetaryAmountCheck.exactly(PledgeEvent.announced(FEB_19, Amounts.of("1E+30", "USD"), MOFA_FEB_19),
                "1000000000000000000000000000000", "2024-02-19 announced USD 1,000,000,000,000,000,000,000,000,000,000 "
                        + "(Ministry of Foreign Affairs of Japan, official)");
        MonetaryAmountCheck.exactly(PledgeEvent.disbursed(FEB_19, Amounts.of("1E-20", "USD"), MOFA_FEB_19),
                "0.00000000000000000001", "2024-02-19 disbursed USD 0.00000000000000000001 "
                        + "(Ministry of Foreign Affairs of Japan, official)");
        assertThat(Memorandum.builder().from(GRANT_AGREEMENT)
                .value(Amounts.of("1E-20", "JPY")).build().value()).get()
                .extracting(Amounts::decimal).isEqualTo(new BigDecimal("1E-20"));
        assertThat(InKind.of("diesel", new BigDecimal("1E+30"), "tonnes"))
                .hasToString("1,000,000,000,000,000,000,000,000,000,000 tonnes diesel");
        assertThat(InKind.of("powder", new BigDecimal("0.00000000000000000001"), "g"))
                .hasToString("0.00000000000000000001 g powder");
        assertThat(Figure.exactly(Long.MAX_VALUE, "items"))
                .hasToString("9,223,372,036,854,775,807 items");
        assertThat(Figure.about(0, "items")).hasToString("about 0 items");
        assertThat(Sector.of("low", "Lowest DAC code", 10000).dacPurposeCode())
                .hasValue(10000);
        assertThat(Sector.of("high", "Highest DAC code", 99999).dacPurposeCode())
                .hasValue(99999);
    }

    /** Checks an event's amount is kept to the last digit. */
    private static final class MonetaryAmountCheck {
        static void exactly(PledgeEvent e, String number, String text) {
            assertThat(Amounts.decimal(e.amount().orElseThrow()))
                    .isEqualByComparingTo(number);
            assertThat(e).hasToString(text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badInputIsRefusedWithAClearMessage(String rule, Class<? extends Throwable> type, String message,
            ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(type).hasMessage(message);
    }

    @Test
    void inKindQuantityIsNormalisedSoEqualQuantitiesAreEqual() {
        assertThat(InKind.of("diesel", new BigDecimal("1200.50"), "tonnes"))
                .isEqualTo(InKind.of("diesel", new BigDecimal("1200.5"), "tonnes"))
                .hasToString("1,200.5 tonnes diesel");
    }
}
