package io.github.pledgebook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void tabsAndLineBreaksInALineBecomeOneSpace() {
        assertThat(Texts.line("Operational appeal\tPalestine (QZA-20/0074-12)"))
                .isEqualTo("Operational appeal Palestine (QZA-20/0074-12)");
        assertThat(Texts.line("Kyodo\r\nNews")).isEqualTo("Kyodo News");
        assertThat(Texts.line("a\u2028b\u2029c\u0085d\u000Be")).isEqualTo("a b c d e");
    }

    @Test
    void nonBreakingAndOtherSpacesBecomePlainSpacesAndRunsCollapse() {
        assertThat(Texts.line("\u00A0Emergency\u00A0\u00A0 response\u202F2023\u3000 ")).isEqualTo(
                "Emergency response 2023");
    }

    @Test
    void zeroWidthCharactersAtTheEndsGoButStayInsideALine() {
        assertThat(Texts.line("\u200B\uFEFFWinterization\u00A0kits \u200B")).isEqualTo("Winterization kits");
        assertThat(Texts.line("a\u200Db")).isEqualTo("a\u200Db");
    }

    @Test
    void idsLoseEveryInvisibleCharacter() {
        assertThat(Texts.id(" GB-1\u200B-2\u00A0\t")).isEqualTo("GB-1-2");
        assertThat(Texts.id("a \u200B b")).isEqualTo("a b");
        assertThat(Texts.id("\u200B")).isNull();
    }

    @Test
    void blankTextIsNothing() {
        assertThat(Texts.line(null)).isNull();
        assertThat(Texts.line("")).isNull();
        assertThat(Texts.line(" \t\u00A0\u200B\r\n")).isNull();
        assertThat(Texts.text(" \r\n\r\n\t")).isNull();
        assertThat(Texts.id("  ")).isNull();
    }

    @Test
    void textKeepsLineFeedsOnlyAndOneBlankLineBetweenParagraphs() {
        assertThat(Texts.text("\r\n first\tline \r\nsecond\rthird\r\n\r\n\r\n\u00A0\r\nfourth\u200B\r\n\r\n"))
                .isEqualTo("first line\nsecond\nthird\n\nfourth");
        assertThat(Texts.text("one\u2028two")).isEqualTo("one\ntwo");
    }

    @Test
    void tidyTextIsReturnedAsItIs() {
        String s = "Ukraine: Flash Appeal 2022 – WASH, «Київ»";
        assertThat(Texts.line(s)).isSameAs(s);
        assertThat(Texts.id(s)).isSameAs(s);
        assertThat(Texts.text(s)).isSameAs(s);
        String multi = "first\n\nsecond";
        assertThat(Texts.text(multi)).isEqualTo(multi);
    }

    @Property(tries = 500)
    void whatIsLeftIsWhatTheValuesAccept(@ForAll String s) {
        String line = Texts.line(s);
        if (line != null) {
            assertThatCode(() -> Check.line(line, "line")).doesNotThrowAnyException();
            assertThat(Texts.line(line)).isEqualTo(line);
        }
        String id = Texts.id(s);
        if (id != null) {
            assertThatCode(() -> Check.id(id, "id")).doesNotThrowAnyException();
            assertThat(Texts.id(id)).isEqualTo(id);
        }
        String text = Texts.text(s);
        if (text != null) {
            assertThatCode(() -> Check.text(text, "text")).doesNotThrowAnyException();
            assertThat(Texts.text(text)).isEqualTo(text);
        }
    }
}
