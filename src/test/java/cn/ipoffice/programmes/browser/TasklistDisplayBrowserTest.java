package cn.ipoffice.programmes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.support.Browser;
import cn.ipoffice.programmes.support.EngineClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What offices see in Tasklist and Cockpit on the demo, in a browser whose clock runs in New York: a due date as the
 * last day it can be met in China Standard Time, the task list sorted by it with the label "Due", a start form the
 * server refuses saying so next to the field and beside the Start button without ids, the app switcher offered to a
 * signed-in user with its own apps only, no notice to migrate to Camunda 8, and the header's link to the offices'
 * holders. Screenshots in {@code target/browser/} ({@code tasklist-due.png} is the user guide's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// It starts a case and runs the demo's due jobs: the demo context is not handed on to the next class.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistDisplayBrowserTest {

    private static final String BROWSER_ZONE = "America/New_York";
    private static final String OFFICES_TASKS = "My offices' tasks";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern DUE = Pattern.compile("Due (\\d{1,2} [A-Z][a-z]+ \\d{4}), (\\d{2}:\\d{2}) CST");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private Browser browser;

    @BeforeAll
    void openBrowserInAnotherZone() {
        browser = Browser.open("http://localhost:" + port);
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", BROWSER_ZONE));
        // The demo starts cases in the past; the job executor (off in tests) would fire their due timers.
        EngineClock.runAllDueJobs(engine.getManagementService());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** "8 March 2027, 24:00 CST" for a deadline at 9 March 2027 00:00 in China: the last day it can be met. */
    private static String lastDay(Task task) {
        Instant deadline = task.getDueDate().toInstant();
        assertThat(deadline.atZone(DeadlineCalendar.CHINA).toLocalTime()).as("a legal deadline ends a day in China")
                .isEqualTo(LocalTime.MIDNIGHT);
        return DeadlineCalendar.lastDayOf(deadline).format(DAY) + ", 24:00 CST";
    }

    @Test
    void aDueDateReadsAsItsLastDayInChinaStandardTime_inTheListAndTheTask_whateverTheBrowsersZone() {
        Task workPlan = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("320500")
                .taskCandidateGroup("gov-320500").singleResult();
        String lastDay = lastDay(workPlan);

        browser.logIn("tasklist", "suzhou", "suzhou");
        assertThat(browser.waitFor(By.id("footer-timezone")).getText()).as("the browser's own zone").contains(BROWSER_ZONE);
        openOfficesTasks();
        browser.waitUntil(d -> listedTasks().stream().anyMatch(t -> t.contains(workPlan.getName())));
        assertThat(listedTasks()).filteredOn(t -> t.contains(workPlan.getName())).singleElement().asString()
                .contains("Due " + lastDay);

        browser.waitFor(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., 'Record the model-city work plan')]"))
                .click();
        WebElement due = browser.waitFor(By.cssSelector("[cam-tasklist-task-meta] .due-date .ipp-due"));
        browser.waitUntil(d -> due.getText().equals(lastDay));
        browser.screenshot("tasklist-due");
    }

    @Test
    void theTaskListIsSortedByDueDate_soonestFirst_underTheLabelDue() {
        browser.logIn("tasklist", "jiangsu", "jiangsu");
        openOfficesTasks();
        browser.waitUntil(d -> dueDates().size() > 2);
        WebElement sortedBy = browser.waitFor(By.cssSelector("[cam-sorting-choices] li.sorting-choice a.dropdown-toggle"));
        assertThat(sortedBy.getText().trim()).isEqualTo("Due");
        assertThat(browser.driver().getCurrentUrl()).contains("dueDate").contains("asc");
        assertThat(dueDates()).as("soonest first").isSorted();
        browser.screenshot("tasklist-sorted-by-due");
    }

    @Test
    void aStartFormTheServerRefuses_saysWhyNextToTheFieldAndBesideTheStartButton_inPlainWords() {
        long calls = yearlyCalls();
        browser.logIn("tasklist", "sipo", "sipo");
        browser.waitFor(By.xpath("//a[normalize-space(.)='Start process']")).click();
        browser.waitFor(By.xpath("//div[contains(@class,'modal')]//a[contains(., 'yearly call')]")).click();
        browser.waitFor(By.cssSelector(".modal .fjs-form"));
        click(browser.waitFor(By.cssSelector(".modal .fjs-form-field-select .fjs-input-group")));
        click(browser.waitFor(By.cssSelector(".modal .fjs-dropdownlist-item")));
        field("Year of the call").sendKeys("2031");
        // A day the form's pattern lets through and the calendar does not have: refused by the server.
        field("Closing date").sendKeys("2031-02-30", Keys.TAB);
        WebElement start = browser.waitFor(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']"));
        browser.waitUntil(d -> start.isEnabled());
        start.click();

        WebElement nextToTheField = browser.waitFor(By.xpath("//label[starts-with(normalize-space(.), 'Closing date')]"
                + "/ancestor::*[contains(@class,'fjs-form-field')][1]//*[contains(@class,'ipp-refusal')]"));
        assertThat(nextToTheField.getText()).isEqualTo("Closing date is not a day of the calendar: '2031-02-30'");
        WebElement besideTheButton = browser.waitFor(By.cssSelector(".modal .ipp-refusal-summary"));
        assertThat(besideTheButton.getText()).isEqualTo("Not started: Closing date is not a day of the calendar: '2031-02-30'.");
        assertThat(inView(besideTheButton)).as("seen without scrolling").isTrue();
        String dialog = browser.waitFor(By.cssSelector(".modal-content")).getText();
        assertThat(dialog).doesNotContain(YearlyCallProcess.KEY + ":").doesNotContain("(closingDate)")
                .doesNotContain("was not accepted");
        browser.screenshot("tasklist-start-refused");
        assertThat(yearlyCalls()).as("nothing started").isEqualTo(calls);

        field("Closing date").sendKeys(Keys.BACK_SPACE);
        browser.waitUntil(d -> browser.all(By.cssSelector(".modal .ipp-refusal")).isEmpty());
    }

    private long yearlyCalls() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(YearlyCallProcess.KEY).count();
    }

    @Test
    void theAppSwitcherOffersNothingBeforeLogin_andToEachUserItsOwnApps() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/camunda/app/tasklist/default/");
        browser.waitFor(By.cssSelector("input[ng-model=username]"));
        browser.waitFor(By.cssSelector("[cam-widget-header] .app-menu"));
        assertThat(browser.all(By.cssSelector("[cam-widget-header] .app-switch"))).as("on the login page").isEmpty();
        browser.screenshot("tasklist-login-no-app-switcher");

        assertThat(appsOffered("suzhou")).as("a city's government: Tasklist only").isEmpty();
        assertThat(appsOffered("jiangsu")).containsExactly("Cockpit");
        assertThat(appsOffered("demo")).containsExactlyInAnyOrder("Admin", "Cockpit");
    }

    @Test
    void noNoticeToMigrate_andTheHeadersLinkToTheHolders_inTasklistAndCockpit() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/camunda/app/tasklist/default/");
        browser.waitFor(By.cssSelector("input[ng-model=username]"));
        assertNoMigrationNotice();

        browser.logIn("tasklist", "suzhou", "suzhou");
        assertNoMigrationNotice();
        browser.waitFor(By.cssSelector("[cam-widget-header] a.ipp-holders-link")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/offices/holders"));
        browser.waitFor(By.xpath("//h1[normalize-space(.)='Holders']"));
        assertThat(browser.text()).contains("Suzhou").doesNotContain("Hangzhou");

        browser.logIn("cockpit", "jiangsu", "jiangsu");
        assertNoMigrationNotice();
        browser.screenshot("cockpit-holders-link");
        browser.waitFor(By.cssSelector("[cam-widget-header] a.ipp-holders-link")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/offices/holders"));
        browser.waitFor(By.xpath("//h1[normalize-space(.)='Holders']"));
        assertThat(browser.text()).contains("Nanjing").doesNotContain("Hangzhou");
    }

    private void assertNoMigrationNotice() {
        browser.waitFor(By.cssSelector("[cam-widget-header] .app-menu"));
        assertThat(browser.all(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
        assertThat(browser.text()).doesNotContain("Camunda 8");
    }

    /** The apps the header's switcher offers the user in Tasklist, once signed in. */
    private List<String> appsOffered(String user) {
        browser.logIn("tasklist", user, user);
        browser.waitFor(By.cssSelector("[cam-widget-header] a.ipp-holders-link"));
        List<WebElement> switcher = browser.all(By.cssSelector("[cam-widget-header] .app-switch"));
        if (switcher.isEmpty()) {
            return List.of();
        }
        switcher.get(0).findElement(By.cssSelector("a.dropdown-toggle")).click();
        return browser.all(By.cssSelector("[cam-widget-header] .app-switch .dropdown-menu li")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    private void openOfficesTasks() {
        browser.waitFor(By.xpath("//*[normalize-space(text())=\"" + OFFICES_TASKS + "\"]")).click();
        browser.waitFor(By.cssSelector(".tasks-list"));
    }

    /** The list's entries as shown; Tasklist redraws it now and then, so a read during a redraw is repeated. */
    private List<String> listedTasks() {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.all(By.cssSelector(".tasks-list li.task")).stream().map(WebElement::getText).toList();
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == 5) {
                    throw redrawn;
                }
            }
        }
    }

    /** The due dates of the list, in its order, as the instants they stand for. */
    private List<Instant> dueDates() {
        List<Instant> dates = new ArrayList<>();
        for (String task : listedTasks()) {
            Matcher due = DUE.matcher(task);
            if (due.find()) {
                LocalDate day = LocalDate.parse(due.group(1), DAY);
                dates.add("24:00".equals(due.group(2)) ? DeadlineCalendar.endOfDay(day)
                        : day.atTime(LocalTime.parse(due.group(2))).atZone(DeadlineCalendar.CHINA).toInstant());
            }
        }
        return dates;
    }

    private WebElement field(String label) {
        WebElement labelElement = browser.waitFor(By.xpath(
                "//form//label[starts-with(normalize-space(.), '" + label + "')]"));
        return browser.waitFor(By.id(labelElement.getAttribute("for")));
    }

    private boolean inView(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                element);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
