package org.factmark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.testsupport.BrowserTest;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * Every screen, for each role, passes axe-core without violations of impact "serious" or "critical"; and badges
 * keep their own colours (readable contrast) after the annotator's stylesheet was loaded.
 */
@TestPropertySource(properties = "factmark.demo.claims=true")
class AccessibilityBrowserTest extends BrowserTest {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Autowired
    ClaimService claims;

    private final List<String> problems = new ArrayList<>();

    /**
     * Known violations inside the annotator's own files (claim/ui ArticleView/ClaimPanel), which are being rewritten
     * on another branch: rule id + selector part. Remove each entry once the annotator fixes it.
     * - scrollable-region-focusable on the article column (.reading: the scrolling column cannot take focus);
     * - aria-allowed-attr on the required rating select (vaadin-select puts aria-required on its value button).
     */
    // none left: the article column holds the focusable text and the claim type is no longer a required Select
    private static final List<String> KNOWN_IN_ANNOTATOR = List.of();

    private static String abbreviate(String s) {
        return s.length() <= 240 ? s : s.substring(0, 240) + "...";
    }

    private void check(String screen, By ready) {
        await().until(ExpectedConditions.presenceOfElementLocated(ready));
        await().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
        // copilot-main: Vaadin's development-mode tool bar, not part of the application (absent in production)
        Results results = new AxeBuilder().exclude("copilot-main").analyze(driver);
        for (Rule v : results.getViolations()) {
            if (v.getImpact() == null || !BLOCKING.contains(v.getImpact())) continue;
            List<String> targets = v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                    .filter(t -> KNOWN_IN_ANNOTATOR.stream().noneMatch(k -> screen.contains("annotator")
                            && (v.getId() + " " + t).contains(k)))
                    .toList();
            if (targets.isEmpty()) continue;
            StringBuilder line = new StringBuilder(screen + ": [" + v.getImpact() + "] " + v.getId() + " - " + v.getHelp());
            v.getNodes().stream().filter(n -> targets.contains(String.valueOf(n.getTarget()))).limit(5)
                    .forEach(n -> line.append("\n      at ").append(n.getTarget()).append(n.getFailureSummary() == null ? ""
                            : " :: " + abbreviate(n.getFailureSummary().replace('\n', ' '))));
            problems.add(line.toString());
        }
    }

    private void screens(String user, boolean reviewer, boolean admin) {
        login(user, "demo");
        driver.get(baseUrl() + "/");
        check(user + " articles", By.id("articles-grid"));
        driver.get(baseUrl() + "/my-claims");
        check(user + " my claims", By.id("my-claims"));
        Claim any = TestUsers.as(user, () -> claims.find(null, null, PageRequest.of(0, 1)).getContent().get(0));
        driver.get(baseUrl() + "/articles/" + any.getArticle().getId() + "/claims/" + any.getId());
        check(user + " annotator with a claim selected", By.cssSelector(".claim-panel"));
        driver.findElement(By.id("keyboard-help-button")).click();
        check(user + " annotator keyboard help open", By.id("keyboard-help-table"));
        driver.findElement(By.id("keyboard-help-close")).click();
        if (reviewer || admin) {
            driver.get(baseUrl() + "/review");
            check(user + " review queue", By.tagName("h2"));
            driver.get(baseUrl() + "/agreement");
            check(user + " agreement", By.tagName("h2"));
        }
        driver.get(baseUrl() + "/export");
        check(user + " export", By.tagName("h2"));
        if (admin) {
            driver.get(baseUrl() + "/admin/users");
            check(user + " users", By.tagName("h2"));
        }
        driver.get(baseUrl() + "/account");
        check(user + " account", By.tagName("h2"));
        driver.get(baseUrl() + "/nonexistent");
        check(user + " not found", By.id("not-found"));
        logout();
    }

    @Test
    void every_screen_for_each_role_has_no_serious_or_critical_axe_violations() {
        driver.get(baseUrl() + "/login");
        check("login page", By.cssSelector("#vaadinLoginUsername input"));
        screens("alice", false, false);
        screens("carol", true, false);
        screens("admin", false, true);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** WCAG contrast ratio of an element's text colour against its own background (opaque colours). */
    private double contrast(By element) {
        Object r = driver.executeScript("""
                const st = getComputedStyle(arguments[0]);
                const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
                const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255;
                    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                const a = lum(st.color), b = lum(st.backgroundColor);
                return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);""", driver.findElement(element));
        return ((Number) r).doubleValue();
    }

    @Test
    void my_claims_badges_stay_readable_after_visiting_an_article() {
        login("alice", "demo");
        Claim disputed = TestUsers.as("alice", () -> claims.find(ClaimStatus.DISPUTED, null, PageRequest.of(0, 1)).getContent().get(0));
        driver.get(baseUrl() + "/articles/" + disputed.getArticle().getId());
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".claim-side")));
        driver.findElement(By.cssSelector("vaadin-side-nav-item[path='my-claims']")).click();
        By badge = By.id("status-" + disputed.getId());
        await().until(ExpectedConditions.visibilityOfElementLocated(badge));
        assertThat(driver.findElement(badge).getText()).isEqualTo("Disputed");
        assertThat(contrast(badge)).as("contrast of the Disputed badge").isGreaterThanOrEqualTo(4.5);
    }
}
