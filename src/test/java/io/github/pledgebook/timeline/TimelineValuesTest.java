package io.github.pledgebook.timeline;

import static io.github.pledgebook.JapanUkraine2024.*;
import static io.github.pledgebook.timeline.FoundingArticle.GENERATORS;
import static io.github.pledgebook.timeline.FoundingArticle.MOC_ENERGY;
import static io.github.pledgebook.timeline.FoundingArticle.TOKYO_REPORTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The values a book answers with: equal when a user would call them equal, unequal otherwise, with hash codes to
 * match, accessors that give back what was asked, and the exact text people read.
 */
class TimelineValuesTest {

    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate APR_1 = LocalDate.of(2024, 4, 1);
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final CurrencyUnit JPY = Amounts.currency("JPY");
    private static final String BOOK_TEXT = "PledgeBook[3 pledges, 1 conference, 4 memoranda, 1 milestone]";

    private static Pledge.Builder pledge(String id) {
        return Pledge.builder().id(id).donor(JAPAN).recipient(UKRAINE).category(AidCategory.FINANCIAL)
                .instrument(Instrument.GRANT);
    }

    private static io.github.pledgebook.Memorandum energyAlone() {
        return io.github.pledgebook.Memorandum.builder().from(MOC_ENERGY).conferenceId(java.util.Optional.empty())
                .build();
    }

    /** Equal to {@code a} by {@code equals} itself (not by identity), with the same hash code. */
    private static void assertEqualValues(Object a, Object b) {
        assertThat(a).isNotSameAs(b);
        assertThat(a.equals(b)).as("%s equals %s", a, b).isTrue();
        assertThat(b.equals(a)).as("%s equals %s", b, a).isTrue();
        assertThat(a.hashCode()).as("hash of %s", a).isEqualTo(b.hashCode());
        assertThat(a.equals(a)).isTrue();
        assertThat(a.equals(null)).isFalse();
        assertThat(a.equals(a.toString())).as("a value never equals its text").isFalse();
    }

    /** Unequal, and (for these clearly different values) with different hash codes. */
    private static void assertDifferentValues(Object a, Object b) {
        assertThat(a.equals(b)).as("%s equals %s", a, b).isFalse();
        assertThat(b.equals(a)).as("%s equals %s", b, a).isFalse();
        assertThat(a.hashCode()).as("hash of %s and %s", a, b).isNotEqualTo(b.hashCode());
    }

    @Nested
    class Books {

        @Test
        void booksOfEqualItemsInTheSameOrderAreEqual() {
            assertEqualValues(FoundingArticle.book(), FoundingArticle.book());
            assertThat(FoundingArticle.book()).hasToString(BOOK_TEXT);
        }

        @Test
        void booksDifferingInAnyKindOfItemOrInOrderAreNotEqual() {
            PledgeBook book = FoundingArticle.book();
            PledgeBook reordered = PledgeBook.builder().addPledges(ANTI_DRONE, GENERATORS, RECONSTRUCTION)
                    .addAllConferences(book.conferences()).addAllMemoranda(book.memoranda())
                    .addAllMilestones(book.milestones()).build();
            assertDifferentValues(book, reordered);
            assertDifferentValues(book, book.plus(pledge("extra")
                    .addEvent(PledgeEvent.announced(MAR_1, Amounts.of(1, "USD"), MOFA_FEB_19)).build()));
            assertDifferentValues(PledgeBook.empty(), PledgeBook.empty().plus(TOKYO));
            assertDifferentValues(PledgeBook.empty().plus(TOKYO), PledgeBook.empty().plus(TOKYO_REPORTED));
            assertDifferentValues(PledgeBook.empty().plus(energyAlone()),
                    PledgeBook.empty());
            assertDifferentValues(PledgeBook.empty().plus(ARMS_EXPORT_RULES), PledgeBook.empty());
        }

        @Test
        void sizesAreCountedInWordsForOneAndMany() {
            assertThat(PledgeBook.empty()).hasToString("PledgeBook[0 pledges, 0 conferences, 0 memoranda, 0 milestones]");
            assertThat(PledgeBook.of(List.of(ANTI_DRONE), List.of(TOKYO), List.of(io.github.pledgebook.Memorandum.builder()
                    .from(GRANT_AGREEMENT).conferenceId(java.util.Optional.empty()).pledgeId(java.util.Optional.empty())
                    .build()), List.of(ARMS_EXPORT_RULES)))
                    .hasToString("PledgeBook[1 pledge, 1 conference, 1 memorandum, 1 milestone]");
        }

        @Test
        void anEmptyBuilderBuildsTheEmptyBookButAnyItemMakesABookOfItsOwn() {
            assertThat(PledgeBook.builder().build()).isSameAs(PledgeBook.empty());
            assertThat(PledgeBook.of(List.of())).isSameAs(PledgeBook.empty());
            assertThat(PledgeBook.builder().addConferences(TOKYO).build().conferences()).containsExactly(TOKYO);
            assertThat(PledgeBook.builder().addMemoranda(energyAlone())
                    .build().memoranda()).hasSize(1);
            assertThat(PledgeBook.builder().addMilestones(ARMS_EXPORT_RULES).build().milestones())
                    .containsExactly(ARMS_EXPORT_RULES);
            assertThat(PledgeBook.builder().addPledges(ANTI_DRONE).build().pledges()).containsExactly(ANTI_DRONE);
        }

