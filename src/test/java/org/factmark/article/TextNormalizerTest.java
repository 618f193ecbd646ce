package org.factmark.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void decomposed_e_with_acute_becomes_the_single_composed_code_point() {
        String out = TextNormalizer.normalize("Caf\u0065\u0301 au lait");
        assertThat(out).isEqualTo("Caf\u00e9 au lait");
        assertThat(out.codePointCount(0, out.length())).isEqualTo(12); // 13 before composing
    }

    @Test
    void crlf_and_lone_cr_line_ends_become_lf() {
        assertThat(TextNormalizer.normalize("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void a_leading_byte_order_mark_is_removed() {
        assertThat(TextNormalizer.normalize("\uFEFFHello")).isEqualTo("Hello");
    }

    @Test
    void more_than_one_blank_line_collapses_to_one_paragraph_break() {
        assertThat(TextNormalizer.normalize("a\n\n\n\nb\n \n\t\n\nc")).isEqualTo("a\n\nb\n\nc");
    }

    @Test
    void trailing_spaces_and_surrounding_blank_lines_go() {
        assertThat(TextNormalizer.normalize("\n\n  first  \nsecond\t\n\n")).isEqualTo("first\nsecond");
    }

    @Test
    void emoji_flags_joined_emoji_and_cjk_are_untouched() {
        String text = "Warsaw 🇵🇱 family 👨‍👩‍👧 東京都 مرحبا";
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void control_characters_other_than_newline_and_tab_are_dropped() {
        assertThat(TextNormalizer.normalize("a\u0000b\u0007c\td")).isEqualTo("abc\td");
    }

    @Test
    void null_becomes_empty_text() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
    }

    @Test
    void sha256_of_a_known_string_matches_the_published_digest() {
        assertThat(TextNormalizer.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TextNormalizer.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void sha256_hashes_the_utf8_bytes_so_composed_and_decomposed_forms_differ_before_normalising() {
        assertThat(TextNormalizer.sha256("\u00e9")).isNotEqualTo(TextNormalizer.sha256("e\u0301"));
        assertThat(TextNormalizer.sha256(TextNormalizer.normalize("e\u0301"))).isEqualTo(TextNormalizer.sha256("\u00e9"));
    }
}
