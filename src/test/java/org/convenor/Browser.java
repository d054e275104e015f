package org.convenor;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium, driven by Debian's ChromeDriver at fixed paths: nothing is downloaded (Selenium
 * Manager is never asked), and a machine without them fails the browser tests saying what to install.
 * Each browser has a fresh profile, so no sign-in or cookie carries over from another test.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final int WIDTH = 1280;
    public static final int PHONE_WIDTH = 390;
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** A browser pointed at the running service, 1280 px wide. */
    public static Browser on(RunningApp app) {
        return at("http://127.0.0.1:" + app.port());
    }

    /** A browser pointed at a service at this address ({@code http://127.0.0.1:8080}). */
    public static Browser at(String base) {
        for (Path needed : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(needed)) {
                fail(needed + " is missing: the browser tests need Debian's Chromium and its driver. Install them "
                        + "with `apt-get install -y chromium chromium-driver` (as root), or run .ci/run, which does.");
            }
        }
        try {
            Path profile = Files.createTempDirectory("convenor-chromium-");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",900");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Signs in with the form and waits for the page it leads to (or the form again, refused). */
    public Browser signIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        return clickThrough("main button[type=submit]");
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Clicks and waits for the next page to replace this one. */
    public Browser clickThrough(String css) {
        WebElement old = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, WAIT).until(ignored -> isGone(old));
        return this;
    }

    /** The control that has the keyboard's focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Types into the control that has the focus (Enter, say) and waits for the next page to replace this one. */
    public Browser typeThrough(CharSequence... keys) {
        WebElement old = driver.findElement(By.tagName("html"));
        focused().sendKeys(keys);
        new WebDriverWait(driver, WAIT).until(ignored -> isGone(old));
        return this;
    }

    /**
     * Whether the page an element belonged to has been replaced. Chromium sometimes says so with "Node with
     * given id does not belong to the document" rather than as a stale element, while the old page goes away.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Form controls on this page that a screen reader could not name: no label, no aria-label. */
    @SuppressWarnings("unchecked")
    public List<String> unlabelledControls() {
        return (List<String>) script("""
                return [...document.querySelectorAll('input:not([type=hidden]), textarea, select, button')]
                    .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label')
                        && !(c.tagName === 'BUTTON' && c.textContent.trim()))
                    .map(c => c.outerHTML.substring(0, 120));""");
    }

    /** The whole page at the browser's width, as {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            int height = (int) Math.min(Math.max(number("return document.documentElement.scrollHeight"), 600), 6000);
            driver.manage().window().setSize(new Dimension(window.getWidth(), height));
            // The window's size includes whatever the browser draws around the page: add that back.
            int shortBy = height - number("return window.innerHeight");
            if (shortBy > 0) {
                driver.manage().window().setSize(new Dimension(window.getWidth(), height + shortBy));
            }
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private int number(String script) {
        return ((Number) script(script)).intValue();
    }

    /** Narrows the window to a phone's width (or back to 1280). */
    public Browser width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 900));
        return this;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                FileSystemUtils.deleteRecursively(profile);
            } catch (IOException e) {
                // A profile left in the temporary folder harms nothing; the test's outcome stands.
            }
        }
    }
}
