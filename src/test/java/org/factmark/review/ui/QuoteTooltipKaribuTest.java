package org.factmark.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.shared.Tooltip;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.SourceInput;
import org.factmark.claim.Stance;
import org.factmark.review.ReviewService;
import org.factmark.testsupport.KaribuTest;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** My claims' "since your last visit" list cuts long quotes; the full quote is the link's tooltip. */
class QuoteTooltipKaribuTest extends KaribuTest {
    static final String LONG = "the ministry said exports of machinery rose by a tenth in the first quarter, while imports"
            + " of fuel fell for the third month running";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;

    @Test
    void a_cut_quote_in_since_your_last_visit_shows_the_full_quote_as_a_tooltip() throws Exception {
        loginAs("alice");
        UI.getCurrent().navigate("my-claims"); // earlier activity is read now
        String body = "In March " + LONG + ".";
        long id = TestUsers.as("alice", () -> {
            Article a = articles.create(new ArticleDraft("Tooltip " + System.nanoTime(), "https://example.org/t", "Test",
                    null, "en", body));
            Claim c = claims.markQuote(a.getId(), LONG, null, null, ClaimType.STATISTIC, null);
            claims.addSource(c.getId(), new SourceInput("https://stats.example.org/x", "Statistics", "Stats", null, null,
                    Stance.SUPPORTS));
            claims.submitVerdict(c.getId(), Rating.TRUE, "The statistics confirm it.");
            return c.getId();
        });
        TestUsers.run("bob", () -> reviews.comment(id, "Which table?"));

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("my-claims");
        Div since = _get(Div.class, spec -> spec.withId("since-last-visit"));
        Anchor link = _find(since, Anchor.class).stream().filter(x -> x.getHref().endsWith("/claims/" + id)).findFirst()
                .orElseThrow();
        assertThat(link.getText()).as("shown cut").endsWith("…”").hasSizeLessThan(LONG.length());
        assertThat(Tooltip.forComponent(link).getText()).as("the full quote as a tooltip").isEqualTo(LONG);
    }
}
