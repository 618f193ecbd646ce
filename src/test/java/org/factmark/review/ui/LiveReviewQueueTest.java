package org.factmark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.review.ReviewFixtures;
import org.factmark.review.ReviewService;
import org.factmark.security.UserService;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One node: a verdict alice submits appears in bob's open review queue within two seconds, without a reload. */
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
}
