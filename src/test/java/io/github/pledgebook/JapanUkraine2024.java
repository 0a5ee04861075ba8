package io.github.pledgebook;

import java.time.LocalDate;

/**
 * The founding article's facts as pledgebook values (Kyiv Independent, 11 Feb 2024, citing Kyodo News), shared by
 * tests: the public sample {@link io.github.pledgebook.sample.JapanUkraine2024}'s values, the extra dates tests ask
 * about, and the parties of the test-only memoranda.
 */
public final class JapanUkraine2024 {

    public static final LocalDate DEC_22 = io.github.pledgebook.sample.JapanUkraine2024.DEC_22;
    public static final LocalDate JAN_7 = LocalDate.of(2024, 1, 7);
    public static final LocalDate FEB_10 = LocalDate.of(2024, 2, 10);
    public static final LocalDate FEB_11 = LocalDate.of(2024, 2, 11);
    public static final LocalDate FEB_15 = LocalDate.of(2024, 2, 15);
    public static final LocalDate FEB_19 = LocalDate.of(2024, 2, 19);
    public static final LocalDate FEB_20 = LocalDate.of(2024, 2, 20);

    public static final Donor JAPAN =
            io.github.pledgebook.sample.JapanUkraine2024.JAPAN;
    public static final Donor MOFA =
            io.github.pledgebook.sample.JapanUkraine2024.MOFA;
    public static final Donor JICA = Donor.agency("jp-jica", "Japan International Cooperation Agency", JAPAN);
    public static final Donor NATO_FUND =
            io.github.pledgebook.sample.JapanUkraine2024.NATO_FUND;
    public static final Party UKRAINE =
            io.github.pledgebook.sample.JapanUkraine2024.UKRAINE;
    public static final Party UA_ECONOMY = Party.of("ua-mineconomy", "Ministry of Economy of Ukraine", "UA");

    public static final Source KYODO =
            io.github.pledgebook.sample.JapanUkraine2024.KYODO;
    public static final Source MOFA_JAN_7 =
            io.github.pledgebook.sample.JapanUkraine2024.MOFA_JAN_7;
    public static final Source MOFA_FEB_19 =
            io.github.pledgebook.sample.JapanUkraine2024.MOFA_FEB_19;
    public static final Source MOFA_DEC_22 =
            io.github.pledgebook.sample.JapanUkraine2024.MOFA_DEC_22;

    /** Reported at USD 106 million on 11 Feb, announced and signed at JPY 15.8 billion on 19 Feb. */
    public static final Pledge RECONSTRUCTION =
            io.github.pledgebook.sample.JapanUkraine2024.RECONSTRUCTION;

    /** USD 37 million to Ukraine through NATO's trust fund for anti-drone equipment, pledged on 7 Jan. */
    public static final Pledge ANTI_DRONE =
            io.github.pledgebook.sample.JapanUkraine2024.ANTI_DRONE;

    public static final Milestone ARMS_EXPORT_RULES =
            io.github.pledgebook.sample.JapanUkraine2024.ARMS_EXPORT_RULES;

    public static final Conference TOKYO =
            io.github.pledgebook.sample.JapanUkraine2024.TOKYO;

    public static final Memorandum GRANT_AGREEMENT =
            io.github.pledgebook.sample.JapanUkraine2024.GRANT_AGREEMENT;

    private JapanUkraine2024() {
    }
}
