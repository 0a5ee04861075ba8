package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ImmutabilityTest {

    private static void refused(ThrowingCallable mutation) {
        assertThatThrownBy(mutation).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyReturnedCollectionIsUnmodifiable() {
        refused(() -> TOKYO.aliases().add("Tokyo conference"));
        refused(() -> TOKYO.hosts().remove(0));
        refused(() -> TOKYO.participation().clear());
        refused(() -> TOKYO.themes().add(Sector.HEALTH));
        refused(() -> TOKYO.reportedCounts().add(Figure.exactly(56, "documents signed")));
        refused(() -> GRANT_AGREEMENT.parties().add(JICA));
        refused(() -> GRANT_AGREEMENT.subjects().clear());
        refused(() -> ARMS_EXPORT_RULES.parties().add(UKRAINE));
        refused(() -> JICA.ancestors().clear());
        refused(() -> ANTI_DRONE.sectors().add(Sector.DEFENCE));
    }

    @Test
    void changingTheCallersListAfterBuildingChangesNothing() {
        List<String> aliases = new ArrayList<>(List.of("Tokyo reconstruction conference"));
        List<Party> parties = new ArrayList<>(List.of(JAPAN, UKRAINE));
        List<Sector> sectors = new ArrayList<>(List.of(Sector.ENERGY));

        Conference conference = Conference.builder().from(TOKYO).aliases(aliases).build();
        Memorandum memorandum = Memorandum.builder().from(GRANT_AGREEMENT).parties(parties).build();
        Pledge pledge = Pledge.builder().from(ANTI_DRONE).sectors(sectors).build();

        aliases.add("a name added later");
        parties.clear();
        sectors.add(Sector.DEFENCE);

        assertThat(conference.aliases()).containsExactly("Tokyo reconstruction conference");
        assertThat(memorandum.parties()).containsExactly(JAPAN, UKRAINE);
        assertThat(pledge.sectors()).containsExactly(Sector.ENERGY);
    }

    @Test
    void changingTheCallersArrayAfterBuildingChangesNothing() {
        Party[] parties = {JAPAN};
        Milestone milestone = Milestone.of("m", DEC_22, "Rules change", MOFA_DEC_22, parties);
        parties[0] = UKRAINE;
        assertThat(milestone.parties()).containsExactly(JAPAN);
    }

    @Test
    void withMethodsReturnNewValuesAndLeaveTheOriginalAlone() {
        Source withUrl = KYODO.withUrl("https://example.org/report");
        PledgeEvent first = RECONSTRUCTION.firstEvent();
        PledgeEvent noted = first.withNote("figure converted by the newspaper");
        assertThat(KYODO.url()).isEmpty();
        assertThat(withUrl).isNotSameAs(KYODO);
        assertThat(first.note()).isEmpty();
        assertThat(noted.note()).contains("figure converted by the newspaper");
        assertThat(RECONSTRUCTION.firstEvent()).isSameAs(first);
    }
}
