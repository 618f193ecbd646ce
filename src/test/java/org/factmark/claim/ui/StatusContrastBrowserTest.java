package org.factmark.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factmark.article.ArticleService;
import org.factmark.article.ArticleDraft;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.review.ReviewService;
import org.factmark.testsupport.TestUsers;
import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium, from the computed styles: each claim status shows in the annotator by more than colour (words in the
 * title / accessible label, a glyph in the dot, an underline pattern in the text), and every highlight, at every
 * overlap depth, and every status dot meets WCAG AA contrast (text 4.5:1, the dot and underline 3:1).
 */
class StatusContrastBrowserTest extends BrowserTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;

    /** Colour helpers: any CSS colour to sRGB through a canvas, alpha compositing over the ancestors, WCAG ratio. */
    static final String HELPERS = """
            const cv = document.createElement('canvas'); cv.width = cv.height = 1;
            const cx = cv.getContext('2d', {willReadFrequently: true});
            const rgba = c => { cx.clearRect(0, 0, 1, 1); cx.fillStyle = '#000'; cx.fillStyle = c; cx.fillRect(0, 0, 1, 1);
              const d = cx.getImageData(0, 0, 1, 1).data; return [d[0], d[1], d[2], d[3] / 255]; };
            const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
            const bgOf = el => { const layers = [];
              for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor);
                if (c[3] > 0) layers.push(c); if (c[3] >= 1) break; }
              let acc = [255, 255, 255, 1]; for (let i = layers.length - 1; i >= 0; i--) acc = over(layers[i], acc); return acc; };
            const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
              return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const ratio = (x, y) => { const a = lum(x), b = lum(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
            const measure = el => { const st = getComputedStyle(el); const bg = bgOf(el);
              const pageBg = el.parentElement ? bgOf(el.parentElement) : [255, 255, 255, 1];
              return { status: [...el.classList].find(c => /^(hl|status)-(draft|in_review|checked|disputed)$/.test(c)),
                depth: el.dataset.depth || '', text: ratio(over(rgba(st.color), bg), bg),
                line: ratio(over(rgba(st.textDecorationColor), bg), bg), lineOnWhite: ratio(rgba(st.textDecorationColor), [255, 255, 255, 1]),
                dotOnPage: ratio(bg, pageBg), pattern: st.textDecorationStyle, title: el.title || '',
                label: el.getAttribute('aria-label') || '', glyph: el.textContent }; };
            """;

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> measure(String selector) {
        return (List<Map<String, Object>>) driver.executeScript(HELPERS
                + "return [...document.querySelectorAll(arguments[0])].map(measure);", selector);
    }

    static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    static String label(String status) {
        return ClaimStatus.valueOf(status.substring(status.indexOf('-') + 1).toUpperCase(Locale.ROOT)).label();
    }

    /** A fresh article with a claim in each state, two of them overlapping (depth 2). */
    long articleWithClaimsInEveryState() {
        String body = "The port handled 4.2 million containers in 2024.\n\nExports rose 12 percent in March.\n\n"
                + "The minister said the bridge opens in June.\n\nUnemployment fell to 3.1 percent last year.";
        long articleId = TestUsers.as("alice", () -> articles.create(new ArticleDraft("Status contrast "
                + System.nanoTime(), null, null, null, "en", body))).getId();
        long[] ids = new long[4];
        String[] quotes = {"4.2 million containers", "Exports rose 12 percent", "the bridge opens in June", "3.1 percent"};
        for (int i = 0; i < 4; i++) {
            String q = quotes[i];
            int start = AnnotatorTestSupport.cp(body, q, 0);
            int k = i;
            ids[i] = TestUsers.as("alice", () -> claims.mark(articleId, start, start + q.length(), false, ClaimType.STATISTIC, null)).getId();
            if (k > 0) TestUsers.run("alice", () -> claims.submitVerdict(ids[k], Rating.UNVERIFIABLE, "No source yet."));
        }
        TestUsers.run("bob", () -> reviews.approve(ids[2], claims.get(ids[2]).getVerdict().getId(), "Fine."));
        TestUsers.run("bob", () -> reviews.dispute(ids[3], claims.get(ids[3]).getVerdict().getId(), Rating.FALSE, "No."));
        int s = AnnotatorTestSupport.cp(body, "million containers in 2024", 0);
        TestUsers.as("alice", () -> claims.mark(articleId, s, s + 18, false, ClaimType.OTHER, null)); // overlaps the first
        return articleId;
    }

    @Test
    void every_status_reads_without_colour_and_its_highlights_and_dots_meet_aa_contrast() {
        long articleId = articleWithClaimsInEveryState();
        login("admin", "demo");
        driver.get(baseUrl() + "/articles/" + articleId);
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#claim-list .status-dot")));

        // the real highlights: one per status at least, each named in words and with its own underline pattern
        List<Map<String, Object>> real = measure("#article-body span.hl");
        Set<String> statuses = new HashSet<>();
        Map<String, String> patternOf = new java.util.HashMap<>();
        for (Map<String, Object> h : real) {
            String status = (String) h.get("status");
            statuses.add(status);
            assertThat((String) h.get("title")).as("title of a %s highlight", status).startsWith(label(status));
            patternOf.put(status, (String) h.get("pattern"));
        }
        assertThat(statuses).containsExactlyInAnyOrder("hl-draft", "hl-in_review", "hl-checked", "hl-disputed");
        assertThat(new HashSet<>(patternOf.values())).as("an underline pattern per status: " + patternOf).hasSize(4);

        // every status at every depth (probe spans styled like the article's), plus the real ones
        driver.executeScript("""
                const probe = document.createElement('div');
                probe.className = 'article-body'; probe.id = 'contrast-probe';
                const p = document.createElement('p');
                for (const s of ['draft', 'in_review', 'checked', 'disputed']) for (const d of [1, 2, 3, 4, 9]) {
                  const span = document.createElement('span');
                  span.className = 'hl hl-' + s; span.dataset.depth = String(d); span.textContent = 'Probe ' + s + ' ' + d;
                  p.append(span, ' ');
                }
                probe.append(p);
                document.getElementById('article-body').parentElement.append(probe);""");
        List<Map<String, Object>> all = new java.util.ArrayList<>(measure("#contrast-probe span.hl"));
        assertThat(all).hasSize(20);
        all.addAll(real);
        for (Map<String, Object> h : all) {
            String what = h.get("status") + " depth " + h.get("depth");
            assertThat(num(h, "text")).as("text on a %s highlight", what).isGreaterThanOrEqualTo(4.5);
            assertThat(num(h, "line")).as("underline on its tint, %s", what).isGreaterThanOrEqualTo(3.0);
            assertThat(num(h, "lineOnWhite")).as("underline against the page, %s", what).isGreaterThanOrEqualTo(3.0);
        }

        // the status dots in the claim list: a glyph and a name per status, the dot and its glyph in contrast
        List<Map<String, Object>> dots = measure("#claim-list .status-dot");
        Map<String, String> glyphOf = new java.util.HashMap<>();
        for (Map<String, Object> d : dots) {
            String status = (String) d.get("status");
            assertThat((String) d.get("label")).as("accessible name of a %s dot", status).isEqualTo(label(status));
            assertThat((String) d.get("title")).isEqualTo(label(status));
            assertThat(((String) d.get("glyph")).strip()).as("glyph of a %s dot", status).isNotEmpty();
            assertThat(num(d, "text")).as("glyph on a %s dot", status).isGreaterThanOrEqualTo(4.5);
            assertThat(num(d, "dotOnPage")).as("%s dot against the list", status).isGreaterThanOrEqualTo(3.0);
            glyphOf.put(status, (String) d.get("glyph"));
        }
        assertThat(glyphOf.keySet()).containsExactlyInAnyOrder("status-draft", "status-in_review", "status-checked", "status-disputed");
        assertThat(new HashSet<>(glyphOf.values())).as("a glyph per status: " + glyphOf).hasSize(4);
    }
}
