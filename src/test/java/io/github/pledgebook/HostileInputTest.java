package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

/**
 * Hostile and extreme input to the core values: invisible characters in text, absurd exponents, currencies that
 * name no money, duplicate sectors and ranges at the ends of the calendar are refused where the value is built,
 * with a message that names the field, shows the value (invisible characters escaped) and says what is expected.
 */
class HostileInputTest {

    private static Pledge.Builder pledge() {
        return Pledge.builder().id("p1").donor(JAPAN).recipient(UKRAINE)
                .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                .addEvent(PledgeEvent.announced(FEB_19, Amounts.of(5, "USD"), MOFA_FEB_19));
    }

    private static PledgeEvent event() {
        return PledgeEvent.announced(FEB_19, Amounts.of(5, "USD"), MOFA_FEB_19);
    }

    private static Memorandum.Builder memorandum() {
        return Memorandum.builder().id("m1").title("MoC").addParties(JAPAN, UKRAINE).signedOn(FEB_19);
    }

    private static Conference.Builder conference() {
        return Conference.builder().id("c1").name("Conf").city("Tokyo").country("JP").day(FEB_19);
    }

    private static Arguments bad(String rule, String message, ThrowingCallable call) {
        return Arguments.of(rule, message, call);
    }

    /** Ids and one-line fields: no control characters, no line breaks or tabs, no leading or trailing spaces. */
    static Stream<Arguments> text() {
        return Stream.of(
                bad("party id with a line break", "organization id must be one line without control characters such "
                        + "as line breaks or tabs (\\n at position 2), was \"ua\\n\"", () -> Party.of("ua\n", "Ukraine")),
                bad("party id with spaces around it", "organization id must not start or end with spaces, was \"  ua  \"",
                        () -> Party.of("  ua  ", "Ukraine")),
                bad("pledge id with an ANSI escape", "pledge id must be one line without control characters such as "
                        + "line breaks or tabs (\\u001B at position 0), was \"\\u001B[31mp1\"",
                        () -> pledge().id("\u001b[31mp1").build()),
                bad("donor id with a non-breaking space", "donor id must not contain invisible or non-breaking spaces "
                        + "(\\u00A0 at position 2), was \"jp\\u00A0gov\"",
                        () -> Donor.government("jp\u00a0gov", "Government of Japan", "JP")),
                bad("donor id with a zero-width space", "donor id must not contain invisible or non-breaking spaces "
                        + "(\\u200B at position 2), was \"jp\\u200Bgov\"",
                        () -> Donor.government("jp\u200bgov", "Government of Japan", "JP")),
                bad("donor name with a tab", "donor jp-gov: name must be one line without control characters such as "
                        + "line breaks or tabs (\\t at position 10), was \"Government\\tof Japan\"",
                        () -> Donor.government("jp-gov", "Government\tof Japan", "JP")),
                bad("publisher over two lines", "source publisher must be one line without control characters such as "
                        + "line breaks or tabs (\\n at position 5), was \"Kyodo\\nNews\"",
                        () -> Source.media("Kyodo\nNews", FEB_11)),
                bad("publisher with a trailing non-breaking space",
                        "source publisher must not start or end with spaces, was \"Kyodo News\\u00A0\"",
                        () -> Source.media("Kyodo News\u00a0", FEB_11)),
                bad("url with a line break", "source url must be one line without control characters such as line "
                        + "breaks or tabs (\\n at position 8), was \"https://\\nexample.org\"",
                        () -> KYODO.withUrl("https://\nexample.org")),
                bad("memorandum id of an event with a carriage return", "event on 2024-02-19 (announced): memorandum "
                        + "id must be one line without control characters such as line breaks or tabs (\\r at position "
                        + "2), was \"m1\\r\"", () -> event().withMemorandumId("m1\r")),
                bad("note with a tab", "event on 2024-02-19 (announced): note must not contain control characters "
                        + "other than line feeds (\\n) between lines (\\t at position 3), was \"one\\ttwo\"",
                        () -> event().withNote("one\ttwo")),
                bad("note with a Windows line end", "source note must not contain control characters other than "
                        + "line feeds (\\n) between lines (\\r at position 3), was \"one\\r\\ntwo\"",
                        () -> KYODO.withNote("one\r\ntwo")),
                bad("note ending in a line break", "source note must not start or end with spaces, was \"one\\n\"",
                        () -> KYODO.withNote("one\n")),
                bad("pledge description with a bell", "pledge p1: description must not contain control characters "
                        + "other than line feeds (\\n) between lines (\\u0007 at position 0), was \"\\u0007ring\"",
                        () -> pledge().description("\u0007ring").build()),
                bad("conference city with a line separator", "conference c1: city must be one line without control "
                        + "characters such as line breaks or tabs (\\u2028 at position 3), was \"Tok\\u2028yo\"",
                        () -> conference().city("Tok\u2028yo").build()),
                bad("alias with a trailing space", "conference c1: alias must not start or end with spaces, was \"Tokyo \"",
                        () -> conference().addAlias("Tokyo ").build()),
                bad("memorandum title with a byte-order mark", "memorandum m1: title must not start or end with "
                        + "spaces, was \"\\uFEFFMoC\"", () -> memorandum().title("\uFEFFMoC").build()),
                bad("memorandum pledge id with a space inside a tab", "memorandum m1: pledge id must be one line "
                        + "without control characters such as line breaks or tabs (\\t at position 2), was \"p1\\tx\"",
                        () -> memorandum().pledgeId("p1\tx").build()),
                bad("sector name with a line break", "sector demining: name must be one line without control "
                        + "characters such as line breaks or tabs (\\n at position 4), was \"Demi\\nning\"",
                        () -> Sector.of("demining", "Demi\nning")),
                bad("figure with a trailing line break", "figure description must be one line without control "
                        + "characters such as line breaks or tabs (\\n at position 10), was \"businesses\\n\"",
                        () -> Figure.about(100, "businesses\n")),
                bad("in-kind unit with a tab", "in-kind diesel: unit must be one line without control characters "
                        + "such as line breaks or tabs (\\t at position 0), was \"\\ttonnes\"",
                        () -> InKind.of("diesel", BigDecimal.ONE, "\ttonnes")),
                bad("milestone title with a line break", "milestone m1: title must be one line without control "
                        + "characters such as line breaks or tabs (\\n at position 5), was \"Rules\\nchange\"",
                        () -> Milestone.of("m1", DEC_22, "Rules\nchange", MOFA_DEC_22, JAPAN)),
                bad("blank id shows its invisible characters", "pledge id must not be blank, was \" \\t\\u2003\"",
                        () -> pledge().id(" \t\u2003").build()));
    }

