package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FigureTest {

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of(Figure.exactly(56, "documents signed"), "56 documents signed"),
                Arguments.of(Figure.about(100, "businesses from Japan"), "about 100 businesses from Japan"),
                Arguments.of(Figure.moreThan(10, "memorandums of cooperation"), "more than 10 memorandums of cooperation"),
                Arguments.of(Figure.of(Figure.Precision.AT_LEAST, 1500, "participants"), "at least 1,500 participants"),
                Arguments.of(Figure.of(Figure.Precision.UP_TO, 3, "tranches"), "up to 3 tranches"),
                Arguments.of(Figure.exactly(0, "objections"), "0 objections"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("figures")
    void aFigureReadsWithItsPrecision(Figure figure, String text) {
        assertThat(figure).hasToString(text);
    }

    @Test
    void theSourceIsKeptButDoesNotChangeTheFigure() {
        Figure reported = Figure.about(100, "businesses from Japan").withSource(KYODO);
        assertThat(reported.source()).contains(KYODO);
        assertThat(reported).hasToString("about 100 businesses from Japan")
                .isNotEqualTo(Figure.about(100, "businesses from Japan"));
        assertThat(Figure.about(100, "businesses from Japan")).isNotEqualTo(Figure.exactly(100, "businesses from Japan"));
    }
}
