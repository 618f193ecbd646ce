package org.factmark.claim.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.Rating;
import org.factmark.review.ReviewFixtures;
import org.factmark.review.ReviewService;
import org.factmark.security.UserService;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The claim panel of the article view under blind review, and the author's withdraw button. */
class BlindClaimPanelTest extends KaribuTest {
    static final String RATIONALE = "SECRET-RATIONALE spun port figures";

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

    private long articleOf(long id) {
        return ReviewFixtures.as("admin", () -> claims.get(id).getArticle().getId());
    }

    private String panelText() {
        return _get(ClaimPanel.class).getElement().getTextRecursively();
    }

    @Test
    void a_blind_reviewer_opening_the_claim_in_the_article_sees_no_rating_rationale_or_verdict_history() throws Exception {
        long id = fx.draft(true);
        ReviewFixtures.run("alice", () -> claims.submitVerdict(id, Rating.MISLEADING, RATIONALE));
        loginAs("carol");
        UI.getCurrent().navigate("articles/" + articleOf(id) + "/claims/" + id);
        _get(Span.class, s -> s.withId("verdict-hidden"));
        assertThat(_find(Span.class, s -> s.withId("verdict-rating-text"))).isEmpty();
        assertThat(panelText()).doesNotContain("SECRET").doesNotContain("Misleading");
        assertThat(_get(Div.class, s -> s.withId("claim-history")).getElement().getTextRecursively())
                .contains("marked the claim").doesNotContain("submitted the verdict");
    }

    @Test
    void the_author_and_a_reviewer_who_rated_blind_see_the_verdict_in_the_panel() throws Exception {
        long id = fx.draft(true);
        ReviewFixtures.run("alice", () -> claims.submitVerdict(id, Rating.MISLEADING, RATIONALE));
        Long v = fx.verdict(id);
        ReviewFixtures.run("carol", () -> reviews.secondOpinion(id, v, Rating.TRUE, null));
        loginAs("carol");
        UI.getCurrent().navigate("articles/" + articleOf(id) + "/claims/" + id);
        assertThat(_get(Span.class, s -> s.withId("verdict-rating-text")).getText()).isEqualTo("Misleading");
        assertThat(panelText()).contains(RATIONALE);
        loginAs("alice");
        UI.getCurrent().navigate("my-claims");
        UI.getCurrent().navigate("articles/" + articleOf(id) + "/claims/" + id);
        assertThat(_get(Span.class, s -> s.withId("verdict-rating-text")).getText()).isEqualTo("Misleading");
    }

    @Test
    void the_author_withdraws_a_claim_from_review_in_the_panel() throws Exception {
        long id = fx.inReview(false);
        loginAs("bob");
        UI.getCurrent().navigate("articles/" + articleOf(id) + "/claims/" + id);
        assertThat(_find(Button.class, s -> s.withId("withdraw-claim"))).as("only the author").isEmpty();
        loginAs("alice");
        UI.getCurrent().navigate("my-claims");
        UI.getCurrent().navigate("articles/" + articleOf(id) + "/claims/" + id);
        _click(_get(Button.class, s -> s.withId("withdraw-claim")));
        assertThat(ReviewFixtures.as("admin", () -> claims.get(id).getStatus())).isEqualTo(ClaimStatus.DRAFT);
        assertThat(_get(Span.class, s -> s.withId("claim-status")).getText()).isEqualTo(ClaimStatus.DRAFT.label());
        assertThat(_find(Button.class, s -> s.withId("withdraw-claim"))).isEmpty();
    }
}