    /** Amounts, values and quantities: bounded digits; currencies that are money. */
    static Stream<Arguments> numbers() {
        return Stream.of(
                bad("amount with an absurd negative exponent", "amount must have at most 100 digits after the decimal "
                        + "point (trailing zeros not counted), was 1E-999999999",
                        () -> Amounts.of("1e-999999999", "USD")),
                bad("amount with an absurd positive exponent",
                        "amount must have at most 100 digits before the decimal point, was 1E+999999999",
                        () -> Amounts.of("1e999999999", "USD")),
                bad("amount with 101 whole digits", "amount must have at most 100 digits before the decimal point, "
                        + "was 1E+100", () -> Amounts.of(BigDecimal.TEN.pow(100), "JPY")),
                bad("event amount made with Moneta directly", "event on 2024-02-19 (announced): amount must have at "
                        + "most 100 digits before the decimal point, was 1E+999999999",
                        () -> PledgeEvent.announced(FEB_19, Money.of(new BigDecimal("1e999999999"), "USD"), MOFA_FEB_19)),
                bad("negative event amount with an absurd exponent", "event on 2024-02-19 (announced): amount must "
                        + "have at most 100 digits after the decimal point (trailing zeros not counted), was "
                        + "-1E-999999999",
                        () -> PledgeEvent.announced(FEB_19, Money.of(new BigDecimal("-1e-999999999"), "USD"),
                                MOFA_FEB_19)),
                bad("memorandum value with an absurd exponent", "memorandum m1: value must have at most 100 digits "
                        + "before the decimal point, was -1E+999999999",
                        () -> memorandum().value(Money.of(new BigDecimal("-1e999999999"), "USD")).build()),
                bad("in-kind quantity with an absurd exponent", "in-kind diesel: quantity must have at most 100 digits "
                        + "after the decimal point (trailing zeros not counted), was 1E-999999999",
                        () -> InKind.of("diesel", new BigDecimal("1e-999999999"), "tonnes")),
                bad("no currency (XXX)", "currency code must be a currency money is stated in, was XXX (ISO 4217 for "
                        + "no currency)", () -> Amounts.of(5, "XXX")),
                bad("testing currency (XTS)", "currency code must be a currency money is stated in, was XTS (ISO 4217 "
                        + "code reserved for testing)", () -> Amounts.currency("XTS")),
                bad("event amount in XXX made with Moneta", "event on 2024-02-19 (announced): amount currency must be "
                        + "a currency money is stated in, was XXX (ISO 4217 for no currency)",
                        () -> PledgeEvent.announced(FEB_19, Money.of(5, Monetary.getCurrency("XXX")), MOFA_FEB_19)),
                bad("memorandum value in XTS made with Moneta", "memorandum m1: value currency must be a currency "
                        + "money is stated in, was XTS (ISO 4217 code reserved for testing)",
                        () -> memorandum().value(Money.of(5, Monetary.getCurrency("XTS"))).build()),
                bad("amount currency XXX as a unit", "amount currency must be a currency money is stated in, was XXX "
                        + "(ISO 4217 for no currency)", () -> Amounts.of(BigDecimal.ONE, Monetary.getCurrency("XXX"))),
                bad("unknown currency with a non-breaking space",
                        "currency code must be a known ISO 4217 code such as USD, was \"USD\\u00A0\"",
                        () -> Amounts.of(5, "USD\u00a0")));
    }

