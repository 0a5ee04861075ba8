package io.github.pledgebook.sample;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.Figure;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Source;
import io.github.pledgebook.SourceKind;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.RateTable;
import io.github.pledgebook.timeline.PledgeBook;
import java.time.LocalDate;

/**
 * The founding story as a ready book: Japan's pledges to Ukraine from December 2023 to February 2024, as told by the
 * Kyiv Independent on 11 Feb 2024 ("Media: Japan to pledge $106 million for Ukraine's reconstruction", citing Kyodo
 * News), with the facts the project's notes add.
 * <p>
 * So that a newcomer can query in one line and a test need not rebuild the story by hand:
 * <pre>{@code
 * PledgeBook book = JapanUkraine2024.book();
 * book.asOf(LocalDate.of(2024, 2, 20)).announced();
 * // announced as of 2024-02-20: [JPY 15,800,000,000; USD 37,000,000] from 2 pledges
 * book.stateOf("jp-erp3", LocalDate.of(2024, 2, 15));   // jp-erp3 on 2024-02-15: reported, USD 106,000,000
 * }</pre>
 * What the book holds, each with its source:
 * <ul>
 * <li>22 Dec 2023, {@link #ARMS_EXPORT_RULES}: Japan revises its arms-export rules and will send Patriot missiles to
 * the US (Ministry of Foreign Affairs of Japan, as quoted by the article). No money value.</li>
 * <li>7 Jan 2024, {@link #ANTI_DRONE}: Foreign Minister Kamikawa in Kyiv pledges USD 37 million to NATO's trust
 * fund for anti-drone equipment for Ukraine (the fund is the channel, Ukraine the recipient).</li>
 * <li>7 Jan 2024, {@link #GENERATORS}: 80 electric generators handed over the day they were announced, one
 * disbursement without money value (the project's design notes, not the article).</li>
 * <li>11 Feb 2024, {@link #RECONSTRUCTION}: Kyodo, citing unnamed sources, reports USD 106 million for
 * reconstruction, demining and infrastructure, the decision expected on 19 Feb; on 19 Feb the government announces
 * it and signs the grant agreement in yen, JPY 15.8 billion (the project's notes: the dollar figure was the press's
 * conversion).</li>
 * <li>19 Feb 2024, {@link #TOKYO}: the Japan-Ukraine Conference for Promoting Economic Growth and Reconstruction,
 * about 100 businesses each from Japan and Ukraine, more than 10 memorandums of cooperation expected (Kyodo), and
 * the {@link #GRANT_AGREEMENT} signed there.</li>
 * </ul>
 * {@link #rates()} holds the euro reference rates of 16 and 19 Feb 2024 that the project's notebook states, for
 * converting the story's yen and dollars. Every value here is immutable; {@link #book()} returns the same book each
 * time.
 */
public final class JapanUkraine2024 {

    /** 22 Dec 2023: the arms-export rule change. */
    public static final LocalDate DEC_22 = LocalDate.of(2023, 12, 22);
    /** 7 Jan 2024: the foreign minister in Kyiv; the anti-drone pledge and the generators. */
    public static final LocalDate JAN_7 = LocalDate.of(2024, 1, 7);
    /** 11 Feb 2024: Kyodo's report of the reconstruction pledge. */
    public static final LocalDate FEB_11 = LocalDate.of(2024, 2, 11);
    /** 19 Feb 2024: the Tokyo conference, the announcement and the grant agreement. */
    public static final LocalDate FEB_19 = LocalDate.of(2024, 2, 19);

    /** The Government of Japan, the donor. */
    public static final Donor JAPAN = Donor.government("jp-gov", "Government of Japan", "JP");
    /** Japan's foreign ministry, an agency of the government. */
    public static final Donor MOFA = Donor.agency("jp-mofa", "Ministry of Foreign Affairs of Japan", JAPAN);
    /** Ukraine, the recipient. */
    public static final Party UKRAINE = Party.of("ua", "Ukraine", "UA");
    /** NATO's Comprehensive Assistance Package trust fund, the channel of the anti-drone money. */
    public static final Donor NATO_FUND =
            Donor.of("nato-capp", "NATO Comprehensive Assistance Package Trust Fund", DonorKind.TRUST_FUND);

    /** Kyodo News of 11 Feb 2024, citing unnamed sources, as reported by the Kyiv Independent. */
    public static final Source KYODO = Source.builder().publisher("Kyodo News").kind(SourceKind.UNNAMED_SOURCES)
            .date(FEB_11).note("citing unnamed sources, as reported by the Kyiv Independent").build();
    /** Japan's foreign ministry on 22 Dec 2023 (quoted by the article). */
    public static final Source MOFA_DEC_22 = Source.official("Ministry of Foreign Affairs of Japan", DEC_22);
    /** Japan's foreign ministry on 7 Jan 2024 (the minister's visit to Kyiv, quoted by the article). */
    public static final Source MOFA_JAN_7 = Source.official("Ministry of Foreign Affairs of Japan", JAN_7);
    /** Japan's foreign ministry on 19 Feb 2024: the announcement and the grant agreement (the project's notes). */
    public static final Source MOFA_FEB_19 = Source.official("Ministry of Foreign Affairs of Japan", FEB_19);

    /** 22 Dec 2023: Japan revises its arms-export rules and will send Patriot missiles to the US. */
    public static final Milestone ARMS_EXPORT_RULES = Milestone.of("jp-arms-export-2023", DEC_22,
            "Japan revises its arms-export rules and will send Patriot missiles to the US", MOFA_DEC_22, JAPAN);

