package io.github.pledgebook.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.sample.JapanUkraine2024;
import io.github.pledgebook.timeline.PledgeBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The seed story's three charts, as docs/img shows them. The committed SVGs must be what the code draws today; run
 * {@code src/test/render-charts.sh} (which sets {@code -Dcharts.update=true}) to rewrite them and render PNGs.
 */
class SeedChartsTest {

    static final Path DOCS = Path.of("docs", "img");

    /** The three charts of the seed story, by file name. */
    static Map<String, String> charts() {
        PledgeBook book = JapanUkraine2024.book();
        MoneyView usd = MoneyView.convertedTo("USD", JapanUkraine2024.FEB_19, JapanUkraine2024.rates());
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("japan-ukraine-2024-timeline.svg",
                Charts.timeline("Japan and Ukraine, December 2023 to February 2024", book));
        charts.put("japan-ukraine-2024-stages.svg",
                Charts.stagesByDonor("Japan's pledges to Ukraine by stage", book.asOf(LocalDate.of(2024, 2, 20)), usd));
        charts.put("japan-ukraine-2024-cumulative.svg", Charts.cumulative("Japan to Ukraine, cumulative per stage",
                book, LocalDateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1)), usd));
        return charts;
    }

    @Test
    void docsShowWhatTheCodeDrawsToday() throws IOException {
        boolean update = Boolean.getBoolean("charts.update");
        for (Map.Entry<String, String> chart : charts().entrySet()) {
            Path file = DOCS.resolve(chart.getKey());
            if (update) {
                Files.createDirectories(DOCS);
                Files.writeString(file, chart.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(file).as("%s: run src/test/render-charts.sh to draw it again", file).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s is out of date: run src/test/render-charts.sh", file).isEqualTo(chart.getValue());
        }
    }
}