        @Test
        void everyPledgeIsFoundByIdAndNoOtherId() {
            List<String> ids = List.of("b", "d", "f", "h", "j", "l", "n");
            List<Pledge> pledges = ids.stream().map(id -> pledge(id)
                    .addEvent(PledgeEvent.announced(MAR_1, Amounts.of(1, "USD"), MOFA_FEB_19)).build())
                    .collect(Collectors.toList());
            for (int n = 1; n <= pledges.size(); n++) {
                PledgeBook book = PledgeBook.of(pledges.subList(0, n));
                for (int i = 0; i < n; i++) {
                    assertThat(book.pledge(ids.get(i))).as("%s in a book of %d", ids.get(i), n)
                            .contains(pledges.get(i));
                }
                for (String absent : List.of("a", "c", "e", "g", "i", "k", "m", "o")) {
                    assertThat(book.pledge(absent)).as("%s in a book of %d", absent, n).isEmpty();
                }
            }
            assertThat(PledgeBook.empty().pledge("b")).isEmpty();
        }

        @Test
        void conferencesAndMemorandaAreFoundById() {
            PledgeBook book = FoundingArticle.book();
            assertThat(book.conference("jp-ua-erc-2024")).contains(TOKYO_REPORTED);
            assertThat(book.conference("jp-ua-erc-2025")).isEmpty();
            assertThat(book.memorandum("jp-ua-grant-2024-02-19")).contains(GRANT_AGREEMENT);
            assertThat(book.memorandum("moc-health")).isEmpty();
        }

        @Test
        void plusAddsEachKindOfItemToANewBook() {
            // without its conference and memorandum, the pledge names neither: references must resolve in a book
            PledgeBook pledges = PledgeBook.of(List.of(Pledge.builder().from(RECONSTRUCTION)
                    .conferenceId(java.util.Optional.empty()).history(RECONSTRUCTION.history().stream()
                            .map(e -> e.withMemorandumId(null)).toList()).build()));
            PledgeBook withConference = PledgeBook.empty().plus(TOKYO);
            PledgeBook withMemorandum = withConference.plus(MOC_ENERGY);
            PledgeBook withMilestone = withMemorandum.plus(ARMS_EXPORT_RULES);
            assertThat(withConference.conferences()).containsExactly(TOKYO);
            assertThat(withMemorandum.memoranda()).containsExactly(MOC_ENERGY);
            assertThat(withMemorandum.conferences()).containsExactly(TOKYO);
            assertThat(withMilestone.milestones()).containsExactly(ARMS_EXPORT_RULES);
            assertThat(withMilestone).hasToString("PledgeBook[0 pledges, 1 conference, 1 memorandum, 1 milestone]");
            assertThat(pledges.plus(withMilestone))
                    .hasToString("PledgeBook[1 pledge, 1 conference, 1 memorandum, 1 milestone]");
            assertThat(withConference.memoranda()).as("the old book is unchanged").isEmpty();
        }

        @Test
        void withAddsAPledgeToAnEmptyBookAndReplacesOneWithTheSameId() {
            assertThat(PledgeBook.empty().with(ANTI_DRONE).pledges()).containsExactly(ANTI_DRONE);
            Pledge paid = ANTI_DRONE.withEvent(PledgeEvent.disbursed(MAR_1, Amounts.of(37_000_000, "USD"), MOFA_JAN_7));
            PledgeBook book = FoundingArticle.book().with(paid);
            assertThat(book.pledges()).containsExactly(GENERATORS, paid, RECONSTRUCTION);
            assertThat(book.conferences()).containsExactly(TOKYO_REPORTED);
            assertThat(book.memoranda()).hasSize(4);
            assertThat(book.milestones()).containsExactly(ARMS_EXPORT_RULES);
        }

        @Test
        void toBuilderHoldsEverythingInTheBook() {
            PledgeBook book = FoundingArticle.book();
            assertThat(book.toBuilder().build()).isEqualTo(book);
        }
    }

    @Nested
    class StageTotals {

        private final PledgeBook book = FoundingArticle.book();

        @Test
        void totalsOfTheSameQuestionAreEqual() {
            assertEqualValues(book.total(Stage.ANNOUNCED, FEB_20), book.asOf(FEB_20).announced());
            LocalDateRange q1 = LocalDateRange.from(YearQuarter.of(2024, 1));
            assertEqualValues(book.total(Stage.COMMITTED, q1), book.within(q1).committed());
        }

        @Test
        void totalsOfAnotherStageDateOrWindowAreNotEqual() {
            StageTotal announced = book.total(Stage.ANNOUNCED, FEB_20);
            assertDifferentValues(announced, book.total(Stage.ANNOUNCED, FEB_10));
            assertDifferentValues(announced, book.total(Stage.REPORTED, FEB_20));
            assertDifferentValues(book.total(Stage.COMMITTED, FEB_20),
                    book.total(Stage.COMMITTED, LocalDateRange.ofClosed(FEB_19, FEB_20)));
            assertDifferentValues(book.total(Stage.COMMITTED, LocalDateRange.ofClosed(FEB_19, FEB_20)),
                    book.total(Stage.COMMITTED, LocalDateRange.ofClosed(FEB_19, MAR_1)));
            assertThat(book.total(Stage.ANNOUNCED, MAR_1).equals(book.total(Stage.ANNOUNCED, APR_1))).isFalse();
        }

