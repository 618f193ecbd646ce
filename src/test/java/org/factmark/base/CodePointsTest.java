package org.factmark.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Offsets are code points; these pin down how the conversions treat astral, joined and combined characters. */
class CodePointsTest {
    static final String GRIN = "😀";                       // U+1F600: 1 code point, 2 UTF-16 units
    static final String JAPAN = "🇯🇵";                     // two regional indicators: 2 code points, 4 units
    static final String FAMILY = "👨\u200D👩\u200D👧";     // man ZWJ woman ZWJ girl: 5 code points, 8 units
    static final String CJK = "佐藤";                       // BMP: 1 code point and 1 unit each
    static final String ASTRAL_CJK = "𠀋";                  // U+2000B: 1 code point, 2 units
    static final String N_DIAERESIS = "n\u0308";           // n + combining diaeresis: 2 code points

    @Test
    void an_emoji_is_one_code_point_but_two_utf16_units() {
        assertThat(CodePoints.length(GRIN)).isEqualTo(1);
        assertThat(GRIN.length()).isEqualTo(2);
    }

    @Test
    void a_flag_is_two_code_points() {
        assertThat(CodePoints.length(JAPAN)).isEqualTo(2);
        assertThat(JAPAN.length()).isEqualTo(4);
    }

    @Test
    void a_zwj_family_is_five_code_points() {
        assertThat(CodePoints.length(FAMILY)).isEqualTo(5);
        assertThat(FAMILY.length()).isEqualTo(8);
    }

    @Test
    void bmp_cjk_counts_one_each_and_supplementary_cjk_counts_one_for_two_units() {
        assertThat(CodePoints.length(CJK)).isEqualTo(2);
        assertThat(CodePoints.length(ASTRAL_CJK)).isEqualTo(1);
        assertThat(ASTRAL_CJK.length()).isEqualTo(2);
    }

    @Test
    void a_combining_mark_is_its_own_code_point() {
        assertThat(CodePoints.length(N_DIAERESIS)).isEqualTo(2);
    }

    @Test
    void converts_between_code_points_and_utf16_indexes_after_astral_characters() {
        String s = "a" + GRIN + "b" + ASTRAL_CJK + "c";
        assertThat(CodePoints.toUtf16(s, 2)).isEqualTo(3);       // 'b'
        assertThat(CodePoints.toUtf16(s, 4)).isEqualTo(6);       // 'c'
        assertThat(CodePoints.fromUtf16(s, 6)).isEqualTo(4);
        assertThat(CodePoints.toUtf16(s, 5)).isEqualTo(s.length());
    }

    @Test
    void slice_takes_whole_characters_by_code_point_offsets() {
        String s = "a" + GRIN + "b" + JAPAN + "c" + FAMILY + CJK + ASTRAL_CJK + N_DIAERESIS;
        assertThat(CodePoints.slice(s, 1, 2)).isEqualTo(GRIN);
        assertThat(CodePoints.slice(s, 3, 5)).isEqualTo(JAPAN);
        assertThat(CodePoints.slice(s, 6, 11)).isEqualTo(FAMILY);
        assertThat(CodePoints.slice(s, 11, 13)).isEqualTo(CJK);
        assertThat(CodePoints.slice(s, 13, 14)).isEqualTo(ASTRAL_CJK);
        assertThat(CodePoints.slice(s, 14, 16)).isEqualTo(N_DIAERESIS);
    }

    @Test
    void slice_at_the_edges_gives_the_whole_text_or_nothing() {
        String s = GRIN + "x" + ASTRAL_CJK;
        assertThat(CodePoints.slice(s, 0, 3)).isEqualTo(s);
        assertThat(CodePoints.slice(s, 0, 0)).isEmpty();
        assertThat(CodePoints.slice(s, 3, 3)).isEmpty();
    }

    @Test
    void slice_outside_the_text_is_refused() {
        String s = GRIN + "x";
        assertThatThrownBy(() -> CodePoints.slice(s, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodePoints.slice(s, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodePoints.slice(s, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodePoints.slice(s, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void before_and_after_count_code_points_and_stop_at_the_edges() {
        String s = GRIN + "ab" + ASTRAL_CJK;
        assertThat(CodePoints.before(s, 3, 2)).isEqualTo("ab");
        assertThat(CodePoints.before(s, 1, 1)).isEqualTo(GRIN);
        assertThat(CodePoints.before(s, 2, 32)).isEqualTo(GRIN + "a");
        assertThat(CodePoints.before(s, 0, 32)).isEmpty();
        assertThat(CodePoints.after(s, 3, 1)).isEqualTo(ASTRAL_CJK);
        assertThat(CodePoints.after(s, 0, 2)).isEqualTo(GRIN + "a");
        assertThat(CodePoints.after(s, 2, 32)).isEqualTo("b" + ASTRAL_CJK);
        assertThat(CodePoints.after(s, 4, 32)).isEmpty();
    }

    @Test
    void offsets_past_the_end_are_refused() {
        assertThatThrownBy(() -> CodePoints.toUtf16(GRIN, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodePoints.toUtf16(GRIN, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodePoints.after(GRIN, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodePoints.before(GRIN, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
