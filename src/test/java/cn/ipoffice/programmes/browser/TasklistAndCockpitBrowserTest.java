package cn.ipoffice.programmes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.cockpit.OverdueCase;
import cn.ipoffice.programmes.cockpit.OverdueCasesResource;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Apply;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.Browser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What reviewers and supervisors see in the browser, on the demo data: a Jiangsu reviewer works a
 * pilot-city task in Tasklist and does not see Zhejiang's, a score out of range is refused on the
 * form, and Cockpit's "Overdue cases" page lists the demo's overdue cases. Runs where Debian's
 * chromium and chromium-driver are installed; screenshots in {@code target/browser/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistAndCockpitBrowserTest {

    private static final String OFFICES_TASKS = "My offices' tasks";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Register register;

    private Browser browser;
    private String yancheng;
    private String jiaxing;

    @BeforeAll
    void demoCasesAndTwoNewApplications() {
        browser = Browser.open("http://localhost:" + port);
        runEveryDueJob();
        yancheng = apply("320900", "Yancheng");
        jiaxing = apply("330400", "Jiaxing");
        LocalDate today = DeadlineCalendar.dayOf(Instant.now());
        acceptancePending("320300", "Xuzhou", today.minusYears(3).minusMonths(1));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The demo starts cases in the past; the job executor (off in tests) would fire their due timers. */
    private void runEveryDueJob() {
        for (int ran = 0; ran < 5000; ran++) {
            List<Job> due = engine.getManagementService().createJobQuery().executable().orderByJobDuedate().asc()
                    .listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            engine.getManagementService().executeJob(due.get(0).getId());
        }
    }

    private String apply(String code, String name) {
        Map<String, Object> form = new HashMap<>();
        form.put(Apply.CITY_CODE, code);
        form.put(Apply.CITY_NAME, name);
        form.put(Apply.CITY_KIND, HolderKind.PREFECTURE_LEVEL_CITY.name());
        form.put(Apply.LEADERS_GIVE_PRIORITY, true);
        form.put(Apply.ADMINISTRATION_INTERMEDIATE, true);
        form.put(Apply.PATENT_QUALITY_RESULTS, true);
        form.put(Apply.IP_OPERATION_RESULTS, true);
        form.put(Apply.ENFORCEMENT_RANK, 2);
        form.put(Apply.CITIES_RANKED, 12);
        form.put(Apply.FEATURED_THEMES, "Patent navigation for the salt-marsh economy");
        form.put(Apply.WORK_PLAN_REFERENCE, name + " Plan [2026] No. 3");
        return engine.getRuntimeService().startProcessInstanceByKey(PilotCityApplicationProcess.KEY, form).getId();
    }

    private void acceptancePending(String code, String name, LocalDate termStart) {
        Term term = DeadlineCalendar.term(termStart, 3);
        register.enterHolder(code, name, HolderKind.PREFECTURE_LEVEL_CITY);
        register.grant(code, Title.PILOT_CITY, term, 1, "PM-7", "browser-test:" + code, null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.HOLDER_ID, code);
        variables.put(CaseVariables.HOLDER_NAME, name);
        variables.put(CaseVariables.SUPERVISOR_GROUP, "province-32");
        variables.put(CaseVariables.PROVINCE_GROUP, "province-32");
        variables.put(CaseVariables.ROUND, 1);
        variables.put(CaseVariables.TERM_START, term.start().toString());
        variables.put(CaseVariables.TERM_END, term.lastDay().toString());
        variables.put(CaseVariables.WORK_PLAN_OWED, false);
        engine.getRuntimeService().startProcessInstanceByKey(PilotCityRoundProcess.KEY, code, variables);
        runEveryDueJob();
    }

    private void openOfficesTasks() {
        browser.waitFor(By.xpath("//*[normalize-space(text())=\"" + OFFICES_TASKS + "\"]")).click();
        browser.waitFor(By.cssSelector(".tasks-list"));
    }

    private void openTask(String nameContains) {
        openOfficesTasks();
        browser.waitFor(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., '" + nameContains + "')]")).click();
        List<WebElement> claim = browser.all(By.xpath("//button[normalize-space(.)='Claim']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
        }
        browser.waitFor(By.cssSelector(".fjs-form"));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private List<String> listedTasks() {
        return browser.all(By.cssSelector(".tasks-list li")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aJiangsuReviewerWorksAPilotCityTask_itIsGoneAndTheCaseAdvances_andNoZhejiangTaskIsShown() {
        browser.logIn("tasklist", "jiangsu", "jiangsu");
        openOfficesTasks();
        browser.waitUntil(d -> listedTasks().stream().anyMatch(t -> t.contains("Investigate Yancheng")));
        assertThat(listedTasks()).noneMatch(t -> t.contains("Jiaxing"));
        browser.screenshot("01-jiangsu-offices-tasks");

        openTask("Investigate Yancheng");
        click(browser.waitFor(By.cssSelector("[id$='-investigationOutcome-0']")));
        browser.waitFor(By.cssSelector("[id$='-investigationRemarks']")).sendKeys("Solid IP work in every district.");
        browser.screenshot("02-investigation-filled");
        click(browser.waitFor(By.xpath("//button[normalize-space(.)='Complete']")));

        browser.waitUntil(d -> listedTasks().stream().noneMatch(t -> t.contains("Investigate Yancheng")));
        browser.waitUntil(d -> listedTasks().stream().anyMatch(t -> t.contains("Expert deliberation") && t.contains("Yancheng")));
        browser.screenshot("03-investigation-done-deliberation-next");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(yancheng).singleResult()
                .getTaskDefinitionKey()).isEqualTo(PilotCityApplicationProcess.TASK_DELIBERATE);

        Task zhejiangTask = engine.getTaskService().createTaskQuery().processInstanceId(jiaxing).singleResult();
        browser.go("/camunda/app/tasklist/default/#/?task=" + zhejiangTask.getId());
        browser.waitFor(By.cssSelector(".tasks-list"));
        assertThat(browser.text()).doesNotContain("Jiaxing");
        browser.screenshot("04-zhejiang-task-not-shown");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(jiaxing).singleResult().getId())
                .as("the Zhejiang case is untouched").isEqualTo(zhejiangTask.getId());
    }

    @Test
    void aScoreAbove100IsRefusedOnTheForm_andTheTaskStaysOpen() {
        browser.logIn("tasklist", "jiangsu", "jiangsu");
        openTask("Hold the acceptance of Xuzhou");
        WebElement score = browser.waitFor(By.cssSelector("[id$='-acceptanceScore']"));
        score.sendKeys("150");
        click(browser.waitFor(By.xpath("//button[normalize-space(.)='Complete']")));

        WebElement error = browser.waitFor(By.cssSelector(".fjs-form-field-error"));
        browser.screenshot("05-acceptance-score-out-of-range");
        assertThat(browser.all(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText))
                .anyMatch(message -> message.contains("100"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(PilotCityRoundProcess.KEY)
                .processInstanceBusinessKey("320300").taskDefinitionKey("Task_HoldAcceptance").count()).isOne();
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
        assertThat(rows).hasSize(expected.size());
        String page = browser.text();
        expected.forEach(row -> assertThat(page).contains(row.holderId()).contains(row.ruleId()));

        assertThat(daysColumn()).as("most overdue first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        browser.waitFor(By.cssSelector("[data-sort='daysOverdue']")).click();
        assertThat(daysColumn()).as("sorted the other way by a click").isSorted();

        browser.all(By.cssSelector("#overdue-cases-table tbody tr a")).get(0).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("#/process-instance/"));
        browser.screenshot("07-cockpit-overdue-case-opened");
    }
}
