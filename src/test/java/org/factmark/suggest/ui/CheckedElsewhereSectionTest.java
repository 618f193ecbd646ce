package org.factmark.suggest.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.SourceInput;
import org.factmark.claim.Stance;
import org.factmark.review.ReviewService;
import org.factmark.testsupport.KaribuTest;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The claim panel shows an earlier verdict on the same figure, and one click starts from it. */
class CheckedElsewhereSectionTest extends KaribuTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;

    Article article(String body) {
        return TestUsers.as("alice", () -> articles.create(new ArticleDraft("Section " + System.nanoTime(),
                "https://example.org/c", "Test", null, "en", body)));
    }

    @Test
    void the_claim_panel_links_the_earlier_verdict_and_starts_from_it_in_one_click() {
        Article first = article("Headline\n\nCopper output in Chile reached 5.3 million tonnes in 2024, the ministry said.");
        long earlier = TestUsers.as("alice", () -> {
            Claim c = claims.markQuote(first.getId(), "Copper output in Chile reached 5.3 million tonnes in 2024", null,
                    null, ClaimType.STATISTIC, null);
            claims.addSource(c.getId(), new SourceInput("https://example.org/copper", "Ministry data", null, null, null,
                    Stance.SUPPORTS));
            claims.submitVerdict(c.getId(), Rating.TRUE, "Ministry data.");
            return c.getId();
        });
        TestUsers.run("bob", () -> reviews.approve(earlier, claims.get(earlier).getVerdict().getId(), "Fine."));
        Article second = article("Headline\n\nChile's copper output hit 5.3 million tonnes in 2024, miners say.");
        long fresh = TestUsers.as("alice", () -> claims.markQuote(second.getId(),
                "Chile's copper output hit 5.3 million tonnes in 2024", null, null, ClaimType.STATISTIC, null).getId());

        loginAs("alice");
        UI.getCurrent().navigate("articles/" + second.getId() + "/claims/" + fresh);
        CheckedElsewhereSection section = _get(CheckedElsewhereSection.class);
        assertThat(section.getElement().getTextRecursively()).contains("Copper output in Chile reached 5.3 million tonnes")
                .contains("TRUE");
        _click(section.startButtons.get(0));
        Claim after = claims.get(fresh);
        assertThat(after.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(after.getVerdict().getRating()).isEqualTo(Rating.TRUE);
        assertThat(claims.sources(fresh)).hasSize(1);
    }

    @Test
    void starting_from_an_earlier_verdict_keeps_what_was_typed_in_the_claim_fields_and_it_can_still_be_saved() {
        Article first = article("Headline\n\nZinc output in Peru reached 1.4 million tonnes in 2024, the ministry said.");
        long earlier = TestUsers.as("alice", () -> {
            Claim c = claims.markQuote(first.getId(), "Zinc output in Peru reached 1.4 million tonnes in 2024", null,
                    null, ClaimType.STATISTIC, null);
            claims.addSource(c.getId(), new SourceInput("https://example.org/zinc", "Ministry data", null, null, null,
                    Stance.SUPPORTS));
            claims.submitVerdict(c.getId(), Rating.TRUE, "Ministry data.");
            return c.getId();
        });
        TestUsers.run("bob", () -> reviews.approve(earlier, claims.get(earlier).getVerdict().getId(), "Fine."));
        Article second = article("Headline\n\nPeru's zinc output hit 1.4 million tonnes in 2024, miners say.");
        long fresh = TestUsers.as("alice", () -> claims.markQuote(second.getId(),
                "Peru's zinc output hit 1.4 million tonnes in 2024", null, null, ClaimType.STATISTIC, null).getId());
        loginAs("alice");
        UI.getCurrent().navigate("articles/" + second.getId() + "/claims/" + fresh);
        _get(TextField.class, s -> s.withId("claimant")).setValue("Peruvian miners");

        _click(_get(CheckedElsewhereSection.class).startButtons.get(0));

        assertThat(_get(TextField.class, s -> s.withId("claimant")).getValue()).isEqualTo("Peruvian miners");
        _click(_get(Button.class, s -> s.withId("save-claim")));
        assertThat(claims.get(fresh).getClaimant()).isEqualTo("Peruvian miners");
    }
}
