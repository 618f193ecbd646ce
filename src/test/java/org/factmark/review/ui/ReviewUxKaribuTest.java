package org.factmark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import org.factmark.claim.ClaimStatus;
import com.vaadin.flow.component.html.Span;
import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.review.ReviewFixtures;
import org.factmark.review.ReviewService;
import org.factmark.security.UserService;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Daily-use details of the review views: scoped badges, confirmations, counts. */
class ReviewUxKaribuTest extends KaribuTest {
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

    @Test
    void my_claims_badges_use_their_own_scoped_classes_not_the_annotators_status_classes() throws Exception {
        long id = fx.disputed();
        loginAs("alice");
        UI.getCurrent().navigate("my-claims");
        assertThat(_get(MyClaimsView.class).getClassNames()).contains("review-view", "my-claims");
        Span badge = _get(Span.class, spec -> spec.withId("status-" + id));
        assertThat(badge.getText()).as("the status is said in words").isEqualTo("Disputed");
        assertThat(badge.getClassNames()).contains("badge", "badge-disputed")
                .noneMatch(c -> c.startsWith("status-"));
    }

    @Test
    void approve_asks_first_and_cancel_leaves_the_claim_in_review() throws Exception {
        long id = fx.inReview(false);
        loginAs("bob");
        UI.getCurrent().navigate("review");
        _click(_get(Button.class, spec -> spec.withId("approve-" + id)));
        assertThat(status(id)).as("a single click does not approve").isEqualTo(ClaimStatus.IN_REVIEW);
        _click(_get(Button.class, spec -> spec.withId("cancel-approve")));
        assertThat(status(id)).isEqualTo(ClaimStatus.IN_REVIEW);
        _click(_get(Button.class, spec -> spec.withId("approve-" + id)));
        _click(_get(Button.class, spec -> spec.withId("confirm-approve")));
        assertThat(status(id)).isEqualTo(ClaimStatus.CHECKED);
    }

    @Test
    void accepting_the_reviewers_rating_asks_first() throws Exception {
        long id = fx.disputed();
        loginAs("alice");
        UI.getCurrent().navigate("my-claims");
        _click(_get(Button.class, spec -> spec.withId("accept-" + id)));
        assertThat(status(id)).as("a single click does not accept").isEqualTo(ClaimStatus.DISPUTED);
        assertThat(_get(Dialog.class, spec -> spec.withId("confirm-accept-dialog")).getHeaderTitle()).contains("bob");
        _click(_get(Button.class, spec -> spec.withId("cancel-accept")));
        assertThat(status(id)).isEqualTo(ClaimStatus.DISPUTED);
        _click(_get(Button.class, spec -> spec.withId("accept-" + id)));
        _click(_get(Button.class, spec -> spec.withId("confirm-accept")));
        assertThat(status(id)).isEqualTo(ClaimStatus.CHECKED);
    }

    private ClaimStatus status(long id) throws Exception {
        return ReviewFixtures.as("admin", () -> claims.get(id).getStatus());
    }

    @Test
    void an_empty_agreement_table_says_why_and_what_to_do() throws Exception {
        fx.checked(); // one claim rated by two users
        loginAs("carol");
        UI.getCurrent().navigate("agreement");
        // the test database is shared: other tests may have made pairs above the default, so ask for far more
        _get(IntegerField.class, spec -> spec.withId("agreement-min-common")).setValue(100_000);
        Paragraph why = _get(Paragraph.class, spec -> spec.withId("agreement-pairs-empty"));
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).isEqualTo("No pair of users has 100000 claims in common yet; lower the threshold "
                + "(minimum common claims) to see smaller pairs.");
        _get(IntegerField.class, spec -> spec.withId("agreement-min-common")).setValue(1);
        assertThat(why.isVisible()).as("a pair shows at threshold 1").isFalse();
    }

    private static int menuCount(String route) {
        return _find(Span.class, spec -> spec.withId("menu-count-" + route)).stream().findFirst()
                .map(b -> Integer.parseInt(b.getText())).orElse(0);
    }

    private int menuCountAs(String user, String route) {
        loginAs(user);
        UI.getCurrent().navigate("");
        return menuCount(route);
    }

    @Test
    void the_menu_counts_my_disputes_and_new_comments_until_i_open_my_claims() throws Exception {
        loginAs("alice");
        UI.getCurrent().navigate("my-claims"); // earlier comments are read now
        int before = menuCount("my-claims"); // disputes other tests left open
        long id = fx.disputed(); // alice's claim, disputed by bob
        ReviewFixtures.run("bob", () -> reviews.comment(id, "See the port authority's report."));
        assertThat(menuCountAs("alice", "my-claims")).as("one dispute + one new comment").isEqualTo(before + 2);

        UI.getCurrent().navigate("my-claims");
        Div since = _get(Div.class, spec -> spec.withId("since-last-visit"));
        assertThat(since.getElement().getTextRecursively()).contains("bob commented").contains("bob disputed (rates it Mostly true)")
                .contains(ReviewFixtures.QUOTE);
        assertThat(menuCount("my-claims")).as("the comment is read; the dispute still waits").isEqualTo(before + 1);

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("my-claims");
        assertThat(_get(Div.class, spec -> spec.withId("since-last-visit")).getElement().getTextRecursively())
                .contains("Nothing new on your claims.");
    }

    @Test
    void the_review_queue_count_uses_the_queues_rule_never_my_own_claims() throws Exception {
        int bob = menuCountAs("bob", "review");
        int carol = menuCountAs("carol", "review");
        fx.inReview(false); // alice's claim
        fx.submitted("bob", org.factmark.claim.Rating.FALSE, false); // bob's own claim
        assertThat(menuCountAs("bob", "review")).as("not his own claim").isEqualTo(bob + 1)
                .isEqualTo(ReviewFixtures.as("bob", () -> reviews.queue().size()));
        assertThat(menuCountAs("carol", "review")).isEqualTo(carol + 2);
        assertThat(menuCountAs("admin", "review")).as("an admin may look but not review").isZero();
        assertThat(menuCountAs("alice", "review")).isZero();
    }
}
