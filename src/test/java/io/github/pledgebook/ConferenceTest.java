package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class ConferenceTest {

    private static Conference.Builder tokyo() {
        return Conference.builder().id("jp-ua-erc-2024")
                .name("Japan-Ukraine Conference for Promoting Economic Growth and Reconstruction")
                .city("Tokyo").country("JP");
    }

    @Test
    void aOneDayConferenceLastsExactlyOneDay() {
        Conference closed = tokyo().dates(LocalDateRange.ofClosed(FEB_19, FEB_19)).build();
        Conference day = tokyo().day(FEB_19).build();
        assertThat(closed).isEqualTo(day);
        assertThat(day.startDate()).isEqualTo(FEB_19);
        assertThat(day.lastDay()).isEqualTo(FEB_19);
        assertThat(day.dates().lengthInDays()).isEqualTo(1);
        assertThat(day.dates().contains(FEB_19)).isTrue();
        assertThat(day.dates().contains(FEB_20)).isFalse();
        assertThat(day).hasToString("Conference[jp-ua-erc-2024 Japan-Ukraine Conference for Promoting Economic "
                + "Growth and Reconstruction, Tokyo JP, 2024-02-19]");
    }

    @Test
    void aSeveralDayConferenceIncludesItsLastDay() {
        Conference twoDays = tokyo().days(FEB_19, FEB_20).build();
        assertThat(twoDays.lastDay()).isEqualTo(FEB_20);
        assertThat(twoDays.dates().lengthInDays()).isEqualTo(2);
        assertThat(twoDays.toString()).endsWith(", Tokyo JP, 2024-02-19..2024-02-20]");
    }

    @Test
    void isKnownAsMatchesTheNameOrAnyAliasIgnoringCase() {
        assertThat(TOKYO.isKnownAs("Japan-Ukraine economic reconstruction conference")).isTrue();
        assertThat(TOKYO.isKnownAs("JAPAN-UKRAINE ECONOMIC RECONSTRUCTION CONFERENCE")).isTrue();
        assertThat(TOKYO.isKnownAs(TOKYO.name())).isTrue();
        assertThat(TOKYO.isKnownAs("Ukraine Recovery Conference")).isFalse();
    }

    @Test
    void participationFiguresReadAsTheyWereReported() {
        assertThat(TOKYO.participation()).extracting(Figure::toString)
                .containsExactly("about 100 businesses from Japan", "about 100 businesses from Ukraine");
        assertThat(TOKYO.participation().get(0).precision()).isEqualTo(Figure.Precision.ABOUT);
        assertThat(TOKYO.participation().get(0).source()).contains(KYODO);
        assertThat(TOKYO.hosts()).containsExactly(JAPAN, UKRAINE);
        assertThat(TOKYO.themes()).containsExactly(Sector.ENERGY, Sector.AGRICULTURE, Sector.INFRASTRUCTURE);
    }

    @Test
    void reportedCountsAreKeptApartFromTheMemorandaItemised() {
        Conference later = Conference.builder().from(TOKYO)
                .addReportedCounts(Figure.exactly(56, "documents signed"))
                .build();
        assertThat(later.reportedCounts()).extracting(Figure::toString)
                .containsExactly("more than 10 memorandums of cooperation expected", "56 documents signed");
        // one memorandum itemised; the conference still reports 56 without pretending to know them all
        assertThat(GRANT_AGREEMENT.conferenceId()).contains(later.id());
        assertThat(later.reportedCounts().get(1).count()).isEqualTo(56);
        assertThat(later).isNotEqualTo(TOKYO);
    }

    @Test
    void aHostListedTwiceIsRejected() {
        assertThatThrownBy(() -> tokyo().day(FEB_19).addHosts(JAPAN, UKRAINE, JAPAN).build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("conference jp-ua-erc-2024: hosts list jp-gov twice");
    }

    @Test
    void conferenceDatesMustBeBounded() {
        assertThatThrownBy(() -> tokyo().dates(LocalDateRange.of(FEB_19, LocalDate.MAX)).build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("conference jp-ua-erc-2024: dates must be bounded: its last day must be before +999999999-12-30 (a "
                        + "LocalDateRange ending at LocalDate.MAX has no end), was 2024-02-19/+999999999-12-31");
    }
}
