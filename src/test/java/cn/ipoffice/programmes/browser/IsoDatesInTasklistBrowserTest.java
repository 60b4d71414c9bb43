package cn.ipoffice.programmes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.support.Browser;
import cn.ipoffice.programmes.support.EngineClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Dates are typed YYYY-MM-DD in Tasklist and stored as typed: Nantong's government records its PM-8
 * work plan on the demo data. A date written otherwise is refused on the form, a day the calendar does
 * not have by the server (said next to the field, in plain words), and neither leaves a variable behind.
 * (Tasklist's date picker, which these forms no longer use, read 2026-12-05 as mm/dd/yyyy and showed 8/6/2027.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// It completes demo tasks and runs the demo's due jobs: the demo context is not handed on to the next class, whose
// expectations are the demo as it starts (DemoDataTest).
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsoDatesInTasklistBrowserTest {

    private static final String NANTONG = "320600";
    private static final String DATE_LABEL = "Work plan issued on";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
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
    void aDateTypedYyyyMmDdIsStoredAsTyped_otherInputIsRefusedAndWritesNothing() {
        String nantong = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PilotCityRoundProcess.KEY).processInstanceBusinessKey(NANTONG).singleResult().getId();
        // Nantong became a pilot city three weeks before the demo's first day; its plan may not lie in the future.
        String issuedOn = DeadlineCalendar.dayOf(ClockUtil.getCurrentTime().toInstant()).minusDays(2).toString();

        browser.logIn("tasklist", "nantong", "nantong");
        openTask("Record the pilot work plan and coordinating mechanism of Nantong");
        assertThat(browser.waitFor(By.xpath("//form//*[contains(@class,'fjs-form-field-description')]"
                + "[contains(., 'YYYY-MM-DD')]")).isDisplayed()).isTrue();
        field("Work plan: document number").sendKeys("Tong Zheng Ban Fa [2026] No. 8");
        click(browser.waitFor(By.xpath("//label[starts-with(normalize-space(.), 'The leading and coordinating mechanism')]")));

        type(DATE_LABEL, "12/05/2026");
        complete();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().contains("pattern")));
        browser.screenshot("dates-01-mm-dd-yyyy-refused-on-the-form");
        assertOpenAndNothingWritten(nantong);

        type(DATE_LABEL, "2026-02-30");
        complete();
        // The server's refusal, next to the field it names and beside the button, in plain words: no key, no task id.
        String refusal = DATE_LABEL + " is not a day of the calendar: '2026-02-30'";
        browser.waitUntil(d -> browser.all(By.xpath("//label[starts-with(normalize-space(.), '" + DATE_LABEL + "')]"
                + "/ancestor::*[contains(@class,'fjs-form-field')][1]//*[contains(@class,'ipp-refusal')]")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().equals(refusal)));
        assertThat(browser.waitFor(By.cssSelector(".ipp-refusal-summary")).getText()).isEqualTo("Not saved: " + refusal + ".");
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(nantong).singleResult().getId();
        assertThat(browser.text()).doesNotContain(taskId).doesNotContain("(" + Vars.PLAN_ISSUED_ON.name() + ")");
        browser.screenshot("dates-02-no-such-day-refused-by-the-server");
        assertOpenAndNothingWritten(nantong);

        type(DATE_LABEL, issuedOn);
        assertThat(field(DATE_LABEL).getDomProperty("value")).as("the field shows the date as typed").isEqualTo(issuedOn);
        browser.screenshot("dates-03-date-typed");
        complete();
        browser.waitUntil(d -> engine.getTaskService().createTaskQuery().processInstanceId(nantong)
                .taskDefinitionKey(PilotCityRoundProcess.TASK_RECORD_WORK_PLAN).count() == 0);

        HistoricVariableInstance stored = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(nantong).variableName(Vars.PLAN_ISSUED_ON.name()).singleResult();
        assertThat(stored.getValue()).isEqualTo(issuedOn);
        assertThat(LocalDate.parse((String) stored.getValue())).isEqualTo(LocalDate.parse(issuedOn));
    }

    private void assertOpenAndNothingWritten(String processInstanceId) {
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(PilotCityRoundProcess.TASK_RECORD_WORK_PLAN).count()).as("the task is still open").isOne();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(Vars.PLAN_ISSUED_ON.name()).count()).as("no date was written").isZero();
    }

    /** A form field's input, found by the beginning of its label as Tasklist shows it. */
    private WebElement field(String label) {
        WebElement labelElement = browser.waitFor(By.xpath(
                "//form//label[starts-with(normalize-space(.), '" + label + "')]"));
        return browser.waitFor(By.id(labelElement.getAttribute("for")));
    }

    /** Replaces what the field holds by the text, as a reviewer selecting it all and typing does. */
    private void type(String label, String text) {
        WebElement input = field(label);
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        browser.waitUntil(d -> text.equals(field(label).getDomProperty("value")));
    }

    private void openTask(String nameStartsWith) {
        browser.waitFor(By.xpath("//*[normalize-space(text())=\"My offices' tasks\"]")).click();
        browser.waitFor(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., '" + nameStartsWith + "')]")).click();
        browser.waitFor(By.cssSelector(".fjs-form"));
        click(browser.waitFor(By.xpath("//a[normalize-space(.)='Claim'] | //button[normalize-space(.)='Claim']")));
        browser.waitFor(By.xpath("//button[normalize-space(.)='Complete' and not(@disabled)]"));
    }

    private void complete() {
        click(browser.waitFor(By.xpath("//button[normalize-space(.)='Complete']")));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
