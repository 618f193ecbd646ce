package org.factmark.suggest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.testsupport.BrowserTest;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** In Chromium: suggestions are drawn, N / P move, A accepts and X rejects by keyboard; Tab stays focus navigation. */
class SuggestionsBrowserTest extends BrowserTest {
    static final String BODY = "Headline\n\n🇯🇵 Trade reached $245 billion in 2024, officials said.\n\n"
            + "The leaders met in Kazan in October.\n\nUnemployment held at 4.1% in May.";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    @Test
    void an_annotator_accepts_and_rejects_suggestions_with_the_keyboard() {
        Article article = TestUsers.as("alice", () -> articles.create(new ArticleDraft("Keys " + System.nanoTime(),
                "https://example.org/k", "Test", null, "en", BODY)));
        login("alice", "demo");
        driver.get(baseUrl() + "/articles/" + article.getId());
        WebElement body = await().until(d -> d.findElement(By.id("article-body")));
        await().until(d -> "3".equals(body.getDomAttribute("data-suggestions")));
        String first = body.getDomAttribute("data-suggestion-focus");
        driver.findElement(By.id("article-title")).click();

        new Actions(driver).sendKeys("n").perform();                // focus the second suggestion
        await().until(d -> !first.equals(body.getDomAttribute("data-suggestion-focus")));
        String second = body.getDomAttribute("data-suggestion-focus");
        new Actions(driver).sendKeys("p").perform();                // back to the first
        await().until(d -> first.equals(body.getDomAttribute("data-suggestion-focus")));
        new Actions(driver).sendKeys("n").perform();
        await().until(d -> second.equals(body.getDomAttribute("data-suggestion-focus")));
        new Actions(driver).sendKeys("a").perform();                // accept it
        await().until(d -> TestUsers.as("alice", () -> claims.listForArticle(article.getId())).size() == 1);
        List<Claim> made = TestUsers.as("alice", () -> claims.listForArticle(article.getId()));
        assertThat(made.get(0).getQuote()).isEqualTo("The leaders met in Kazan in October.");
        await().until(d -> "2".equals(body.getDomAttribute("data-suggestions")));

        driver.findElement(By.id("article-title")).click();
        new Actions(driver).sendKeys("x").perform();                // reject the focused one (the next: 4.1%)
        await().until(d -> "1".equals(body.getDomAttribute("data-suggestions")));
        assertThat(TestUsers.as("alice", () -> claims.listForArticle(article.getId()))).hasSize(1);
        assertThat(body.getDomAttribute("data-suggestion-focus")).isNotEmpty();
    }

    @Test
    void tab_moves_the_keyboard_focus_and_leaves_the_suggestions_alone() {
        Article article = TestUsers.as("alice", () -> articles.create(new ArticleDraft("Tab " + System.nanoTime(),
                "https://example.org/t", "Test", null, "en", BODY)));
        login("alice", "demo");
        driver.get(baseUrl() + "/articles/" + article.getId());
        WebElement body = await().until(d -> d.findElement(By.id("article-body")));
        await().until(d -> "3".equals(body.getDomAttribute("data-suggestions")));
        String focused = body.getDomAttribute("data-suggestion-focus");
        driver.findElement(By.id("article-title")).click();
        Object before = driver.executeScript("return document.activeElement");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.executeScript("return document.activeElement")).isNotEqualTo(before);
        assertThat(body.getDomAttribute("data-suggestion-focus")).isEqualTo(focused);
    }
}
