package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.FEB_19;
import static io.github.pledgebook.JapanUkraine2024.MOFA_FEB_19;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The builder's defaults: known on the event's date and revising its stage, unless told otherwise. */
class PledgeEventBuilderTest {

    @Test
    void anEventIsKnownOnItsDateUnlessAKnownOnDateIsSet() {
        PledgeEvent.Builder b = PledgeEvent.builder().stage(Stage.ANNOUNCED).source(MOFA_FEB_19)
                .amount(Amounts.of(5, "USD")).date(FEB_19);
        PledgeEvent first = b.build();
        assertThat(first.knownOn()).isEqualTo(FEB_19);
        assertThat(first.addsToStage()).isFalse();
        // the same builder with a later date: known on that date, not on the first one
        LocalDate later = FEB_19.plusDays(3);
        assertThat(b.date(later).build().knownOn()).isEqualTo(later);
        assertThat(b.knownOn(later.plusDays(1)).build().knownOn()).isEqualTo(later.plusDays(1));
        // a copy keeps the known-on date it copied
        PledgeEvent learnedLater = first.withKnownOn(later);
        assertThat(PledgeEvent.builder().from(learnedLater).note("copied").build().knownOn()).isEqualTo(later);
    }

    @Test
    void withoutADateTheErrorNamesTheDateNotTheKnownOnDate() {
        assertThatThrownBy(() -> PledgeEvent.builder().stage(Stage.ANNOUNCED).source(MOFA_FEB_19).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("event date");
    }
}
