package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MilestoneTest {

    @Test
    void aPolicyChangeIsADatedEventWithoutMoney() {
        assertThat(ARMS_EXPORT_RULES.date()).isEqualTo(DEC_22);
        assertThat(ARMS_EXPORT_RULES.parties()).containsExactly(JAPAN);
        assertThat(ARMS_EXPORT_RULES.source()).isEqualTo(MOFA_DEC_22);
        assertThat(ARMS_EXPORT_RULES.description()).isEmpty();
        assertThat(ARMS_EXPORT_RULES).hasToString("Milestone[jp-arms-export-2023 2023-12-22 Japan revises its "
                + "arms-export rules and will send Patriot missiles to the US]");
    }

    @Test
    void aMilestoneMayNameSeveralPartiesAndADescription() {
        Milestone visit = Milestone.builder().id("visit").date(FEB_19).title("Prime ministers meet in Tokyo")
                .source(MOFA_FEB_19).addParties(JAPAN, UKRAINE).description("ahead of the conference").build();
        assertThat(visit.parties()).containsExactly(JAPAN, UKRAINE);
        assertThat(visit.description()).contains("ahead of the conference");
        assertThat(visit).isEqualTo(Milestone.builder().from(visit).build());
    }
}