    /** Lists that would count one thing twice, and ranges at the ends of the calendar. */
    static Stream<Arguments> structure() {
        return Stream.of(
                bad("a sector listed twice", "pledge p1: sectors list energy twice; expected each once",
                        () -> pledge().addSectors(Sector.ENERGY, Sector.ENERGY).build()),
                bad("a sector listed twice as two objects of one code", "pledge p1: sectors list energy twice; "
                        + "expected each once", () -> pledge().addSectors(Sector.ENERGY, Sector.of("energy", "Power"))
                        .build()),
                bad("a theme listed twice", "conference c1: themes list energy twice; expected each once",
                        () -> conference().addThemes(Sector.ENERGY, Sector.ENERGY).build()),
                bad("a subject listed twice", "memorandum m1: subjects list water twice; expected each once",
                        () -> memorandum().addSubjects(Sector.WATER, Sector.WATER).build()),
                bad("coverage of all time", "pledge p1: coverage must be bounded: its first day must be after "
                        + "-999999999-01-01 (LocalDate.MIN, which a LocalDateRange takes as no start), was "
                        + "-999999999-01-01/+999999999-12-31",
                        () -> pledge().coverage(LocalDateRange.ALL).build()),
                bad("coverage without an end", "pledge p1: coverage must be bounded: its last day must be before "
                        + "+999999999-12-30 (a LocalDateRange ending at LocalDate.MAX has no end), was "
                        + "2024-01-01/+999999999-12-31",
                        () -> pledge().coverage(LocalDateRange.ofUnboundedEnd(LocalDate.of(2024, 1, 1))).build()),
                bad("conference on the last day of the calendar", "conference day must be between -999999999-01-02 "
                        + "and +999999999-12-29 (the ends of the calendar mean unbounded in a LocalDateRange), was "
                        + "+999999999-12-31", () -> Conference.builder().day(LocalDate.MAX)),
                bad("conference on the first day of the calendar", "conference day must be between -999999999-01-02 "
                        + "and +999999999-12-29 (the ends of the calendar mean unbounded in a LocalDateRange), was "
                        + "-999999999-01-01", () -> Conference.builder().day(LocalDate.MIN)),
                bad("conference from the first day of the calendar", "conference first day must be between "
                        + "-999999999-01-02 and +999999999-12-29 (the ends of the calendar mean unbounded in a "
                        + "LocalDateRange), was -999999999-01-01",
                        () -> Conference.builder().days(LocalDate.MIN, FEB_19)),
                bad("conference range starting at LocalDate.MIN", "conference c1: dates must be bounded: its first day "
                        + "must be after -999999999-01-01 (LocalDate.MIN, which a LocalDateRange takes as no start), "
                        + "was -999999999-01-01/-999999999-01-03", () -> conference()
                        .dates(LocalDateRange.ofClosed(LocalDate.MIN, LocalDate.MIN.plusDays(1))).build()));
    }