        @Test
        void totalsDifferingOnlyInWhatWasLeftOutAreNotEqual() {
            Pledge regrant = Pledge.builder().id("nato-regrant").donor(NATO_FUND).recipient(UKRAINE)
                    .category(AidCategory.MILITARY).instrument(Instrument.GRANT).regrantsPooledFunds(true)
                    .addEvent(PledgeEvent.committed(MAR_1, Amounts.of(37_000_000, "USD"), MOFA_JAN_7)).build();
            Pledge bigger = regrant.withEvent(PledgeEvent.committed(APR_1, Amounts.of(40_000_000, "USD"), MOFA_JAN_7));
            StageTotal one = book.plus(regrant).total(Stage.COMMITTED, APR_1);
            StageTotal other = book.plus(bigger).total(Stage.COMMITTED, APR_1);
            assertThat(one.total()).isEqualTo(other.total());
            assertThat(one.pledgeCount()).isEqualTo(other.pledgeCount());
            assertDifferentValues(one, other);
            assertDifferentValues(one, book.total(Stage.COMMITTED, APR_1));
        }

        @Test
        void anAsOfTotalHasADateAndAWindowTotalHasAWindow() {
            LocalDateRange feb = LocalDateRange.from(YearMonth.of(2024, 2));
            assertThat(book.total(Stage.ANNOUNCED, FEB_20).asOf()).contains(FEB_20);
            assertThat(book.total(Stage.ANNOUNCED, FEB_20).window()).isEmpty();
            assertThat(book.total(Stage.ANNOUNCED, feb).window()).contains(feb);
            assertThat(book.total(Stage.ANNOUNCED, feb).asOf()).isEmpty();
        }

        @Test
        void aTotalIsEmptyOnlyWhenNothingAtAllWasCountedOrLeftOut() {
            assertThat(book.total(Stage.DISBURSED, FEB_10).isEmpty()).as("one item without value").isFalse();
            assertThat(book.total(Stage.COMMITTED, FEB_10).isEmpty()).isTrue();
            assertThat(book.total(Stage.COMMITTED, FEB_20).isEmpty()).isFalse();
        }

        @Test
        void windowTotalsCountNewPledgesInWords() {
            assertThat(book.within(LocalDateRange.ofClosed(FEB_10, FEB_10)).reported())
                    .hasToString("reported within 2024-02-10..2024-02-10: [], 0 new pledges");
            assertThat(book.within(LocalDateRange.ofClosed(FEB_11, FEB_11)).reported())
                    .hasToString("reported within 2024-02-11..2024-02-11: [USD 106,000,000], 1 new pledge");
            assertThat(book.within(LocalDateRange.of(FEB_19, FEB_19)).announced())
                    .hasToString("announced within empty range starting 2024-02-19: [], 0 new pledges");
            assertThat(book.within(LocalDateRange.ofUnboundedStart(FEB_20)).announced()).hasToString(
                    "announced within ..2024-02-19: [JPY 15,800,000,000; USD 37,000,000], 2 new pledges");
            assertThat(book.within(LocalDateRange.ofUnboundedEnd(FEB_11)).reported())
                    .hasToString("reported within 2024-02-11..: [USD 106,000,000], 1 new pledge");
            assertThat(book.asOf(FEB_10).committed()).hasToString("committed as of 2024-02-10: [] from 0 pledges");
        }

        @Test
        void leftOutReGrantsAreCountedInWordsForOneAndMany() {
            Pledge one = Pledge.builder().id("r1").donor(NATO_FUND).recipient(UKRAINE).category(AidCategory.MILITARY)
                    .instrument(Instrument.GRANT).regrantsPooledFunds(true)
                    .addEvent(PledgeEvent.committed(MAR_1, Amounts.of(5, "USD"), MOFA_JAN_7)).build();
            Pledge two = Pledge.builder().from(one).id("r2").build();
            assertThat(PledgeBook.of(List.of(one, two)).total(Stage.COMMITTED, MAR_1)).hasToString(
                    "committed as of 2024-03-01: [] from 0 pledges; left out 2 re-grants of pooled funds [USD 10]");
        }
    }

    @Nested
    class Entries {

        private final List<TimelineEntry> entries = FoundingArticle.book().chronicle().entries();

        private TimelineEntry entry(EntryKind kind, String id) {
            return entries.stream().filter(e -> e.kind() == kind && e.id().equals(id)).findFirst().orElseThrow();
        }

        @Test
        void entriesOfEqualBooksAreEqualOneByOne() {
            List<TimelineEntry> again = FoundingArticle.book().chronicle().entries();
            assertThat(again).hasSameSizeAs(entries);
            for (int i = 0; i < entries.size(); i++) {
                assertEqualValues(entries.get(i), again.get(i));
            }
        }

        @Test
        void everyEntryDiffersFromEveryOtherOne() {
            for (int i = 0; i < entries.size(); i++) {
                for (int j = 0; j < entries.size(); j++) {
                    if (i != j) {
                        assertThat(entries.get(i).equals(entries.get(j))).as("%s vs %s", entries.get(i),
                                entries.get(j)).isFalse();
                    }
                }
            }
            Set<Integer> hashes = new HashSet<>();
            entries.forEach(e -> hashes.add(e.hashCode()));
            assertThat(hashes).hasSameSizeAs(entries);
        }

