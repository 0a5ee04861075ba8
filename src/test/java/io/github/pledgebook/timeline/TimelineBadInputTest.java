package io.github.pledgebook.timeline;

import static io.github.pledgebook.JapanUkraine2024.*;
import static io.github.pledgebook.timeline.FoundingArticle.GENERATORS;
import static io.github.pledgebook.timeline.FoundingArticle.MOC_ENERGY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * Every bad input to the timeline API is refused with the documented exception and a message naming the field, the
 * value and the expectation, and a refused call leaves the book it was made on exactly as it was.
 */
class TimelineBadInputTest {

    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final LocalDateRange Q1 = LocalDateRange.from(YearQuarter.of(2024, 1));
    private static final Stage[] AMOUNT_STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};
    private static final String INVALID = "pledge book is invalid (1 problem): ";
    private static final String AMOUNT_STAGE = "stage must be one that carries amounts (reported, announced, "
            + "committed or disbursed), was cancelled";

    /** A call on a book that must fail. */
    @FunctionalInterface
    interface BookCall {
        Object on(PledgeBook book) throws Throwable;
    }

    private static Arguments bad(String rule, Class<? extends Throwable> type, String message, BookCall call) {
        return Arguments.of(rule, type, message, call);
    }

    private static Arguments isNull(String what, BookCall call) {
        return bad("null " + what, NullPointerException.class, what + " is required, was null", call);
    }

    private static Arguments cancelledStage(String where, BookCall call) {
        return bad("cancelled stage in " + where, IllegalArgumentException.class, AMOUNT_STAGE, call);
    }

    private static Pledge.Builder pledge(String id) {
        return Pledge.builder().id(id).donor(JAPAN).recipient(UKRAINE).category(AidCategory.FINANCIAL)
                .instrument(Instrument.GRANT);
    }

    private static Pledge announced(String id, Donor donor) {
        return pledge(id).donor(donor).addEvent(PledgeEvent.announced(MAR_1, Amounts.of(1, "USD"), MOFA_FEB_19))
                .build();
    }

    private static Memorandum memo(String id) {
        return Memorandum.builder().id(id).title("Memorandum " + id).addParties(JAPAN, UKRAINE).signedOn(MAR_1).build();
    }

    static Stream<Arguments> catalogue() {
        Donor a = Donor.of("a", "Agency A", DonorKind.GOVERNMENT_AGENCY);
        Donor b = Donor.of("b", "Agency B", DonorKind.GOVERNMENT_AGENCY);
        Donor c = Donor.of("c", "Agency C", DonorKind.GOVERNMENT_AGENCY);
        Party ukraineAgain = Party.of("ua", "Ukraine (Cabinet of Ministers)", "UA");
        Party japanAgain = Party.of("jp-gov", "Japan", "JP");
        String otherParty = " names two different parties; expected one party per id, defined the same way everywhere "
                + "(same name, kind, country and parent)";
        return Stream.of(
                // nulls, wherever a value is required
                isNull("pledges", book -> PledgeBook.of((Collection<Pledge>) null)),
                isNull("pledges", book -> PledgeBook.builder().addPledges((Pledge[]) null)),
                isNull("conferences", book -> PledgeBook.of(List.of(), null, List.of(), List.of())),
                isNull("conferences", book -> PledgeBook.builder().addConferences((Conference[]) null)),
                isNull("memoranda", book -> PledgeBook.of(List.of(), List.of(), null, List.of())),
                isNull("memoranda", book -> PledgeBook.builder().addMemoranda((Memorandum[]) null)),
                isNull("milestones", book -> PledgeBook.of(List.of(), List.of(), List.of(), null)),
                isNull("milestones", book -> PledgeBook.builder().addMilestones((Milestone[]) null)),
                bad("null pledge in a list", NullPointerException.class, "pledge at position 2 is required, was null",
                        book -> book.toBuilder().addAllPledges(Arrays.asList(ANTI_DRONE, GENERATORS, null))),
                bad("null conference in a list", NullPointerException.class,
                        "conference at position 0 is required, was null",
                        book -> book.toBuilder().addConferences((Conference) null)),
                bad("null memorandum in a list", NullPointerException.class,
                        "memorandum at position 1 is required, was null",
                        book -> book.toBuilder().addMemoranda(memo("m"), null)),
                bad("null milestone in a list", NullPointerException.class,
                        "milestone at position 0 is required, was null",
                        book -> book.toBuilder().addMilestones((Milestone) null)),
                isNull("pledge id", book -> book.pledge(null)),
                isNull("conference id", book -> book.conference(null)),
                isNull("memorandum id", book -> book.memorandum(null)),
                isNull("pledge", book -> book.plus((Pledge) null)),
                isNull("conference", book -> book.plus((Conference) null)),
                isNull("memorandum", book -> book.plus((Memorandum) null)),
                isNull("milestone", book -> book.plus((Milestone) null)),
                isNull("book to add", book -> book.plus((PledgeBook) null)),
                isNull("pledge", book -> book.with(null)),
                isNull("known-on date", book -> book.asKnownOn(null)),
                isNull("as-of date", book -> book.asOf(null)),
                isNull("as-of date", book -> book.total(Stage.ANNOUNCED, (LocalDate) null)),
                isNull("window", book -> book.within(null)),
                isNull("window", book -> book.total(Stage.ANNOUNCED, (LocalDateRange) null)),
                isNull("stage", book -> book.total(null, FEB_20)),
                isNull("stage", book -> book.total(null, Q1)),
                isNull("stage", book -> book.asOf(FEB_20).total(null)),
                isNull("stage", book -> book.within(Q1).total(null)),
                isNull("stage", book -> book.monthly(null, YearMonth.of(2024, 1), YearMonth.of(2024, 2))),
                isNull("first month", book -> book.monthly(Stage.ANNOUNCED, null, YearMonth.of(2024, 2))),
                isNull("last month", book -> book.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 1), null)),
                isNull("first quarter", book -> book.quarterly(Stage.ANNOUNCED, null, YearQuarter.of(2024, 1))),
                isNull("last quarter", book -> book.quarterly(Stage.ANNOUNCED, YearQuarter.of(2024, 1), null)),
                isNull("first year", book -> book.yearly(Stage.ANNOUNCED, null, Year.of(2024))),
                isNull("last year", book -> book.yearly(Stage.ANNOUNCED, Year.of(2024), null)),
                isNull("date", book -> book.stateOf("jp-erp3", null)),
                isNull("pledge id", book -> book.stateOf(null, FEB_20)),
                isNull("pledge id", book -> book.asOf(FEB_20).stateOf(null)),
                isNull("conference id", book -> book.conferencePicture(null)),
                isNull("grouping", book -> book.asOf(FEB_20).grouped(Stage.ANNOUNCED, null)),
                isNull("grouping", book -> book.within(Q1).grouped(Stage.ANNOUNCED, null)),
                isNull("stage", book -> book.asOf(FEB_20).grouped(null, GroupBy.channel())),
                isNull("donor level", book -> book.asOf(FEB_20).fulfilment(null)),
                isNull("donor level", book -> GroupBy.donor(null)),
                isNull("donor", book -> DonorLevel.TOP.of(null)),
                isNull("stage", book -> EntryKind.of(null)),
                isNull("period", book -> book.chronicle().within(null)),
                isNull("donor", book -> book.chronicle().involving(null)),
                isNull("kinds", book -> book.chronicle().ofKinds((EntryKind[]) null)),
                isNull("kind", book -> book.chronicle().ofKinds(EntryKind.ANNOUNCED, null)),
                isNull("grouping name", book -> GroupBy.of(null, p -> List.of(), Comparator.<String>naturalOrder())),
                isNull("grouping keys function", book -> GroupBy.of("keys", null, Comparator.<String>naturalOrder())),
                isNull("grouping order", book -> GroupBy.of("keys", p -> List.of(p.id()), null)),
                bad("grouping returning null keys", NullPointerException.class,
                        "grouping no keys returned null keys for pledge jp-generators; return an empty collection for "
                                + "an ungrouped pledge",
                        book -> book.asOf(FEB_20).grouped(Stage.ANNOUNCED,
                                GroupBy.<String>of("no keys", p -> null, Comparator.naturalOrder()))),
                isNull("target currency", book -> book.asOf(FEB_20).fulfilment().get(0)
                        .convertedTo(null, FEB_19, (x, t, d) -> x)),
                isNull("rate date", book -> book.asOf(FEB_20).fulfilment().get(0)
                        .convertedTo(USD, null, (x, t, d) -> x)),
                isNull("converter", book -> book.asOf(FEB_20).fulfilment().get(0).convertedTo(USD, FEB_19, (AmountConverter) null)),
                isNull("total to convert", book -> ((AmountConverter) (x, t, d) -> x).convert((MoneyTotal) null, USD, FEB_19)),
                isNull("target currency", book -> ((AmountConverter) (x, t, d) -> x)
                        .convert(MoneyTotal.empty(), null, FEB_19)),
                isNull("rate date", book -> ((AmountConverter) (x, t, d) -> x)
                        .convert(MoneyTotal.empty(), USD, null)),
                isNull("stage", book -> book.stateOf("jp-erp3", FEB_20).amountAt(null)),
                isNull("stage", book -> book.asOf(FEB_20).fulfilment().get(0).total(null)),

                // stages that carry no amounts
                cancelledStage("an as-of total", book -> book.total(Stage.CANCELLED, FEB_20)),
                cancelledStage("a window total", book -> book.total(Stage.CANCELLED, Q1)),
                cancelledStage("a snapshot", book -> book.asOf(FEB_20).total(Stage.CANCELLED)),
                cancelledStage("a window", book -> book.within(Q1).total(Stage.CANCELLED)),
                cancelledStage("a monthly series", book -> book.monthly(Stage.CANCELLED, YearMonth.of(2024, 1),
                        YearMonth.of(2024, 2))),
                cancelledStage("a quarterly series", book -> book.quarterly(Stage.CANCELLED, YearQuarter.of(2024, 1),
                        YearQuarter.of(2024, 2))),
                cancelledStage("a yearly series", book -> book.yearly(Stage.CANCELLED, Year.of(2024), Year.of(2024))),
                cancelledStage("a grouping as of a date", book -> book.asOf(FEB_20).grouped(Stage.CANCELLED,
                        GroupBy.channel())),
                cancelledStage("a grouping within a window", book -> book.within(Q1).grouped(Stage.CANCELLED,
                        GroupBy.sector())),
                cancelledStage("a pledge's state", book -> book.stateOf("jp-erp3", FEB_20).amountAt(Stage.CANCELLED)),
                bad("reported stage of a fulfilment", IllegalArgumentException.class,
                        "stage must be announced, committed or disbursed for fulfilment, was reported",
                        book -> book.asOf(FEB_20).fulfilment().get(0).total(Stage.REPORTED)),
                bad("cancelled stage of a fulfilment", IllegalArgumentException.class,
                        "stage must be announced, committed or disbursed for fulfilment, was cancelled",
                        book -> book.asOf(FEB_20).fulfilment().get(0).total(Stage.CANCELLED)),

                // blank and unknown ids
                bad("blank pledge id", IllegalArgumentException.class,
                        "pledge id   is not in the book; expected one of its 3 pledge ids",
                        book -> book.stateOf(" ", FEB_20)),
                bad("unknown pledge id", IllegalArgumentException.class,
                        "pledge id jp-erp9 is not in the book; expected one of its 3 pledge ids",
                        book -> book.asOf(FEB_20).stateOf("jp-erp9")),
                bad("blank conference id", IllegalArgumentException.class,
                        "conference id  is not in the book; expected one of [jp-ua-erc-2024]",
                        book -> book.conferencePicture("")),
                bad("unknown conference id", IllegalArgumentException.class,
                        "conference id jp-ua-erc-2025 is not in the book; expected one of [jp-ua-erc-2024]",
                        book -> book.conferencePicture("jp-ua-erc-2025")),

                // periods in the wrong order, levels and kinds out of range
                bad("first month after the last", IllegalArgumentException.class,
                        "last month must not be before the first month, was 2024-01 before 2024-02",
                        book -> book.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 2), YearMonth.of(2024, 1))),
                bad("first quarter after the last", IllegalArgumentException.class,
                        "last quarter must not be before the first quarter, was 2024-Q1 before 2024-Q2",
                        book -> book.quarterly(Stage.ANNOUNCED, YearQuarter.of(2024, 2), YearQuarter.of(2024, 1))),
                bad("first year after the last", IllegalArgumentException.class,
                        "last year must not be before the first year, was 2023 before 2024",
                        book -> book.yearly(Stage.ANNOUNCED, Year.of(2024), Year.of(2023))),
                bad("negative donor level", IllegalArgumentException.class,
                        "donor level depth must be zero (top level) or more, was -1", book -> DonorLevel.depth(-1)),
                bad("no kind of entry", IllegalArgumentException.class,
                        "kinds must name at least one kind of entry, was none", book -> book.chronicle().ofKinds()),
                bad("conversion to another currency", IllegalStateException.class,
                        "conversion of JPY 15,800,000,000 to USD on 2024-02-19 returned JPY 15,800,000,000, expected "
                                + "an amount in USD",
                        book -> book.asOf(FEB_20).fulfilment().get(0).convertedTo(USD, FEB_19, (x, t, d) -> x)),
                bad("conversion returning nothing", IllegalStateException.class,
                        "conversion of JPY 15,800,000,000 to USD on 2024-02-19 returned null, expected an amount in USD",
                        book -> book.asOf(FEB_20).fulfilment().get(0).convertedTo(USD, FEB_19, (x, t, d) -> null)),

                // duplicate ids of every kind
                bad("duplicate pledge id", IllegalArgumentException.class,
                        INVALID + "pledge id jp-nato-antidrone is used by 2 pledges; expected unique ids",
                        book -> book.plus(ANTI_DRONE)),
                bad("duplicate conference id", IllegalArgumentException.class,
                        INVALID + "conference id jp-ua-erc-2024 is used by 2 conferences; expected unique ids",
                        book -> book.plus(TOKYO)),
                bad("duplicate memorandum id", IllegalArgumentException.class,
                        INVALID + "memorandum id moc-energy is used by 2 memoranda; expected unique ids",
                        book -> book.plus(MOC_ENERGY)),
                bad("duplicate milestone id", IllegalArgumentException.class,
                        INVALID + "milestone id jp-arms-export-2023 is used by 2 milestones; expected unique ids",
                        book -> book.plus(ARMS_EXPORT_RULES)),

                // references that do not resolve
                bad("pledge naming a conference not in the book", IllegalArgumentException.class,
                        INVALID + "pledge p names conference jp-ua-erc-2025, which is not in the book",
                        book -> book.plus(pledge("p").conferenceId("jp-ua-erc-2025")
                                .addEvent(PledgeEvent.announced(MAR_1, Amounts.of(1, "USD"), MOFA_FEB_19)).build())),
                bad("memorandum naming a pledge not in the book", IllegalArgumentException.class,
                        INVALID + "memorandum m names pledge jp-erp9, which is not in the book",
                        book -> book.plus(Memorandum.builder().from(memo("m")).pledgeId("jp-erp9").build())),
                bad("memorandum naming a conference not in the book", IllegalArgumentException.class,
                        INVALID + "memorandum m names conference jp-ua-erc-2025, which is not in the book",
                        book -> book.plus(Memorandum.builder().from(memo("m")).conferenceId("jp-ua-erc-2025").build())),
                bad("replacing the pledge a memorandum formalises by one naming an unknown conference",
                        IllegalArgumentException.class,
                        INVALID + "pledge jp-erp3 names conference elsewhere, which is not in the book",
                        book -> book.with(Pledge.builder().from(RECONSTRUCTION).conferenceId("elsewhere").build())),

                // one id, two parties: through a channel, a host, a signatory, a milestone's party
                bad("a channel defined differently", IllegalArgumentException.class,
                        INVALID + "party id nato-capp" + otherParty,
                        book -> book.plus(pledge("p").channel(Party.of("nato-capp", "NATO trust fund"))
                                .addEvent(PledgeEvent.announced(MAR_1, Amounts.of(1, "USD"), MOFA_FEB_19)).build())),
                bad("a conference host defined differently", IllegalArgumentException.class,
                        INVALID + "party id ua" + otherParty,
                        book -> book.plus(Conference.builder().id("kyiv").name("Kyiv conference").city("Kyiv")
                                .country("UA").day(MAR_1).addHosts(ukraineAgain).build())),
                bad("a signatory defined differently", IllegalArgumentException.class,
                        INVALID + "party id jp-gov" + otherParty,
                        book -> book.plus(Memorandum.builder().id("m").title("Memorandum").addParties(japanAgain, UA_ECONOMY)
                                .signedOn(MAR_1).build())),
                bad("a milestone's party defined differently", IllegalArgumentException.class,
                        INVALID + "party id ua" + otherParty,
                        book -> book.plus(Milestone.of("ms", MAR_1, "Something happened", MOFA_FEB_19, ukraineAgain))),

                // donor hierarchies with cycles
                bad("two donors each other's parent", IllegalArgumentException.class,
                        INVALID + "donor hierarchy has a cycle: a -> b -> a; expected each donor's parents to lead up "
                                + "to a top-level donor",
                        book -> book.toBuilder().addPledges(announced("one", a.withParent(b)),
                                announced("two", b.withParent(a))).build()),
                bad("three donors in a ring", IllegalArgumentException.class,
                        INVALID + "donor hierarchy has a cycle: a -> b -> c -> a; expected each donor's parents to lead "
                                + "up to a top-level donor",
                        book -> book.toBuilder().addPledges(announced("one", a.withParent(b)),
                                announced("two", b.withParent(c)), announced("three", c.withParent(a))).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badInputIsRefusedWithANamedReasonAndLeavesTheBookAsItWas(String rule, Class<? extends Throwable> type,
            String message, BookCall call) {
        PledgeBook book = FoundingArticle.book();
        List<Object> before = fingerprint(book);
        assertThatThrownBy(() -> call.on(book)).as(rule).isInstanceOf(type).hasMessage(message);
        assertThat(fingerprint(book)).as("the book after: %s", rule).isEqualTo(before);
        assertThat(book).isEqualTo(FoundingArticle.BOOK);
    }

    /** Everything one can ask a book, so that any change to it would show. */
    static List<Object> fingerprint(PledgeBook book) {
        List<Object> all = new ArrayList<>();
        all.add(book.toString());
        all.add(List.copyOf(book.pledges()));
        all.add(List.copyOf(book.conferences()));
        all.add(List.copyOf(book.memoranda()));
        all.add(List.copyOf(book.milestones()));
        for (Stage s : AMOUNT_STAGES) {
            for (LocalDate d : List.of(FEB_10, FEB_11, FEB_19, FEB_20)) {
                all.add(book.total(s, d));
            }
            all.add(book.total(s, Q1));
            all.add(book.monthly(s, YearMonth.of(2023, 12), YearMonth.of(2024, 3)).toString());
        }
        all.add(book.chronicle().entries());
        all.add(book.asOf(FEB_20).fulfilment());
        all.add(book.asOf(FEB_20).grouped(Stage.ANNOUNCED, GroupBy.sector()).toString());
        all.add(book.conferencePicture("jp-ua-erc-2024").toString());
        for (Pledge p : book.pledges()) {
            all.add(book.stateOf(p.id(), FEB_20).toString());
        }
        return all;
    }

    // --- every problem is named at once, up to twenty

    private static PledgeBook withDuplicates(int problems) {
        List<Pledge> pledges = IntStream.range(0, problems).mapToObj(i -> String.format("p%02d", i))
                .flatMap(id -> Stream.of(announced(id, JAPAN), announced(id, JAPAN))).collect(Collectors.toList());
        return PledgeBook.of(pledges);
    }

    private static String duplicates(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("pledge id p%02d is used by 2 pledges; expected "
                + "unique ids", i)).collect(Collectors.joining("; "));
    }

    @Test
    void everyProblemIsListedInOneMessage() {
        assertThatThrownBy(() -> withDuplicates(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge book is invalid (2 problems): " + duplicates(0, 2));
    }

    @Test
    void twentyProblemsAreAllListed() {
        assertThatThrownBy(() -> withDuplicates(20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge book is invalid (20 problems): " + duplicates(0, 20));
    }

    @Test
    void beyondTwentyProblemsTheRestAreCounted() {
        assertThatThrownBy(() -> withDuplicates(21)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge book is invalid (21 problems): " + duplicates(0, 20) + "; and 1 more");
        assertThatThrownBy(() -> withDuplicates(25)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge book is invalid (25 problems): " + duplicates(0, 20) + "; and 5 more");
    }

    @Test
    void addingABookToItselfNamesEveryRepeatedId() {
        PledgeBook book = FoundingArticle.book();
        assertThatThrownBy(() -> book.plus(book)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge book is invalid (9 problems): "
                        + "pledge id jp-erp3 is used by 2 pledges; expected unique ids; "
                        + "pledge id jp-generators is used by 2 pledges; expected unique ids; "
                        + "pledge id jp-nato-antidrone is used by 2 pledges; expected unique ids; "
                        + "conference id jp-ua-erc-2024 is used by 2 conferences; expected unique ids; "
                        + "memorandum id jp-ua-grant-2024-02-19 is used by 2 memoranda; expected unique ids; "
                        + "memorandum id moc-agriculture is used by 2 memoranda; expected unique ids; "
                        + "memorandum id moc-energy is used by 2 memoranda; expected unique ids; "
                        + "memorandum id moc-infrastructure is used by 2 memoranda; expected unique ids; "
                        + "milestone id jp-arms-export-2023 is used by 2 milestones; expected unique ids");
        assertThat(book).isEqualTo(FoundingArticle.BOOK);
    }

    @Test
    void aBuilderThatFailedToBuildKeepsWhatItHeld() {
        PledgeBook.Builder builder = PledgeBook.builder().addPledges(ANTI_DRONE, ANTI_DRONE);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(builder::build).as("the same answer the second time").isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("jp-nato-antidrone is used by 2 pledges");
    }

    // --- inputs that are not errors: empty windows, blank lookups, huge and tiny amounts

    @Test
    void anEmptyWindowHoldsNothing() {
        PledgeBook book = FoundingArticle.book();
        LocalDateRange empty = LocalDateRange.of(FEB_19, FEB_19);
        for (Stage s : AMOUNT_STAGES) {
            StageTotal t = book.total(s, empty);
            assertThat(t.total()).as(s.label()).isEqualTo(MoneyTotal.empty());
            assertThat(t.pledgeCount()).isZero();
            assertThat(t.isEmpty()).isTrue();
        }
        assertThat(book.within(empty).grouped(Stage.ANNOUNCED, GroupBy.topLevelDonor()).groups()).isEmpty();
        assertThat(book.chronicle().within(empty).entries()).isEmpty();
    }

    @Test
    void blankOrUnknownIdsFindNothing() {
        PledgeBook book = FoundingArticle.book();
        assertThat(book.pledge("")).isEmpty();
        assertThat(book.pledge(" ")).isEmpty();
        assertThat(book.conference("")).isEmpty();
        assertThat(book.memorandum(" ")).isEmpty();
    }

    @Test
    void hugeAmountsAddUpExactly() {
        LocalDate mar2 = MAR_1.plusDays(1);
        Pledge one = pledge("one").addEvent(PledgeEvent.announced(MAR_1, Amounts.of("1E+30", "USD"), MOFA_FEB_19))
                .build();
        Pledge two = pledge("two").addEvent(PledgeEvent.announced(mar2, Amounts.of("3E+30", "USD"), MOFA_FEB_19))
                .build();
        PledgeBook book = PledgeBook.of(List.of(one, two));
        assertThat(book.total(Stage.ANNOUNCED, mar2).total().decimal(USD))
                .isEqualByComparingTo("4000000000000000000000000000000");
        assertThat(book.total(Stage.ANNOUNCED, LocalDateRange.ofClosed(mar2, mar2)).total().decimal(USD))
                .isEqualByComparingTo("3E+30");
    }

    @Test
    void tinyAmountsAddUpExactly() {
        LocalDate mar2 = MAR_1.plusDays(1);
        Pledge one = pledge("one").addEvent(PledgeEvent.announced(MAR_1, Amounts.of("1E-20", "USD"), MOFA_FEB_19))
                .addEvent(PledgeEvent.announced(mar2, Amounts.of("3E-20", "USD"), MOFA_FEB_19)).build();
        Pledge two = pledge("two").addEvent(PledgeEvent.announced(mar2, Amounts.of("0.5", "USD"), MOFA_FEB_19))
                .build();
        PledgeBook book = PledgeBook.of(List.of(one, two));
        assertThat(book.total(Stage.ANNOUNCED, MAR_1).total().decimal(USD)).isEqualByComparingTo("1E-20");
        assertThat(book.total(Stage.ANNOUNCED, mar2).total().decimal(USD))
                .isEqualByComparingTo("0.50000000000000000003");
        assertThat(book.total(Stage.ANNOUNCED, LocalDateRange.ofClosed(mar2, mar2)).total().decimal(USD))
                .isEqualByComparingTo("0.50000000000000000002");
    }

    @Test
    void amountsJustBeyondALongAreNotWrappedAround() {
        // 9.5e18 is 95 x 10^17: its digits fit a long, its value does not
        Pledge one = pledge("one").addEvent(PledgeEvent.announced(MAR_1, Amounts.of("9500000000000000000", "USD"),
                MOFA_FEB_19)).build();
        Pledge two = pledge("two").addEvent(PledgeEvent.announced(MAR_1, Amounts.of(1, "USD"), MOFA_FEB_19)).build();
        PledgeBook book = PledgeBook.of(List.of(one, two));
        assertThat(book.total(Stage.ANNOUNCED, MAR_1).total().decimal(USD))
                .isEqualByComparingTo("9500000000000000001");
        assertThat(book.total(Stage.ANNOUNCED, LocalDateRange.ofClosed(MAR_1, MAR_1)).total().decimal(USD))
                .isEqualByComparingTo("9500000000000000001");
    }
}