    private static Arguments isNull(String message, ThrowingCallable call) {
        return Arguments.of(message, call);
    }

    /** Nulls handed to the builders' copy and list methods name what was missing. */
    static Stream<Arguments> nulls() {
        return Stream.of(
                isNull("pledge to copy from is required, was null", () -> Pledge.builder().from(null)),
                isNull("pledge sectors list is required, was null", () -> Pledge.builder().addAllSectors(null)),
                isNull("pledge sectors list is required, was null", () -> Pledge.builder().sectors(null)),
                isNull("pledge sectors list is required, was null", () -> Pledge.builder().addSectors((Sector[]) null)),
                isNull("pledge history list is required, was null", () -> Pledge.builder().history(null)),
                isNull("pledge history list is required, was null", () -> Pledge.builder().addAllHistory(null)),
                isNull("pledge channel optional value is required, was null",
                        () -> Pledge.builder().channel((java.util.Optional<Party>) null)),
                isNull("event to copy from is required, was null", () -> PledgeEvent.builder().from(null)),
                isNull("source to copy from is required, was null", () -> Source.builder().from(null)),
                isNull("source url optional value is required, was null",
                        () -> Source.builder().url((java.util.Optional<String>) null)),
                isNull("donor to copy from is required, was null", () -> Donor.builder().from(null)),
                isNull("conference aliases list is required, was null", () -> Conference.builder().aliases(null)),
                isNull("conference reported counts list is required, was null",
                        () -> Conference.builder().addAllReportedCounts(null)),
                isNull("conference hosts list is required, was null", () -> Conference.builder().addHosts((Party[]) null)),
                isNull("memorandum parties list is required, was null", () -> Memorandum.builder().addAllParties(null)),
                isNull("memorandum to copy from is required, was null", () -> Memorandum.builder().from(null)),
                isNull("milestone parties list is required, was null", () -> Milestone.builder().parties(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nulls")
    void everyBuilderMethodNamesWhatWasNull(String message, ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("text")
    void idsAndOneLineFieldsRefuseInvisibleCharacters(String rule, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void numbersWithAbsurdExponentsAndCurrenciesThatAreNoMoneyAreRefused(String rule, String message,
            ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structure")
    void duplicatesAndUnboundedRangesAreRefused(String rule, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void multiLineFieldsKeepLineFeedsAndInnerSpaces() {
        assertThat(KYODO.withNote("first line\n  indented second line").note())
                .hasValue("first line\n  indented second line");
        assertThat(Milestone.builder().from(ARMS_EXPORT_RULES).description("one\n\ntwo").build().description())
                .hasValue("one\n\ntwo");
        assertThat(Party.of("ua", "Україна · Kyiv", "UA").name()).isEqualTo("Україна · Kyiv");
        assertThat(Party.of("ir-1", "\u0645\u06cc\u200c\u0631\u0648\u062f").name())
                .as("a zero-width non-joiner inside a name is part of the spelling").contains("\u200c");
    }

    @Test
    void theLargestRealAmountsAndDerivedRatesFitTheBounds() {
        assertThat(Amounts.format(Amounts.of(1_000_000_000_000_000L, "JPY"))).isEqualTo("JPY 1,000,000,000,000,000");
        BigDecimal derived = BigDecimal.ONE.divide(new BigDecimal("161.59"), java.math.MathContext.DECIMAL128);
        assertThat(Amounts.decimal(Amounts.of(derived, "USD"))).isEqualTo(derived);
        BigDecimal widest = new BigDecimal("9".repeat(100) + "." + "9".repeat(100));
        assertThat(Amounts.decimal(Amounts.of(widest, "USD"))).isEqualTo(widest);
        assertThat(Amounts.decimal(Amounts.of(new BigDecimal("1.5" + "0".repeat(500)), "USD")))
                .as("trailing zeros do not count").isEqualByComparingTo("1.5");
        assertThat(PledgeEvent.announced(FEB_19, Amounts.of(widest, "USD"), MOFA_FEB_19).amount()).isPresent();
        assertThat(Conference.builder().from(TOKYO).days(LocalDate.MIN.plusDays(1), LocalDate.MAX.minusDays(2))
                .build().lastDay()).isEqualTo(LocalDate.MAX.minusDays(2));
    }
}
