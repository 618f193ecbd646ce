package org.factmark.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.base.CodePoints;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static Sentences.InContext around(String body, String quote) {
        int at = CodePoints.fromUtf16(body, body.indexOf(quote));
        return Sentences.around(body, at, at + CodePoints.length(quote), "en");
    }

    @Test
    void the_quote_is_shown_within_its_own_sentence_only() {
        var s = around("First one. The port handled 4.2 million boxes in 2024. Last one.", "4.2 million boxes");
        assertThat(s.before()).isEqualTo("The port handled ");
        assertThat(s.quote()).isEqualTo("4.2 million boxes");
        assertThat(s.after()).isEqualTo(" in 2024.");
    }

    @Test
    void a_quote_at_the_start_of_the_text_has_no_text_before_it() {
        var s = around("Exports rose 5%. Then they fell.", "Exports rose");
        assertThat(s.before()).isEmpty();
        assertThat(s.after()).isEqualTo(" 5%.");
    }

    @Test
    void offsets_are_code_points_so_emoji_before_the_quote_do_not_shift_it() {
        var s = around("🇵🇱 posted record exports 📈 this year. Next.", "record exports");
        assertThat(s.before()).isEqualTo("🇵🇱 posted ");
        assertThat(s.quote()).isEqualTo("record exports");
        assertThat(s.after()).isEqualTo(" 📈 this year.");
    }

    @Test
    void the_sentence_never_crosses_a_paragraph_break() {
        var s = around("Heading without stop\nThe figure was 12 percent\nNext paragraph", "12 percent");
        assertThat(s.before()).isEqualTo("The figure was ");
        assertThat(s.after()).isEmpty();
    }

    @Test
    void a_quote_over_two_sentences_shows_both() {
        var s = around("A. It rose. It fell again. B.", "rose. It fell");
        assertThat(s.before()).isEqualTo("It ");
        assertThat(s.after()).isEqualTo(" again.");
    }

    @Test
    void very_long_sentences_are_cut_with_an_ellipsis() {
        String longText = "word ".repeat(200);
        var s = around(longText + "the claim " + longText + ".", "the claim");
        assertThat(CodePoints.length(s.before())).isEqualTo(Sentences.MAX_CONTEXT + 1);
        assertThat(s.before()).startsWith("…");
        assertThat(s.after()).endsWith("…");
    }
}
