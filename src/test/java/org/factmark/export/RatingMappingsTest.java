package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingMappingsTest {

    @ParameterizedTest(name = "{0} -> FEVER {1}, AVeriTeC {2}, ClaimReview {3} ({4})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            TRUE         | SUPPORTS        | Supported                          | 5 | True
            MOSTLY_TRUE  | SUPPORTS        | Supported                          | 4 | Mostly true
            HALF_TRUE    | NOT ENOUGH INFO | Conflicting Evidence/Cherrypicking | 3 | Half true
            MISLEADING   | NOT ENOUGH INFO | Conflicting Evidence/Cherrypicking | 2 | Misleading
            MOSTLY_FALSE | REFUTES         | Refuted                            | 2 | Mostly false
            FALSE        | REFUTES         | Refuted                            | 1 | False
            UNVERIFIABLE | NOT ENOUGH INFO | Not Enough Evidence                | - | Unverifiable
            """)
    void each_rating_maps_to_the_labels_of_every_format(Rating rating, String fever, String averitec, Integer value, String name) {
        assertThat(RatingMappings.fever(rating)).isEqualTo(fever);
        assertThat(RatingMappings.averitec(rating)).isEqualTo(averitec);
        assertThat(RatingMappings.claimReviewValue(rating)).isEqualTo(value);
        assertThat(RatingMappings.claimReviewLabel(rating)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} -> AVeriTeC {1}")
    @CsvSource(delimiter = '|', textBlock = """
            STATISTIC  | Numerical Claim
            DATE_EVENT | Event/Property Claim
            QUOTATION  | Quote Verification
            CAUSAL     | Causal Claim
            PREDICTION | Speculative Claim
            OTHER      | Event/Property Claim
            """)
    void each_claim_type_maps_to_an_averitec_claim_type(ClaimType type, String averitec) {
        assertThat(RatingMappings.averitecClaimType(type)).isEqualTo(averitec);
    }

    @Test
    void fever_evidence_is_the_stance_that_agrees_with_the_label() {
        assertThat(RatingMappings.feverEvidenceStance("SUPPORTS")).isEqualTo(Stance.SUPPORTS);
        assertThat(RatingMappings.feverEvidenceStance("REFUTES")).isEqualTo(Stance.REFUTES);
        assertThat(RatingMappings.feverEvidenceStance("NOT ENOUGH INFO")).isNull();
    }

    @Test
    void the_claimreview_rating_name_is_the_desk_label() {
        for (Rating r : Rating.values()) assertThat(RatingMappings.claimReviewName(r)).isEqualTo(r.label());
    }

    @Test
    void every_claimreview_number_lies_between_worst_and_best() {
        for (Rating r : Rating.values()) {
            Integer v = RatingMappings.claimReviewValue(r);
            if (v != null) assertThat(v).isBetween(RatingMappings.CLAIMREVIEW_WORST, RatingMappings.CLAIMREVIEW_BEST);
        }
    }
}
