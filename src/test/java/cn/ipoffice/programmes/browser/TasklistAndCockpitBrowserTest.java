package cn.ipoffice.programmes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.cockpit.OverdueCase;
import cn.ipoffice.programmes.cockpit.OverdueCasesResource;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.support.Browser;
import cn.ipoffice.programmes.support.EngineClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What reviewers and supervisors see in the browser, on the demo data: a Jiangsu reviewer works a
 * pilot-city task in Tasklist and does not see Zhejiang's, a score out of range is refused on the
 * form, Cockpit's "Overdue cases" page lists the demo's overdue cases, and a province records an action on an
 * escalation in Tasklist, which Cockpit then shows with the office that owes the step. Runs where Debian's
 * chromium and chromium-driver are installed; screenshots in {@code target/browser/}
 * ({@code -Dipp.screenshots.docs=true} copies the overdue page's to docs/screenshots/).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// It completes demo tasks and runs the demo's due jobs: the demo context is not handed on to the next class, whose
// expectations are the demo as it starts (DemoDataTest).
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistAndCockpitBrowserTest {

    private static final String OFFICES_TASKS = "My offices' tasks";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

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

    private String caseOf(String processKey, String holderId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(holderId).singleResult().getId();
    }

    /** A form field's input, found by the beginning of its label as Tasklist shows it. */
    private WebElement field(String label) {
        WebElement labelElement = browser.waitFor(By.xpath(
                "//form//label[starts-with(normalize-space(.), '" + label + "')]"));
        return browser.waitFor(By.id(labelElement.getAttribute("for")));
    }

    private void openOfficesTasks() {
        browser.waitFor(By.xpath("//*[normalize-space(text())=\"" + OFFICES_TASKS + "\"]")).click();
        browser.waitFor(By.cssSelector(".tasks-list"));
    }

    private void openTask(String nameContains) {
        openOfficesTasks();
        browser.waitFor(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., '" + nameContains + "')]")).click();
        browser.waitFor(By.cssSelector(".fjs-form"));
        click(browser.waitFor(By.xpath("//a[normalize-space(.)='Claim'] | //button[normalize-space(.)='Claim']")));
        browser.waitFor(By.xpath("//button[normalize-space(.)='Complete' and not(@disabled)]"));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** The names in Tasklist's list; Tasklist redraws it now and then, so a read during a redraw is repeated. */
    private List<String> listedTasks() {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.all(By.cssSelector(".tasks-list li")).stream().map(WebElement::getText).toList();
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == 5) {
                    throw redrawn;
                }
            }
        }
    }

    @Test
    void aJiangsuReviewerWorksAPilotCityTask_itIsGoneAndTheCaseAdvances_andNoZhejiangTaskIsShown() {
        String changzhou = caseOf(PilotCityApplicationProcess.KEY, "320400");
        String hangzhouReview = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("330100")
                .taskCandidateGroup("province-33").list().get(0).getId();

        browser.logIn("tasklist", "jiangsu", "jiangsu");
        openOfficesTasks();
        browser.waitUntil(d -> listedTasks().stream().anyMatch(t -> t.contains("Investigate Changzhou")));
        assertThat(listedTasks()).isNotEmpty().noneMatch(t -> t.contains("Hangzhou") || t.contains("Ningbo"));
        browser.screenshot("01-jiangsu-offices-tasks");

        openTask("Investigate Changzhou");
        click(browser.waitFor(By.xpath("//label[normalize-space(.)='Recommend to SIPO']")));
        field("Findings of the investigation").sendKeys("Solid IP work in every district.");
        browser.screenshot("02-investigation-filled");
        click(browser.waitFor(By.xpath("//button[normalize-space(.)='Complete']")));

        browser.waitUntil(d -> listedTasks().stream().noneMatch(t -> t.contains("Investigate Changzhou")));
        browser.waitUntil(d -> listedTasks().stream().anyMatch(t -> t.contains("Expert deliberation") && t.contains("Changzhou")));
        browser.screenshot("03-investigation-done-deliberation-next");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(changzhou).singleResult()
                .getTaskDefinitionKey()).isEqualTo(PilotCityApplicationProcess.TASK_DELIBERATE);

        browser.go("/camunda/app/tasklist/default/#/?task=" + hangzhouReview);
        browser.waitFor(By.cssSelector(".tasks-list"));
        assertThat(browser.text()).doesNotContain("Hangzhou");
        browser.screenshot("04-zhejiang-task-not-shown");
        assertThat(engine.getTaskService().createTaskQuery().taskId(hangzhouReview).count())
                .as("the Zhejiang task is untouched").isOne();
    }

    @Test
    void aScoreAbove100IsRefusedOnTheForm_andTheTaskStaysOpen() {
        browser.logIn("tasklist", "zhejiang", "zhejiang");
        openTask("Hold the acceptance of Ningbo");
        field("Acceptance score").sendKeys("150");
        click(browser.waitFor(By.xpath("//button[normalize-space(.)='Complete']")));

        browser.waitUntil(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().contains("100")));
        browser.screenshot("05-acceptance-score-out-of-range");
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(PilotCityRoundProcess.KEY)
                .processInstanceBusinessKey("330200").taskDefinitionKey("Task_HoldAcceptance").count()).isOne();
    }

    /** Chooses an option of a form's select field (Camunda Forms draws its own drop-down list). */
    private void choose(String label, String option) {
        WebElement labelElement = browser.waitFor(By.xpath(
                "//form//label[starts-with(normalize-space(.), '" + label + "')]"));
        click(browser.waitFor(By.id(labelElement.getAttribute("for") + "-display")));
        click(browser.waitFor(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']")));
    }

    private List<Long> daysColumn() {
        return browser.all(By.cssSelector("#overdue-cases-table tbody tr")).stream()
                .map(row -> Long.valueOf(row.findElements(By.tagName("td")).get(5).getText())).toList();
    }

    @Test
    void cockpitsOverdueCasesPageListsTheDemosOverdueCases_sortable() {
        engine.getIdentityService().setAuthentication("sipo", List.of("sipo"));
        List<OverdueCase> expected;
        try {
            expected = OverdueCasesResource.list(engine, Instant.now());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(expected).as("the demo has overdue cases").isNotEmpty();

        browser.logIn("cockpit", "sipo", "sipo");
        browser.waitFor(By.xpath("//a[normalize-space(.)='Overdue cases']")).click();
        browser.waitFor(By.id("overdue-count"));
        List<WebElement> rows = browser.all(By.cssSelector("#overdue-cases-table tbody tr"));
        browser.screenshot("06-cockpit-overdue-cases");
        assertThat(rows).hasSize((int) expected.stream().filter(row -> !row.followedUp()).count());
        assertThat(browser.all(By.cssSelector("#overdue-followed-up-table tbody tr")))
                .hasSize((int) expected.stream().filter(OverdueCase::followedUp).count());
        String page = browser.text();
        expected.forEach(row -> assertThat(page).contains(row.holderId()).contains(row.ruleId()));

        assertThat(daysColumn()).as("most overdue first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        browser.waitFor(By.cssSelector("[data-sort='daysOverdue']")).click();
        assertThat(daysColumn()).as("sorted the other way by a click").isSorted();

        browser.all(By.cssSelector("#overdue-cases-table tbody tr a[href^='#/process-instance/']")).get(0).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("#/process-instance/"));
        browser.screenshot("07-cockpit-overdue-case-opened");
    }

    /**
     * A province records what it did on an overdue report's escalation in Tasklist, with the day to follow it up; in
     * Cockpit the case waits under "Followed up" with the office that owes the report, its user and the action.
     */
    @Test
    void aProvinceRecordsAnActionOnAnEscalationInTasklist_andCockpitShowsTheOwnerAndTheActionUntilTheFollowUpDay() throws Exception {
        Task escalation = engine.getTaskService().createTaskQuery().taskCandidateGroup("province-32")
                .taskDefinitionKey(AnnualReportProcess.TASK_ESCALATE).orderByTaskCreateTime().asc().list().get(0);
        String holderId = CaseVariables.HOLDER_ID.from(engine.getTaskService().getVariables(escalation.getId(),
                List.of(CaseVariables.HOLDER_ID.name())));
        // The city's government has a user of its own, as Admin enters it.
        User official = engine.getIdentityService().newUser("gov-" + holderId + "-zhao");
        official.setFirstName("Zhao");
        official.setLastName("Lan");
        official.setEmail("zhao.lan@" + holderId + ".example.org");
        official.setPassword("gov-" + holderId + "-zhao");
        engine.getIdentityService().saveUser(official);
        engine.getIdentityService().createMembership(official.getId(), "gov-" + holderId);
        LocalDate followUp = DeadlineCalendar.dayOf(Instant.now()).plusDays(14);

        browser.logIn("tasklist", "jiangsu", "jiangsu");
        openTask(escalation.getName());
        choose("Action taken", "Talk held with the responsible office");
        field("Remarks").sendKeys("Met the city's IP bureau: the report is promised within two weeks.");
        field("Follow up on").sendKeys(followUp.toString());
        browser.screenshot("08-escalation-action-filled");
        click(browser.waitFor(By.xpath("//button[normalize-space(.)='Complete']")));
        browser.waitUntil(d -> engine.getTaskService().createTaskQuery().taskId(escalation.getId()).count() == 0);

        browser.logIn("cockpit", "jiangsu", "jiangsu");
        browser.waitFor(By.xpath("//a[normalize-space(.)='Overdue cases']")).click();
        browser.waitFor(By.id("overdue-count"));
        WebElement followedUp = browser.waitFor(By.xpath("//table[@id='overdue-followed-up-table']//tr[contains(., '("
                + holderId + ")')]"));
        assertThat(followedUp.getText()).contains("Followed up, back on " + DeadlineCalendar.dayText(followUp),
                "municipal government (gov-" + holderId + ")", "Zhao Lan", "zhao.lan@" + holderId + ".example.org",
                "Talk held with the responsible office, by jiangsu", "the report is promised within two weeks");
        assertThat(browser.all(By.xpath("//table[@id='overdue-cases-table']//tr[contains(., '(" + holderId + ")')]")))
                .as("not among the cases needing action").isEmpty();
        Path shot = browser.screenshot("09-cockpit-overdue-followed-up");
        if (Boolean.getBoolean("ipp.screenshots.docs")) {
            Files.copy(shot, Path.of("docs", "screenshots", "cockpit-overdue-cases.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
