package org.factmark.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factmark.article.Article;
import org.factmark.base.ConflictException;
import org.factmark.base.ForbiddenException;
import org.factmark.base.InvalidInputException;
import org.factmark.base.NotFoundException;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimWorkflow;
import org.factmark.claim.HistoryEntry;
import org.factmark.claim.Rating;
import org.factmark.claim.Verdict;
import org.factmark.claim.VerdictKind;
import org.factmark.claim.VerdictVisibility;
import org.factmark.review.ReviewViews.CommentItem;
import org.factmark.review.ReviewViews.DisputeInfo;
import org.factmark.review.ReviewViews.DisputeItem;
import org.factmark.review.ReviewViews.EntryKind;
import org.factmark.review.ReviewViews.MyClaim;
import org.factmark.review.ReviewViews.QueueItem;
import org.factmark.review.ReviewViews.RatingResult;
import org.factmark.review.ReviewViews.ReviewItem;
import org.factmark.review.ReviewViews.SourceItem;
import org.factmark.review.ReviewViews.TimelineEntry;
import org.factmark.security.AppUser;
import org.factmark.security.CurrentUser;
import org.factmark.security.Role;
import org.factmark.security.UserService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four-eyes review of verdicts, disputes and their settlement, blind second opinions, and comments. Every rule
 * is checked here (views only hide what this refuses), in this order: 404 unknown claim, 403 who may not, 409 the
 * claim is not in the status the action needs, 400 missing or bad input. Status changes go through
 * {@link ClaimWorkflow} inside this service's transaction.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReviewService {
    /** Most items the review queue and the settle list show at once (oldest first). */
    public static final int QUEUE_LIMIT = 200;
    /** Most claims "my claims" shows (most recently changed first). */
    public static final int MY_CLAIMS_LIMIT = 1000;

    /** Lines of ClaimService.history that describe verdicts: the timeline shows verdicts itself, with rationale. */

    private final ReviewRepository reviews;
    private final CommentRepository comments;
    private final ClaimService claims;
    private final ClaimWorkflow workflow;
    private final UserService users;
    private final VerdictVisibility visibility;

    ReviewService(ReviewRepository reviews, CommentRepository comments, ClaimService claims, ClaimWorkflow workflow,
                  UserService users, VerdictVisibility visibility) {
        this.visibility = visibility;
        this.reviews = reviews;
        this.comments = comments;
        this.claims = claims;
        this.workflow = workflow;
        this.users = users;
    }

    // ---- review: approve / dispute ---------------------------------------------------------------------------

    /** A reviewer approves the verdict {@code verdictId} they saw, if still in force: the claim becomes CHECKED. */
    @Transactional
    public ReviewItem approve(long claimId, Long verdictId, String comment) {
        return review(claimId, verdictId, ReviewDecision.APPROVE, null, comment);
    }

    /** A reviewer disputes the verdict they saw with their own rating and a comment: the claim becomes DISPUTED. */
    @Transactional
    public ReviewItem dispute(long claimId, Long verdictId, Rating rating, String comment) {
        return review(claimId, verdictId, ReviewDecision.DISPUTE, rating, comment);
    }

    /**
     * Approves or disputes. 404 unknown claim; 403 without the REVIEWER role, or for the claim's author or the author
     * of the verdict in force; 409 unless IN_REVIEW; 400 without {@code verdictId}; 409 when {@code verdictId} is
     * not the verdict in force any more (the author changed it since the reviewer saw it), or while a blind reviewer
     * has not given their own rating; 400 for a dispute without rating or comment, or an approval with a rating
     * other than the verdict's.
     */
    @Transactional
    public ReviewItem review(long claimId, Long verdictId, ReviewDecision decision, Rating rating, String comment) {
        Claim c = claim(claimId);
        AppUser me = me();
        requireReviewerOf(c, me);
        if (c.getStatus() != ClaimStatus.IN_REVIEW) {
            throw new ConflictException("Only a claim IN_REVIEW can be reviewed; this one is " + c.getStatus() + ".");
        }
        requireVerdictSeen(c, verdictId);
        if (blindRatingMissing(c, me.getUsername())) {
            throw new ConflictException("This article is in blind review: give your blind rating first (second opinion).");
        }
        if (decision == null) throw new InvalidInputException("decision", "Say APPROVE or DISPUTE.");
        String text = clean(comment, Review.MAX_COMMENT, "comment");
        Verdict inForce = c.getVerdict();
        Review r;
        if (decision == ReviewDecision.APPROVE) {
            if (rating != null && rating != inForce.getRating()) {
                throw new InvalidInputException("rating", "An approval agrees with the verdict's rating ("
                        + inForce.getRating() + "); to give another rating, dispute it.");
            }
            r = reviews.save(new Review(c, inForce, me, ReviewDecision.APPROVE, inForce.getRating(), text));
            workflow.recordRating(c, me, VerdictKind.REVIEW, inForce.getRating(), text);
            workflow.checked(c, inForce, me);
        } else {
            if (rating == null) throw new InvalidInputException("rating", "A dispute needs your own rating.");
            if (text == null) throw new InvalidInputException("comment", "A dispute needs a comment saying why.");
            r = reviews.save(new Review(c, inForce, me, ReviewDecision.DISPUTE, rating, text));
            workflow.recordRating(c, me, VerdictKind.REVIEW, rating, text);
            workflow.disputed(c);
        }
        return item(r, c.getStatus(), false);
    }

    /**
     * Every review action names the verdict it judges: {@code verdictId} must be the verdict in force, else the
     * author changed (or withdrew) it after the caller loaded it and nothing may happen: 400 when missing, 409 when
     * stale ({@link VerdictChangedException}, naming the verdict now in force).
     */
    static void requireVerdictSeen(Claim c, Long verdictId) {
        if (verdictId == null) {
            throw new InvalidInputException("verdictId",
                    "verdictId: send the id of the verdict you judged (GET /api/claims/{id} serves it as verdictId).");
        }
        Verdict inForce = c.getVerdict();
        if (inForce == null || !inForce.getId().equals(verdictId)) {
            throw new VerdictChangedException(c.getId(), verdictId, inForce == null ? null : inForce.getId());
        }
    }

    private void requireReviewerOf(Claim c, AppUser me) {
        if (!CurrentUser.hasRole(Role.REVIEWER)) {
            throw new ForbiddenException("Reviewing needs the REVIEWER role.");
        }
        if (c.getAuthor().equals(me)) {
            throw new ForbiddenException("Nobody reviews their own claim: " + me.getUsername() + " marked it.");
        }
        if (c.getVerdict() != null && c.getVerdict().getAuthor().equals(me)) {
            throw new ForbiddenException("Nobody reviews a verdict they wrote.");
        }
    }

    // ---- blind second opinion --------------------------------------------------------------------------------

    /**
     * In blind review, a reviewer's own rating given before seeing the author's verdict (kept as an independent
     * judgement). 403 as for reviewing; 409 unless IN_REVIEW, unless the article is in blind review, or if given
     * already; 400 without a rating.
     */
    @Transactional
    public RatingResult secondOpinion(long claimId, Long verdictId, Rating rating, String rationale) {
        Claim c = claim(claimId);
        AppUser me = me();
        requireReviewerOf(c, me);
        if (c.getStatus() != ClaimStatus.IN_REVIEW) {
            throw new ConflictException("A second opinion is given on a claim IN_REVIEW; this one is " + c.getStatus() + ".");
        }
        requireVerdictSeen(c, verdictId);
        if (!c.getArticle().isBlindReview()) {
            throw new ConflictException("The article is not in blind review; approve or dispute the verdict instead.");
        }
        if (reviews.countVerdicts(claimId, me.getUsername(), VerdictKind.SECOND_OPINION) > 0) {
            throw new ConflictException("You have given your blind rating on this claim already.");
        }
        if (rating == null) throw new InvalidInputException("rating", "Choose your rating.");
        Verdict v = workflow.recordRating(c, me, VerdictKind.SECOND_OPINION, rating,
                clean(rationale, Verdict.MAX_RATIONALE, "rationale"));
        return new RatingResult(claimId, v.getId(), me.getUsername(), rating, c.getStatus());
    }

    /**
     * Whether the current user may not see this claim's ratings yet (blind second opinion; the rule is
     * {@link VerdictVisibility}'s).
     */
    @Transactional(readOnly = true)
    public boolean verdictHidden(long claimId) {
        return visibility.hidden(claim(claimId));
    }

    /** The approve/dispute gate under blind review: a reviewer gives their own blind rating before judging the verdict. */
    private boolean blindRatingMissing(Claim c, String username) {
        return c.getStatus() == ClaimStatus.IN_REVIEW && c.getArticle().isBlindReview()
                && reviews.countVerdicts(c.getId(), username, VerdictKind.SECOND_OPINION) == 0;
    }

    // ---- after a dispute: the author revises or accepts; an adjudicator settles --------------------------------

    /** The author revises the verdict of a DISPUTED claim: it goes back to IN_REVIEW. */
    @Transactional
    public Verdict reviseDisputed(long claimId, Rating rating, String rationale) {
        Claim c = claim(claimId);
        AppUser me = me();
        if (!c.getAuthor().equals(me)) throw new ForbiddenException("Only the claim's author revises its verdict.");
        if (c.getStatus() != ClaimStatus.DISPUTED) {
            throw new ConflictException("Only a DISPUTED claim is revised here; this one is " + c.getStatus() + ".");
        }
        return claims.submitVerdict(claimId, rating, rationale);
    }

    /**
     * The author takes the disputing reviewer's rating: a new AUTHOR verdict with that rating, and the claim is
     * CHECKED by the disputing reviewer (both now agree, so four eyes have seen it).
     */
    @Transactional
    public RatingResult acceptDisputedRating(long claimId, Long verdictId) {
        Claim c = claim(claimId);
        AppUser me = me();
        if (!c.getAuthor().equals(me)) throw new ForbiddenException("Only the claim's author accepts a reviewer's rating.");
        if (c.getStatus() != ClaimStatus.DISPUTED) {
            throw new ConflictException("Only a DISPUTED claim has a reviewer's rating to accept; this one is " + c.getStatus() + ".");
        }
        requireVerdictSeen(c, verdictId);
        Review dispute = reviews.latestDispute(claimId)
                .orElseThrow(() -> new ConflictException("No dispute is recorded for this claim."));
        String why = "Accepted " + dispute.getReviewer().getUsername() + "'s rating: " + dispute.getComment();
        if (why.length() > Verdict.MAX_RATIONALE) why = why.substring(0, Verdict.MAX_RATIONALE);
        Verdict v = workflow.recordRating(c, me, VerdictKind.AUTHOR, dispute.getRating(), why);
        workflow.checked(c, v, dispute.getReviewer());
        return new RatingResult(claimId, v.getId(), me.getUsername(), v.getRating(), c.getStatus());
    }

    /**
     * An adjudicator settles a dispute with a final rating, which becomes the verdict in force; the claim is
     * CHECKED by the adjudicator. Allowed: an ADMIN or a REVIEWER who is neither the claim's author (nor the author
     * of the verdict in force) nor the disputing reviewer. 409 unless DISPUTED; 400 without rating or rationale.
     */
    @Transactional
    public RatingResult settle(long claimId, Long verdictId, Rating finalRating, String rationale) {
        Claim c = claim(claimId);
        AppUser me = me();
        Optional<Review> dispute = reviews.latestDispute(claimId);
        if (!maySettle(c, me.getUsername(), dispute)) {
            throw new ForbiddenException("A dispute is settled by an admin, or by a reviewer who is neither the author nor the disputing reviewer.");
        }
        if (c.getStatus() != ClaimStatus.DISPUTED) {
            throw new ConflictException("Only a DISPUTED claim is settled; this one is " + c.getStatus() + ".");
        }
        requireVerdictSeen(c, verdictId);
        if (finalRating == null) throw new InvalidInputException("rating", "Choose the final rating.");
        String why = clean(rationale, Verdict.MAX_RATIONALE, "rationale");
        if (why == null) throw new InvalidInputException("rationale", "Say why this rating settles the dispute.");
        Verdict v = workflow.recordRating(c, me, VerdictKind.ADJUDICATION, finalRating, why);
        workflow.checked(c, v, me);
        return new RatingResult(claimId, v.getId(), me.getUsername(), finalRating, c.getStatus());
    }

    /** Admin or reviewer, and never one of the two parties of the dispute (not even an admin). */
    private static boolean maySettle(Claim c, String username, Optional<Review> dispute) {
        if (!CurrentUser.hasRole(Role.ADMIN) && !CurrentUser.hasRole(Role.REVIEWER)) return false;
        if (c.getAuthor().getUsername().equals(username)) return false;
        if (c.getVerdict() != null && c.getVerdict().getAuthor().getUsername().equals(username)) return false;
        return dispute.map(d -> !d.getReviewer().getUsername().equals(username)).orElse(true);
    }

    // ---- comments and timeline -------------------------------------------------------------------------------

    /** Any logged-in user comments on a claim. */
    @Transactional
    public CommentItem comment(long claimId, String text) {
        Claim c = claim(claimId);
        String body = clean(text, Comment.MAX_BODY, "text");
        if (body == null) throw new InvalidInputException("text", "The comment is empty.");
        Comment saved = comments.save(new Comment(c, me(), body));
        return new CommentItem(saved.getId(), claimId, saved.getAuthor().getUsername(), body, saved.getCreatedAt());
    }

    @Transactional(readOnly = true)
    public List<ReviewItem> reviews(long claimId) {
        Claim c = claim(claimId);
        boolean hidden = visibility.hidden(c);
        return reviews.findByClaim(claimId).stream().map(r -> item(r, c.getStatus(), hidden)).toList();
    }

    /**
     * The comments on a claim, oldest first. While the ratings are hidden from the current user (blind second
     * opinion, {@link VerdictVisibility}) only their own comments: anyone else's might name the rating.
     */
    @Transactional(readOnly = true)
    public List<CommentItem> comments(long claimId) {
        Claim claim = claim(claimId);
        boolean hidden = visibility.hidden(claim);
        String me = CurrentUser.username().orElse("");
        return comments.findByClaim(claimId).stream()
                .filter(c -> !hidden || c.getAuthor().getUsername().equals(me))
                .map(c -> new CommentItem(c.getId(), claimId, c.getAuthor().getUsername(), c.getBody(), c.getCreatedAt()))
                .toList();
    }

    /**
     * Comments, reviews, verdicts (with rationale) and audited edits of a claim, oldest first. While the ratings are
     * hidden from the current user ({@link VerdictVisibility}), other people's ratings, rationales, review comments
     * and comments are left out or redacted.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long claimId) {
        Claim c = claim(claimId);
        String me = CurrentUser.require();
        boolean hidden = visibility.hidden(c);
        List<TimelineEntry> out = new ArrayList<>();
        for (HistoryEntry h : claims.history(claimId)) {
            if (h.verdict()) continue; // the timeline shows verdicts from their own rows
            out.add(new TimelineEntry(h.at(), h.who(), EntryKind.EDIT, h.what(), null));
        }
        for (Verdict v : claims.verdicts(claimId)) {
            String who = v.getAuthor().getUsername();
            boolean redact = hidden && !who.equals(me);
            String text = switch (v.getKind()) {
                case AUTHOR -> "verdict";
                case SECOND_OPINION -> "blind second opinion";
                case REVIEW -> "rating in review";
                case ADJUDICATION -> "final rating settling the dispute";
            };
            text += ": " + (redact ? "(hidden until you give your blind rating)" : v.getRating().label());
            out.add(new TimelineEntry(v.getCreatedAt(), who, EntryKind.VERDICT, text, redact ? null : v.getRationale()));
        }
        for (Review r : reviews.findByClaim(claimId)) {
            String who = r.getReviewer().getUsername();
            boolean redact = hidden && !who.equals(me);
            String text = r.getDecision() == ReviewDecision.APPROVE ? "approved the verdict"
                    : "disputed the verdict" + (redact ? "" : " with the rating " + r.getRating().label());
            out.add(new TimelineEntry(r.getCreatedAt(), who, EntryKind.REVIEW, text, redact ? null : r.getComment()));
        }
        for (Comment k : comments.findByClaim(claimId)) {
            if (hidden && !k.getAuthor().getUsername().equals(me)) continue;
            out.add(new TimelineEntry(k.getCreatedAt(), k.getAuthor().getUsername(), EntryKind.COMMENT, "commented", k.getBody()));
        }
        out.sort(Comparator.comparing(TimelineEntry::at));
        return out;
    }

    // ---- lists for the views ---------------------------------------------------------------------------------

    /**
     * Claims IN_REVIEW that the current user neither marked nor wrote the verdict of, oldest submission first, with
     * the quote in its sentence and the sources. Under blind review the verdict is hidden until the user's own rating.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    public List<QueueItem> queue() {
        String me = CurrentUser.require();
        boolean reviewer = CurrentUser.hasRole(Role.REVIEWER);
        Map<Long, String> bodies = new HashMap<>();
        List<QueueItem> out = new ArrayList<>();
        for (Claim c : waitingFor(me)) {
            Article a = c.getArticle();
            Sentences.InContext s = sentence(c, bodies);
            boolean hidden = visibility.hidden(c);
            Rating mine = !a.isBlindReview() ? null : claims.verdicts(c.getId()).stream()
                    .filter(v -> v.getKind() == VerdictKind.SECOND_OPINION && v.getAuthor().getUsername().equals(me))
                    .map(Verdict::getRating).findFirst().orElse(null);
            Verdict v = c.getVerdict();
            out.add(new QueueItem(c.getId(), a.getId(), a.getTitle(), c.getType(), c.getAuthor().getUsername(),
                    c.getSubmittedAt(), s.before(), s.quote(), s.after(),
                    claims.sources(c.getId()).stream().map(SourceItem::of).toList(), a.isBlindReview(), hidden,
                    v.getId(), hidden ? null : v.getRating(), hidden ? null : v.getRationale(), mine, reviewer));
        }
        return out;
    }

    /** The queue's rule, in one place: claims IN_REVIEW that {@code me} neither marked nor wrote the verdict of. */
    private List<Claim> waitingFor(String me) {
        return reviews.findOthersClaims(ClaimStatus.IN_REVIEW, me, Pageable.ofSize(QUEUE_LIMIT));
    }

    /**
     * How many queue items the current user may review (the menu's count): the queue's own rule, and 0 for users
     * who may look at the queue but not review (admins without the reviewer role) or may not see it at all.
     */
    @Transactional(readOnly = true)
    public int reviewableCount() {
        if (!CurrentUser.hasRole(Role.REVIEWER)) return 0;
        return waitingFor(CurrentUser.require()).size();
    }

    /** DISPUTED claims the current user may settle (admin, or a reviewer who is neither author nor disputer). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    public List<DisputeItem> disputesToSettle() {
        String me = CurrentUser.require();
        Map<Long, String> bodies = new HashMap<>();
        List<DisputeItem> out = new ArrayList<>();
        for (Claim c : reviews.findOthersClaims(ClaimStatus.DISPUTED, me, Pageable.ofSize(QUEUE_LIMIT))) {
            Optional<Review> d = reviews.latestDispute(c.getId());
            if (!maySettle(c, me, d)) continue;
            Sentences.InContext s = sentence(c, bodies);
            out.add(new DisputeItem(c.getId(), c.getArticle().getId(), c.getArticle().getTitle(), c.getAuthor().getUsername(),
                    s.before(), s.quote(), s.after(), c.getVerdict().getId(), c.getVerdict().getRating(), c.getVerdict().getRationale(),
                    d.map(ReviewService::info).orElse(null)));
        }
        return out;
    }

    /** The current user's claims: DISPUTED first (with the dispute), then the rest, most recently changed first. */
    @Transactional(readOnly = true)
    public List<MyClaim> myClaims() {
        String me = CurrentUser.require();
        List<MyClaim> out = new ArrayList<>();
        for (Claim c : reviews.findByAuthor(me, Pageable.ofSize(MY_CLAIMS_LIMIT))) {
            Verdict v = c.getVerdict();
            DisputeInfo d = c.getStatus() == ClaimStatus.DISPUTED
                    ? reviews.latestDispute(c.getId()).map(ReviewService::info).orElse(null) : null;
            out.add(new MyClaim(c.getId(), c.getArticle().getId(), c.getArticle().getTitle(), c.getQuote(), c.getStatus(),
                    v == null ? null : v.getId(), v == null ? null : v.getRating(), v == null ? null : v.getRationale(), c.getUpdatedAt(),
                    c.getCheckedBy() == null ? null : c.getCheckedBy().getUsername(), d));
        }
        out.sort(Comparator.comparing((MyClaim m) -> m.status() != ClaimStatus.DISPUTED));
        return out;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private Claim claim(long claimId) {
        return reviews.findClaim(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
    }

    private AppUser me() {
        return users.require(CurrentUser.require());
    }

    private static Sentences.InContext sentence(Claim c, Map<Long, String> bodies) {
        Article a = c.getArticle();
        String body = bodies.computeIfAbsent(a.getId(), k -> a.getBody());
        return Sentences.around(body, c.getStart(), c.getEnd(), a.getLanguage());
    }

    private static DisputeInfo info(Review r) {
        return new DisputeInfo(r.getReviewer().getUsername(), r.getRating(), r.getComment(), r.getCreatedAt());
    }

    private static ReviewItem item(Review r, ClaimStatus status, boolean hidden) {
        boolean redact = hidden && !r.getReviewer().getUsername().equals(CurrentUser.username().orElse(""));
        return new ReviewItem(r.getId(), r.getClaim().getId(), r.getVerdict().getId(), r.getReviewer().getUsername(), r.getDecision(),
                redact ? null : r.getRating(), redact ? null : r.getComment(), r.getCreatedAt(), status);
    }

    private static String clean(String s, int max, String field) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        if (t.length() > max) throw new InvalidInputException(field, field + ": at most " + max + " characters.");
        return t;
    }
}
