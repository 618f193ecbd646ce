package org.factmark.suggest.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.suggest.Suggestion;
import org.factmark.testsupport.KaribuTest;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The suggestions panel in the annotator, browserless: accept with a changed type, reject, focus moves on. */
class SuggestionsPanelTest extends KaribuTest {
    static final String BODY = "Headline\n\nTrade reached $245 billion in 2024, officials said.\n\n"
            + "The leaders met in Kazan in October.\n\nUnemployment held at 4.1% in May.";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    Article article;

    @BeforeEach
    void open() {
        article = TestUsers.as("alice", () -> articles.create(new ArticleDraft("Panel " + System.nanoTime(),
                "https://example.org/p", "Test", null, "en", BODY)));
        loginAs("alice");
        UI.getCurrent().navigate("articles/" + article.getId());
    }

    @Test
    void accepting_makes_a_claim_of_the_chosen_type_and_focuses_the_next_suggestion() {
        SuggestionsPanel panel = _get(SuggestionsPanel.class);
        assertThat(panel.current()).hasSize(3);
        Suggestion first = panel.focused();
        assertThat(first.quote()).isEqualTo("Trade reached $245 billion in 2024");
        panel.type.setValue(ClaimType.PREDICTION);
        _click(panel.accept);
        Claim c = claims.listForArticle(article.getId()).get(0);
        assertThat(c.getQuote()).isEqualTo(first.quote());
        assertThat(c.getType()).isEqualTo(ClaimType.PREDICTION);
        assertThat(panel.current()).hasSize(2);
        assertThat(panel.focused().quote()).isEqualTo("The leaders met in Kazan in October.");
    }

    @Test
    void rejecting_removes_the_suggestion_for_good_and_makes_no_claim() {
        SuggestionsPanel panel = _get(SuggestionsPanel.class);
        panel.move(1);
        assertThat(panel.focused().quote()).isEqualTo("The leaders met in Kazan in October.");
        _click(panel.reject);
        assertThat(claims.listForArticle(article.getId())).isEmpty();
        assertThat(panel.current()).extracting(Suggestion::quote).doesNotContain("The leaders met in Kazan in October.");
        assertThat(panel.focused().quote()).isEqualTo("Unemployment held at 4.1% in May.");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("articles/" + article.getId());
        assertThat(_get(SuggestionsPanel.class).current()).hasSize(2);
    }

    @Test
    void shift_tab_from_the_first_suggestion_wraps_to_the_last() {
        SuggestionsPanel panel = _get(SuggestionsPanel.class);
        panel.move(-1);
        assertThat(panel.focused().quote()).isEqualTo("Unemployment held at 4.1% in May.");
    }
}