        @Test
        void entriesOfTheSameDayKindAndIdFromDifferentEventsAreNotEqual() {
            Pledge twice = pledge("t").addEvent(PledgeEvent.announced(MAR_1, Amounts.of(1, "USD"), MOFA_FEB_19))
                    .addEvent(PledgeEvent.announced(MAR_1, Amounts.of(2, "USD"), MOFA_FEB_19)).build();
            List<TimelineEntry> both = PledgeBook.of(List.of(twice)).chronicle().entries();
            assertThat(both).extracting(e -> e.amount().orElseThrow())
                    .containsExactly(Amounts.of(1, "USD"), Amounts.of(2, "USD"));
            assertDifferentValues(both.get(0), both.get(1));
        }

        @Test
        void aPledgeEventEntryCarriesThePledgeItsEventAndItsParties() {
            TimelineEntry e = entry(EntryKind.ANNOUNCED, "jp-nato-antidrone");
            assertThat(e.date()).isEqualTo(JAN_7);
            assertThat(e.pledge()).contains(ANTI_DRONE);
            assertThat(e.event()).contains(ANTI_DRONE.history().get(0));
            assertThat(e.amount()).contains(Amounts.of(37_000_000, "USD"));
            assertThat(e.parties()).as("donor, channel, recipient").containsExactly(JAPAN, NATO_FUND, UKRAINE);
            assertThat(e.conference()).isEmpty();
            assertThat(e.memorandum()).isEmpty();
            assertThat(e.milestone()).isEmpty();
        }

        @Test
        void aDisbursementWithoutValueHasNoAmountAndNoChannel() {
            TimelineEntry e = entry(EntryKind.DISBURSED, "jp-generators");
            assertThat(e.amount()).isEmpty();
            assertThat(e.parties()).containsExactly(JAPAN, UKRAINE);
            assertThat(e.pledge()).contains(GENERATORS);
        }

        @Test
        void aConferenceEntryCarriesTheConferenceAndItsHosts() {
            TimelineEntry e = entry(EntryKind.CONFERENCE, "jp-ua-erc-2024");
            assertThat(e.date()).isEqualTo(FEB_19);
            assertThat(e.conference()).contains(TOKYO_REPORTED);
            assertThat(e.parties()).containsExactly(JAPAN, UKRAINE);
            assertThat(e.amount()).isEmpty();
            assertThat(e.pledge()).isEmpty();
            assertThat(e.event()).isEmpty();
            assertThat(e.memorandum()).isEmpty();
            assertThat(e.milestone()).isEmpty();
        }

        @Test
        void aMemorandumEntryCarriesTheMemorandumItsValueAndItsSignatories() {
            TimelineEntry grant = entry(EntryKind.MEMORANDUM, "jp-ua-grant-2024-02-19");
            assertThat(grant.memorandum()).contains(GRANT_AGREEMENT);
            assertThat(grant.amount()).contains(Amounts.of(15_800_000_000L, "JPY"));
            assertThat(grant.parties()).containsExactly(JAPAN, UKRAINE);
            assertThat(grant.pledge()).isEmpty();
            assertThat(grant.conference()).isEmpty();
            TimelineEntry energy = entry(EntryKind.MEMORANDUM, "moc-energy");
            assertThat(energy.amount()).isEmpty();
            assertThat(energy.parties()).containsExactly(JICA, UA_ECONOMY);
        }

        @Test
        void aMilestoneEntryCarriesTheMilestoneAndItsParties() {
            TimelineEntry e = entry(EntryKind.MILESTONE, "jp-arms-export-2023");
            assertThat(e.date()).isEqualTo(DEC_22);
            assertThat(e.milestone()).contains(ARMS_EXPORT_RULES);
            assertThat(e.parties()).containsExactly(JAPAN);
            assertThat(e.amount()).isEmpty();
            assertThat(e.pledge()).isEmpty();
            assertThat(e.event()).isEmpty();
            assertThat(e.conference()).isEmpty();
            assertThat(e.memorandum()).isEmpty();
        }

        @Test
        void aCancellationNamesNeitherAmountNorGoods() {
            Pledge goods = pledge("g").inKind(InKind.of("transformers", 10))
                    .addEvent(PledgeEvent.of(MAR_1, Stage.ANNOUNCED, MOFA_FEB_19))
                    .addEvent(PledgeEvent.cancelled(APR_1, MOFA_FEB_19)).build();
            assertThat(PledgeBook.of(List.of(goods)).chronicle().entries()).extracting(Object::toString).containsExactly(
                    "2024-03-01 announced g: Government of Japan -> Ukraine 10 transformers (Ministry of Foreign "
                            + "Affairs of Japan, official)",
                    "2024-04-01 cancelled g: Government of Japan -> Ukraine (Ministry of Foreign Affairs of Japan, "
                            + "official)");
        }

        @Test
        void onlyStageKindsArePledgeEvents() {
            assertThat(java.util.Arrays.stream(EntryKind.values()).filter(EntryKind::isPledgeEvent))
                    .containsExactly(EntryKind.REPORTED, EntryKind.ANNOUNCED, EntryKind.COMMITTED, EntryKind.DISBURSED,
                            EntryKind.CANCELLED);
            for (Stage s : Stage.values()) {
                assertThat(EntryKind.of(s).name()).isEqualTo(s.name());
                assertThat(EntryKind.of(s).label()).isEqualTo(s.label());
            }
            assertThat(EntryKind.MEMORANDUM.label()).isEqualTo("memorandum");
        }
    }

