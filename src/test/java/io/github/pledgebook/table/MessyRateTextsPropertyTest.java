package io.github.pledgebook.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.money.RateTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Rate files a caller hands over as text, broken a few characters at a time: the ECB's and FRED's CSV files and
 * pledgebook's own rate lines. Whatever the damage, a reader either reads the text or refuses it with an
 * {@link IllegalArgumentException} saying what and where, never another exception from deep inside (a date, number
 * or index error).
 */
class MessyRateTextsPropertyTest {

    /** Characters damaged text is made of: digits, separators, signs, letters, spaces and line breaks. */
    private static final String DAMAGE = "0123456789.,-+/:;eE ENAXUSDJPY\"\t\n\r\u00a0\u2212";

    private static final String LINES = """
            EUR/JPY 161.59 2024-02-19 ECB
            EUR/USD 1.0776 2024-02-19 ECB
            USD/JPY 150.18 2024-02-16 Fed H.10
            GBP/USD 1.2601 2024-02-16 BoE
            """;

    @Property
    void ecbFilesAreReadOrRefusedWithAReason(@ForAll long seed) throws IOException {
        check(damaged(ecbSample(), new Random(seed)), RateCsv::ecb);
    }

    @Property
    void fredFilesAreReadOrRefusedWithAReason(@ForAll long seed) {
        check(damaged(RateCsvTest.FRED, new Random(seed)), RateCsv::fred);
    }

    @Property
    void rateLinesAreReadOrRefusedWithAReason(@ForAll long seed) {
        check(damaged(LINES, new Random(seed)), RateTable::parse);
    }

    private static void check(String text, Function<String, RateTable> reader) {
        RateTable table;
        try {
            table = reader.apply(text);
        } catch (IllegalArgumentException e) {
            Statistics.collect("refused");
            assertThat(e.getMessage()).as("message of %s", e).isNotBlank();
            return;
        }
        Statistics.collect("read");
        assertThat(table.currencies()).allSatisfy(c -> assertThat(c.getCurrencyCode()).matches("[A-Z]{3}"));
        assertThat(table.toString()).isNotBlank();
    }

    /** The text with one to six characters replaced, inserted or deleted. */
    private static String damaged(String text, Random r) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(6);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = r.nextInt(sb.length());
            char c = DAMAGE.charAt(r.nextInt(DAMAGE.length()));
            switch (r.nextInt(3)) {
                case 0 -> sb.setCharAt(at, c);
                case 1 -> sb.insert(at, c);
                default -> sb.deleteCharAt(at);
            }
        }
        return sb.toString();
    }

    private static String ecbSample() throws IOException {
        try (InputStream in = RateCsvTest.class.getResourceAsStream("ecb-rates-sample.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
