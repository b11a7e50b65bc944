package org.outsourcingdesk.app.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium.
 * On CI a missing browser fails the test; elsewhere the test is skipped with the command to install it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("Browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        }
        assumeTrue(present, "Browser tests skipped: apt-get install chromium chromium-driver");
    }

    static Browser start() throws Exception {
        requireChromium();
        Path profile = Files.createTempDirectory("desk-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        // files the pages offer (a PDF, a CSV) are saved where download() looks for them, never opened in a viewer
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                Files.createDirectories(downloads(profile)).toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void type(String css, String text) {
        var field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits until the browser has left the current page. */
    void clickAndLoad(String css) {
        var old = driver.findElement(By.tagName("html"));
        find(css).click();
        wait.until(browser -> gone(old));
    }

    /**
     * Whether an element's page has been left. Chromium answers for an element of a page it already
     * replaced either "stale" or, now and then, "node does not belong to the document": both mean gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException other) {
            if (other.getMessage() != null && other.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw other;
        }
    }

    /**
     * Clicks a link to a file, as a user saving it would, and waits until the browser has saved the whole
     * file in its download folder. Answers the saved file.
     */
    Path download(String css) throws Exception {
        Path folder = downloads(profile);
        try (var earlier = Files.list(folder)) {
            for (Path file : earlier.toList()) {
                Files.delete(file);
            }
        }
        find(css).click();
        try {
            return wait.until(browser -> {
                try (var files = Files.list(folder)) {
                    // Chromium writes into a .crdownload file and renames it when the last byte is in
                    return files.filter(file -> !file.getFileName().toString().endsWith(".crdownload")
                            && !file.getFileName().toString().startsWith(".")).findFirst().orElse(null);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no file arrived after clicking " + css + "; the browser shows " + driver.getCurrentUrl()
                    + ": " + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static Path downloads(Path profile) {
        return profile.resolve("downloads");
    }

    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void login(String base, String user) {
        open(base + "login.xhtml");
        type("#loginForm\\:username", user);
        type("#loginForm\\:password", Api.DEMO_PASSWORD);
        clickAndLoad("#loginForm\\:submit");
    }

    void logout() {
        clickAndLoad("#logoutForm\\:logout");
    }

    /** The next person at the keyboard: logs out, logs in as {@code user} and opens {@code url}. */
    void switchTo(String base, String user, String url) {
        logout();
        login(base, user);
        open(url);
    }

    /** Ticks or unticks a PrimeFaces checkbox (boolean or one item of a many-checkbox) by its input's id. */
    void toggle(String inputId) {
        script("document.getElementById(arguments[0]).closest('.ui-chkbox').querySelector('.ui-chkbox-box').click();", inputId);
    }

    /** Chooses an option of a PrimeFaces radio group or button group by its input's id. */
    void choose(String inputId) {
        script("var i = document.getElementById(arguments[0]);"
                + " (i.closest('.ui-radiobutton') ? i.closest('.ui-radiobutton').querySelector('.ui-radiobutton-box')"
                + " : i.closest('.ui-button')).click();", inputId);
    }

    /** Chooses a value of a PrimeFaces select-one menu by its id: the hidden select it posts. */
    void select(String menuId, String value) {
        script("var s = document.getElementById(arguments[0] + '_input'); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('change'));", menuId, value);
    }

    /** Types into a field found by its id (ids of components in loops carry colons and underscores). */
    void typeInto(String id, String text) {
        var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        if (!field.getAttribute("value").isEmpty()) {
            // a date picker puts its value back when cleared: select it and type over it
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        }
        field.sendKeys(text);
    }

    /** Chooses a file for a file input, found by its id. */
    void upload(String id, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).sendKeys(file.toAbsolutePath().toString());
    }

    private void script(String script, Object... args) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id((String) args[0])));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves what the browser shows under target/screenshots, for the user guide. */
    Path screenshot(String name) throws Exception {
        return screenshot(name, false);
    }

    /**
     * Saves what the browser shows; with {@code wholePage}, the window is stretched to the page's
     * height first, so a long page is captured whole.
     */
    Path screenshot(String name, boolean wholePage) throws Exception {
        var size = driver.manage().window().getSize();
        if (wholePage) {
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(height + 100, 6000)));
        }
        File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        if (wholePage) {
            driver.manage().window().setSize(size);
        }
        Path dir = Path.of(System.getProperty("desk.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        return Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
