package io.github.pledgebook;

import java.time.LocalDate;

/**
 * The founding article's facts as pledgebook values (Kyiv Independent, 11 Feb 2024, citing Kyodo News), shared by
 * tests. Amounts and dates come from the article and the project's design notes.
 */
public final class JapanUkraine2024 {

    public static final LocalDate DEC_22 = LocalDate.of(2023, 12, 22);
    public static final LocalDate JAN_7 = LocalDate.of(2024, 1, 7);
    public static final LocalDate FEB_10 = LocalDate.of(2024, 2, 10);
    public static final LocalDate FEB_11 = LocalDate.of(2024, 2, 11);
    public static final LocalDate FEB_15 = LocalDate.of(2024, 2, 15);
    public static final LocalDate FEB_19 = LocalDate.of(2024, 2, 19);
    public static final LocalDate FEB_20 = LocalDate.of(2024, 2, 20);

    public static final Donor JAPAN = Donor.government("jp-gov", "Government of Japan", "JP");
    public static final Donor MOFA = Donor.agency("jp-mofa", "Ministry of Foreign Affairs of Japan", JAPAN);
    public static final Donor JICA = Donor.agency("jp-jica", "Japan International Cooperation Agency", JAPAN);
    public static final Donor NATO_FUND =
            Donor.of("nato-capp", "NATO Comprehensive Assistance Package Trust Fund", DonorKind.TRUST_FUND);
    public static final Party UKRAINE = Party.of("ua", "Ukraine", "UA");
    public static final Party UA_ECONOMY = Party.of("ua-mineconomy", "Ministry of Economy of Ukraine", "UA");

    public static final Source KYODO = Source.builder().publisher("Kyodo News").kind(SourceKind.UNNAMED_SOURCES)
            .date(FEB_11).note("citing unnamed sources, as reported by the Kyiv Independent").build();
    public static final Source MOFA_JAN_7 = Source.official("Ministry of Foreign Affairs of Japan", JAN_7);
    public static final Source MOFA_FEB_19 = Source.official("Ministry of Foreign Affairs of Japan", FEB_19);
    public static final Source MOFA_DEC_22 = Source.official("Ministry of Foreign Affairs of Japan", DEC_22);

    /** Reported at USD 106 million on 11 Feb, announced and signed at JPY 15.8 billion on 19 Feb. */
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

    /** USD 37 million to Ukraine through NATO's trust fund for anti-drone equipment, pledged on 7 Jan. */
    public static final Pledge ANTI_DRONE = Pledge.builder()
            .id("jp-nato-antidrone").donor(JAPAN).recipient(UKRAINE).channel(NATO_FUND)
            .category(AidCategory.MILITARY).instrument(Instrument.GRANT)
            .addSectors(Sector.of("anti-drone", "Anti-drone equipment"))
            .addEvent(PledgeEvent.announced(JAN_7, Amounts.of(37_000_000, "USD"), MOFA_JAN_7))
            .build();

    public static final Milestone ARMS_EXPORT_RULES = Milestone.of("jp-arms-export-2023", DEC_22,
            "Japan revises its arms-export rules and will send Patriot missiles to the US", MOFA_DEC_22, JAPAN);

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

    public static final Memorandum GRANT_AGREEMENT = Memorandum.builder()
            .id("jp-ua-grant-2024-02-19").title("Grant agreement on reconstruction")
            .addParties(JAPAN, UKRAINE).signedOn(FEB_19).conferenceId("jp-ua-erc-2024")
            .addSubjects(Sector.RECONSTRUCTION, Sector.MINE_ACTION)
            .value(Amounts.of(15_800_000_000L, "JPY")).pledgeId("jp-erp3")
            .build();

    private JapanUkraine2024() {
    }
}
