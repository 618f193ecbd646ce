package org.factmark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The frame around the views: the menu collapses and stays collapsed across pages and reloads. */
class LayoutBrowserTest extends BrowserTest {

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
