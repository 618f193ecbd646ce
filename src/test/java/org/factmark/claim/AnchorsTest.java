package org.factmark.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.base.CodePoints;
import org.factmark.base.TextSpan;
import org.junit.jupiter.api.Test;

/** Quote/context extraction, finding a quote, and widening a selection to whole user-perceived characters. */
class AnchorsTest {
    static final String JAPAN = "🇯🇵";
    static final String FAMILY = "👨\u200D👩\u200D👧";

    @Test
    void quote_takes_the_exact_text_and_32_code_points_of_context_each_side() {
        String body = "x".repeat(40) + "😀claim😀" + "y".repeat(40);
        Anchors.Quote q = Anchors.quote(body, new TextSpan(40, 47));
        assertThat(q.exact()).isEqualTo("😀claim😀");
        assertThat(q.prefix()).isEqualTo("x".repeat(32));
        assertThat(q.suffix()).isEqualTo("y".repeat(32));
    }

    @Test
    void quote_context_is_shorter_at_the_start_and_end_of_the_body() {
        String body = "佐藤 said 𠀋 twice";
        Anchors.Quote q = Anchors.quote(body, new TextSpan(0, 2));
        assertThat(q.exact()).isEqualTo("佐藤");
        assertThat(q.prefix()).isEmpty();
        assertThat(q.suffix()).isEqualTo(" said 𠀋 twice");
        Anchors.Quote last = Anchors.quote(body, new TextSpan(CodePoints.length(body) - 5, CodePoints.length(body)));
        assertThat(last.exact()).isEqualTo("twice");
        assertThat(last.suffix()).isEmpty();
    }

    @Test
    void a_span_ending_between_the_two_halves_of_a_flag_is_widened_to_the_whole_flag() {
        String body = "Flag " + JAPAN + " here";        // the flag is code points 5..7
        assertThat(Anchors.snapToGraphemes(body, new TextSpan(0, 6))).isEqualTo(new TextSpan(0, 7));
        assertThat(Anchors.snapToGraphemes(body, new TextSpan(6, 9))).isEqualTo(new TextSpan(5, 9));
    }

    @Test
    void a_span_ending_inside_a_zwj_sequence_is_widened_to_the_whole_sequence() {
        String body = "Family " + FAMILY + " ok";        // the family is code points 7..12
        assertThat(Anchors.snapToGraphemes(body, new TextSpan(0, 9))).isEqualTo(new TextSpan(0, 12));
        assertThat(Anchors.snapToGraphemes(body, new TextSpan(10, 15))).isEqualTo(new TextSpan(7, 15));
    }

    @Test
    void a_span_ending_between_a_letter_and_its_combining_mark_takes_the_mark() {
        String body = "Cafe\u0301 and Mo\u0308tley";     // e + acute is 3..5, o + diaeresis is 11..13
        assertThat(Anchors.snapToGraphemes(body, new TextSpan(0, 4))).isEqualTo(new TextSpan(0, 5));
        assertThat(Anchors.snapToGraphemes(body, new TextSpan(12, 16))).isEqualTo(new TextSpan(11, 16));
    }

    @Test
    void a_span_on_character_boundaries_is_left_alone() {
        String body = "Flag " + JAPAN + " and " + FAMILY + " and n\u0308 佐藤";
        TextSpan whole = new TextSpan(0, CodePoints.length(body));
        assertThat(Anchors.snapToGraphemes(body, whole)).isEqualTo(whole);
        assertThat(Anchors.snapToGraphemes(body, new TextSpan(5, 7))).isEqualTo(new TextSpan(5, 7));
        assertThat(Anchors.snapToGraphemes(body, new TextSpan(12, 17))).isEqualTo(new TextSpan(12, 17));
    }

    @Test
    void occurrences_include_overlapping_ones() {
        assertThat(Anchors.occurrences("aaaa", "aaa")).containsExactly(new TextSpan(0, 3), new TextSpan(1, 4));
    }

    @Test
    void occurrences_are_in_code_points_after_astral_characters() {
        String body = "😀x𠀋x🇯🇵x";
        assertThat(Anchors.occurrences(body, "x"))
                .containsExactly(new TextSpan(1, 2), new TextSpan(3, 4), new TextSpan(6, 7));
        assertThat(Anchors.occurrences(body, "🇯🇵")).containsExactly(new TextSpan(4, 6));
    }

    @Test
    void occurrences_of_an_absent_or_empty_quote_are_none() {
        assertThat(Anchors.occurrences("abc", "zz")).isEmpty();
        assertThat(Anchors.occurrences("abc", "")).isEmpty();
    }

    @Test
    void find_uses_prefix_and_suffix_to_pick_one_occurrence() {
        String body = "The rate rose. The rate fell. The rate rose again.";
        assertThat(Anchors.find(body, "The rate", null, null)).hasSize(3);
        assertThat(Anchors.find(body, "The rate", null, " fell")).containsExactly(new TextSpan(15, 23));
        assertThat(Anchors.find(body, "The rate", "fell. ", "")).containsExactly(new TextSpan(30, 38));
        assertThat(Anchors.find(body, "The rate", "rose. ", " fell")).containsExactly(new TextSpan(15, 23));
        assertThat(Anchors.find(body, "The rate", "", " rose")).hasSize(2);
    }

    @Test
    void find_does_not_match_a_prefix_that_would_start_before_the_body() {
        assertThat(Anchors.find("abc abc", "abc", "x", null)).isEmpty();
        assertThat(Anchors.find("abc abc", "abc", " ", null)).containsExactly(new TextSpan(4, 7));
    }

    @Test
    void find_picks_among_overlapping_occurrences_by_context() {
        assertThat(Anchors.find("aaaa", "aaa", "a", null)).containsExactly(new TextSpan(1, 4));
        assertThat(Anchors.find("aaaa", "aaa", null, "a")).containsExactly(new TextSpan(0, 3));
    }
}
