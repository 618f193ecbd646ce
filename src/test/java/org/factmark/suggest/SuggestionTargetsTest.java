package org.factmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.suggest.SpanMatching.Criterion;
import org.junit.jupiter.api.Test;

/**
 * Guards the measured quality (docs/suggestions.md) against regressions: the floors sit just under the figures
 * of engine cues-1.0, so a change that loses spans or floods the annotator fails here.
 */
class SuggestionTargetsTest {
    @Test
    void on_the_seed_gold_suggestions_overlap_most_gold_spans_and_most_suggestions_hit_one() throws Exception {
        GoldEvaluation ev = GoldEvaluation.seed();
        assertThat(ev.overall.get(Criterion.OVERLAP).recall()).isGreaterThanOrEqualTo(0.88);
        assertThat(ev.overall.get(Criterion.OVERLAP).precision()).isGreaterThanOrEqualTo(0.66);
    }

    @Test
    void on_the_extra_gold_written_before_tuning_the_figures_hold_too() throws Exception {
        GoldEvaluation ev = GoldEvaluation.extra();
        assertThat(ev.overall.get(Criterion.OVERLAP).recall()).isGreaterThanOrEqualTo(0.85);
        assertThat(ev.overall.get(Criterion.OVERLAP).precision()).isGreaterThanOrEqualTo(0.80);
    }
}
