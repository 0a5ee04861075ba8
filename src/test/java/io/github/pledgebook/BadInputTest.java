package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badInputIsRefusedWithAClearMessage(String rule, Class<? extends Throwable> type, String message,
            ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(type).hasMessage(message);
    }

    @org.junit.jupiter.api.Test
    void inKindQuantityIsNormalisedSoEqualQuantitiesAreEqual() {
        org.assertj.core.api.Assertions.assertThat(InKind.of("diesel", new BigDecimal("1200.50"), "tonnes"))
                .isEqualTo(InKind.of("diesel", new BigDecimal("1200.5"), "tonnes"))
                .hasToString("1,200.5 tonnes diesel");
    }
}
