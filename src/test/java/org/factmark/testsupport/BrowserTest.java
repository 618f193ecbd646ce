package org.factmark.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * Base of real-browser tests: the app on a random port, headless Chromium. Uses Debian's /usr/bin/chromium and
 * /usr/bin/chromedriver when present (CI installs them); elsewhere falls back to Selenium's own driver
 * resolution, and skips with a reason if no browser can be started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
public abstract class BrowserTest {
    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;
    private File profile;

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("chrome-profile").toFile();
        driver = startChromium(profile);
    }

    /**
     * Headless Chromium with a fresh profile: Debian's chromium and chromedriver where installed, else Selenium's own
     * driver resolution; skips the test with a reason where no browser starts. For tests that need more than one.
     */
    public static ChromeDriver startChromium(File profile) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile.getAbsolutePath());
        // the browser console (Content-Security-Policy violations show there) for tests that read it
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        File chromium = new File("/usr/bin/chromium");
        File chromedriver = new File("/usr/bin/chromedriver");
        try {
            if (chromium.canExecute() && chromedriver.canExecute()) {
                options.setBinary(chromium.getAbsolutePath());
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(chromedriver).usingAnyFreePort().build();
                return new ChromeDriver(service, options);
            }
            return new ChromeDriver(options);
        } catch (RuntimeException e) {
            assumeTrue(false, "no headless Chromium available (install Debian's chromium and chromium-driver): " + e.getMessage());
            throw e;
        }
    }

    /** Logs in through the login view of the app at {@code baseUrl}. */
    public static void login(ChromeDriver driver, String baseUrl, String user, String password) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(baseUrl + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys(user);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) driver.quit();
        if (profile != null) FileSystemUtils.deleteRecursively(profile);
    }

    protected WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Logs in through the login view (vaadin-login-form posts to Spring Security's /login). */
    protected void login(String user, String password) {
        login(driver, baseUrl(), user, password);
    }

    /** Sets the browser's viewport (window.innerWidth x innerHeight) to the given size, correcting for any frame. */
    protected void viewport(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        long innerW = (Long) driver.executeScript("return window.innerWidth;");
        long innerH = (Long) driver.executeScript("return window.innerHeight;");
        if (innerW != width || innerH != height) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(
                    width + (int) (width - innerW), height + (int) (height - innerH)));
        }
    }

    /** Logs out by clearing cookies (a fresh session), for tests that switch users. */
    protected void logout() {
        driver.manage().deleteAllCookies();
    }
}
