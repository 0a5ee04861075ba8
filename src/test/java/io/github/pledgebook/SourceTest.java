package io.github.pledgebook;

import static io.github.pledgebook.JapanUkraine2024.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void factoriesNameTheKindOfSource() {
        assertThat(Source.official("Ministry of Foreign Affairs of Japan", FEB_19).kind()).isEqualTo(SourceKind.OFFICIAL);
        assertThat(Source.media("Kyiv Independent", FEB_11).kind()).isEqualTo(SourceKind.MEDIA);
        assertThat(KYODO.kind()).isEqualTo(SourceKind.UNNAMED_SOURCES);
        assertThat(KYODO).hasToString("Source[Kyodo News, unnamed sources, 2024-02-11]");
    }

    @Test
    void urlIsKeptAsTextAndNotesStayOutOfToString() {
        String url = "https://kyivindependent.com/media-japan-to-pledge-106-million-for-ukraines-reconstruction/";
        Source withUrl = KYODO.withUrl(url);
        assertThat(withUrl.url()).contains(url);
        assertThat(withUrl.note()).isEqualTo(KYODO.note());
        assertThat(withUrl).hasToString(KYODO.toString()).isNotEqualTo(KYODO);
        assertThat(KYODO.url()).as("the original is unchanged").isEmpty();
    }

    @Test
    void sourcesAreEqualByValue() {
        Source again = Source.builder().publisher("Kyodo News").kind(SourceKind.UNNAMED_SOURCES).date(FEB_11)
                .note("citing unnamed sources, as reported by the Kyiv Independent").build();
        assertThat(again).isEqualTo(KYODO).hasSameHashCodeAs(KYODO);
        assertThat(Source.media("Kyodo News", FEB_11)).isNotEqualTo(Source.of("Kyodo News", SourceKind.UNNAMED_SOURCES, FEB_11));
    }
}
