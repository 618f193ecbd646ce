package org.factmark.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factmark.claim.ui.AnnotatorTestSupport.as;

import java.util.Map;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A shared claim link opens the claim and brings its highlight into view, however far down the article it is. */
class ClaimLinkBrowserTest extends BrowserTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    /** A fresh article of 70 paragraphs with one claim in its 61st (followed by ten more): {article id, claim id}. */
    long[] longArticleWithClaimNearTheEnd() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 70; i++) {
            if (i == 61) body.append("Then the minister claimed that 42 new factories opened in 2025 alone.\n\n");
            body.append("Paragraph ").append(i).append(": the ministry said exports of machinery rose by a tenth in the"
                    + " first quarter, while imports of fuel fell for the third month running, according to figures"
                    + " published on Tuesday by the statistics office.\n\n");
        }
        String text = body.toString();
        Article article = as("alice", () -> articles.create(new ArticleDraft("Long article " + System.nanoTime(),
                "https://example.org/long", "Test", null, "en", text)));
        int start = text.codePointCount(0, text.indexOf("42 new factories"));
        Claim claim = as("alice", () -> claims.mark(article.getId(), start, start + "42 new factories".length(), true,
                ClaimType.STATISTIC, null));
        return new long[] {article.getId(), claim.getId()};
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_claim_link_selects_the_claim_and_centres_its_highlight_even_2000_px_down_the_article() {
        long[] ids = longArticleWithClaimNearTheEnd();
        login("alice", "demo");
        driver.get(baseUrl() + "/articles/" + ids[0] + "/claims/" + ids[1]);
        await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article-body span.hl.hl-focus[data-claim-ids~='" + ids[1] + "']")));
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-quote"), "42 new factories"));

        // the highlight settles in view (no smooth-scroll animation, but layout may take a few frames)
        String inView = """
                const hl = document.querySelector("#article-body span.hl-focus");
                const reading = hl.closest('.reading');
                const r = hl.getBoundingClientRect(), box = reading.getBoundingClientRect();
                return {top: r.top, bottom: r.bottom, viewport: window.innerHeight, boxTop: box.top, boxBottom: box.bottom,
                        down: r.top - box.top + reading.scrollTop, scrolled: reading.scrollTop};""";
        Map<String, Number> m = (Map<String, Number>) driver.executeScript(inView);
        for (int i = 0; i < 30 && !(m.get("top").doubleValue() >= 0
                && m.get("bottom").doubleValue() <= m.get("viewport").doubleValue()); i++) {
            sleep(100);
            m = (Map<String, Number>) driver.executeScript(inView);
        }
        assertThat(m.get("top").doubleValue()).as("highlight top inside the viewport: " + m).isGreaterThanOrEqualTo(0);
        assertThat(m.get("bottom").doubleValue()).as("highlight bottom inside the viewport: " + m)
                .isLessThanOrEqualTo(m.get("viewport").doubleValue());
        assertThat(m.get("down").doubleValue()).as("the claim is far down the article").isGreaterThan(2000);
        assertThat(m.get("top").doubleValue()).as("highlight top inside the article column")
                .isGreaterThanOrEqualTo(m.get("boxTop").doubleValue());
        assertThat(m.get("bottom").doubleValue()).as("highlight bottom inside the article column")
                .isLessThanOrEqualTo(m.get("boxBottom").doubleValue());
        double centre = (m.get("top").doubleValue() + m.get("bottom").doubleValue()) / 2;
        double boxCentre = (m.get("boxTop").doubleValue() + m.get("boxBottom").doubleValue()) / 2;
        assertThat(Math.abs(centre - boxCentre)).as("centred in the article column (px off centre)").isLessThan(100);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
