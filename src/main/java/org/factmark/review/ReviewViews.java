package org.factmark.review;

import java.time.Instant;
import java.util.List;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.Source;
import org.factmark.claim.Stance;

/** Read models of the review feature: plain records for views and JSON, built inside the service's transactions. */
public final class ReviewViews {
    private ReviewViews() {
    }

    public record SourceItem(String url, String title, String publisher, Stance stance, String excerpt) {
        static SourceItem of(Source s) {
            return new SourceItem(s.getUrl(), s.getTitle(), s.getPublisher(), s.getStance(), s.getExcerpt());
        }
    }

    /**
     * One claim waiting for review. {@code verdictId} is the verdict in force: the review actions send it back.
     * With {@code verdictHidden} (blind second opinion not yet given by the viewer), {@code rating} and
     * {@code rationale} are null.
     */
    public record QueueItem(long claimId, long articleId, String articleTitle, ClaimType type, String author,
                            Instant submittedAt, String sentenceBefore, String quote, String sentenceAfter,
                            List<SourceItem> sources, boolean blindReview, boolean verdictHidden, Long verdictId,
                            Rating rating, String rationale, Rating myBlindRating, boolean mayReview) {
    }

    /** The latest dispute of a claim: who disputed, their rating and comment. */
    public record DisputeInfo(String reviewer, Rating rating, String comment, Instant at) {
    }

    /** A claim as its author sees it under "my claims"; {@code dispute} is set for DISPUTED claims. */
    public record MyClaim(long claimId, long articleId, String articleTitle, String quote, ClaimStatus status,
                          Long verdictId, Rating rating, String rationale, Instant updatedAt, String checkedBy, DisputeInfo dispute) {
    }

    /** A DISPUTED claim someone may settle: the author's verdict and the dispute. */
    public record DisputeItem(long claimId, long articleId, String articleTitle, String author, String sentenceBefore,
                              String quote, String sentenceAfter, Long verdictId, Rating authorRating,
                              String authorRationale, DisputeInfo dispute) {
    }

    /**
     * A review as the API and the timeline show it: {@code verdictId} is the verdict it judged; rating and comment
     * are null while hidden from a blind reviewer.
     */
    public record ReviewItem(long id, long claimId, long verdictId, String reviewer, ReviewDecision decision, Rating rating,
                             String comment, Instant createdAt, ClaimStatus claimStatus) {
    }

    public record CommentItem(long id, long claimId, String author, String text, Instant createdAt) {
    }

    public enum EntryKind { EDIT, VERDICT, REVIEW, COMMENT }

    /** One line of a claim's timeline: comments, reviews, verdicts and audited edits, merged by time. */
    public record TimelineEntry(Instant at, String who, EntryKind kind, String text, String detail) {
    }

    /** A rating given on a claim (blind second opinion, adjudication): the claim's status afterwards. */
    public record RatingResult(long claimId, long verdictId, String by, Rating rating, ClaimStatus claimStatus) {
    }
}
