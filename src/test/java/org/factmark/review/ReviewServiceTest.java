package org.factmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factmark.review.ReviewFixtures.as;
import static org.factmark.review.ReviewFixtures.run;

import java.util.List;
import org.factmark.article.ArticleService;
import org.factmark.base.ConflictException;
import org.factmark.base.ForbiddenException;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.Rating;
import org.factmark.claim.Verdict;
import org.factmark.claim.VerdictKind;
import org.factmark.review.ReviewViews.EntryKind;
import org.factmark.review.ReviewViews.QueueItem;
import org.factmark.review.ReviewViews.TimelineEntry;
import org.factmark.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ReviewServiceTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;

    ReviewFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ReviewFixtures(articles, claims, reviews, users);
    }

    private Claim claim(long id) {
        return as("admin", () -> claims.get(id));
    }

    private List<Verdict> verdicts(long id) {
        return as("admin", () -> claims.verdicts(id));
    }

    @Test
    void approval_checks_the_claim_recording_reviewer_time_and_the_reviewers_rating() throws Exception {
        long id = fx.inReview(false);
        run("carol", () -> reviews.approve(id, fx.verdict(id), null));
        Claim c = claim(id);
        assertThat(c.getStatus()).isEqualTo(ClaimStatus.CHECKED);
        assertThat(c.getCheckedBy().getUsername()).isEqualTo("carol");
        assertThat(c.getCheckedAt()).isNotNull();
        assertThat(c.getVerdict().getKind()).isEqualTo(VerdictKind.AUTHOR);
        assertThat(verdicts(id)).extracting(v -> v.getKind() + " " + v.getAuthor().getUsername() + " " + v.getRating())
                .containsExactly("AUTHOR alice TRUE", "REVIEW carol TRUE");
    }

    @Test
    void reviewer_cannot_approve_own_verdict() throws Exception {
        long id = fx.submitted("bob", Rating.FALSE, false);
        assertThatThrownBy(() -> run("bob", () -> reviews.approve(id, fx.verdict(id), null))).isInstanceOf(ForbiddenException.class);
        assertThat(claim(id).getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void a_dispute_needs_a_rating_and_a_non_blank_comment() throws Exception {
        long id = fx.inReview(false);
        assertThatThrownBy(() -> run("carol", () -> reviews.dispute(id, fx.verdict(id), null, "Wrong.")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("rating"));
        assertThatThrownBy(() -> run("carol", () -> reviews.dispute(id, fx.verdict(id), Rating.FALSE, "   ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("comment"));
        assertThat(claim(id).getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void an_approval_cannot_carry_a_different_rating() throws Exception {
        long id = fx.inReview(false);
        assertThatThrownBy(() -> run("carol", () -> reviews.review(id, fx.verdict(id), ReviewDecision.APPROVE, Rating.FALSE, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_dispute_keeps_the_reviewers_rating_and_comment_for_the_author() throws Exception {
        long id = fx.disputed();
        assertThat(claim(id).getStatus()).isEqualTo(ClaimStatus.DISPUTED);
        var mine = as("alice", () -> reviews.myClaims());
        var item = mine.stream().filter(m -> m.claimId() == id).findFirst().orElseThrow();
        assertThat(item.dispute().reviewer()).isEqualTo("bob");
        assertThat(item.dispute().rating()).isEqualTo(Rating.MOSTLY_TRUE);
        assertThat(item.dispute().comment()).isEqualTo("The figure is rounded up.");
        assertThat(mine.getFirst().status()).as("disputes come first").isEqualTo(ClaimStatus.DISPUTED);
    }

    @Test
    void accepting_the_reviewers_rating_checks_the_claim_by_the_disputing_reviewer() throws Exception {
        long id = fx.disputed();
        run("alice", () -> reviews.acceptDisputedRating(id, fx.verdict(id)));
        Claim c = claim(id);
        assertThat(c.getStatus()).isEqualTo(ClaimStatus.CHECKED);
        assertThat(c.getCheckedBy().getUsername()).isEqualTo("bob");
        assertThat(c.getVerdict().getKind()).isEqualTo(VerdictKind.AUTHOR);
        assertThat(c.getVerdict().getRating()).isEqualTo(Rating.MOSTLY_TRUE);
        Verdict last = verdicts(id).getLast();
        assertThat(last.getRationale()).isEqualTo("Accepted bob's rating: The figure is rounded up.");
        assertThat(last.getAuthor().getUsername()).isEqualTo("alice");
    }

    @Test
    void a_revised_verdict_goes_back_to_review() throws Exception {
        long id = fx.disputed();
        run("alice", () -> reviews.reviseDisputed(id, Rating.MOSTLY_TRUE, "Rounded, as bob says."));
        Claim c = claim(id);
        assertThat(c.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(c.getVerdict().getRating()).isEqualTo(Rating.MOSTLY_TRUE);
        run("bob", () -> reviews.approve(id, fx.verdict(id), null));
        assertThat(claim(id).getStatus()).isEqualTo(ClaimStatus.CHECKED);
    }

    @Test
    void settling_makes_the_adjudication_the_verdict_in_force() throws Exception {
        long id = fx.disputed();
        run("carol", () -> reviews.settle(id, fx.verdict(id), Rating.HALF_TRUE, "Both have a point."));
        Claim c = claim(id);
        assertThat(c.getStatus()).isEqualTo(ClaimStatus.CHECKED);
        assertThat(c.getCheckedBy().getUsername()).isEqualTo("carol");
        assertThat(c.getVerdict().getKind()).isEqualTo(VerdictKind.ADJUDICATION);
        assertThat(c.getVerdict().getRating()).isEqualTo(Rating.HALF_TRUE);
    }

    @Test
    void settling_needs_a_rating_and_a_rationale() throws Exception {
        long id = fx.disputed();
        assertThatThrownBy(() -> run("admin", () -> reviews.settle(id, fx.verdict(id), null, "x"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> run("admin", () -> reviews.settle(id, fx.verdict(id), Rating.TRUE, " "))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void not_even_an_admin_settles_a_dispute_about_their_own_claim() throws Exception {
        long id = fx.submitted("admin", Rating.TRUE, false);
        run("carol", () -> reviews.dispute(id, fx.verdict(id), Rating.FALSE, "Not what the source says."));
        assertThatThrownBy(() -> run("admin", () -> reviews.settle(id, fx.verdict(id), Rating.TRUE, "I was right.")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(as("admin", () -> reviews.disputesToSettle())).noneMatch(d -> d.claimId() == id);
        run("bob", () -> reviews.settle(id, fx.verdict(id), Rating.MOSTLY_FALSE, "Third opinion."));
        assertThat(claim(id).getStatus()).isEqualTo(ClaimStatus.CHECKED);
    }

    @Test
    void the_settle_list_shows_a_dispute_to_a_third_reviewer_and_the_admin_but_not_to_the_disputer() throws Exception {
        long id = fx.disputed();
        assertThat(as("carol", () -> reviews.disputesToSettle())).anyMatch(d -> d.claimId() == id);
        assertThat(as("admin", () -> reviews.disputesToSettle())).anyMatch(d -> d.claimId() == id);
        assertThat(as("bob", () -> reviews.disputesToSettle())).noneMatch(d -> d.claimId() == id);
    }

    @Test
    void the_queue_shows_others_claims_oldest_first_with_the_quote_in_its_sentence_but_never_ones_own() throws Exception {
        long older = fx.inReview(false);
        long bobs = fx.submitted("bob", Rating.FALSE, false);
        long newer = fx.inReview(false);
        List<QueueItem> forBob = as("bob", () -> reviews.queue());
        List<Long> ids = forBob.stream().map(QueueItem::claimId).toList();
        assertThat(ids).contains(older, newer).doesNotContain(bobs);
        assertThat(ids.indexOf(older)).isLessThan(ids.indexOf(newer));
        QueueItem item = forBob.stream().filter(q -> q.claimId() == older).findFirst().orElseThrow();
        assertThat(item.sentenceBefore()).isEqualTo("The harbour handled ");
        assertThat(item.quote()).isEqualTo("4.2 million containers");
        assertThat(item.sentenceAfter()).isEqualTo(" in 2024, a record.");
        assertThat(item.rating()).isEqualTo(Rating.TRUE);
        assertThat(item.rationale()).isEqualTo("The port statistics confirm it.");
        assertThat(item.sources()).extracting(ReviewViews.SourceItem::url).containsExactly("https://stats.example.org/port-2024");
        assertThat(as("carol", () -> reviews.queue())).anyMatch(q -> q.claimId() == bobs);
    }

    @Test
    void blind_review_hides_the_first_verdict_until_the_second_reviewer_has_rated() throws Exception {
        long id = fx.inReview(true);
        QueueItem before = as("carol", () -> reviews.queue()).stream().filter(q -> q.claimId() == id).findFirst().orElseThrow();
        assertThat(before.verdictHidden()).isTrue();
        assertThat(before.rating()).isNull();
        assertThat(before.rationale()).isNull();
        assertThat(as("carol", () -> reviews.timeline(id))).noneMatch(e -> e.text().contains(Rating.TRUE.label())
                || "The port statistics confirm it.".equals(e.detail()));
        assertThatThrownBy(() -> run("carol", () -> reviews.approve(id, fx.verdict(id), null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("blind rating first");

        run("carol", () -> reviews.secondOpinion(id, fx.verdict(id), Rating.FALSE, "My reading of the statistics."));
        QueueItem after = as("carol", () -> reviews.queue()).stream().filter(q -> q.claimId() == id).findFirst().orElseThrow();
        assertThat(after.verdictHidden()).isFalse();
        assertThat(after.rating()).isEqualTo(Rating.TRUE);
        assertThat(after.myBlindRating()).isEqualTo(Rating.FALSE);
        // bob has not rated yet: still hidden for him
        assertThat(as("bob", () -> reviews.queue())).filteredOn(q -> q.claimId() == id).singleElement()
                .satisfies(q -> assertThat(q.rating()).isNull());

        run("carol", () -> reviews.dispute(id, fx.verdict(id), Rating.FALSE, "The statistics say otherwise."));
        assertThat(verdicts(id)).extracting(v -> v.getKind() + " " + v.getAuthor().getUsername() + " " + v.getRating())
                .containsExactly("AUTHOR alice TRUE", "SECOND_OPINION carol FALSE", "REVIEW carol FALSE");
    }

    @Test
    void a_second_opinion_is_given_once_and_only_in_blind_review() throws Exception {
        long blind = fx.inReview(true);
        run("carol", () -> reviews.secondOpinion(blind, fx.verdict(blind), Rating.TRUE, null));
        assertThatThrownBy(() -> run("carol", () -> reviews.secondOpinion(blind, fx.verdict(blind), Rating.TRUE, null))).isInstanceOf(ConflictException.class);
        long open = fx.inReview(false);
        assertThatThrownBy(() -> run("carol", () -> reviews.secondOpinion(open, fx.verdict(open), Rating.TRUE, null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void the_timeline_merges_edits_verdicts_reviews_and_comments_in_time_order() throws Exception {
        long id = fx.disputed();
        run("alice", () -> reviews.comment(id, "I used the annual report."));
        assertThatThrownBy(() -> run("alice", () -> reviews.comment(id, "  "))).isInstanceOf(InvalidInputException.class);
        List<TimelineEntry> t = as("carol", () -> reviews.timeline(id));
        assertThat(t).extracting(TimelineEntry::kind).contains(EntryKind.EDIT, EntryKind.VERDICT, EntryKind.REVIEW, EntryKind.COMMENT);
        assertThat(t).filteredOn(e -> e.kind() == EntryKind.VERDICT).extracting(TimelineEntry::text)
                .containsExactly("verdict: True", "rating in review: Mostly true");
        assertThat(t).filteredOn(e -> e.kind() == EntryKind.EDIT).noneMatch(e -> e.text().startsWith("submitted the verdict"));
        assertThat(t).filteredOn(e -> e.kind() == EntryKind.COMMENT).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("I used the annual report."));
        for (int i = 1; i < t.size(); i++) assertThat(t.get(i).at()).isAfterOrEqualTo(t.get(i - 1).at());
        assertThat(t.getLast().kind()).isEqualTo(EntryKind.COMMENT);
    }
}