    @Nested
    class Fulfilments {

        private final PledgeBook book = FoundingArticle.book();
        private final AmountConverter yenAt158 = (amount, target, date) -> Amounts.of(
                Amounts.decimal(amount).divide(BigDecimal.valueOf(158)), target);

        @Test
        void fulfilmentsOfTheSameQuestionAreEqual() {
            Fulfilment japan = book.asOf(FEB_20).fulfilment().get(0);
            assertEqualValues(japan, FoundingArticle.book().asOf(FEB_20).fulfilment().get(0));
            assertEqualValues(japan.convertedTo(USD, FEB_19, yenAt158), japan.convertedTo(USD, FEB_19, yenAt158));
        }

        @Test
        void fulfilmentsOfAnotherDateDonorOrConversionAreNotEqual() {
            Fulfilment japan = book.asOf(FEB_20).fulfilment().get(0);
            assertDifferentValues(japan, book.asOf(FEB_15).fulfilment().get(0));
            assertDifferentValues(japan, book.asOf(MAR_1).fulfilment().get(0));
            assertDifferentValues(japan, japan.convertedTo(USD, FEB_19, yenAt158));
            assertDifferentValues(japan.convertedTo(USD, FEB_19, yenAt158), japan.convertedTo(USD, FEB_20, yenAt158));
            Fulfilment jica = book.plus(pledge("jica").donor(JICA)
                    .addEvent(PledgeEvent.announced(FEB_20, Amounts.of(37_000_000, "USD"), MOFA_FEB_19)).build()
                    .withEvent(PledgeEvent.committed(FEB_20, Amounts.of(15_800_000_000L, "JPY"), MOFA_FEB_19)))
                    .asOf(FEB_20).fulfilment(DonorLevel.AS_RECORDED).get(1);
            assertThat(jica.donor()).isEqualTo(JICA);
            assertThat(jica.announced()).isEqualTo(MoneyTotal.of(Amounts.of(37_000_000, "USD")));
            assertThat(japan.equals(jica)).isFalse();
        }

        @Test
        void aFulfilmentGivesEachStageAndItsDate() {
            Fulfilment japan = book.asOf(FEB_20).fulfilment().get(0);
            assertThat(japan.asOf()).isEqualTo(FEB_20);
            assertThat(japan.total(Stage.ANNOUNCED)).isEqualTo(japan.announced()).hasToString(
                    "[JPY 15,800,000,000; USD 37,000,000]");
            assertThat(japan.total(Stage.COMMITTED)).isEqualTo(japan.committed())
                    .hasToString("[JPY 15,800,000,000]");
            assertThat(japan.total(Stage.DISBURSED)).isEqualTo(japan.disbursed()).hasToString("[] + 1 without value");
            assertThat(japan.rateDate()).isEmpty();
        }

        @Test
        void aFulfilmentReadsAsOneLine() {
            Fulfilment japan = book.asOf(FEB_20).fulfilment().get(0);
            assertThat(japan).hasToString("Government of Japan as of 2024-02-20: announced [JPY 15,800,000,000; "
                    + "USD 37,000,000], committed [JPY 15,800,000,000], disbursed [] + 1 without value, outstanding "
                    + "[JPY 15,800,000,000] + 1 without value");
            assertThat(japan.convertedTo(USD, FEB_19, yenAt158)).hasToString("Government of Japan as of 2024-02-20 "
                    + "in USD at rates of 2024-02-19: announced [USD 137,000,000], committed [USD 100,000,000], "
                    + "disbursed [] + 1 without value, outstanding [USD 100,000,000] + 1 without value");
        }

        @Test
        void conversionLeavesAmountsAlreadyInTheTargetCurrencyAsTheyAre() {
            AmountConverter onlyYen = (amount, target, date) -> {
                assertThat(amount.getCurrency()).as("only yen is handed to the converter").isEqualTo(JPY);
                return yenAt158.convert(amount, target, date);
            };
            Fulfilment inDollars = book.asOf(FEB_20).fulfilment().get(0).convertedTo(USD, FEB_19, onlyYen);
            assertThat(inDollars.announced()).isEqualTo(MoneyTotal.of(Amounts.of(137_000_000, "USD")));
        }

        @Test
        void donorsAreListedByNameWhicheverStageTheyFirstAppearAt() {
            Donor aid = Donor.government("at-gov", "Austria", "AT");
            Pledge delivered = Pledge.builder().id("at-goods").donor(aid).recipient(UKRAINE)
                    .category(AidCategory.HUMANITARIAN).instrument(Instrument.IN_KIND)
                    .inKind(InKind.of("blankets", 1000))
                    .addEvent(PledgeEvent.of(FEB_15, Stage.DISBURSED, MOFA_FEB_19)).build();
            List<Fulfilment> rows = book.plus(delivered).asOf(FEB_20).fulfilment();
            assertThat(rows).extracting(Fulfilment::donor).containsExactly(aid, JAPAN);
            assertThat(rows.get(0).announced()).isEqualTo(MoneyTotal.empty());
            assertThat(rows.get(0).committed()).isEqualTo(MoneyTotal.empty());
            assertThat(rows.get(0).disbursed()).hasToString("[] + 1 without value");
            assertThat(rows.get(0).outstanding()).hasToString("[] + 1 without value");
        }
    }

