package org.factmark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.factmark.claim.Rating;
import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.review.ReviewFixtures;
import org.factmark.review.ReviewService;
import org.factmark.security.UserService;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One node (H2), browserless: colleagues' changes appear in open views within two seconds without a reload, and
 * the pushed refresh keeps the viewer's own rules (a blind reviewer does not get the first rating through it).
 */
class LiveReviewQueueTest extends KaribuTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;

    @Test
    void a_claim_alice_submits_appears_in_bobs_open_queue_within_two_seconds() throws Exception {
        loginAs("bob");
        UI.getCurrent().navigate("review");
        long id = new ReviewFixtures(articles, claims, reviews, users).inReview(false);
        // the queue was built before the claim existed: it shows it only if the change was pushed into the open view
        long end = System.currentTimeMillis() + 2000;
        while (_find(Div.class, spec -> spec.withId("review-item-" + id)).isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            MockVaadin.runUIQueue(); // runs the pending ui.access tasks, as a push would
        }
        assertThat(_find(Div.class, spec -> spec.withId("review-item-" + id))).hasSize(1);
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.currentTimeMillis() + 2000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        return done.getAsBoolean();
    }

    @Test
    void a_blind_claim_pushed_into_carols_queue_does_not_show_the_first_rating() throws Exception {
        loginAs("carol");
        UI.getCurrent().navigate("review");
        long id = new ReviewFixtures(articles, claims, reviews, users).inReview(true);
        assertThat(waitUntil(() -> !_find(Div.class, spec -> spec.withId("review-item-" + id)).isEmpty())).isTrue();
        assertThat(_find(Span.class, spec -> spec.withId("rating-" + id))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("review-item-" + id)).get(0).getElement().getTextRecursively())
                .doesNotContain("The port statistics confirm it.");
    }

    @Test
    void bobs_dispute_moves_the_claim_in_alices_open_my_claims_view() throws Exception {
        ReviewFixtures fx = new ReviewFixtures(articles, claims, reviews, users);
        long id = fx.inReview(false);
        loginAs("alice");
        UI.getCurrent().navigate("my-claims");
        assertThat(_find(H3.class, spec -> spec.withId("my-claims-disputed"))).isEmpty();
        org.factmark.testsupport.TestUsers.as("bob", () -> reviews.dispute(id, claims.get(id).getVerdict().getId(), Rating.MOSTLY_TRUE, "Rounded up."));
        assertThat(waitUntil(() -> !_find(H3.class, spec -> spec.withId("my-claims-disputed")).isEmpty()))
                .as("the dispute shows in alice's open view").isTrue();
    }

    @Test
    void a_pushed_change_keeps_the_comment_bob_is_typing_and_the_timeline_he_opened() throws Exception {
        ReviewFixtures fx = new ReviewFixtures(articles, claims, reviews, users);
        long id = fx.inReview(false);
        loginAs("bob");
        UI.getCurrent().navigate("review");
        _find(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("timeline-details-" + id)).get(0).setOpened(true);
        _find(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("comment-text-" + id)).get(0)
                .setValue("Half-written comment");
        long other = fx.inReview(false); // a colleague's change: the queue is rebuilt live
        assertThat(waitUntil(() -> !_find(Div.class, spec -> spec.withId("review-item-" + other)).isEmpty())).isTrue();
        var details = _find(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("timeline-details-" + id)).get(0);
        assertThat(details.isOpened()).as("the timeline stays open").isTrue();
        assertThat(_find(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("comment-text-" + id)).get(0)
                .getValue()).isEqualTo("Half-written comment");
    }

    private static int menuCount(String route) {
        return _find(Span.class, spec -> spec.withId("menu-count-" + route)).stream().findFirst()
                .map(b -> Integer.parseInt(b.getText())).orElse(0);
    }

    @Test
    void the_menu_count_of_the_review_queue_moves_when_a_colleague_submits_a_claim() throws Exception {
        loginAs("bob");
        UI.getCurrent().navigate("");
        int before = menuCount("review");
        new ReviewFixtures(articles, claims, reviews, users).inReview(false); // alice submits: one more for bob
        assertThat(waitUntil(() -> menuCount("review") >= before + 1)).as("the count moved without a reload").isTrue();
    }
}
