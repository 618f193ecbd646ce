package org.factmark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factmark.article.ArticleService;
import org.factmark.article.ArticleSummary;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimType;
import org.factmark.testsupport.BrowserTest;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * Writes the README's screenshots (docs/screenshots/*.png, 1440x900) from the running app with the demo data, so they
 * show the product as it is. Runs only on request, never in a plain {@code ./mvnw verify} (it rewrites committed
 * files): {@code ./mvnw -q test -Dtest=ScreenshotsBrowserTest -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true",
        disabledReason = "rewrites the committed docs/screenshots/*.png; run with -Dscreenshots=true to refresh them")
// its own context (own in-memory database): the extra overlapping claims never reach other tests
@TestPropertySource(properties = {"factmark.demo.claims=true", "factmark.screenshots.context=own"})
class ScreenshotsBrowserTest extends BrowserTest {
    static final Path DIR = Path.of(System.getProperty("basedir", "."), "docs", "screenshots");

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    private void shoot(String name, By ready) throws Exception {
        await().until(ExpectedConditions.presenceOfElementLocated(ready));
        await().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
        // Vaadin's development-mode tool bar is not part of the application; notifications would cover the view
        driver.executeScript("document.querySelectorAll('copilot-main, vaadin-dev-tools, vaadin-notification-card')"
                + ".forEach(e => e.remove()); document.activeElement && document.activeElement.blur();");
        Thread.sleep(800); // grid rows, the drawer's transition, fonts
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name + ".png");
        Files.write(file, png);
        System.out.printf("screenshot %s: %d KB%n", file, png.length / 1024);
        assertThat(png.length).as(name + " is not blank").isGreaterThan(10_000);
    }

    private Claim tryMark(long articleId, String quote, ClaimType type) {
        try {
            return TestUsers.as("alice", () -> claims.markQuote(articleId, quote, null, null, type, null));
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void writes_the_readme_screenshots_of_the_main_screens_at_1440_by_900() throws Exception {
        long victory = TestUsers.as("alice", () -> articles.list("Victory Day", PageRequest.of(0, 1))).stream()
                .map(ArticleSummary::id).findFirst().orElseThrow();
        // nested and overlapping claims, inside the demo ones
        tryMark(victory, "September 3", ClaimType.DATE_EVENT);
        tryMark(victory, "$245 billion in 2024", ClaimType.STATISTIC);
        tryMark(victory, "in Kazan in October", ClaimType.DATE_EVENT);
        List<Claim> all = TestUsers.as("alice", () -> claims.listForArticle(victory));
        Claim checked = all.stream().filter(c -> c.getStatus() == ClaimStatus.CHECKED).findFirst().orElseThrow();

        viewport(1440, 900);
        login("alice", "demo");
        driver.get(baseUrl() + "/");
        shoot("articles", By.id("articles-grid"));
        driver.get(baseUrl() + "/articles/" + victory);
        await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article-body[data-annotator='attached'] span.hl[data-depth='2']")));
        driver.executeScript("document.querySelector(\"#article-body span.hl[data-depth='2']\").scrollIntoView({block: 'center'});");
        shoot("annotator", By.cssSelector("#article-body span.hl[data-depth='2']"));
        driver.get(baseUrl() + "/articles/" + victory + "/claims/" + checked.getId());
        shoot("claim-panel", By.id("claim-status"));
        driver.get(baseUrl() + "/my-claims");
        shoot("my-claims", By.id("my-claims"));
        driver.get(baseUrl() + "/export");
        shoot("export", By.tagName("h2"));
        logout();

        login("bob", "demo");
        driver.get(baseUrl() + "/review");
        shoot("review-queue", By.tagName("h2"));
        driver.get(baseUrl() + "/agreement");
        shoot("agreement", By.tagName("h2"));
    }
}