    @Nested
    class States {

        private final Pledge cancelled = pledge("c")
                .addEvent(PledgeEvent.committed(FEB_19, Amounts.of(100, "USD"), MOFA_FEB_19))
                .addEvent(PledgeEvent.disbursed(MAR_1, Amounts.of(40, "USD"), MOFA_FEB_19))
                .addEvent(PledgeEvent.cancelled(APR_1, MOFA_FEB_19)).build();
        private final PledgeBook book = FoundingArticle.book().plus(cancelled);

        @Test
        void statesOfTheSamePledgeAndDateAreEqual() {
            assertEqualValues(book.stateOf("jp-erp3", FEB_20), book.asOf(FEB_20).stateOf("jp-erp3"));
        }

        @Test
        void statesOfAnotherPledgeOrDateAreNotEqual() {
            PledgeState s = book.stateOf("jp-erp3", FEB_20);
            assertDifferentValues(s, book.stateOf("jp-erp3", FEB_19));
            assertDifferentValues(s, book.stateOf("jp-nato-antidrone", FEB_20));
        }

        @Test
        void aStateGivesBackItsPledgeAndDate() {
            PledgeState s = book.stateOf("jp-erp3", FEB_15);
            assertThat(s.pledge()).isEqualTo(RECONSTRUCTION);
            assertThat(s.date()).isEqualTo(FEB_15);
            assertThat(s.events()).containsExactly(RECONSTRUCTION.history().get(0));
            assertThat(s.lastEvent()).contains(RECONSTRUCTION.history().get(0));
            assertThat(book.stateOf("jp-erp3", FEB_10).lastEvent()).isEmpty();
        }

        @Test
        void aPledgeIsCancelledFromItsCancellationDate() {
            assertThat(book.stateOf("c", APR_1.minusDays(1)).isCancelled()).isFalse();
            assertThat(book.stateOf("c", APR_1.minusDays(1)).stage()).contains(Stage.DISBURSED);
            assertThat(book.stateOf("c", APR_1.minusDays(1)))
                    .hasToString("c on 2024-03-31: disbursed, USD 100");
            assertThat(book.stateOf("c", APR_1).isCancelled()).isTrue();
            assertThat(book.stateOf("c", APR_1).stage()).contains(Stage.CANCELLED);
            assertThat(book.stateOf("c", APR_1)).hasToString("c on 2024-04-01: cancelled, USD 40");
        }

        @Test
        void goodsWithoutValueAreNamedUntilCancelled() {
            assertThat(book.stateOf("jp-generators", FEB_20))
                    .hasToString("jp-generators on 2024-02-20: disbursed, 80 electric generators");
            Pledge goods = pledge("g").inKind(InKind.of("transformers", 10))
                    .addEvent(PledgeEvent.of(MAR_1, Stage.ANNOUNCED, MOFA_FEB_19))
                    .addEvent(PledgeEvent.cancelled(APR_1, MOFA_FEB_19)).build();
            PledgeBook withGoods = PledgeBook.of(List.of(goods));
            assertThat(withGoods.stateOf("g", MAR_1)).hasToString("g on 2024-03-01: announced, 10 transformers");
            assertThat(withGoods.stateOf("g", APR_1)).hasToString("g on 2024-04-01: cancelled");
        }
    }

    @Nested
    class Levels {

        private final Donor ministry = Donor.agency("jp-mofa", "Ministry of Foreign Affairs of Japan", JAPAN);
        private final Donor bureau = Donor.agency("jp-mofa-icb", "International Cooperation Bureau", ministry);

        @Test
        void eachDepthRollsUpToTheAncestorAtThatDepth() {
            assertThat(DonorLevel.TOP.of(bureau)).isEqualTo(JAPAN);
            assertThat(DonorLevel.depth(1).of(bureau)).isEqualTo(ministry);
            assertThat(DonorLevel.depth(2).of(bureau)).isEqualTo(bureau);
            assertThat(DonorLevel.depth(3).of(bureau)).isEqualTo(bureau);
            assertThat(DonorLevel.AS_RECORDED.of(bureau)).isEqualTo(bureau);
            assertThat(DonorLevel.depth(1).of(ministry)).isEqualTo(ministry);
            assertThat(DonorLevel.TOP.of(ministry)).isEqualTo(JAPAN);
            assertThat(DonorLevel.depth(1).of(JAPAN)).isEqualTo(JAPAN);
        }

        @Test
        void depthZeroIsTheTopLevel() {
            assertThat(DonorLevel.depth(0)).isSameAs(DonorLevel.TOP);
        }

        @Test
        void levelsAreEqualByDepth() {
            assertEqualValues(DonorLevel.depth(2), DonorLevel.depth(2));
            assertDifferentValues(DonorLevel.depth(2), DonorLevel.depth(3));
            assertDifferentValues(DonorLevel.TOP, DonorLevel.AS_RECORDED);
        }

