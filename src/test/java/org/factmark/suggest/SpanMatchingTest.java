package org.factmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factmark.base.TextSpan;
import org.factmark.suggest.SpanMatching.Criterion;
import org.junit.jupiter.api.Test;

class SpanMatchingTest {
    static TextSpan s(int a, int b) {
        return new TextSpan(a, b);
    }

    @Test
    void one_long_prediction_over_two_gold_spans_matches_only_one_of_them() {
        int[] m = SpanMatching.match(List.of(s(0, 100)), List.of(s(0, 40), s(50, 90)), Criterion.OVERLAP);
        assertThat(m).containsExactly(0);
    }

    @Test
    void the_matching_is_maximum_not_greedy() {
        // prediction 0 overlaps both gold spans, prediction 1 only the first: a greedy first-come matching would
        // give prediction 0 the first gold span and leave prediction 1 unmatched
        int[] m = SpanMatching.match(List.of(s(0, 60), s(0, 10)), List.of(s(5, 20), s(50, 70)), Criterion.OVERLAP);
        assertThat(m).containsExactly(1, 0);
    }

    @Test
    void exact_needs_both_boundaries_and_iou_needs_half_of_the_union() {
        assertThat(SpanMatching.match(List.of(s(0, 10)), List.of(s(0, 11)), Criterion.EXACT)).containsExactly(-1);
        assertThat(SpanMatching.match(List.of(s(0, 10)), List.of(s(0, 10)), Criterion.EXACT)).containsExactly(0);
        assertThat(SpanMatching.iou(s(0, 10), s(5, 15))).isEqualTo(5.0 / 15);
        assertThat(SpanMatching.match(List.of(s(0, 10)), List.of(s(5, 15)), Criterion.IOU)).containsExactly(-1);
        assertThat(SpanMatching.match(List.of(s(0, 10)), List.of(s(0, 20)), Criterion.IOU)).containsExactly(0);
        assertThat(SpanMatching.match(List.of(s(0, 10)), List.of(s(10, 20)), Criterion.OVERLAP)).containsExactly(-1);
    }

    @Test
    void counts_give_precision_recall_and_f1() {
        SpanMatching.Counts c = new SpanMatching.Counts(3, 4, 6);
        assertThat(c.precision()).isEqualTo(0.75);
        assertThat(c.recall()).isEqualTo(0.5);
        assertThat(c.f1()).isEqualTo(0.6);
        assertThat(new SpanMatching.Counts(0, 0, 0).f1()).isZero();
    }
}
