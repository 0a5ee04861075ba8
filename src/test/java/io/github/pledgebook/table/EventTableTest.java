package io.github.pledgebook.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.JapanUkraine2024;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.timeline.PledgeBook;
import io.github.pledgebook.timeline.RandomBooks;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EventTableTest {

    static final PledgeBook JAPAN_UKRAINE = PledgeBook.of(
            List.of(JapanUkraine2024.RECONSTRUCTION, JapanUkraine2024.ANTI_DRONE),
            List.of(JapanUkraine2024.TOKYO), List.of(JapanUkraine2024.GRANT_AGREEMENT),
            List.of(JapanUkraine2024.ARMS_EXPORT_RULES));

    private static PledgeBook roundTrip(PledgeBook book) {
        String csv = EventTable.toCsv(book);
        TableReading back = EventTable.read(new StringReader(csv));
        assertThat(back.problems()).as("problems reading%n%s", csv).isEmpty();
        return back.completeBook();
    }

    @Test
    void japanUkraineRecordRoundTrips() {
        PledgeBook back = roundTrip(JAPAN_UKRAINE);
        assertThat(back).isEqualTo(JAPAN_UKRAINE);
        assertThat(back.pledges()).containsExactlyElementsOf(JAPAN_UKRAINE.pledges());
        assertThat(back.conferences().get(0).participation()).isEqualTo(JapanUkraine2024.TOKYO.participation());
        assertThat(back.pledge("jp-nato-antidrone").orElseThrow().channel().orElseThrow())
                .isEqualTo(JapanUkraine2024.NATO_FUND);
    }

    @Test
    void japanUkraineCsvIsTheOneInTheDocs() {
        String csv = EventTable.toCsv(JAPAN_UKRAINE);
        assertThat(csv).startsWith("record,id,stage,date,amount,currency,known_on,")
                .contains("event,jp-erp3,reported,2024-02-11,106000000,USD,,2024-02-19,,,jp-gov,Government of Japan,"
                        + "government,JP,,ua,Ukraine,,,financial,grant,reconstruction;mine-action;infrastructure,"
                        + "reconstruction: demining and infrastructure,jp-ua-erc-2024,,,,,,,Kyodo News,"
                        + "unnamed sources,2024-02-11,,\"citing unnamed sources, as reported by the Kyiv Independent\"")
                .contains("event,jp-erp3,announced,2024-02-19,15800000000,JPY,")
                .contains("party,nato-capp,")
                .contains("sector,anti-drone,")
                .contains("\r\n");
    }

    @Property(tries = 1000)
    void everyFieldOfARandomBookRoundTrips(@ForAll long seed) {
        PledgeBook book = RandomRecords.book(seed);
        PledgeBook back = roundTrip(book);
        assertThat(back).isEqualTo(book);
        // equality of sectors is by code: names and DAC codes must survive too
        for (int i = 0; i < book.pledges().size(); i++) {
            Pledge a = book.pledges().get(i);
            Pledge b = back.pledges().get(i);
            for (int s = 0; s < a.sectors().size(); s++) {
                assertThat(b.sectors().get(s).name()).isEqualTo(a.sectors().get(s).name());
                assertThat(b.sectors().get(s).dacPurposeCode()).isEqualTo(a.sectors().get(s).dacPurposeCode());
            }
        }
    }

    @Property(tries = 1000)
    void randomBooksOfTheTimelineTestsRoundTrip(@ForAll long seed) {
        PledgeBook book = RandomBooks.book(seed, 20);
        assertThat(roundTrip(book)).isEqualTo(book);
    }

    @Test
    void amountsAreWrittenExactlyWithoutExponent() {
        PledgeBook book = PledgeBook.of(List.of(Pledge.builder().from(JapanUkraine2024.ANTI_DRONE)
                .history(List.of(
                        PledgeEvent.announced(JapanUkraine2024.JAN_7, Amounts.of(new BigDecimal("0.1"), "USD"),
                                JapanUkraine2024.MOFA_JAN_7),
                        PledgeEvent.announced(JapanUkraine2024.FEB_19, Amounts.of(new BigDecimal("1E+25"), "USD"),
                                JapanUkraine2024.MOFA_FEB_19),
                        PledgeEvent.committed(JapanUkraine2024.FEB_19,
                                Amounts.of(new BigDecimal("37000000.123456789"), "USD"), JapanUkraine2024.MOFA_FEB_19)))
                .build()));
        String csv = EventTable.toCsv(book);
        assertThat(csv).contains(",0.10,USD,").contains(",10000000000000000000000000,USD,")
                .contains(",37000000.123456789,USD,").doesNotContain("E+");
        assertThat(roundTrip(book)).isEqualTo(book);
    }
}
