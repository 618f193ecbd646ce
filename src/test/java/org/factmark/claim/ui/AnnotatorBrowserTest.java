package org.factmark.claim.ui;

import static org.factmark.claim.ui.AnnotatorTestSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factmark.article.ArticleService;
import org.factmark.base.CodePoints;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annotator in headless Chromium: real DOM selections after emoji and flags become exact claims, made with the
 * mouse's selection or with the keyboard alone.
 */
class AnnotatorBrowserTest extends BrowserTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    long articleId;
    String body;

    @BeforeEach
    void openChipArticle() {
        articleId = AnnotatorTestSupport.articleId(articles, "Japan and Poland sign semiconductor pact");
        body = as("alice", () -> articles.get(articleId).getBody());
        login("alice", "demo");
        driver.get(baseUrl() + "/articles/" + articleId);
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
    }

    Set<Long> claimIds() {
        return as("alice", () -> claims.listForArticle(articleId).stream().map(Claim::getId).collect(Collectors.toSet()));
    }

    /** Waits for the one claim that was not there before, and for its highlight in the page. */
    Claim awaitNewClaim(Set<Long> before) {
        Long[] found = new Long[1];
        await().until(d -> {
            Set<Long> now = claimIds();
            now.removeAll(before);
            if (now.isEmpty()) return false;
            found[0] = now.iterator().next();
            return true;
        });
        await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article-body span.hl[data-claim-ids~='" + found[0] + "']")));
        return as("alice", () -> claims.get(found[0]));
    }

    /**
     * Selects from the text node holding startNeedle (UTF-16 offset startDelta from the needle) to the one holding
     * endNeedle, as a user's drag would. Returns Selection.toString(): the text the user saw selected.
     */
    String select(String startNeedle, int startDelta, String endNeedle, int endDelta) {
        return (String) driver.executeScript("""
                const [sNeedle, sDelta, eNeedle, eDelta] = arguments;
                const article = document.getElementById('article-body');
                const point = (needle, delta) => {
                  const w = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
                  for (let n = w.nextNode(); n; n = w.nextNode()) {
                    const i = n.data.indexOf(needle);
                    if (i >= 0) return [n, i + delta];
                  }
                  throw new Error('not in one text node: ' + needle);
                };
                const [sn, so] = point(sNeedle, sDelta);
                const [en, eo] = point(eNeedle, eDelta);
                const r = document.createRange();
                r.setStart(sn, so);
                r.setEnd(en, eo);
                const sel = window.getSelection();
                sel.removeAllRanges();
                sel.addRange(r);
                return sel.toString();
                """, startNeedle, startDelta, endNeedle, endDelta);
    }

    int cp(String needle, int utf16Delta) {
        return body.codePointCount(0, body.indexOf(needle) + utf16Delta);
    }

    @Test
    void a_selection_starting_right_after_a_flag_saves_exactly_the_selected_text() {
        Set<Long> before = claimIds();
        String seen = select("🇯🇵 exports", "🇯🇵".length(), "rose 12.4%", "rose 12.4%".length());
        assertEquals(" exports rose 12.4%", seen);

        driver.findElement(By.id("mark-claim")).click();

        Claim c = awaitNewClaim(before);
        assertEquals(seen, c.getQuote());
        int start = cp("🇯🇵 exports", "🇯🇵".length());
        assertEquals(start, c.getStart());
        assertEquals(seen, CodePoints.slice(body, c.getStart(), c.getEnd()));
        String highlighted = (String) driver.executeScript("return [...document.querySelectorAll("
                + "'#article-body span.hl')].filter(s => s.dataset.claimIds.split(' ').includes(arguments[0]))"
                + ".map(s => s.textContent).join('')", String.valueOf(c.getId()));
        assertEquals(seen, highlighted);
        await().until(d -> d.getCurrentUrl().endsWith("/articles/" + articleId + "/claims/" + c.getId()));
        assertEquals(seen, driver.findElement(By.id("claim-quote")).getText());
    }

    @Test
    void a_selection_across_paragraphs_and_after_a_family_emoji_keeps_every_code_point() {
        Set<Long> before = claimIds();
        String seen = select("👨‍👩‍👧 40%", "👨‍👩‍👧".length(), "Global demand", "Global demand".length());
        driver.findElement(By.id("mark-claim")).click();
        Claim c = awaitNewClaim(before);
        assertEquals(seen, c.getQuote());
        assertTrue(c.getQuote().contains("\n\nGlobal demand"), c.getQuote());
        assertEquals(cp("👨‍👩‍👧 40%", "👨‍👩‍👧".length()), c.getStart());
    }

    @Test
    void a_selection_ending_between_the_two_halves_of_a_flag_saves_the_whole_flag() {
        Set<Long> before = claimIds();
        // “🇵🇱: the end point sits after the first regional indicator (2 UTF-16 units into the 4-unit flag)
        select("“🇵🇱 Poland", 0, "“🇵🇱 Poland", 1 + 2);
        driver.findElement(By.id("mark-claim")).click();
        Claim c = awaitNewClaim(before);
        assertEquals("“🇵🇱", c.getQuote());
        assertEquals(cp("“🇵🇱 Poland", 0), c.getStart());
        assertEquals(c.getStart() + 3, c.getEnd());
    }

    @Test
    void the_m_key_marks_the_selection_and_a_click_on_a_highlight_opens_its_claim() {
        Set<Long> before = claimIds();
        String seen = select("Kenichi Satō (佐藤健一)", 0, "Kenichi Satō (佐藤健一)", "Kenichi Satō (佐藤健一)".length());
        new Actions(driver).sendKeys("m").perform();
        Claim c = awaitNewClaim(before);
        assertEquals(seen, c.getQuote());
        assertEquals("Kenichi Satō (佐藤健一)", c.getQuote());

        driver.get(baseUrl() + "/articles/" + articleId);
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
        var hl = driver.findElement(By.cssSelector("#article-body span.hl[data-claim-ids~='" + c.getId() + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", hl);
        hl.click();
        await().until(ExpectedConditions.textToBe(By.id("claim-quote"), "Kenichi Satō (佐藤健一)"));
        await().until(d -> d.getCurrentUrl().endsWith("/claims/" + c.getId()));
    }

    /** Presses M as a key event in the page and returns, from the same script turn, the pending highlight's text. */
    String pressMAndReadPending() {
        return (String) driver.executeScript("""
                document.dispatchEvent(new KeyboardEvent('keydown', {key: 'm', bubbles: true}));
                return [...document.querySelectorAll('#article-body span.hl-pending')].map(s => s.textContent).join('');""");
    }

    @Test
    void pressing_m_draws_the_selection_at_once_and_the_saved_claim_replaces_the_pending_highlight() {
        Set<Long> before = claimIds();
        String seen = select("Tokyo and Warsaw", 0, "Tokyo and Warsaw", "Tokyo and Warsaw".length());

        assertEquals(seen, pressMAndReadPending(), "drawn before the server answered");

        Claim c = awaitNewClaim(before);
        assertEquals(seen, c.getQuote());
        await().until(d -> driver.findElements(By.cssSelector("#article-body span.hl-pending")).isEmpty());
        String highlighted = (String) driver.executeScript("return [...document.querySelectorAll("
                + "'#article-body span.hl')].filter(s => (s.dataset.claimIds || '').split(' ').includes(arguments[0]))"
                + ".map(s => s.textContent).join('')", String.valueOf(c.getId()));
        assertEquals(seen, highlighted, "the saved claim is drawn at the server's offsets");
        assertTrue(driver.findElement(By.cssSelector("#article-body span.hl[data-claim-ids~='" + c.getId() + "']"))
                .getAttribute("class").contains("hl-draft"), "drawn in the draft colour");
    }

    @Test
    void a_refused_mark_is_rolled_back_with_the_servers_message() {
        Set<Long> before = claimIds();
        // a single space between two words: the server refuses white space only
        select("Tokyo and Warsaw", "Tokyo".length(), "Tokyo and Warsaw", "Tokyo ".length());

        assertEquals(" ", pressMAndReadPending(), "drawn at once, like any mark");

        await().until(d -> driver.findElements(By.cssSelector("#article-body span.hl-pending")).isEmpty());
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
        assertEquals(before, claimIds());
    }

    @Test
    void typing_m_in_a_text_field_types_it_and_does_not_mark() {
        int at = cp("Tokyo and Warsaw", 0);
        Claim c = as("alice", () -> claims.mark(articleId, at, at + 5, false, org.factmark.claim.ClaimType.OTHER, null));
        driver.get(baseUrl() + "/articles/" + articleId + "/claims/" + c.getId());
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
        await().until(ExpectedConditions.textToBe(By.id("claim-quote"), "Tokyo"));
        Set<Long> before = claimIds();
        select("and Warsaw", 0, "and Warsaw", 3);
        driver.findElement(By.cssSelector("#claimant input")).sendKeys("Mm");
        driver.findElement(By.id("save-claim")).click();
        await().until(d -> "Mm".equals(as("alice", () -> claims.get(c.getId()).getClaimant())));
        assertEquals(before, claimIds());
    }

    @Test
    void browser_code_point_helpers_agree_with_java() {
        List<String> samples = List.of("plain", "😀", "🇵🇱", "🇯🇵 exports", "👨‍👩‍👧", "佐藤健一", "e\u0301", "Sen\u0308tra",
                "الرقائق", "a😀b👨‍👩‍👧c", "\uD800x");
        for (String s : samples) {
            long js = (Long) driver.executeScript("return window.FactmarkAnnotator.cpLen(arguments[0])", s);
            assertEquals(s.codePointCount(0, s.length()), js, "cpLen of " + s);
        }
        String mixed = "a😀b👨‍👩‍👧c🇵🇱佐e\u0301";
        for (int cp = 0; cp <= mixed.codePointCount(0, mixed.length()); cp++) {
            long js = (Long) driver.executeScript("return window.FactmarkAnnotator.utf16Index(arguments[0], arguments[1])", mixed, cp);
            assertEquals(mixed.offsetByCodePoints(0, cp), js, "utf16Index " + cp);
            long back = (Long) driver.executeScript("return window.FactmarkAnnotator.cpIndex(arguments[0], arguments[1])",
                    mixed, mixed.offsetByCodePoints(0, cp));
            assertEquals(cp, back, "cpIndex " + cp);
        }
        assertEquals(" exports", driver.executeScript("return window.FactmarkAnnotator.cpSlice(arguments[0], 2, 10)", "🇯🇵 exports"));
        // the DOM mapping: a point right after the 🇯🇵 flag (4 UTF-16 units) is 2 code points after its start
        long offset = (Long) driver.executeScript("""
                const a = document.getElementById('article-body');
                const w = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
                for (let n = w.nextNode(); n; n = w.nextNode()) {
                  const i = n.data.indexOf('🇯🇵');
                  if (i >= 0) return window.FactmarkAnnotator.offsetOf(a, n, i + 4);
                }
                return -1;
                """);
        assertEquals(cp("🇯🇵 exports", 4), offset);
        assertEquals(true, driver.executeScript("return window.FactmarkAnnotator.consistent(document.getElementById('article-body'))"));
    }

    /** Presses Tab (as a user would) until the element with this id has the focus. */
    void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(driver.executeScript("return document.activeElement && document.activeElement.id"))) return;
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Holds the modifiers down while pressing key (Actions.sendKeys would press and release each one at once). */
    void press(CharSequence key, Keys... modifiers) {
        Actions a = new Actions(driver);
        for (Keys m : modifiers) a = a.keyDown(m);
        a = a.sendKeys(key);
        for (Keys m : modifiers) a = a.keyUp(m);
        a.perform();
    }

    void awaitSelection(String expected) {
        try {
            await().withTimeout(java.time.Duration.ofSeconds(5))
                    .until(d -> expected.equals(driver.executeScript("return window.getSelection().toString()")));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, driver.executeScript("return window.getSelection().toString()"), "selected; caret at "
                    + driver.executeScript("return document.getElementById('article-body').dataset.caret + ' focus on '"
                    + " + document.activeElement.id + ' announced: ' + (document.getElementById('article-announcer') || {}).textContent"));
        }
    }

    String announced() {
        return (String) driver.executeScript("const a = document.getElementById('article-announcer'); return a ? a.textContent : ''");
    }

    @Test
    void a_claim_is_marked_with_the_keyboard_alone_across_a_flag_with_exact_code_point_offsets() {
        Set<Long> before = claimIds();
        tabTo("article-body");
        press(Keys.HOME, Keys.CONTROL);
        // walk to the paragraph "🇯🇵 exports rose 12.4% ..." by paragraph ends (End, then → onto the next one)
        long paragraphsBefore = java.util.Arrays.stream(body.substring(0, body.indexOf("🇯🇵 exports")).split("\n"))
                .filter(p -> !p.isBlank()).count();
        for (int i = 0; i < paragraphsBefore; i++) keys(Keys.END, Keys.ARROW_RIGHT);
        for (int i = 0; i < 3; i++) press(Keys.ARROW_RIGHT, Keys.SHIFT, Keys.CONTROL); // word ends: exports, rose, 12.4
        press(Keys.ARROW_RIGHT, Keys.SHIFT);                                            // and the % sign
        String expected = "🇯🇵 exports rose 12.4%";
        awaitSelection(expected);
        assertTrue(announced().contains(expected), announced());
        keys("m");

        Claim c = awaitNewClaim(before);
        assertEquals(expected, c.getQuote());
        assertEquals(cp("🇯🇵 exports", 0), c.getStart());
        assertEquals(c.getStart() + expected.codePointCount(0, expected.length()), c.getEnd());
        assertEquals(org.factmark.claim.ClaimType.STATISTIC, c.getType(), "a figure starts as a statistic");
        assertEquals("article-body", driver.executeScript("return document.activeElement.id"), "the focus stays in the text");

        // a digit key sets the open claim's type (3: Quotation), still without the mouse
        await().until(ExpectedConditions.textToBe(By.id("claim-quote"), expected));
        keys("3");
        await().until(d -> as("alice", () -> claims.get(c.getId()).getType()) == org.factmark.claim.ClaimType.QUOTATION);
    }

    @Test
    void the_keyboard_selects_a_whole_sentence_with_combining_marks_and_the_next_paragraph_start() {
        Set<Long> before = claimIds();
        tabTo("article-body");
        press(Keys.END, Keys.CONTROL);
        // from the end, Home + ← steps to the end of the paragraph before: 7 times reaches the one about Sen̈tra
        for (int i = 0; i < 7; i++) keys(Keys.HOME, Keys.ARROW_LEFT);
        keys(Keys.HOME);
        press(Keys.ARROW_DOWN, Keys.SHIFT, Keys.CONTROL);
        String expected = "The planned Łódź facility is being developed by Sen̈tra AG, a Zürich-based packaging specialist "
                + "whose stylised name uses an n̈ borrowed from its founder’s logo.";
        awaitSelection(expected);
        keys("m");
        Claim c = awaitNewClaim(before);
        assertEquals(expected, c.getQuote());
        assertEquals(cp("The planned Łódź facility", 0), c.getStart());
        assertEquals(expected, CodePoints.slice(body, c.getStart(), c.getEnd()));
    }

    @Test
    void question_mark_opens_the_keyboard_help_which_keeps_the_focus_and_escape_returns_it_to_the_text() {
        tabTo("article-body");
        keys("?");
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("keyboard-help-table")));
        String dialogText = (String) driver.executeScript("return document.getElementById('keyboard-help-table').textContent");
        assertTrue(dialogText.contains("mark the selection as a claim"), dialogText);
        assertTrue(dialogText.contains("next / previous suggestion"), dialogText);
        assertEquals(1L, driver.executeScript("return document.querySelectorAll('[role=dialog]').length"));
        // Tab cycles inside the dialog: the focus never goes back to the page behind it
        for (int i = 0; i < 6; i++) {
            keys(Keys.TAB);
            assertEquals(false, driver.executeScript("const a = document.activeElement;"
                    + " return a === document.body || !!(a && a.closest && a.closest('.annotator'));"), "focus left the dialog");
        }
        keys(Keys.ESCAPE);
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("keyboard-help-table")));
        await().until(d -> "article-body".equals(driver.executeScript("return document.activeElement && document.activeElement.id")));
    }

    @Test
    void keyboard_steps_never_split_a_character_and_cut_cjk_text_without_spaces_into_words() {
        // graphemes in code points: a, 😀, b, the ZWJ family (5), c, 🇵🇱 (2), 佐, e + combining acute (2)
        assertEquals(List.of(List.of(0L, 1L), List.of(1L, 2L), List.of(2L, 3L), List.of(3L, 8L), List.of(8L, 9L),
                List.of(9L, 11L), List.of(11L, 12L), List.of(12L, 14L)), driver.executeScript(
                "return window.FactmarkKeyboard.segments(arguments[0], 'grapheme').map(s => [s[0], s[1]])",
                "a😀b👨‍👩‍👧c🇵🇱佐e\u0301"));
        @SuppressWarnings("unchecked")
        List<List<Object>> words = (List<List<Object>>) driver.executeScript(
                "return window.FactmarkKeyboard.segments(arguments[0], 'word').filter(s => s[2]).map(s => [s[0], s[1]])",
                "日本銀行は半導体投資が強いと述べた");
        assertTrue(words.size() >= 4, "CJK without spaces is cut into several words: " + words);

        // by keys: from the start of "(佐藤健一)", Shift+Ctrl+→ selects a first word that is CJK only
        tabTo("article-body");
        String para = "The memorandum was signed by Japan’s economy minister, Kenichi Satō (";
        driver.executeScript("""
                const a = document.getElementById('article-body');
                window.FactmarkKeyboard.setSelection(a, arguments[0], arguments[0]);""", cp(para, para.length()));
        press(Keys.ARROW_RIGHT, Keys.SHIFT, Keys.CONTROL);
        String selected = (String) driver.executeScript("return window.getSelection().toString()");
        assertTrue(!selected.isEmpty() && "佐藤健一".startsWith(selected), "selected " + selected);
    }

    @Test
    void for_a_reviewer_without_the_annotator_role_m_and_the_digit_keys_do_nothing() {
        int at = cp("Tokyo and Warsaw", 0);
        Claim c = as("alice", () -> claims.mark(articleId, at, at + 5, false, org.factmark.claim.ClaimType.OTHER, null));
        logout();
        login("carol", "demo");
        driver.get(baseUrl() + "/articles/" + articleId);
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
        assertEquals("false", driver.findElement(By.id("article-body")).getDomAttribute("data-can-mark"));
        Set<Long> before = claimIds();
        select("and Warsaw", 0, "and Warsaw", 3);
        keys("m", "2", "j"); // J after M and 2: once J's claim is open, the server has seen whatever M and 2 sent
        await().until(d -> d.getCurrentUrl().contains("/claims/"));
        assertEquals(before, claimIds());
        assertTrue(driver.findElements(By.cssSelector("vaadin-notification-card")).isEmpty(), "no refusal either: no call at all");
        assertEquals(org.factmark.claim.ClaimType.OTHER, as("alice", () -> claims.get(c.getId()).getType()));
    }
}
