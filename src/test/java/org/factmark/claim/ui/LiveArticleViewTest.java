package org.factmark.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.BooleanSupplier;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.review.ReviewFixtures;
import org.factmark.review.ReviewService;
import org.factmark.security.UserService;
import org.factmark.testsupport.KaribuTest;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Colleagues' changes reach an open article view without a reload (pushed through ui.access; here the test runs the
 * UI queue as a push would), and never overwrite what the user is typing.
 */
class LiveArticleViewTest extends KaribuTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;

    private static boolean within2s(BooleanSupplier done) throws InterruptedException {
        long end = System.currentTimeMillis() + 2000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        return done.getAsBoolean();
    }

    private ReviewFixtures fixtures() {
        return new ReviewFixtures(articles, claims, reviews, users);
    }

    @Test
    void a_claim_a_colleague_marks_appears_in_the_open_article_within_two_seconds() throws Exception {
        long first = fixtures().inReview(false);
        long articleId = TestUsers.as("alice", () -> claims.get(first).getArticle().getId());
        loginAs("bob");
        UI.getCurrent().navigate("articles/" + articleId);
        ArticleView view = _get(ArticleView.class);
        assertThat(view.body.highlightElements()).isNotEmpty();
        int before = view.body.highlightElements().size();
        Claim marked = TestUsers.as("alice", () -> claims.markQuote(articleId, "The port reopened in March", null, null,
                org.factmark.claim.ClaimType.DATE_EVENT, null));
        assertThat(within2s(() -> view.body.highlightElements().stream()
                .anyMatch(s -> s.getAttribute("data-claim-ids").contains(String.valueOf(marked.getId())))))
                .as("alice's new claim is drawn in bob's open view").isTrue();
        assertThat(view.body.highlightElements().size()).isGreaterThan(before);
        assertThat(_get(Span.class, s -> s.withId("claim-count")).getText()).startsWith("2 ");
    }

    @Test
    void an_approval_by_a_colleague_redraws_the_open_claim_when_nothing_is_being_edited() throws Exception {
        long id = fixtures().inReview(false);
        long articleId = TestUsers.as("alice", () -> claims.get(id).getArticle().getId());
        loginAs("alice");
        UI.getCurrent().navigate("articles/" + articleId + "/claims/" + id);
        assertThat(_get(Span.class, s -> s.withId("claim-status")).getText()).isEqualTo("In review");
        TestUsers.run("bob", () -> reviews.approve(id, claims.get(id).getVerdict().getId(), null));
        assertThat(within2s(() -> "Checked".equals(_get(Span.class, s -> s.withId("claim-status")).getText())))
                .as("the panel shows the approval").isTrue();
        assertThat(_find(Div.class, s -> s.withId("changed-elsewhere"))).isEmpty();
    }

    @Test
    void a_colleagues_change_never_overwrites_an_edit_in_progress_and_says_who_changed_it() throws Exception {
        long id = fixtures().inReview(false);
        long articleId = TestUsers.as("alice", () -> claims.get(id).getArticle().getId());
        loginAs("alice");
        UI.getCurrent().navigate("articles/" + articleId + "/claims/" + id);
        ArticleView view = _get(ArticleView.class);
        view.panel.claimant.setValue("Port authority (typing…)"); // typed, not saved
        TestUsers.run("bob", () -> reviews.approve(id, claims.get(id).getVerdict().getId(), null));
        assertThat(within2s(() -> !_find(Div.class, s -> s.withId("changed-elsewhere")).isEmpty()))
                .as("a notice instead of a redraw").isTrue();
        assertThat(_get(Span.class, s -> s.withId("changed-elsewhere-text")).getText()).contains("Changed by bob");
        assertThat(view.panel.claimant.getValue()).isEqualTo("Port authority (typing…)");
        // the list and highlight still follow the new status
        assertThat(view.body.highlightElements().stream().filter(s -> s.getAttribute("data-claim-ids").equals(String.valueOf(id)))
                .findFirst().orElseThrow().getAttribute("class")).contains("checked");
    }
}
