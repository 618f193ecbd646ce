package org.factmark.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.review.ReviewFixtures;
import org.factmark.review.ReviewService;
import org.factmark.security.UserService;
import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Headless Chromium: alice marks and submits a claim, bob approves it in the review queue, it shows as checked. */
class ReviewBrowserTest extends BrowserTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;

    @Test
    void alice_marks_and_submits_a_claim_bob_approves_it_in_the_queue_and_it_shows_as_checked() throws Exception {
        long articleId = new ReviewFixtures(articles, claims, reviews, users).article(false).getId();

        // alice selects the figure in the article, marks it with M, rates it and submits it for review
        login("alice", "demo");
        driver.get(baseUrl() + "/articles/" + articleId);
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
        String selected = (String) driver.executeScript("""
                const body = document.getElementById('article-body');
                const w = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
                for (let n = w.nextNode(); n; n = w.nextNode()) {
                  const i = n.data.indexOf(arguments[0]);
                  if (i < 0) continue;
                  const r = document.createRange();
                  r.setStart(n, i);
                  r.setEnd(n, i + arguments[0].length);
                  getSelection().removeAllRanges();
                  getSelection().addRange(r);
                  return getSelection().toString();
                }
                return null;""", ReviewFixtures.QUOTE);
        assertThat(selected).isEqualTo(ReviewFixtures.QUOTE);
        new Actions(driver).sendKeys("m").perform();
        await().until(ExpectedConditions.textToBe(By.id("claim-status"), "Draft"));
        long id = ReviewFixtures.as("alice", () -> claims.listForArticle(articleId)).stream()
                .filter(c -> c.getQuote().equals(ReviewFixtures.QUOTE)).findFirst().orElseThrow().getId();
        // centred first: at the panel's bottom right it would sit under Vaadin's development-mode tool bar
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", driver.findElement(By.id("verdict-rating")));
        driver.findElement(By.id("verdict-rating")).click();
        await().until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().strip().equals("Unverifiable") && i.isDisplayed()).findFirst().orElse(null)).click();
        driver.findElement(By.cssSelector("#verdict-rationale textarea")).sendKeys("No public port statistics for 2024 yet.");
        driver.findElement(By.id("submit-verdict")).click();
        await().until(ExpectedConditions.textToBe(By.id("claim-status"), "In review"));
        assertThat(ReviewFixtures.as("alice", () -> claims.get(id).getStatus())).isEqualTo(ClaimStatus.IN_REVIEW);
        logout();

        login("bob", "demo");
        driver.get(baseUrl() + "/review");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-item-" + id)));
        assertThat(driver.findElement(By.id("sentence-" + id)).getText())
                .contains("The harbour handled 4.2 million containers in 2024, a record.");
        assertThat(driver.findElement(By.id("rating-" + id)).getText()).isEqualTo("Unverifiable");
        shot("review-queue");
        driver.findElement(By.id("approve-" + id)).click();
        await().until(ExpectedConditions.elementToBeClickable(By.id("confirm-approve"))).click();
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("review-item-" + id)));
        assertThat(ReviewFixtures.as("admin", () -> claims.get(id).getStatus())).isEqualTo(ClaimStatus.CHECKED);

        // the server-drawn SVG charts load as images
        driver.get(baseUrl() + "/agreement");
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-distribution")));
        await().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const i = document.getElementById('agreement-distribution'); return i.complete && i.naturalWidth > 0;")));
        shot("agreement");

        logout();
        login("alice", "demo");
        driver.get(baseUrl() + "/my-claims");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("status-" + id)));
        assertThat(driver.findElement(By.id("status-" + id)).getText()).isEqualTo("Checked");
        assertThat(driver.findElement(By.id("my-claim-" + id)).getText()).contains("Checked by bob");
        shot("my-claims");
    }

    /** With -Dreview.screenshots=DIR, saves a PNG of the page (for looking at the views; asserts nothing). */
    private void shot(String name) throws Exception {
        String dir = System.getProperty("review.screenshots");
        if (dir == null) return;
        Thread.sleep(500);
        byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
        java.nio.file.Files.write(java.nio.file.Path.of(dir, name + ".png"), png);
    }
}
