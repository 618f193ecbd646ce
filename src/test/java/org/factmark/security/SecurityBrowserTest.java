package org.factmark.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.review.ReviewFixtures;
import org.factmark.review.ReviewService;
import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Headless Chromium: the app works under its Content-Security-Policy; a disabled reviewer's open page cannot approve. */
class SecurityBrowserTest extends BrowserTest {
    static final String PASSWORD = "violet harbour lamp";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;

    private List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    @Test
    void the_annotator_and_the_review_queue_work_under_the_content_security_policy() throws Exception {
        long articleId = new ReviewFixtures(articles, claims, reviews, users).article(false).getId();
        login("alice", "demo");
        driver.get(baseUrl() + "/articles/" + articleId);
        // the annotator script (a context:// module) ran and attached itself to the article body
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
        driver.get(baseUrl() + "/my-claims");
        await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
        assertThat(cspViolations()).isEmpty();

        // control: a foreign image is refused by the policy, and the console check sees that
        driver.executeScript("const i = document.createElement('img'); i.src = 'http://example.invalid/x.png'; document.body.appendChild(i);");
        await().until(d -> !cspViolations().isEmpty());
    }

    @Test
    void a_reviewer_disabled_while_their_queue_is_open_cannot_approve_and_lands_on_the_login_page() throws Exception {
        ReviewFixtures fx = new ReviewFixtures(articles, claims, reviews, users);
        long id = fx.inReview(false);
        String name = "rev" + UUID.randomUUID().toString().substring(0, 6);
        AppUser reviewer = SystemAuthentication.call(() -> users.create(name, PASSWORD, name, EnumSet.of(Role.REVIEWER)));

        login(name, PASSWORD);
        driver.get(baseUrl() + "/review");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("approve-" + id)));

        SystemAuthentication.run(() -> users.setEnabled(reviewer.getId(), false));
        driver.findElement(By.id("approve-" + id)).click();

        await().until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(ReviewFixtures.as("admin", () -> claims.get(id).getStatus())).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(cspViolations()).isEmpty();
    }
}
