package io.github.pledgebook.timeline;

import static io.github.pledgebook.JapanUkraine2024.*;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Conference;
import io.github.pledgebook.Figure;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Stage;

/**
 * The founding article's story as one book: the December 2023 policy milestone, the January generators and the
 * USD 37 million through NATO's trust fund, the 11 February report of the yen pledge, its 19 February announcement
 * and grant agreement at the Tokyo conference, and memoranda signed there. The memoranda of cooperation beyond the
 * grant agreement are an illustrative itemisation of the "dozens" reported.
 */
final class FoundingArticle {

    /** 80 generators handed over on 7 Jan 2024: one disbursement without money value. */
    static final Pledge GENERATORS = io.github.pledgebook.sample.JapanUkraine2024.GENERATORS;

    /** The conference with the aggregate count reported afterwards, next to the "more than 10" expected. */
    static final Conference TOKYO_REPORTED = Conference.builder().from(TOKYO)
            .addReportedCounts(Figure.exactly(56, "documents of cooperation signed").withSource(MOFA_FEB_19))
            .build();

    static final Memorandum MOC_ENERGY = moc("moc-energy", "Memorandum of cooperation on energy", Sector.ENERGY);
    static final Memorandum MOC_AGRICULTURE =
            moc("moc-agriculture", "Memorandum of cooperation on agriculture", Sector.AGRICULTURE);
    static final Memorandum MOC_INFRASTRUCTURE =
            moc("moc-infrastructure", "Memorandum of cooperation on infrastructure", Sector.INFRASTRUCTURE);

    static final PledgeBook BOOK = book();

    /** Builds the story's book afresh, for tests that must build it inside the test itself. */
    static PledgeBook book() {
        return PledgeBook.builder()
                .addPledges(GENERATORS, ANTI_DRONE, RECONSTRUCTION)
                .addConferences(TOKYO_REPORTED)
                .addMemoranda(GRANT_AGREEMENT, MOC_ENERGY, MOC_AGRICULTURE, MOC_INFRASTRUCTURE)
                .addMilestones(ARMS_EXPORT_RULES)
                .build();
    }

    private static Memorandum moc(String id, String title, Sector subject) {
        return Memorandum.builder().id(id).title(title).addParties(JICA, UA_ECONOMY).signedOn(FEB_19)
                .conferenceId(TOKYO.id()).addSubjects(subject).source(MOFA_FEB_19).build();
    }

    private FoundingArticle() {
    }
}
