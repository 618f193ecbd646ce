package org.factmark.claim.ui;

import static org.factmark.claim.ui.AnnotatorTestSupport.as;
import static org.factmark.claim.ui.AnnotatorTestSupport.asRun;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annotator in headless Chromium against the server in this JVM, a small seed article (the reference) and a
 * 10,000-word article with about 530 claims, side by side in the same run (docs/performance.md):
 * <ul>
 * <li>server memory per browser session: live heap after a full GC, before and after opening the article in N
 * fresh sessions (each logs in with new cookies and stays open, as users do), divided by N;</li>
 * <li>the largest response of the page load on the wire (compressed) and decoded;</li>
 * <li>open: page navigation start to the frame after the text and highlights are in the page (in-page clock);</li>
 * <li>mark: the M key event to the frame after the pending highlight is drawn, and to the server's answer.</li>
 * </ul>
 * {@code ./mvnw -Pbench verify -Dtest=AnnotatorBrowserBenchmark} ({@code -Dbench.sessions=15}, {@code -Dbench.marks=7}).
 */
@Tag("bench")
class AnnotatorBrowserBenchmark extends BrowserTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    long largeArticle(int claimCount) {
        Random r = new Random(11);
        String text = AnnotatorBenchmark.article(10_000, r);
        Article a = as("alice", () -> articles.create(new ArticleDraft("Browser benchmark " + System.nanoTime(), null, null,
                null, "en", text)));
        int len = a.getBodyLength();
        asRun("alice", () -> {
            for (int i = 0; i < claimCount; i++) {
                int start = r.nextInt(len - 300);
                try {
                    claims.mark(a.getId(), start, start + 20 + r.nextInt(160), true, ClaimType.values()[r.nextInt(6)], null);
                } catch (RuntimeException whiteSpaceOnly) {
                    i--;
                }
            }
        });
        return a.getId();
    }

    static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    void open(long articleId) {
        driver.get(baseUrl() + "/articles/" + articleId);
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
        await().until(d -> driver.executeScript("return window.FactmarkAnnotator.timings.opened != null"));
    }

    record Figures(String what, double kbPerSession, double wireKb, double decodedKb, double openMs, double markMs,
                   double answerMs) {
    }

    @SuppressWarnings("unchecked")
    Figures measure(String what, long articleId, int sessions, int marks) throws Exception {
        long before = liveHeap();
        for (int i = 0; i < sessions; i++) {
            logout();
            login("alice", "demo");
            open(articleId);
        }
        long after = liveHeap();
        // largest response of the last page load carrying the article: on the wire (compressed, with headers) and decoded
        Map<String, Number> size = (Map<String, Number>) driver.executeScript("""
                // the page itself and Vaadin's UIDL answers (v-r=...), not the cached static bundle
                const all = [...performance.getEntriesByType('navigation'),
                             ...performance.getEntriesByType('resource').filter(e => e.name.includes('v-r='))];
                let best = {transferSize: 0, decodedBodySize: 0, name: ''};
                for (const e of all) if (e.decodedBodySize > best.decodedBodySize) best = e;
                return {wire: best.transferSize, decoded: best.decodedBodySize};""");
        double[] open = new double[marks];
        double[] mark = new double[marks];
        double[] answer = new double[marks];
        for (int i = 0; i < marks; i++) {
            open(articleId);
            open[i] = ((Number) driver.executeScript("return window.FactmarkAnnotator.timings.opened")).doubleValue();
            // select 20 characters of a paragraph with no claim there yet (the first text node long enough), press M
            driver.executeScript("""
                    const ps = [...document.querySelectorAll('#article-body > p')];
                    const p = ps[(arguments[0] * 7) % ps.length];
                    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                    let n; while ((n = walker.nextNode()) && n.data.length < 40) {}
                    n = n || p.firstChild;
                    const r = document.createRange();
                    r.setStart(n, 5); r.setEnd(n, 25);
                    const sel = getSelection(); sel.removeAllRanges(); sel.addRange(r);""", i);
            new Actions(driver).sendKeys("m").perform();
            await().until(d -> driver.executeScript("const t = window.FactmarkAnnotator.timings; return t.drawn != null && t.answered != null"));
            Map<String, Number> t = (Map<String, Number>) driver.executeScript("return window.FactmarkAnnotator.timings");
            mark[i] = t.get("drawn").doubleValue() - t.get("pressed").doubleValue();
            answer[i] = t.get("answered").doubleValue() - t.get("pressed").doubleValue();
        }
        return new Figures(what, (after - before) / 1024.0 / sessions, size.get("wire").doubleValue() / 1024,
                size.get("decoded").doubleValue() / 1024, median(open), median(mark), median(answer));
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    @Test
    void small_against_large_article() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 10);
        int marks = Integer.getInteger("bench.marks", 7);
        long small = AnnotatorTestSupport.articleId(articles, "Japan and Poland sign semiconductor pact");
        long large = largeArticle(530);
        int largeClaims = as("alice", () -> claims.listForArticle(large).size());
        // warm-up: JIT, browser cache of Vaadin's bundle
        login("alice", "demo");
        open(small);
        open(large);
        List<Figures> rows = new ArrayList<>();
        rows.add(measure("small seed article (reference)", small, sessions, marks));
        rows.add(measure("10,000 words, " + largeClaims + " claims", large, sessions, marks));
        System.out.println();
        System.out.printf(Locale.ROOT, "Annotator in headless Chromium, %d sessions each, median of %d opens/marks, load %.1f on %d cores%n",
                sessions, marks, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| article | heap per session (KB) | largest response: wire / decoded (KB) | open: text on screen (ms) | M: highlight on screen (ms) | M: server answer (ms) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Figures f : rows) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f / %.0f | %.0f | %.1f | %.0f |%n", f.what(), f.kbPerSession(),
                    f.wireKb(), f.decodedKb(), f.openMs(), f.markMs(), f.answerMs());
        }
        System.out.printf(Locale.ROOT, "large / small: heap %.2fx, open %.2fx, mark %.2fx%n", rows.get(1).kbPerSession() / rows.get(0).kbPerSession(),
                rows.get(1).openMs() / rows.get(0).openMs(), rows.get(1).markMs() / rows.get(0).markMs());
        System.out.println();
    }
}
