package org.factmark.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factmark.claim.ui.AnnotatorTestSupport.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimSummary;
import org.factmark.claim.ClaimType;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A quote cut short in the claim list or the overlap chooser shows in full as a tooltip (Vaadin Tooltip). */
class QuoteTooltipsTest extends KaribuTest {
    static final String LONG = "the ministry said exports of machinery rose by a tenth in the first quarter, while imports"
            + " of fuel fell for the third month running, according to figures published on Tuesday";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    @Test
    void a_long_quote_cut_in_the_claim_list_and_the_chooser_shows_in_full_as_a_tooltip() {
        loginAs("alice");
        String body = "First paragraph.\n\nIn March " + LONG + ".\n\nLast paragraph.";
        Article article = as("alice", () -> articles.create(new ArticleDraft("Tooltips " + System.nanoTime(),
                "https://example.org/t", "Test", null, "en", body)));
        int start = body.codePointCount(0, body.indexOf(LONG));
        Claim whole = as("alice", () -> claims.mark(article.getId(), start, start + LONG.length(), true, ClaimType.STATISTIC, null));
        Claim part = as("alice", () -> claims.mark(article.getId(), start, start + 20, true, ClaimType.OTHER, null));

        UI.getCurrent().navigate("articles/" + article.getId());
        ArticleView view = _get(ArticleView.class);
        Grid.Column<ClaimSummary> quoteColumn = view.list.getColumns().stream()
                .filter(c -> "Claim".equals(c.getHeaderText())).findFirst().orElseThrow();
        ClaimSummary summary = ClaimSummary.of(whole);
        assertThat(summary.preview()).as("the list shows it cut").endsWith("…").hasSizeLessThan(LONG.length());
        assertThat(quoteColumn.getTooltipGenerator().apply(summary)).as("the row's tooltip").isEqualTo(LONG);

        callFromClient(view.body, "highlightClicked", whole.getId() + " " + part.getId());
        Button choose = _get(Button.class, x -> x.withId("choose-claim-" + whole.getId()));
        assertThat(choose.getText()).contains("…");
        assertThat(choose.getTooltip().getText()).as("the chooser's tooltip").isEqualTo(LONG);
    }

    @Test
    void a_quote_across_a_paragraph_break_reads_as_one_line_in_the_tooltip() {
        ArticleText text = new ArticleText("One two.\n\nThree 🇵🇱 four.");
        assertThat(text.slice(4, 18)).isEqualTo("two.\n\nThree 🇵🇱");
        assertThat(new ArticleBody("One two.\n\nThree 🇵🇱 four.", java.util.List.of()).quote(4, 18)).isEqualTo("two. Three 🇵🇱");
    }
}
