package org.factmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quality command: {@code ./mvnw -B -ntp -Pbench test -Dtest=SuggestionQuality} prints precision, recall and F1
 * of the suggestions against seed-data/gold/ and seed-data/gold-extra/ under the three one-to-one matchings,
 * overall, per cue and per gold type. Set {@code -Dquality.verbose=true} to list every miss and extra.
 */
@Tag("bench")
class SuggestionQuality {
    @Test
    void prints_the_quality_of_the_suggestions_on_the_seed_gold_and_the_extra_gold() throws Exception {
        for (var entry : new Object[][] {{"seed-data/gold", GoldEvaluation.seed()}, {"seed-data/gold-extra", GoldEvaluation.extra()}}) {
            GoldEvaluation ev = (GoldEvaluation) entry[1];
            System.out.println(ev.report((String) entry[0]));
            if (Boolean.getBoolean("quality.verbose")) ev.misses.forEach(m -> System.out.println("  " + m));
            assertThat(ev.overall).hasSize(3);
        }
    }
}
