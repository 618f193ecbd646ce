package org.factmark.claim.ui;

import static org.factmark.claim.ui.AnnotatorTestSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** In Chromium: the browser's own "leave site?" prompt is armed exactly while the claim panel holds unsaved edits. */
class UnsavedEditsBrowserTest extends BrowserTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    /** Whether a reload or closing the tab would now ask: a beforeunload event is cancelled by the page. */
    boolean unloadWouldAsk() {
        return (Boolean) driver.executeScript("""
                const e = new Event('beforeunload', {cancelable: true});
                window.dispatchEvent(e);
                return e.defaultPrevented;""");
    }

    Object armedFlag() {
        return driver.executeScript("return window.FactmarkUnsaved ? window.FactmarkUnsaved.armed : null");
    }

    @Test
    void typing_in_the_claimant_arms_the_unload_prompt_at_once_and_saving_disarms_it() {
        long articleId = AnnotatorTestSupport.articleId(articles, "Japan and Poland sign semiconductor pact");
        String body = as("alice", () -> articles.get(articleId).getBody());
        int start = AnnotatorTestSupport.cp(body, "exports rose 12.4%", 0);
        Claim c = as("alice", () -> claims.mark(articleId, start, start + 18, false, ClaimType.STATISTIC, null));
        login("alice", "demo");
        driver.get(baseUrl() + "/articles/" + articleId + "/claims/" + c.getId());
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
        await().until(d -> armedFlag() != null); // the panel reported its (clean) state
        assertEquals(Boolean.FALSE, armedFlag());
        assertFalse(unloadWouldAsk(), "nothing typed: a reload does not ask");

        driver.findElement(By.cssSelector("#claimant input")).sendKeys("Statistics Poland");

        assertEquals(Boolean.TRUE, armedFlag(), "armed by the keystroke, before the value reaches the server");
        assertEquals(true, unloadWouldAsk());

        driver.findElement(By.id("save-claim")).click();
        await().until(d -> Boolean.FALSE.equals(armedFlag()));
        assertFalse(unloadWouldAsk(), "saved: a reload does not ask");
        await().until(d -> "Statistics Poland".equals(as("alice", () -> claims.get(c.getId()).getClaimant())));

        // once the value reached the server, the server keeps it armed (it knows the panel is dirty)
        driver.findElement(By.cssSelector("#restatement textarea")).sendKeys("Japan's exports to Poland grew.");
        driver.findElement(By.cssSelector("#claimant input")).click(); // blur: the value goes to the server
        await().until(d -> Boolean.TRUE.equals(armedFlag()));
        assertEquals(true, unloadWouldAsk());
    }
}
