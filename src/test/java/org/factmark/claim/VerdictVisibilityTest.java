package org.factmark.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.claim.VerdictVisibility.Viewer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The blind rule as a table: who sees alice's rating of a claim, in which state. */
class VerdictVisibilityTest {

    @ParameterizedTest(name = "{0} (admin {1}), blind {2}, {3}, gave blind rating {4}: hidden {5}")
    @CsvSource(delimiter = '|', textBlock = """
            carol | false | true  | IN_REVIEW | false | true
            carol | false | true  | IN_REVIEW | true  | false
            carol | false | true  | DRAFT     | false | true
            carol | false | true  | DISPUTED  | false | false
            carol | false | true  | CHECKED   | false | false
            carol | false | false | IN_REVIEW | false | false
            dave  | false | true  | IN_REVIEW | false | true
            alice | false | true  | IN_REVIEW | false | false
            root  | true  | true  | IN_REVIEW | false | false
            """)
    void a_rating_is_hidden_only_from_others_on_a_blind_claim_not_yet_judged(String viewer, boolean admin, boolean blind,
                                                                              ClaimStatus status, boolean gaveBlindRating,
                                                                              boolean hidden) {
        assertThat(VerdictVisibility.hidden(new Viewer(viewer, admin), blind, status, "alice", "alice", gaveBlindRating))
                .isEqualTo(hidden);
    }

    @ParameterizedTest(name = "verdict written by {0}")
    @CsvSource({"erin"})
    void the_author_of_the_verdict_in_force_sees_it_too(String verdictAuthor) {
        assertThat(VerdictVisibility.hidden(new Viewer(verdictAuthor, false), true, ClaimStatus.IN_REVIEW, "alice",
                verdictAuthor, false)).isFalse();
        assertThat(VerdictVisibility.hidden(new Viewer(null, false), true, ClaimStatus.IN_REVIEW, "alice",
                verdictAuthor, false)).as("nobody logged in").isTrue();
    }
}
