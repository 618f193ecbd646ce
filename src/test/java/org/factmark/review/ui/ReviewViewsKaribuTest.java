package org.factmark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factmark.review.ReviewFixtures.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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

/** Four eyes through the UI: the review queue, my claims and the agreement view, driven browserless. */
class ReviewViewsKaribuTest extends KaribuTest {
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

    private ClaimStatus status(long id) {
        return as("admin", () -> claims.get(id).getStatus());
    }

    private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @Test
    void bob_approves_alices_claim_in_the_review_queue() throws Exception {
        long id = fx.inReview(false);
        loginAs("bob");
        UI.getCurrent().navigate("review");
        Div item = byId(Div.class, "review-item-" + id);
        assertThat(_get(item, Span.class, spec -> spec.withClasses("claim-quote")).getText()).isEqualTo("4.2 million containers");
        assertThat(byId(Paragraph.class, "sentence-" + id).getElement().getTextRecursively())
                .isEqualTo("The harbour handled 4.2 million containers in 2024, a record.");
        assertThat(byId(Span.class, "rating-" + id).getText()).isEqualTo("True");
        _click(byId(Button.class, "approve-" + id));
        _click(byId(Button.class, "confirm-approve"));
        assertThat(status(id)).isEqualTo(ClaimStatus.CHECKED);
        assertThat(_find(Div.class, spec -> spec.withId("review-item-" + id))).as("gone from the queue").isEmpty();
    }

