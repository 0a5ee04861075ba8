package io.github.pledgebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void onlyAReportIsUnofficial() {
        assertThat(Stage.REPORTED.isOfficial()).isFalse();
        assertThat(Stage.ANNOUNCED.isOfficial()).isTrue();
        assertThat(Stage.COMMITTED.isOfficial()).isTrue();
        assertThat(Stage.DISBURSED.isOfficial()).isTrue();
        assertThat(Stage.CANCELLED.isOfficial()).isTrue();
    }

    @Test
    void stagesAreOrderedFromReportToDisbursementAndCancellationIsBeyondAll() {
        assertThat(Stage.COMMITTED.isAtLeast(Stage.ANNOUNCED)).isTrue();
        assertThat(Stage.COMMITTED.isAtLeast(Stage.COMMITTED)).as("a stage is at least itself").isTrue();
        assertThat(Stage.ANNOUNCED.isAtLeast(Stage.COMMITTED)).isFalse();
        assertThat(Stage.REPORTED.isAtLeast(Stage.ANNOUNCED)).isFalse();
        for (Stage s : Stage.values()) {
            assertThat(Stage.CANCELLED.isAtLeast(s)).isTrue();
            assertThat(s.isAtLeast(Stage.REPORTED)).isTrue();
        }
        assertThatThrownBy(() -> Stage.REPORTED.isAtLeast(null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("stage is required, was null");
    }

    @Test
    void labelsAreLowerCaseWordsAsUsedInText() {
        assertThat(Stage.DISBURSED.label()).isEqualTo("disbursed");
        assertThat(AidCategory.HUMANITARIAN.label()).isEqualTo("humanitarian");
        assertThat(Instrument.IN_KIND.label()).isEqualTo("in kind");
        assertThat(DonorKind.GOVERNMENT_AGENCY.label()).isEqualTo("government agency");
        assertThat(SourceKind.UNNAMED_SOURCES.label()).isEqualTo("unnamed sources");
    }
}