        @Test
        void levelsSayWhatTheyAre() {
            assertThat(DonorLevel.TOP).hasToString("DonorLevel[top]");
            assertThat(DonorLevel.AS_RECORDED).hasToString("DonorLevel[as recorded]");
            assertThat(DonorLevel.depth(2)).hasToString("DonorLevel[depth 2]");
            assertThat(GroupBy.donor(DonorLevel.depth(1))).hasToString("GroupBy[donor (DonorLevel[depth 1])]");
        }

        @Test
        void groupsRollUpToTheChosenDepth() {
            Pledge byBureau = pledge("icb").donor(bureau)
                    .addEvent(PledgeEvent.announced(MAR_1, Amounts.of(5, "USD"), MOFA_FEB_19)).build();
            PledgeBook book = PledgeBook.of(List.of(ANTI_DRONE, byBureau));
            assertThat(book.asOf(MAR_1).grouped(Stage.ANNOUNCED, GroupBy.donor(DonorLevel.TOP)).groups())
                    .containsOnlyKeys(JAPAN);
            assertThat(book.asOf(MAR_1).grouped(Stage.ANNOUNCED, GroupBy.donor(DonorLevel.depth(1))).groups()
                    .keySet()).containsExactly(JAPAN, ministry);
            assertThat(book.asOf(MAR_1).grouped(Stage.ANNOUNCED, GroupBy.donor(DonorLevel.depth(2))).groups()
                    .keySet()).containsExactly(JAPAN, bureau);
            assertThat(book.asOf(MAR_1).fulfilment(DonorLevel.depth(1))).extracting(Fulfilment::donor)
                    .containsExactly(JAPAN, ministry);
        }
    }

    @Nested
    class Groupings {

        private final PledgeBook book = FoundingArticle.book();

        @Test
        void groupingsAreNamed() {
            assertThat(GroupBy.topLevelDonor().name()).isEqualTo("donor (DonorLevel[top])");
            assertThat(GroupBy.recipient()).hasToString("GroupBy[recipient]");
            assertThat(GroupBy.channel()).hasToString("GroupBy[channel]");
            assertThat(GroupBy.sector()).hasToString("GroupBy[sector]");
            assertThat(GroupBy.category()).hasToString("GroupBy[category]");
            assertThat(GroupBy.instrument()).hasToString("GroupBy[instrument]");
            assertThat(GroupBy.conference()).hasToString("GroupBy[conference]");
            assertThat(GroupBy.of("donor country", p -> List.of(p.donor().country().orElse("-")),
                    Comparator.<String>naturalOrder()).name()).isEqualTo("donor country");
        }

        @Test
        void byInstrumentInTheOrderOfInstruments() {
            Pledge loan = pledge("loan").donor(JICA).instrument(Instrument.LOAN)
                    .addEvent(PledgeEvent.announced(FEB_20, Amounts.of(1_000_000_000L, "JPY"), MOFA_FEB_19)).build();
            Grouped<Instrument> byInstrument = book.plus(loan).asOf(FEB_20).grouped(Stage.ANNOUNCED,
                    GroupBy.instrument());
            assertThat(byInstrument.groups().keySet()).containsExactly(Instrument.GRANT, Instrument.LOAN);
            assertThat(byInstrument.groups().get(Instrument.LOAN).total())
                    .isEqualTo(MoneyTotal.of(Amounts.of(1_000_000_000L, "JPY")));
            assertThat(byInstrument.stage()).isEqualTo(Stage.ANNOUNCED);
            assertThat(book.asOf(FEB_20).grouped(Stage.DISBURSED, GroupBy.instrument()).groups())
                    .containsOnlyKeys(Instrument.IN_KIND);
        }

        @Test
        void byRecipient() {
            Party moldova = Party.of("md", "Moldova", "MD");
            Pledge toMoldova = pledge("md-1").recipient(moldova)
                    .addEvent(PledgeEvent.announced(FEB_20, Amounts.of(5, "USD"), MOFA_FEB_19)).build();
            Grouped<Party> byRecipient = book.plus(toMoldova).asOf(FEB_20).grouped(Stage.ANNOUNCED,
                    GroupBy.recipient());
            assertThat(byRecipient.groups().keySet()).containsExactly(moldova, UKRAINE);
            assertThat(byRecipient.get(moldova).orElseThrow().total()).isEqualTo(MoneyTotal.of(Amounts.of(5, "USD")));
            assertThat(byRecipient.get(UKRAINE).orElseThrow().pledgeCount()).isEqualTo(2);
            assertThat(byRecipient.ungrouped().isEmpty()).isTrue();
        }

        @Test
        void byKeysOfYourOwn() {
            GroupBy<String> byDescription = GroupBy.of("description",
                    p -> p.description().map(List::of).orElse(List.of()), Comparator.naturalOrder());
            Grouped<String> grouped = book.asOf(FEB_20).grouped(Stage.ANNOUNCED, byDescription);
            assertThat(grouped.groups()).containsOnlyKeys("reconstruction: demining and infrastructure");
            assertThat(grouped.ungrouped().total()).isEqualTo(MoneyTotal.of(Amounts.of(37_000_000, "USD")));
            assertThat(grouped.get("nothing")).isEmpty();
        }

