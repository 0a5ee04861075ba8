package io.github.pledgebook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The readers' day cache: one object per day, null for no such day, right dates however many days it holds. */
class DaysTest {

    @Test
    void theSameDayIsTheSameObject() {
        Days days = new Days();
        LocalDate first = days.of(2024, 2, 19);
        assertThat(first).isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(days.of(2024, 2, 19)).isSameAs(first);
        assertThat(days.of(2024, 2, 20)).isEqualTo(LocalDate.of(2024, 2, 20)).isNotSameAs(first);
    }

    @Test
    void noSuchDayIsNull() {
        Days days = new Days();
        assertThat(days.of(2023, 2, 29)).isNull();
        assertThat(days.of(2024, 2, 30)).isNull();
        assertThat(days.of(2024, 13, 1)).isNull();
        assertThat(days.of(2024, 0, 1)).isNull();
        assertThat(days.of(2024, 1, 0)).isNull();
        assertThat(days.of(2024, 1, 32)).isNull();
        assertThat(days.of(10_000, 1, 1)).isNull();
        assertThat(days.of(-1, 1, 1)).isNull();
        assertThat(days.of(0, 1, 1)).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(days.of(2024, 2, 29)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void everyDayOfTwoCenturiesComesBackRightAlsoWhenTheTableIsFull() {
        Days days = new Days();
        for (int round = 0; round < 2; round++) {
            for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2100; d = d.plusDays(1)) {
                assertThat(days.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(d);
            }
        }
    }

    @Test
    void appendIsoWritesWhatLocalDateToStringWrites() {
        for (LocalDate d = LocalDate.of(1999, 12, 1); d.getYear() < 2001; d = d.plusDays(1)) {
            assertThat(Days.appendIso(new StringBuilder("on "), d).toString()).isEqualTo("on " + d);
        }
        for (LocalDate d : new LocalDate[] {LocalDate.of(999, 1, 9), LocalDate.of(1000, 10, 10),
                LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(0, 1, 1), LocalDate.of(-5, 3, 4),
                LocalDate.MIN, LocalDate.MAX}) {
            assertThat(Days.appendIso(new StringBuilder(), d).toString()).isEqualTo(d.toString());
        }
    }
}