    /** USD 37 million to Ukraine through NATO's trust fund for anti-drone equipment, announced on 7 Jan 2024. */
    public static final Pledge ANTI_DRONE = Pledge.builder()
            .id("jp-nato-antidrone").donor(JAPAN).recipient(UKRAINE).channel(NATO_FUND)
            .category(AidCategory.MILITARY).instrument(Instrument.GRANT)
            .addSectors(Sector.of("anti-drone", "Anti-drone equipment"))
            .addEvent(PledgeEvent.announced(JAN_7, Amounts.of(37_000_000, "USD"), MOFA_JAN_7))
            .build();

    /** 80 electric generators handed over on 7 Jan 2024: one disbursement without money value. */
    public static final Pledge GENERATORS = Pledge.builder()
            .id("jp-generators").donor(JAPAN).recipient(UKRAINE)
            .category(AidCategory.HUMANITARIAN).instrument(Instrument.IN_KIND)
            .addSectors(Sector.ENERGY)
            .inKind(InKind.of("electric generators", 80))
            .addEvent(PledgeEvent.of(JAN_7, Stage.DISBURSED, MOFA_JAN_7))
            .build();

    /** Reported at USD 106 million on 11 Feb 2024, announced and signed at JPY 15.8 billion on 19 Feb. */
    public static final Pledge RECONSTRUCTION = Pledge.builder()
            .id("jp-erp3").donor(JAPAN).recipient(UKRAINE)
            .category(AidCategory.FINANCIAL).instrument(Instrument.GRANT)
            .addSectors(Sector.RECONSTRUCTION, Sector.MINE_ACTION, Sector.INFRASTRUCTURE)
            .description("reconstruction: demining and infrastructure")
            .conferenceId("jp-ua-erc-2024")
            .addEvent(PledgeEvent.reported(FEB_11, Amounts.of(106_000_000, "USD"), KYODO).withExpectedDate(FEB_19))
            .addEvent(PledgeEvent.announced(FEB_19, Amounts.of(15_800_000_000L, "JPY"), MOFA_FEB_19))
            .addEvent(PledgeEvent.committed(FEB_19, Amounts.of(15_800_000_000L, "JPY"), MOFA_FEB_19)
                    .withMemorandumId("jp-ua-grant-2024-02-19"))
            .build();

    /** The Tokyo conference of 19 Feb 2024, with the participation and the memoranda Kyodo expected. */
    public static final Conference TOKYO = Conference.builder()
            .id("jp-ua-erc-2024")
            .name("Japan-Ukraine Conference for Promoting Economic Growth and Reconstruction")
            .addAlias("Japan-Ukraine economic reconstruction conference")
            .city("Tokyo").country("JP").day(FEB_19)
            .addHosts(JAPAN, UKRAINE)
            .addParticipation(Figure.about(100, "businesses from Japan").withSource(KYODO))
            .addParticipation(Figure.about(100, "businesses from Ukraine").withSource(KYODO))
            .addThemes(Sector.ENERGY, Sector.AGRICULTURE, Sector.INFRASTRUCTURE)
            .addReportedCounts(Figure.moreThan(10, "memorandums of cooperation expected").withSource(KYODO))
            .build();

    /** The grant agreement for the JPY 15.8 billion, signed at the Tokyo conference on 19 Feb 2024. */
    public static final Memorandum GRANT_AGREEMENT = Memorandum.builder()
            .id("jp-ua-grant-2024-02-19").title("Grant agreement on reconstruction")
            .addParties(JAPAN, UKRAINE).signedOn(FEB_19).conferenceId("jp-ua-erc-2024")
            .addSubjects(Sector.RECONSTRUCTION, Sector.MINE_ACTION)
            .value(Amounts.of(15_800_000_000L, "JPY")).pledgeId("jp-erp3").source(MOFA_FEB_19)
            .build();

    private static final PledgeBook BOOK = PledgeBook.builder()
            .addPledges(GENERATORS, ANTI_DRONE, RECONSTRUCTION)
            .addConferences(TOKYO)
            .addMemoranda(GRANT_AGREEMENT)
            .addMilestones(ARMS_EXPORT_RULES)
            .build();

    private static final RateTable RATES = RateTable.parse(String.join("\n",
            "EUR/USD 1.0773 2024-02-16 ECB",
            "EUR/JPY 161.79 2024-02-16 ECB",
            "EUR/USD 1.0776 2024-02-19 ECB",
            "EUR/JPY 161.59 2024-02-19 ECB"));

    private JapanUkraine2024() {
    }

    /**
     * Returns the story as one book: three pledges, the Tokyo conference, the grant agreement and the December
     * milestone.
     *
     * @return {@code PledgeBook[3 pledges, 1 conference, 1 memorandum, 1 milestone]}
     */
    public static PledgeBook book() {
        return BOOK;
    }

    /**
     * Returns the euro reference rates (per 1 EUR) of Friday 16 and Monday 19 February 2024 as the project's notebook
     * states them, labelled {@code ECB}: EUR/USD 1.0773 and EUR/JPY 161.79 on the 16th, EUR/USD 1.0776 and
     * EUR/JPY 161.59 on the 19th. Yen converts to dollars crossed via the euro; Sunday 18 Feb takes Friday's fixing.
     * Check the published series before quoting a figure.
     * <pre>{@code
     * JapanUkraine2024.rates().convert(Amounts.of(15_800_000_000L, "JPY"), "USD", LocalDate.of(2024, 2, 19))
     *         .rounded(RoundingMode.HALF_EVEN);   // USD 105,365,926.11
     * }</pre>
     *
     * @return the rate table
     */
    public static RateTable rates() {
        return RATES;
    }
}
