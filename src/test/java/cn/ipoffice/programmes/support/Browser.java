package cn.ipoffice.programmes.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests: Debian's {@code chromium} and {@code chromium-driver} (paths
 * overridable with {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER}); tests are skipped where they are
 * not installed, unless {@code IPP_BROWSER_TESTS=required} (as in CI). Screenshots go to
 * {@code target/browser/}.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "browser");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** Skips the calling test where Chromium or its driver is missing. */
    public static Browser open(String base) {
        Path binary = Path.of(env("CHROMIUM_BINARY", "/usr/bin/chromium"));
        Path driverPath = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
        boolean installed = Files.isExecutable(binary) && Files.isExecutable(driverPath);
        String missing = "Chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
        if ("required".equals(System.getenv("IPP_BROWSER_TESTS")) && !installed) {
            throw new IllegalStateException(missing + ", but IPP_BROWSER_TESTS=required");
        }
        Assumptions.assumeTrue(installed, missing);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--window-size=1500,1100", "--lang=en-US");
        // The page's console (errors, refused scripts) for consoleErrors().
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverPath.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    /** Logs in on a Camunda webapp's login page (Tasklist, Cockpit). */
    public void logIn(String app, String user, String password) {
        driver.manage().deleteAllCookies();
        go("/camunda/app/" + app + "/default/");
        WebElement name = waitFor(By.cssSelector("input[ng-model=username]"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    }

    public WebElement waitFor(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            keepEvidence("timeout");
            throw e;
        }
    }

    /** A screenshot and the page's HTML, when a test is about to fail. */
    public void keepEvidence(String name) {
        screenshot(name);
        try {
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the page of " + name, e);
        }
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            wait.until(condition::apply);
        } catch (TimeoutException e) {
            keepEvidence("timeout");
            throw e;
        }
    }

    /** The errors the pages wrote to the console since the last call (a script that failed, one the policy refused). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot as {@code target/browser/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
