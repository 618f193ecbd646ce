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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Headless Chromium: alice's submitted claim is approved by bob in the review queue and shows as checked. */
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
    void alice_submits_a_claim_bob_approves_it_in_the_queue_and_it_shows_as_checked() throws Exception {
        // alice marks, adds a source and submits through the services (marking in the UI is the annotator's test)
        long id = new ReviewFixtures(articles, claims, reviews, users).inReview(false);

        login("bob", "demo");
        driver.get(baseUrl() + "/review");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-item-" + id)));
        assertThat(driver.findElement(By.id("sentence-" + id)).getText())
                .contains("The harbour handled 4.2 million containers in 2024, a record.");
        assertThat(driver.findElement(By.id("rating-" + id)).getText()).isEqualTo("True");
        shot("review-queue");
        driver.findElement(By.id("approve-" + id)).click();
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