        @Test
        void groupedTotalsReadOneLinePerGroupThenTheUngrouped() {
            assertThat(book.asOf(FEB_20).grouped(Stage.ANNOUNCED, GroupBy.category())).hasToString(
                    "FINANCIAL: announced as of 2024-02-20: [JPY 15,800,000,000] from 1 pledge\n"
                            + "MILITARY: announced as of 2024-02-20: [USD 37,000,000] from 1 pledge\n");
            GroupBy<String> natoOnly = GroupBy.of("id",
                    p -> p.id().startsWith("jp-n") ? List.of(p.id()) : List.<String>of(), Comparator.naturalOrder());
            assertThat(book.asOf(FEB_20).grouped(Stage.ANNOUNCED, natoOnly)).hasToString(
                    "jp-nato-antidrone: announced as of 2024-02-20: [USD 37,000,000] from 1 pledge\n"
                            + "(no key): announced as of 2024-02-20: [JPY 15,800,000,000] from 1 pledge\n");
            assertThat(book.asOf(FEB_10).grouped(Stage.COMMITTED, GroupBy.category())).hasToString("");
        }
    }

    @Nested
    class Views {

        private final PledgeBook book = FoundingArticle.book();

        @Test
        void aSnapshotGivesBackItsDateAndNamesItsBook() {
            assertThat(book.asOf(FEB_20).date()).isEqualTo(FEB_20);
            assertThat(book.asOf(FEB_20)).hasToString("Snapshot[2024-02-20 of " + BOOK_TEXT + "]");
        }

        @Test
        void aWindowGivesBackItsRangeAndNamesItsBook() {
            LocalDateRange q1 = LocalDateRange.from(YearQuarter.of(2024, 1));
            assertThat(book.within(q1).range()).isEqualTo(q1);
            assertThat(book.within(q1)).hasToString("Window[2024-01-01..2024-03-31 of " + BOOK_TEXT + "]");
        }

        @Test
        void aSeriesGivesBackItsStage() {
            assertThat(book.monthly(Stage.COMMITTED, YearMonth.of(2024, 1), YearMonth.of(2024, 2)).stage())
                    .isEqualTo(Stage.COMMITTED);
        }

        @Test
        void aConferencePictureGivesBackItsConferenceAndReadsAsAShortReport() {
            ConferencePicture tokyo = book.conferencePicture("jp-ua-erc-2024");
            assertThat(tokyo.conference()).isEqualTo(TOKYO_REPORTED);
            assertThat(tokyo).hasToString("Conference[jp-ua-erc-2024 Japan-Ukraine Conference for Promoting Economic "
                    + "Growth and Reconstruction, Tokyo JP, 2024-02-19]\n"
                    + "pledges: 1\n"
                    + "announced there: [JPY 15,800,000,000]\n"
                    + "committed there: [JPY 15,800,000,000]\n"
                    + "memoranda itemised: 4, value [JPY 15,800,000,000] + 3 without value\n"
                    + "reported: more than 10 memorandums of cooperation expected\n"
                    + "reported: 56 documents of cooperation signed\n"
                    + "participation: about 100 businesses from Japan\n"
                    + "participation: about 100 businesses from Ukraine\n");
        }

        @Test
        void aChronicleNamesItsFilters() {
            Chronicle all = book.chronicle();
            assertThat(all).hasToString("Chronicle[all dates, all donors, all kinds]");
            assertThat(all.within(LocalDateRange.ofClosed(FEB_10, FEB_20)).involving(JAPAN)
                    .ofKinds(EntryKind.ANNOUNCED, EntryKind.REPORTED))
                    .hasToString("Chronicle[2024-02-10..2024-02-20, involving jp-gov, [REPORTED, ANNOUNCED]]");
            assertThat(all.ofKinds(EntryKind.values())).hasToString("Chronicle[all dates, all donors, all kinds]");
        }

        @Test
        void aChronicleStreamsItsEntriesInOrder() {
            Chronicle all = book.chronicle();
            assertThat(all.stream()).containsExactlyElementsOf(all.entries());
            assertThat(all.stream().count()).isEqualTo(11);
        }

        @Test
        void aMemorandumFormalisingADonorsPledgeInvolvesTheDonorEvenIfItDidNotSign() {
            Party ministry = Party.of("ua-minfin", "Ministry of Finance of Ukraine", "UA");
            io.github.pledgebook.Memorandum implementation = io.github.pledgebook.Memorandum.builder()
                    .id("ua-implementation").title("Implementation agreement").addParties(ministry, UKRAINE)
                    .signedOn(MAR_1).pledgeId("jp-erp3").build();
            io.github.pledgebook.Memorandum unrelated = io.github.pledgebook.Memorandum.builder()
                    .id("ua-other").title("Other agreement").addParties(ministry, UKRAINE).signedOn(MAR_1).build();
            PledgeBook more = book.plus(implementation).plus(unrelated);
            assertThat(more.chronicle().involving(JAPAN).ofKinds(EntryKind.MEMORANDUM).entries())
                    .extracting(TimelineEntry::id)
                    .as("Japan's own, its agency's, and the one formalising its pledge; not the unrelated one")
                    .containsExactly("jp-ua-grant-2024-02-19", "moc-agriculture", "moc-energy", "moc-infrastructure",
                            "ua-implementation");
            assertThat(more.chronicle().involving(JICA).ofKinds(EntryKind.MEMORANDUM).entries())
                    .extracting(TimelineEntry::id)
                    .containsExactly("moc-agriculture", "moc-energy", "moc-infrastructure");
        }
    }
}
