package cn.ipoffice.programmes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.offices.ExpectedOverview;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.Browser;
import cn.ipoffice.programmes.support.EngineClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The overview in Chromium for SIPO and for Jiangsu: the bundled script draws every chart under the pages' strict content
 * security policy without a console error, each chart draws the numbers of the table under it (its description in words
 * says what it draws), the numbers are the register's and the engine's, the status buttons switch the holders chart, and
 * a number opens the holders it counts. Screenshots in {@code target/browser/} (offices-overview-sipo.png,
 * offices-overview-jiangsu.png), the user guide's pictures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// It runs the demo's due jobs: the demo context is not handed on to the next class, whose expectations are the demo as
// it starts.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewBrowserTest {

    private static final List<String> CHARTS = List.of("titles", "timeline", "overdue", "reports");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Register register;

    private Browser browser;

    @BeforeAll
    void demoCasesWithTheirPastDeadlines() {
        browser = Browser.open("http://localhost:" + port);
        // The demo starts cases in the past; the job executor (off in tests) would fire their due timers.
        EngineClock.runAllDueJobs(engine.getManagementService());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void sipoSeesTheCountryAtAGlance() {
        Map<String, Map<String, Long>> titles = openOverview("sipo", List.of("sipo"));
        assertThat(titles).containsKeys("Jiangsu", "Zhejiang", "Hubei");
        screenshot("offices-overview-sipo");
        switchesTheHoldersChartAndOpensTheHoldersOfANumber();
    }

    @Test
    void jiangsuSeesItsProvinceAtAGlance() {
        Map<String, Map<String, Long>> titles = openOverview("jiangsu", List.of("province-32"));
        assertThat(titles).containsOnlyKeys("Jiangsu");
        assertThat(browser.text()).doesNotContain("Zhejiang").doesNotContain("Hangzhou");
        screenshot("offices-overview-jiangsu");
    }

    /** Signs in, opens the overview, checks every chart against its table; the active titles chart, in numbers. */
    private Map<String, Map<String, Long>> openOverview(String user, List<String> groups) {
        browser.logIn("tasklist", user, user);
        browser.consoleErrors();
        browser.go("/offices/overview");
        browser.waitUntil(d -> "drawn".equals(d.findElement(By.tagName("body")).getAttribute("data-charts")));
        for (String chart : CHARTS) {
            WebElement canvas = browser.waitFor(By.id("canvas-" + chart));
            assertThat(canvas.getSize().getWidth()).as(chart).isGreaterThan(300);
            assertThat(drawnPixels(chart)).as(chart + " is drawn").isPositive();
        }
        ExpectedOverview expected = new ExpectedOverview(register, engine, groups, Instant.now());
        Map<String, Map<String, Long>> titles = drawn("titles");
        assertThat(titles).as("active titles").isEqualTo(fromTable("titles", 2));
        Map<String, Map<String, Long>> expectedActive = new LinkedHashMap<>();
        expected.titles().forEach((row, numbers) -> {
            if (numbers.get(0) > 0) {
                expectedActive.computeIfAbsent(row.split("\\|")[0], p -> new LinkedHashMap<>()).put(row.split("\\|")[1],
                        numbers.get(0));
            }
        });
        assertThat(titles).isEqualTo(expectedActive);
        assertThat(drawn("timeline")).isEqualTo(fromTable("timeline", 0));
        assertThat(drawn("overdue")).isEqualTo(fromTable("overdue", 0)).isNotEmpty();
        assertThat(drawn("reports")).isEqualTo(fromTable("reports", 0)).isNotEmpty();
        Map<String, Map<String, Long>> reports = new LinkedHashMap<>();
        expected.reports().forEach((province, n) -> {
            Map<String, Long> standing = new LinkedHashMap<>();
            put(standing, "received on time", n.get(1));
            put(standing, "received late", n.get(2));
            put(standing, "missing", n.get(3));
            if (!standing.isEmpty()) {
                reports.put(province, standing);
            }
        });
        assertThat(drawn("reports")).isEqualTo(reports);
        assertThat(pageErrors()).as("console errors").isEmpty();
        return titles;
    }

    private void switchesTheHoldersChartAndOpensTheHoldersOfANumber() {
        browser.waitFor(By.cssSelector("#chart-titles .views button[data-view='COMPLETED']")).click();
        browser.waitUntil(d -> "COMPLETED".equals(d.findElement(By.id("canvas-titles")).getAttribute("data-view")));
        assertThat(drawn("titles")).as("completed titles").isEqualTo(fromTable("titles", 3));
        WebElement number = browser.waitFor(By.cssSelector("#table-titles tbody td.num a"));
        number.click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/offices/holders?title="));
        assertThat(browser.all(By.cssSelector("#holders tbody tr"))).isNotEmpty();
        assertThat(pageErrors()).as("console errors").isEmpty();
    }

    /** The console's errors but the browser's own request for an icon, which the pages do not have. */
    private List<String> pageErrors() {
        return browser.consoleErrors().stream().filter(error -> !error.contains("/favicon.ico")).toList();
    }

    private long drawnPixels(String chart) {
        Object count = ((JavascriptExecutor) browser.driver()).executeScript("const c = document.getElementById(arguments[0]);"
                + "const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { n++; } } return n;", "canvas-" + chart);
        return ((Number) count).longValue();
    }

    /**
     * What a chart draws, from its description ("Heading. Jiangsu: pilot city 3, model city 1; Zhejiang: none"): per bar,
     * the series with a number above zero.
     */
    private Map<String, Map<String, Long>> drawn(String chart) {
        String label = browser.driver().findElement(By.id("canvas-" + chart)).getAttribute("aria-label");
        assertThat(label).as(chart).isNotBlank();
        Map<String, Map<String, Long>> bars = new LinkedHashMap<>();
        String[] parts = label.substring(label.indexOf(". ") + 2).split("; ");
        for (String part : parts) {
            int colon = part.indexOf(": ");
            if (colon < 0 || part.endsWith(": none")) {
                continue;
            }
            Map<String, Long> series = new LinkedHashMap<>();
            for (String value : part.substring(colon + 2).split(", ")) {
                int space = value.lastIndexOf(' ');
                series.put(value.substring(0, space), Long.valueOf(value.substring(space + 1)));
            }
            bars.put(part.substring(0, colon), series);
        }
        return bars;
    }

    /**
     * The same from the table under the chart, in the chart's words. Titles: the province's bar, the title's series, the
     * number of the status column {@code column}; overdue: the province's bar, the rule's series; the timeline and the
     * reports: each column of numbers a series named by its heading. A row for all provinces together is no bar.
     */
    private Map<String, Map<String, Long>> fromTable(String table, int column) {
        List<String> headings = browser.all(By.cssSelector("#table-" + table + " thead th")).stream()
                .map(WebElement::getText).toList();
        Map<String, Map<String, Long>> bars = new LinkedHashMap<>();
        for (WebElement row : browser.all(By.cssSelector("#table-" + table + " tbody tr"))) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            if (cells.get(0).equals("all provinces")) {
                continue;
            }
            Map<String, Long> series = bars.computeIfAbsent(cells.get(0), bar -> new LinkedHashMap<>());
            switch (table) {
                case "titles" -> put(series, cells.get(1), Long.parseLong(cells.get(column)));
                case "overdue" -> put(series, cells.get(1), Long.parseLong(cells.get(2)));
                case "timeline" -> {
                    for (int c = 1; c < cells.size(); c++) {
                        put(series, headings.get(c), Long.parseLong(cells.get(c)));
                    }
                }
                case "reports" -> {
                    // Owed is the sum of the others: the chart stacks them.
                    for (int c = 2; c < cells.size(); c++) {
                        put(series, headings.get(c).toLowerCase(Locale.ROOT), Long.parseLong(cells.get(c)));
                    }
                }
                default -> throw new IllegalArgumentException(table);
            }
        }
        bars.values().removeIf(Map::isEmpty);
        return bars;
    }

    private static void put(Map<String, Long> series, String name, long value) {
        if (value > 0) {
            series.put(name, value);
        }
    }

    /** The whole page, as tall as it is, for the user guide. */
    private void screenshot(String name) {
        Object height = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollHeight;");
        browser.driver().manage().window().setSize(new Dimension(1500, Math.min(4000,
                ((Number) height).intValue() + 140)));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(new Dimension(1500, 1100));
    }
}
