package org.factmark.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.article.ArticleService;
import org.factmark.security.SystemAuthentication;
import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The articles list in a real browser: login, the seed article in the grid, a click opens it and shows its text. */
class ArticlesBrowserTest extends BrowserTest {
    @Autowired
    ArticleService articles;

    private WebElement cellWithText(String text) {
        return await().until(d -> d.findElements(By.cssSelector("#articles-grid vaadin-grid-cell-content")).stream()
                .filter(c -> text.equals(c.getText().strip())).findFirst().orElse(null));
    }

    @Test
    void annotator_opens_the_seed_article_from_the_list_and_reads_its_text() throws Exception {
        long id = SystemAuthentication.call(() -> articles.list("Victory Day", PageRequest.of(0, 1)).getFirst().id());
        login("alice", "demo");
        driver.get(baseUrl() + "/");
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("articles-grid")));
        assertThat(driver.findElements(By.id("import-button"))).hasSize(1);
        cellWithText(ArticlesViewTest.SEED_TITLE).click();
        await().until(d -> d.getCurrentUrl().endsWith("/articles/" + id));
        WebElement body = await().until(ExpectedConditions.presenceOfElementLocated(By.id("article-body")));
        await().until(d -> body.getText().contains("reached an estimated $245 billion in 2024"));
        assertThat(body.getText()).contains("in Astana in July and in Kazan in October.");
    }

    @Test
    void logging_in_gives_the_browser_a_new_session_id() {
        driver.get(baseUrl() + "/login");
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        await().until(d -> d.manage().getCookieNamed("JSESSIONID") != null);
        String before = driver.manage().getCookieNamed("JSESSIONID").getValue();
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("alice");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("demo");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        await().until(d -> !d.getCurrentUrl().contains("/login"));
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("articles-grid")));
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
    }

    @Test
    void wrong_password_shows_the_login_error_and_stays_on_the_login_page() {
        driver.get(baseUrl() + "/login");
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys("alice");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        await().until(d -> d.getCurrentUrl().contains("/login?error"));
        WebElement form = await().until(d -> d.findElement(By.cssSelector("vaadin-login-form")));
        await().until(d -> form.getDomProperty("error") != null && form.getDomProperty("error").equals("true"));
        assertThat(driver.findElements(By.id("articles-grid"))).isEmpty();
    }
}
