package io.github.pledgebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SectorTest {

    static Stream<Arguments> constants() {
        return Stream.of(
                Arguments.of(Sector.MINE_ACTION, "mine-action", 15250),
                Arguments.of(Sector.ENERGY, "energy", 23110),
                Arguments.of(Sector.TRANSPORT, "transport", 21010),
                Arguments.of(Sector.AGRICULTURE, "agriculture", 31110),
                Arguments.of(Sector.WATER, "water", 14010),
                Arguments.of(Sector.HEALTH, "health", 12110),
                Arguments.of(Sector.EDUCATION, "education", 11110),
                Arguments.of(Sector.BUDGET_SUPPORT, "budget-support", 51010),
                Arguments.of(Sector.RECONSTRUCTION, "reconstruction", 73010),
                Arguments.of(Sector.HUMANITARIAN_RELIEF, "humanitarian-relief", 72010));
    }

    @ParameterizedTest(name = "{1} is DAC {2}")
    @MethodSource("constants")
    void commonSectorsCarryTheirOecdDacPurposeCode(Sector sector, String code, int dac) {
        assertThat(sector.code()).isEqualTo(code);
        assertThat(sector).hasToString(code);
        assertThat(sector.dacPurposeCode()).isEqualTo(OptionalInt.of(dac));
    }

    @Test
    void sectorsWithoutASingleDacCodeSaySoInsteadOfInventingOne() {
        assertThat(Sector.INFRASTRUCTURE.dacPurposeCode()).isEmpty();
        assertThat(Sector.DEFENCE.dacPurposeCode()).isEmpty();
        assertThat(Sector.of("anti-drone", "Anti-drone equipment").dacPurposeCode()).isEmpty();
    }

    @Test
    void theVocabularyIsOpenAndSectorsAreEqualByCode() {
        Sector demining = Sector.of("demining", "Humanitarian demining", 15250);
        assertThat(demining.dacPurposeCode()).hasValue(15250);
        assertThat(demining.name()).isEqualTo("Humanitarian demining");
        assertThat(demining).isNotEqualTo(Sector.MINE_ACTION);
        assertThat(Sector.of("energy", "Power")).isEqualTo(Sector.ENERGY).hasSameHashCodeAs(Sector.ENERGY);
    }
}