    @Test
    void bob_does_not_see_his_own_claim_in_the_queue() throws Exception {
        long own = fx.submitted("bob", Rating.FALSE, false);
        long alices = fx.inReview(false);
        loginAs("bob");
        UI.getCurrent().navigate("review");
        assertThat(_find(Div.class, spec -> spec.withId("review-item-" + own))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("review-item-" + alices))).hasSize(1);
    }

    @Test
    void an_annotator_only_user_is_denied_the_review_queue() {
        loginAs("alice");
        // the in-app "No access" page (base/ui/AccessDeniedView), not the queue
        UI.getCurrent().navigate("review");
        _get(org.factmark.base.ui.AccessDeniedView.class);
        assertThat(_find(ReviewQueueView.class)).isEmpty();
    }

    @Test
    void an_admin_sees_the_queue_but_no_approve_or_dispute_buttons() throws Exception {
        long id = fx.inReview(false);
        loginAs("admin");
        UI.getCurrent().navigate("review");
        byId(Div.class, "review-item-" + id);
        assertThat(_find(Button.class, spec -> spec.withId("approve-" + id))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("dispute-" + id))).isEmpty();
    }

    @Test
    void a_dispute_from_the_queue_needs_rating_and_comment_and_reaches_the_author() throws Exception {
        long id = fx.inReview(false);
        loginAs("carol");
        UI.getCurrent().navigate("review");
        _click(byId(Button.class, "dispute-" + id));
        _click(byId(Button.class, "confirm-dispute"));
        assertThat(status(id)).as("nothing without a rating").isEqualTo(ClaimStatus.IN_REVIEW);
        @SuppressWarnings("unchecked")
        Select<Rating> rating = byId(Select.class, "dispute-rating");
        rating.setValue(Rating.MOSTLY_FALSE); // Karibu 2.6.2 _setValue fails on Vaadin 25
        _click(byId(Button.class, "confirm-dispute"));
        assertThat(status(id)).as("nothing without a comment").isEqualTo(ClaimStatus.IN_REVIEW);
        byId(TextArea.class, "dispute-comment").setValue("The 2024 figure is 3.9 million."); // Karibu 2.6.2 _setValue fails on Vaadin 25
        _click(byId(Button.class, "confirm-dispute"));
        assertThat(status(id)).isEqualTo(ClaimStatus.DISPUTED);

        loginAs("alice");
        UI.getCurrent().navigate("my-claims");
        assertThat(byId(Span.class, "status-" + id).getText()).isEqualTo("Disputed");
        assertThat(byId(Paragraph.class, "dispute-comment-" + id).getText()).isEqualTo("The 2024 figure is 3.9 million.");
        _click(byId(Button.class, "accept-" + id));
        _click(byId(Button.class, "confirm-accept"));
        assertThat(status(id)).isEqualTo(ClaimStatus.CHECKED);
        assertThat(byId(Span.class, "status-" + id).getText()).isEqualTo("Checked");
        assertThat(byId(Span.class, "my-rating-" + id).getText()).isEqualTo("Your verdict: Mostly false");
    }

    @Test
    void a_third_reviewer_settles_a_dispute_from_the_queue_page_but_the_disputer_cannot() throws Exception {
        long id = fx.disputed();
        loginAs("bob");
        UI.getCurrent().navigate("review");
        assertThat(_find(Button.class, spec -> spec.withId("settle-" + id))).as("bob disputed it").isEmpty();
        loginAs("carol");
        UI.getCurrent().navigate("my-claims"); // navigating to the current route again would keep bob's view
        UI.getCurrent().navigate("review");
        _click(byId(Button.class, "settle-" + id));
        @SuppressWarnings("unchecked")
        Select<Rating> rating = byId(Select.class, "settle-rating");
        rating.setValue(Rating.HALF_TRUE);
        byId(TextArea.class, "settle-rationale").setValue("Rounded, but close enough to half true.");
        _click(byId(Button.class, "confirm-settle"));
        assertThat(status(id)).isEqualTo(ClaimStatus.CHECKED);
        assertThat(as("admin", () -> claims.get(id).getCheckedBy().getUsername())).isEqualTo("carol");
        assertThat(_find(Div.class, spec -> spec.withId("settle-item-" + id))).isEmpty();
    }

    @Test
    void the_author_revises_a_disputed_verdict_from_my_claims() throws Exception {
        long id = fx.disputed();
        loginAs("alice");
        UI.getCurrent().navigate("my-claims");
        _click(byId(Button.class, "revise-" + id));
        @SuppressWarnings("unchecked")
        Select<Rating> rating = byId(Select.class, "revise-rating");
        rating.setValue(Rating.MOSTLY_TRUE); // Karibu 2.6.2 _setValue fails on Vaadin 25
        byId(TextArea.class, "revise-rationale").setValue("Rounded figure, as bob says."); // Karibu 2.6.2 _setValue fails on Vaadin 25
        _click(byId(Button.class, "confirm-revise"));
        assertThat(status(id)).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(byId(Span.class, "status-" + id).getText()).isEqualTo("In review");
    }

    @Test
    void under_blind_review_the_queue_hides_the_verdict_until_the_reviewer_rates() throws Exception {
        long id = fx.inReview(true);
        loginAs("carol");
        UI.getCurrent().navigate("review");
        assertThat(_find(Span.class, spec -> spec.withId("rating-" + id))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("approve-" + id))).isEmpty();
        assertThat(byId(Div.class, "review-item-" + id).getElement().getTextRecursively())
                .doesNotContain("The port statistics confirm it.");
        @SuppressWarnings("unchecked")
        Select<Rating> rating = byId(Select.class, "blind-rating-" + id);
        rating.setValue(Rating.HALF_TRUE); // Karibu 2.6.2 _setValue fails on Vaadin 25
        _click(byId(Button.class, "blind-submit-" + id));
        assertThat(byId(Span.class, "rating-" + id).getText()).isEqualTo("True");
        assertThat(byId(Span.class, "my-blind-rating-" + id).getText()).isEqualTo("Your blind rating: Half true");
        byId(Button.class, "approve-" + id);
    }

    @Test
    void comments_are_added_in_the_timeline_and_shown_as_text() throws Exception {
        long id = fx.inReview(false);
        loginAs("bob");
        UI.getCurrent().navigate("review");
        byId(Details.class, "timeline-details-" + id).setOpened(true);
        byId(TextArea.class, "comment-text-" + id).setValue("<b>check</b> the annual report"); // Karibu 2.6.2 _setValue fails on Vaadin 25
        _click(byId(Button.class, "comment-send-" + id));
        Div timeline = byId(Div.class, "timeline-" + id);
        assertThat(_find(timeline, Paragraph.class)).extracting(Paragraph::getText).contains("<b>check</b> the annual report");
        assertThat(timeline.getElement().getTextRecursively()).contains("alice marked the claim", "alice verdict: True", "status DRAFT → IN_REVIEW");
    }

    @Test
    void the_agreement_view_shows_alpha_pairs_and_svg_charts_to_reviewers() throws Exception {
        fx.checked();
        loginAs("carol");
        UI.getCurrent().navigate("agreement");
        assertThat(byId(Span.class, "agreement-alpha").getText()).matches("n/a|-?\\d\\.\\d{3}");
        byId(com.vaadin.flow.component.grid.Grid.class, "agreement-pairs");
        assertThat(byId(Image.class, "agreement-confusion").getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(byId(Image.class, "agreement-distribution").getSrc()).startsWith("data:image/svg+xml;base64,");
    }

    private static String notices() {
        return _find(Span.class, spec -> spec.withClasses("notice-error")).stream().map(Span::getText)
                .reduce("", (a, b) -> a + b);
    }

    @Test
    void approving_a_verdict_the_author_changed_meanwhile_shows_the_new_verdict_and_asks_again() throws Exception {
        long id = fx.submitted("alice", Rating.UNVERIFIABLE, false);
        loginAs("bob");
        UI.getCurrent().navigate("review");
        assertThat(byId(Span.class, "rating-" + id).getText()).isEqualTo("Unverifiable");
        // alice resubmits FALSE while bob's page still shows Unverifiable
        ReviewFixtures.run("alice", () -> claims.submitVerdict(id, Rating.FALSE, "It is false after all."));
        _click(byId(Button.class, "approve-" + id));
        _click(byId(Button.class, "confirm-approve"));
        assertThat(status(id)).as("nothing approved").isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(notices()).contains("The verdict changed after you loaded it");
        assertThat(byId(Span.class, "rating-" + id).getText()).as("the new verdict is shown").isEqualTo("False");
        _click(byId(Button.class, "approve-" + id));
        _click(byId(Button.class, "confirm-approve"));
        assertThat(status(id)).isEqualTo(ClaimStatus.CHECKED);
        assertThat(as("admin", () -> claims.get(id).getVerdict().getRating())).isEqualTo(Rating.FALSE);
    }

    @Test
    void a_dispute_dialog_on_a_changed_verdict_closes_and_shows_the_new_verdict() throws Exception {
        long id = fx.submitted("alice", Rating.UNVERIFIABLE, false);
        loginAs("carol");
        UI.getCurrent().navigate("review");
        _click(byId(Button.class, "dispute-" + id));
        @SuppressWarnings("unchecked")
        Select<Rating> rating = byId(Select.class, "dispute-rating");
        rating.setValue(Rating.TRUE);
        byId(TextArea.class, "dispute-comment").setValue("The statistics confirm it.");
        ReviewFixtures.run("alice", () -> claims.submitVerdict(id, Rating.TRUE, "True after all."));
        _click(byId(Button.class, "confirm-dispute"));
        assertThat(status(id)).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(_find(Button.class, spec -> spec.withId("confirm-dispute"))).as("dialog closed").isEmpty();
        assertThat(byId(Span.class, "rating-" + id).getText()).isEqualTo("True");
    }

    @Test
    void accepting_a_dispute_on_a_stale_page_changes_nothing_and_shows_the_new_dispute() throws Exception {
        long id = fx.disputed();
        loginAs("alice");
        UI.getCurrent().navigate("my-claims");
        // alice asks to accept; while the question is open, in another tab she revised, and carol disputed the
        // revision with another rating (opening the question first keeps the page stale whenever the live refresh
        // comes: the question names the verdict the page showed)
        _click(byId(Button.class, "accept-" + id));
        ReviewFixtures.run("alice", () -> reviews.reviseDisputed(id, Rating.HALF_TRUE, "Half true."));
        Long revised = fx.verdict(id);
        ReviewFixtures.run("carol", () -> reviews.dispute(id, revised, Rating.FALSE, "False, see the report."));
        _click(byId(Button.class, "confirm-accept"));
        assertThat(status(id)).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(notices()).contains("The verdict changed after you loaded it");
        assertThat(byId(Paragraph.class, "dispute-comment-" + id).getText()).isEqualTo("False, see the report.");
        _click(byId(Button.class, "accept-" + id));
        _click(byId(Button.class, "confirm-accept"));
        assertThat(status(id)).isEqualTo(ClaimStatus.CHECKED);
        assertThat(as("admin", () -> claims.get(id).getVerdict().getRating())).isEqualTo(Rating.FALSE);
    }

    @Test
    void under_blind_review_the_timeline_hides_the_authors_comment_until_the_reviewer_rates() throws Exception {
        long id = fx.inReview(true);
        ReviewFixtures.run("alice", () -> reviews.comment(id, "I rated it True because of the port report."));
        loginAs("carol");
        UI.getCurrent().navigate("review");
        byId(Details.class, "timeline-details-" + id).setOpened(true);
        String text = byId(Div.class, "timeline-" + id).getElement().getTextRecursively();
        assertThat(text).doesNotContain("I rated it True").doesNotContain("The port statistics confirm it.")
                .doesNotContain("verdict: True");
    }
}
