package org.factmark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.factmark.testsupport.TestUsers.as;

import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The frame around the views: the menu collapses and stays collapsed across pages and reloads; the article keeps a
 * reading width; nothing scrolls sideways at 1024 px; the article / claim panel split moves and is remembered.
 */
class LayoutBrowserTest extends BrowserTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    /** A fresh article of 60 paragraphs (alice's) with one claim in its last paragraph: {article id, claim id}. */
    long[] longArticleWithClaimNearTheEnd() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            body.append("Paragraph ").append(i).append(": the ministry said exports of machinery rose by a tenth in the"
                    + " first quarter, while imports of fuel fell for the third month running, according to figures"
                    + " published on Tuesday by the statistics office.\n\n");
        }
        body.append("At the end, the minister claimed that 42 new factories opened in 2025 alone.");
        String text = body.toString();
        Article article = as("alice", () -> articles.create(new ArticleDraft("Long article " + System.nanoTime(),
                "https://example.org/long", "Test", null, "en", text)));
        int start = text.codePointCount(0, text.indexOf("42 new factories"));
        Claim claim = as("alice", () -> claims.mark(article.getId(), start, start + "42 new factories".length(), true,
                ClaimType.STATISTIC, null));
        return new long[] {article.getId(), claim.getId()};
    }

    private long seedArticle() {
        return as("alice", () -> articles.list("Victory Day", PageRequest.of(0, 1))).get(0).id();
    }

    private void openArticle(long id) {
        driver.get(baseUrl() + "/articles/" + id);
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
    }

    /** Characters on the first line of the longest paragraph of the article, measured from the glyphs' boxes. */
    private long charactersOnFirstLine() {
        return (Long) driver.executeScript("""
                const ps = [...document.querySelectorAll('#article-body > p')];
                const p = ps.reduce((a, b) => (b.textContent.length > a.textContent.length ? b : a));
                const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                let top = null, count = 0;
                const r = document.createRange();
                for (let n = w.nextNode(); n; n = w.nextNode()) {
                  for (let i = 0; i < n.data.length; i++) {
                    r.setStart(n, i); r.setEnd(n, i + 1);
                    const rect = [...r.getClientRects()].find(x => x.width > 0);
                    if (!rect) { count++; continue; }
                    if (top === null) top = rect.top;
                    else if (rect.top > top + rect.height / 2) return count;
                    count++;
                  }
                }
                return -1;""");
    }

    @Test
    void the_article_keeps_a_reading_width_of_60_to_80_characters_a_line_from_1280_px_up_with_the_menu_open() {
        long id = seedArticle();
        login("alice", "demo");
        for (int width : new int[] {1280, 1440, 1920}) {
            viewport(width, 900);
            openArticle(id);
            await().until(d -> menuOpen());
            long chars = charactersOnFirstLine();
            System.out.printf("reading width at %d px: %d characters on the first line%n", width, chars);
            assertThat(chars).as("characters on a line at %d px", width).isBetween(60L, 80L);
        }
    }

    /** Sideways overflow of the page itself and of the layout's scrolling content area. */
    private String sidewaysOverflow() {
        return (String) driver.executeScript("""
                const out = [];
                const doc = document.scrollingElement;
                if (doc.scrollWidth > doc.clientWidth) out.push('document ' + doc.scrollWidth + ' > ' + doc.clientWidth);
                const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~=content]');
                if (content.scrollWidth > content.clientWidth) out.push('content ' + content.scrollWidth + ' > ' + content.clientWidth);
                for (const id of ['claim-panel', 'article-body', 'claim-list']) {
                  const el = document.getElementById(id);
                  if (!el) continue;
                  const r = el.getBoundingClientRect();
                  if (r.right > window.innerWidth + 0.5) out.push(id + ' ends at ' + r.right + ' > ' + window.innerWidth);
                  if (el.scrollWidth > el.clientWidth + 1 && id !== 'claim-list') out.push(id + ' scrolls sideways');
                }
                return out.join('; ');""");
    }

    @Test
    void nothing_scrolls_sideways_at_1024_by_768_on_any_main_screen_and_the_claim_panel_is_fully_reachable() {
        long id = seedArticle();
        viewport(1024, 768);
        login("admin", "demo");
        for (String route : new String[] {"", "articles/" + id, "my-claims", "review", "agreement", "export",
                "admin/users", "admin/backup", "account"}) {
            driver.get(baseUrl() + "/" + route);
            await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout > :not([slot])")));
            sleepForLayout();
            assertThat(sidewaysOverflow()).as("sideways scrolling on /" + route).isEmpty();
        }
        // the annotator with a claim open: the panel with its fields is fully on screen
        long[] own = longArticleWithClaimNearTheEnd();
        logout();
        login("alice", "demo");
        openArticle(own[0]);
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#article-body span.hl"))).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("claim-status")));
        sleepForLayout();
        assertThat(sidewaysOverflow()).as("sideways scrolling with a claim open").isEmpty();
        assertThat((Boolean) driver.executeScript(
                "const r = document.getElementById('claimant').getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth;"))
                .as("the claimant field is fully on screen").isTrue();
    }

    @Test
    void at_1024_px_the_menu_floats_over_the_content_and_opens_with_its_toggle() {
        viewport(1024, 768);
        login("alice", "demo");
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("articles-grid")));
        sleepForLayout();
        assertThat(menuOpen()).as("closed at first: the content gets the whole width").isFalse();
        assertThat((Boolean) driver.executeScript("return document.querySelector('vaadin-app-layout').overlay;")).isTrue();
        driver.findElement(By.tagName("vaadin-drawer-toggle")).click();
        await().until(d -> menuOpen());
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
    }

    private double articleShare() {
        return ((Number) driver.executeScript("""
                const s = document.getElementById('article-split');
                const a = s.children[0].getBoundingClientRect().width, b = s.children[1].getBoundingClientRect().width;
                return a / (a + b);""")).doubleValue();
    }

    @Test
    void the_article_and_claim_panel_split_can_be_dragged_and_is_remembered_in_this_browser() {
        long id = seedArticle();
        login("alice", "demo");
        openArticle(id);
        double before = articleShare();
        WebElement splitter = driver.findElement(By.id("article-split")).getShadowRoot().findElement(By.cssSelector("[part=splitter]"));
        new Actions(driver).clickAndHold(splitter).moveByOffset(-40, 0).moveByOffset(-80, 0).moveByOffset(-80, 0).release().perform();
        await().until(d -> articleShare() < before - 0.1);
        double dragged = articleShare();
        await().until(d -> driver.executeScript("return localStorage.getItem('factmark.split.article');") != null);

        openArticle(id);
        sleepForLayout();
        assertThat(articleShare()).as("the article's share after opening it again").isCloseTo(dragged, within(0.02));
        driver.navigate().refresh();
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
        sleepForLayout();
        assertThat(articleShare()).as("and after a reload").isCloseTo(dragged, within(0.02));
    }

    private void sleepForLayout() {
        try {
            Thread.sleep(400); // the drawer's transition and the grid's first layout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean menuOpen() {
        return Boolean.TRUE.equals(driver.executeScript("return document.querySelector('vaadin-app-layout').drawerOpened;"));
    }

    @Test
    void a_collapsed_menu_stays_collapsed_after_navigating_and_reloading() {
        login("alice", "demo");
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("articles-grid")));
        await().until(d -> menuOpen());
        driver.findElement(By.tagName("vaadin-drawer-toggle")).click();
        await().until(d -> !menuOpen());
        driver.get(baseUrl() + "/my-claims");
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("my-claims")));
        driver.navigate().refresh();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("my-claims")));
        await().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.querySelector('vaadin-app-layout').__factmarkMenu === true;")));
        assertThat(menuOpen()).as("still collapsed after a reload").isFalse();

        driver.findElement(By.tagName("vaadin-drawer-toggle")).click();
        await().until(d -> menuOpen());
        driver.navigate().refresh();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("my-claims")));
        await().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.querySelector('vaadin-app-layout').__factmarkMenu === true;")));
        assertThat(menuOpen()).as("open again once reopened").isTrue();
    }
}
