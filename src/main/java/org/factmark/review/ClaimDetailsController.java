package org.factmark.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.factmark.claim.ClaimDetailJson;
import org.factmark.claim.ClaimService;
import org.factmark.review.ReviewViews.CommentItem;
import org.factmark.review.ReviewViews.ReviewItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/claims/{id}}: the whole claim — its fields, sources, verdicts and history (from the claim
 * feature) with its reviews and comments. It lives here because review builds on claim, not the other way round.
 * A viewer from whom the ratings are hidden (blind second opinion, claim.VerdictVisibility) sees no rating, no one
 * else's verdicts, reviews' ratings or comments, and no verdict history.
 */
@RestController
@RequestMapping("/api")
class ClaimDetailsController {
    private final ClaimService claims;
    private final ReviewService reviews;

    ClaimDetailsController(ClaimService claims, ReviewService reviews) {
        this.claims = claims;
        this.reviews = reviews;
    }

    record ClaimWithReviewsJson(@JsonUnwrapped ClaimDetailJson details, List<ReviewItem> reviews,
                                List<CommentItem> comments) {
    }

    @GetMapping("/claims/{id}")
    ClaimWithReviewsJson get(@PathVariable long id) {
        // ClaimService.details and ReviewService apply the blind rule (claim.VerdictVisibility) themselves
        ClaimDetailJson details = ClaimDetailJson.of(claims.details(id));
        return new ClaimWithReviewsJson(details, reviews.reviews(id), reviews.comments(id));
    }
}
