package example.classpath;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Donor;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Source;
import io.github.pledgebook.fts.FtsReader;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/** Builds Japan's February 2024 reconstruction pledge and prints it, with where everything runs from. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LocalDate feb19 = LocalDate.of(2024, 2, 19);
        Donor japan = Donor.government("jp-gov", "Government of Japan", "JP");
        Party ukraine = Party.of("ua", "Ukraine", "UA");
        MonetaryAmount yen = Amounts.of(15_800_000_000L, "JPY");
        Pledge pledge = Pledge.builder()
                .id("jp-erp3").donor(japan).recipient(ukraine)
                .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
                .addEvent(PledgeEvent.announced(feb19, yen, Source.official("Ministry of Foreign Affairs of Japan", feb19)))
                .build();

        System.out.println(pledge);
        System.out.println("consumer runs in " + where(Main.class));
        System.out.println("pledgebook runs in " + where(Pledge.class));
        System.out.println("amounts are " + yen.getClass().getName() + " from " + where(yen.getClass()));
        // the JSON parser is an optional dependency this consumer does not add: FTS reading says so, the rest works
        System.out.println("FTS parser available: " + FtsReader.isAvailable());
        try {
            FtsReader.read("{}");
            System.out.println("FTS read without a parser");
        } catch (IllegalStateException e) {
            System.out.println("without the JSON parser: " + e.getMessage());
        }
        // the sample book and a chart, with no AssertJ on the class path (pledgebook declares it optional)
        io.github.pledgebook.timeline.PledgeBook book = io.github.pledgebook.sample.JapanUkraine2024.book();
        String svg = io.github.pledgebook.chart.Charts.stagesByDonor("Japan", book.asOf(LocalDate.of(2024, 2, 20)),
                io.github.pledgebook.chart.MoneyView.asStated());
        System.out.println("sample " + book + ", chart with " + svg.split("class=\"bar\"").length
                + " parts");
        boolean assertj;
        try {
            Class.forName("org.assertj.core.api.AbstractAssert");
            assertj = true;
        } catch (ClassNotFoundException e) {
            assertj = false;
        }
        System.out.println("assertj on the class path: " + assertj);
    }

    private static String where(Class<?> type) {
        Module module = type.getModule();
        return module.isNamed() ? "module " + module.getName() : "the unnamed module";
    }
}
