package io.github.pledgebook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.FailingReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ByteOrderMarkTest {

    private static String all(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[3];
        for (int n = r.read(buffer); n >= 0; n = r.read(buffer)) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }

    @Test
    void oneLeadingMarkIsTakenOffAndNothingElse() throws IOException {
        assertThat(ByteOrderMark.skipped("\uFEFF<a/>")).isEqualTo("<a/>");
        assertThat(ByteOrderMark.skipped("\uFEFF\uFEFFx")).isEqualTo("\uFEFFx");
        assertThat(ByteOrderMark.skipped("x\uFEFF")).isEqualTo("x\uFEFF");
        assertThat(ByteOrderMark.skipped("")).isEmpty();
        assertThat(all(ByteOrderMark.skipped(new StringReader("\uFEFF{\"a\": 1}")))).isEqualTo("{\"a\": 1}");
        assertThat(all(ByteOrderMark.skipped(new StringReader("{\"a\": 1}")))).isEqualTo("{\"a\": 1}");
        assertThat(all(ByteOrderMark.skipped(new StringReader("\uFEFF")))).isEmpty();
        assertThat(all(ByteOrderMark.skipped(new StringReader("")))).isEmpty();
    }

    @Test
    void aReaderFailingAtOnceIsThrownAsSuch() {
        assertThatThrownBy(() -> ByteOrderMark.skipped(new FailingReader("x", 0)))
                .isInstanceOf(UncheckedIOException.class).hasMessageEndingWith("connection reset");
    }
}
