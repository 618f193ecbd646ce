package org.factmark.review;

import java.util.List;
import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.Rating;
import org.factmark.claim.Verdict;
import org.factmark.review.AgreementService.AgreementReport;
import org.factmark.review.ReviewViews.CommentItem;
import org.factmark.review.ReviewViews.DisputeItem;
import org.factmark.review.ReviewViews.QueueItem;
import org.factmark.review.ReviewViews.RatingResult;
import org.factmark.review.ReviewViews.ReviewItem;
import org.factmark.review.ReviewViews.TimelineEntry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST for reviews, disputes, blind second opinions, comments, timelines and agreement. Rules live in the services. */
@RestController
@RequestMapping("/api")
class ReviewController {
    private final ReviewService reviews;
    private final AgreementService agreement;
    private final ArticleService articles;

    ReviewController(ReviewService reviews, AgreementService agreement, ArticleService articles) {
        this.reviews = reviews;
        this.agreement = agreement;
        this.articles = articles;
    }

    record ReviewRequest(Long verdictId, ReviewDecision decision, Rating rating, String comment) {
    }

    record RatingRequest(Long verdictId, Rating rating, String rationale) {
    }

    /** The verdict an action judges: the verdict in force as {@code GET /api/claims/{id}} served it. */
    record VerdictRef(Long verdictId) {
    }

    record CommentRequest(String text) {
    }

    record BlindReviewRequest(Boolean enabled) {
    }

    record BlindReviewState(long articleId, boolean blindReview) {
    }

    record VerdictResult(long claimId, long verdictId, Rating rating, String rationale, String claimStatus) {
    }

    @PostMapping("/claims/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewItem review(@PathVariable long id, @RequestBody(required = false) ReviewRequest body) {
        ReviewRequest r = body == null ? new ReviewRequest(null, null, null, null) : body;
        return reviews.review(id, r.verdictId(), r.decision(), r.rating(), r.comment());
    }

    @GetMapping("/claims/{id}/reviews")
    List<ReviewItem> reviews(@PathVariable long id) {
        return reviews.reviews(id);
    }

    @PostMapping("/claims/{id}/second-opinion")
    @ResponseStatus(HttpStatus.CREATED)
    RatingResult secondOpinion(@PathVariable long id, @RequestBody(required = false) RatingRequest body) {
        RatingRequest r = body == null ? new RatingRequest(null, null, null) : body;
        return reviews.secondOpinion(id, r.verdictId(), r.rating(), r.rationale());
    }

    @PostMapping("/claims/{id}/adjudication")
    @ResponseStatus(HttpStatus.CREATED)
    RatingResult settle(@PathVariable long id, @RequestBody(required = false) RatingRequest body) {
        RatingRequest r = body == null ? new RatingRequest(null, null, null) : body;
        return reviews.settle(id, r.verdictId(), r.rating(), r.rationale());
    }

    /** The author revises the verdict of a DISPUTED claim (back to IN_REVIEW). */
    @PostMapping("/claims/{id}/revision")
    @ResponseStatus(HttpStatus.CREATED)
    VerdictResult revise(@PathVariable long id, @RequestBody(required = false) RatingRequest body) {
        RatingRequest r = body == null ? new RatingRequest(null, null, null) : body;
        Verdict v = reviews.reviseDisputed(id, r.rating(), r.rationale());
        return new VerdictResult(id, v.getId(), v.getRating(), v.getRationale(), "IN_REVIEW");
    }

    /** The author takes the disputing reviewer's rating (CHECKED). */
    @PostMapping("/claims/{id}/accept-dispute")
    @ResponseStatus(HttpStatus.CREATED)
    RatingResult acceptDispute(@PathVariable long id, @RequestBody(required = false) VerdictRef body) {
        return reviews.acceptDisputedRating(id, body == null ? null : body.verdictId());
    }

    @PostMapping("/claims/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    CommentItem comment(@PathVariable long id, @RequestBody(required = false) CommentRequest body) {
        return reviews.comment(id, body == null ? null : body.text());
    }

    @GetMapping("/claims/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable long id) {
        return reviews.timeline(id);
    }

    @GetMapping("/review-queue")
    List<QueueItem> queue() {
        return reviews.queue();
    }

    @GetMapping("/disputes")
    List<DisputeItem> disputes() {
        return reviews.disputesToSettle();
    }

    @PutMapping("/articles/{id}/blind-review")
    BlindReviewState blindReview(@PathVariable long id, @RequestBody(required = false) BlindReviewRequest body) {
        if (body == null || body.enabled() == null) {
            throw new InvalidInputException("enabled", "Send {\"enabled\": true} or {\"enabled\": false}.");
        }
        Article a = articles.setBlindReview(id, body.enabled());
        return new BlindReviewState(a.getId(), a.isBlindReview());
    }

    @GetMapping("/agreement")
    AgreementReport agreement(@RequestParam(name = "minCommon", defaultValue = "" + AgreementService.DEFAULT_MIN_COMMON) int minCommon) {
        return agreement.compute(minCommon);
    }
}
