package org.factmark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Addresses typed into the browser: unknown ones and screens without the role give an in-app page with the right
 * HTTP status and a way back; /logout logs out; the back button after a login never shows the old login error;
 * Enter on an article row opens it.
 */
class DeadEndsBrowserTest extends BrowserTest {

    private long status() {
        Object s = driver.executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : -1;");
        return ((Number) s).longValue();
    }

    @Test
    void unknown_addresses_show_the_in_app_not_found_page_with_status_404() {
        login("alice", "demo");
        for (String path : new String[] {"/nonexistent", "/articles/abc"}) {
            driver.get(baseUrl() + path);
            WebElement page = await().until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
            assertThat(status()).as(path).isEqualTo(404);
            assertThat(page.getText()).contains("Page not found").doesNotContain("Exception");
            assertThat(driver.findElements(By.id("main-nav"))).as("the menu stays").hasSize(1);
        }
        driver.findElement(By.id("not-found-home")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("articles-grid")));
    }

    @Test
    void a_screen_without_the_role_shows_no_access_with_status_403() {
        login("alice", "demo");
        driver.get(baseUrl() + "/agreement");
        WebElement page = await().until(ExpectedConditions.presenceOfElementLocated(By.id("no-access")));
        assertThat(status()).isEqualTo(403);
        assertThat(page.getText()).contains("No access").doesNotContain("Could not navigate");
        assertThat(driver.findElements(By.id("main-nav"))).hasSize(1);
    }

    @Test
    void logout_typed_in_the_address_bar_logs_out() {
        login("alice", "demo");
        driver.get(baseUrl() + "/logout");
        await().until(d -> d.getCurrentUrl().contains("/login"));
        driver.get(baseUrl() + "/my-claims");
        await().until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(driver.findElements(By.id("main-nav"))).isEmpty();
    }

    @Test
    void the_back_button_after_a_successful_login_does_not_show_the_old_login_error() {
        driver.get(baseUrl() + "/login");
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys("alice");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("wrong-password");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        await().until(d -> d.getCurrentUrl().contains("/login?error"));
        login("alice", "demo");
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("articles-grid")));
        driver.navigate().back();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("articles-grid")));
        assertThat(driver.findElements(By.cssSelector("vaadin-login-form[error]"))).isEmpty();
    }

    @Test
    void enter_on_a_focused_article_row_opens_the_article() {
        login("alice", "demo");
        driver.get(baseUrl() + "/");
        WebElement cell = await().until(d -> d.findElements(By.cssSelector("#articles-grid vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().contains("Victory Day")).findFirst().orElse(null));
        // focus the row's cell the way keyboard navigation does, without clicking it (a click would open it)
        driver.executeScript("""
                const grid = document.getElementById('articles-grid');
                const content = arguments[0];
                const cell = grid.shadowRoot.querySelector('slot[name="' + content.getAttribute('slot') + '"]')
                        ?.parentElement ?? content.assignedSlot?.parentElement;
                cell.focus();""", cell);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        await().until(d -> d.getCurrentUrl().matches(".*/articles/\\d+$"));
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("article-body")));
    }
}
