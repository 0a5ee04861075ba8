package io.github.pledgebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real donor hierarchies are a few levels deep, but nothing may overflow the stack or slow down quadratically on a
 * deep one: equality, hashing, validation and roll-up walk the chain in loops, and a new level reuses what its
 * validated parent knows.
 */
class DeepDonorHierarchyTest {

    private static Donor chain(int levels, String prefix) {
        Donor d = Donor.government(prefix + "0", "Government", "JP");
        for (int i = 1; i < levels; i++) {
            d = Donor.agency(prefix + i, "Agency " + i, d);
        }
        return d;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aHundredThousandLevelsBuildInLinearTime() {
        Donor bottom = chain(100_000, "d");
        assertThat(bottom.depth()).isEqualTo(99_999);
        assertThat(bottom.topLevel().id()).isEqualTo("d0");
        assertThat(bottom.isPartOf(Donor.government("d0", "Government", "JP"))).isTrue();
        assertThat(bottom.isPartOf(Donor.government("d100000", "Government", "JP"))).isFalse();
    }

    @Test
    void equalityAndHashingOfDeepChainsNeedNoRecursion() {
        Donor a = chain(20_000, "d");
        Donor b = chain(20_000, "d");
        assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
        Donor other = a.parent().orElseThrow().withParent(chain(20_000 - 2, "e"));
        assertThat(a.withParent(other.parent().orElseThrow())).isNotEqualTo(a);
        assertThat(Donor.builder().from(chain(20_000, "d")).name("Agency renamed").build()).isNotEqualTo(a);
        assertThat(a.toString()).isEqualTo("Donor[d19999 Agency 19999, government agency, JP, part of d19998]");
    }

    @Test
    void aCycleIsFoundAtAnyDepth() {
        Donor bottom = chain(5_000, "d");
        Donor top = bottom.topLevel();
        assertThatThrownBy(() -> top.withParent(bottom)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("donor d0: parent chain d0 -> d4999 -> d4998 -> ")
                .hasMessageEndingWith(" repeats d0, expected a donor hierarchy without cycles");
        assertThatThrownBy(() -> Donor.agency("d2500", "Agency again", bottom))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(" repeats d2500, expected "
                        + "a donor hierarchy without cycles");
        assertThat(Donor.agency("d5000", "Next agency", bottom).depth()).isEqualTo(5_000);
    }
}
