package io.github.pledgebook.timeline;

import static io.github.pledgebook.JapanUkraine2024.*;
import static io.github.pledgebook.timeline.FoundingArticle.GENERATORS;
import static io.github.pledgebook.timeline.FoundingArticle.TOKYO_REPORTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Conference;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/** Every collection the timeline returns is unmodifiable, and every collection it is given is copied. */
class TimelineImmutabilityTest {

    private static final LocalDateRange Q1 = LocalDateRange.from(YearQuarter.of(2024, 1));

    private static void refused(ThrowingCallable mutation) {
        assertThatThrownBy(mutation).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyReturnedCollectionIsUnmodifiable() {
        PledgeBook book = FoundingArticle.book();
        refused(() -> book.pledges().add(ANTI_DRONE));
        refused(() -> book.conferences().clear());
        refused(() -> book.memoranda().remove(0));
        refused(() -> book.milestones().add(ARMS_EXPORT_RULES));
        refused(() -> book.asKnownOn(FEB_20).pledges().clear());
        refused(() -> book.asOf(FEB_20).fulfilment().clear());
        refused(() -> book.asOf(FEB_20).grouped(Stage.ANNOUNCED, GroupBy.sector()).groups().clear());
        refused(() -> book.within(Q1).grouped(Stage.ANNOUNCED, GroupBy.channel()).groups()
                .put(UKRAINE, null));
        Series<YearMonth> series = book.monthly(Stage.ANNOUNCED, YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        refused(() -> series.rows().clear());
        refused(() -> series.toMap().clear());
        refused(() -> book.chronicle().entries().clear());
        refused(() -> book.chronicle().entries().get(0).parties().clear());
        refused(() -> book.chronicle().ofKinds(EntryKind.ANNOUNCED).entries().get(0).parties().add(JICA));
        refused(() -> book.chronicle().ofKinds(EntryKind.CONFERENCE).entries().get(0).parties().add(JICA));
        refused(() -> book.stateOf("jp-erp3", FEB_20).events().clear());
        ConferencePicture tokyo = book.conferencePicture("jp-ua-erc-2024");
        refused(() -> tokyo.pledges().clear());
        refused(() -> tokyo.memoranda().clear());
        refused(() -> tokyo.reportedCounts().clear());
        refused(() -> tokyo.participation().clear());
    }

    @Test
    void changingTheCallersCollectionsAfterBuildingChangesNothing() {
        List<Pledge> pledges = new ArrayList<>(List.of(GENERATORS, ANTI_DRONE, RECONSTRUCTION));
        List<Conference> conferences = new ArrayList<>(List.of(TOKYO_REPORTED));
        List<Memorandum> memoranda = new ArrayList<>(List.of(GRANT_AGREEMENT));
        List<Milestone> milestones = new ArrayList<>(List.of(ARMS_EXPORT_RULES));
        PledgeBook book = PledgeBook.of(pledges, conferences, memoranda, milestones);
        pledges.clear();
        conferences.add(TOKYO);
        memoranda.clear();
        milestones.clear();
        assertThat(book.pledges()).containsExactly(GENERATORS, ANTI_DRONE, RECONSTRUCTION);
        assertThat(book.conferences()).containsExactly(TOKYO_REPORTED);
        assertThat(book.memoranda()).containsExactly(GRANT_AGREEMENT);
        assertThat(book.milestones()).containsExactly(ARMS_EXPORT_RULES);
        assertThat(book.pledge("jp-erp3")).contains(RECONSTRUCTION);
        assertThat(book.asOf(FEB_20).committed().pledgeCount()).isEqualTo(1);
    }

    @Test
    void changingTheCallersArrayAfterAddingChangesNothing() {
        Pledge[] pledges = {ANTI_DRONE};
        PledgeBook.Builder builder = PledgeBook.builder().addPledges(pledges);
        pledges[0] = GENERATORS;
        assertThat(builder.build().pledges()).containsExactly(ANTI_DRONE);
    }

    @Test
    void aBuilderUsedAgainLeavesTheBooksItBuiltAlone() {
        PledgeBook.Builder builder = PledgeBook.builder().addPledges(ANTI_DRONE);
        PledgeBook first = builder.build();
        PledgeBook second = builder.addPledges(GENERATORS).build();
        assertThat(first.pledges()).containsExactly(ANTI_DRONE);
        assertThat(first.asOf(FEB_20).disbursed().isEmpty()).isTrue();
        assertThat(second.pledges()).containsExactly(ANTI_DRONE, GENERATORS);
        assertThat(second.asOf(FEB_20).disbursed().pledgeCount()).isEqualTo(1);
    }

    @Test
    void aBuilderFromABookLeavesTheBookAlone() {
        PledgeBook book = FoundingArticle.book();
        PledgeBook.Builder builder = book.toBuilder();
        builder.addMilestones(Milestone.of("later", FEB_20, "Something later", MOFA_FEB_19, JAPAN));
        assertThat(builder.build().milestones()).hasSize(2);
        assertThat(book.milestones()).containsExactly(ARMS_EXPORT_RULES);
        assertThat(book).isEqualTo(FoundingArticle.BOOK);
    }
}
