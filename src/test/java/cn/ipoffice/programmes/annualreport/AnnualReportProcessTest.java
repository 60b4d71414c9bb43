package cn.ipoffice.programmes.annualreport;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess.Form;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.register.AnnualReport;
import cn.ipoffice.programmes.register.EscalationStep;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Escalations;
import cn.ipoffice.programmes.support.ProcessCoverage;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The annual report (CA-15, PM-12, PM-26), due 31 January 24:00 CST, with the overdue path. */
@ProcessCoverage(atLeast = 1.0)
@ProcessTest
class AnnualReportProcessTest {

    private ProcessEngine engine;
    private Register register;

    @BeforeEach
    void setUp() {
        engine = SpringEngine.bean(ProcessEngine.class);
        init(engine);
        register = SpringEngine.bean(Register.class);
    }

    private ProcessInstance reportOwed(String cityCode, String name, int year, String rule, String supervisor) {
        register.enterHolder(cityCode, name, HolderKind.PREFECTURE_LEVEL_CITY);
        return engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY, cityCode + "-" + year,
                Map.of(In.HOLDER_ID.name(), cityCode, In.HOLDER_NAME.name(), name, In.REPORT_YEAR.name(), year, In.RULE_ID.name(), rule, In.SUPERVISOR_GROUP.name(), supervisor));
    }

    private void submit(ProcessInstance instance) {
        engine.getTaskService().complete(task(AnnualReportProcess.TASK_SUBMIT, instance).getId(), Map.of(
                Form.WORK_SUMMARY.name(), "Patent quality programme carried out in all districts.",
                Form.CURRENT_YEAR_PLAN.name(), "Pledge financing platform and navigation projects."));
    }

    private void review(ProcessInstance instance, boolean accepted) {
        engine.getTaskService().complete(task(AnnualReportProcess.TASK_REVIEW, instance).getId(),
                Map.of(Form.REPORT_ACCEPTED.name(), accepted, Form.REVIEW_REMARKS.name(), accepted ? "" : "Indicators missing"));
    }

    private int runDueJobs(ProcessInstance instance) {
        return EngineClock.runDueJobs(engine.getManagementService(), instance.getId());
    }

    @Test
    void pm12_reportSubmittedInTime_isReviewedByTheProvinceAndRegistered() {
        EngineClock.setTo("2026-01-10T09:00");
        ProcessInstance instance = reportOwed("320500", "Suzhou", 2026, "PM-12", "province-32");

        Task submitTask = task(AnnualReportProcess.TASK_SUBMIT, instance);
        assertThat(submitTask).hasCandidateGroup("gov-320500").isNotAssigned();
        assertThat(submitTask.getDueDate()).isEqualTo(cstDate("2026-02-01T00:00"));
        assertThat(submitTask.getName()).contains("2026").contains("PM-12");

        EngineClock.setTo("2026-01-20T15:00");
        submit(instance);
        Task reviewTask = task(AnnualReportProcess.TASK_REVIEW, instance);
        assertThat(reviewTask).hasCandidateGroup("province-32");
        assertThat(reviewTask.getName()).isEqualTo("Review the annual report 31 January 2026 of Suzhou (PM-12)");
        assertThat(reviewTask.getDueDate()).isEqualTo(cstDate("2026-02-21T00:00"));

        review(instance, true);
        assertThat(instance).isEnded()
                .hasPassedInOrder(AnnualReportProcess.TASK_SUBMIT, AnnualReportProcess.END_SUBMITTED,
                        AnnualReportProcess.TASK_REVIEW, AnnualReportProcess.TASK_RECORD, AnnualReportProcess.END_REVIEWED)
                .hasNotPassed(AnnualReportProcess.TASK_FLAG_OVERDUE, AnnualReportProcess.TASK_ESCALATE);
        AnnualReport recorded = register.reportsOf("320500").get(0);
        assertThat(recorded.getYear()).isEqualTo(2026);
        assertThat(recorded.getRuleId()).isEqualTo("PM-12");
        assertThat(recorded.getSubmittedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(recorded.isOnTime()).isTrue();
        assertThat(recorded.isAccepted()).isTrue();
    }

    @Test
    void pm12_reportLate_nothingAt2359_escalationAtMidnight_reportTaskStaysOpen() {
        EngineClock.setTo("2026-01-05T09:00");
        ProcessInstance instance = reportOwed("320100", "Nanjing", 2026, "PM-12", "province-32");

        EngineClock.setTo("2026-01-31T23:59");
        assertThat(runDueJobs(instance)).isZero();
        assertThat(instance).isWaitingAt(AnnualReportProcess.TASK_SUBMIT).hasNotPassed(AnnualReportProcess.TASK_FLAG_OVERDUE);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), OverduePattern.OVERDUE.name())).isNull();

        EngineClock.setTo("2026-02-01T00:00");
        assertThat(runDueJobs(instance)).isEqualTo(1);
        assertThat(instance).isWaitingAt(AnnualReportProcess.TASK_SUBMIT, AnnualReportProcess.TASK_ESCALATE)
                .hasPassed(AnnualReportProcess.TIMER_DUE, AnnualReportProcess.TASK_FLAG_OVERDUE)
                .variables().containsEntry(OverduePattern.OVERDUE.name(), true)
                .containsEntry(OverduePattern.OVERDUE_RULES.name(), "PM-12");
        Task escalation = task(AnnualReportProcess.TASK_ESCALATE, instance);
        assertThat(escalation).hasCandidateGroup("province-32");
        assertThat(escalation.getDueDate()).isEqualTo(cstDate("2026-02-01T00:00"));
        assertThat(task(AnnualReportProcess.TASK_SUBMIT, instance).getDueDate()).isEqualTo(cstDate("2026-02-01T00:00"));

        EngineClock.setTo("2026-02-03T10:00");
        submit(instance);
        assertThat(instance).isWaitingAt(AnnualReportProcess.TASK_REVIEW)
                .variables().containsEntry(OverduePattern.OVERDUE.name(), false);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(AnnualReportProcess.TASK_ESCALATE).count()).isZero();

        review(instance, false);
        assertThat(instance).isEnded().hasNotPassed(AnnualReportProcess.TIMER_ESCALATION_FOLLOW_UP);
        AnnualReport recorded = register.reportsOf("320100").get(0);
        assertThat(recorded.isOnTime()).isFalse();
        assertThat(recorded.isAccepted()).isFalse();
        assertThat(recorded.getSubmittedOn()).isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void ca15_escalationHandledBySipo_reportStillOwedUntilSubmitted() {
        EngineClock.setTo("2027-01-02T09:00");
        ProcessInstance instance = reportOwed("320200", "Wuxi", 2027, "CA-15", "sipo");

        EngineClock.setTo("2027-02-01T00:00");
        runDueJobs(instance);
        Task escalation = task(AnnualReportProcess.TASK_ESCALATE, instance);
        assertThat(escalation).hasCandidateGroup("sipo");
        engine.getTaskService().complete(escalation.getId(), Escalations.action(EscalationStep.REMINDER_SENT, "2027-02-05", null));

        assertThat(instance).isWaitingAt(AnnualReportProcess.TASK_SUBMIT, AnnualReportProcess.TIMER_ESCALATION_FOLLOW_UP)
                .variables().containsEntry(OverduePattern.OVERDUE.name(), true);
        EngineClock.setTo("2027-02-05T00:00");
        runDueJobs(instance);
        assertThat(instance).isWaitingAt(AnnualReportProcess.TASK_SUBMIT, AnnualReportProcess.TASK_ESCALATE);
        EngineClock.setTo("2027-02-10T10:00");
        submit(instance);
        review(instance, true);
        assertThat(instance).isEnded().variables().containsEntry(OverduePattern.OVERDUE.name(), false);
        assertThat(register.reportsOf("320200")).singleElement().extracting(AnnualReport::getRuleId).isEqualTo("CA-15");
    }

    @Test
    void pm26_reportOfAModelCityGoesToSipo() {
        EngineClock.setTo("2028-01-15T09:00");
        ProcessInstance instance = reportOwed("330100", "Hangzhou", 2028, "PM-26", "sipo");
        assertThat(task(AnnualReportProcess.TASK_SUBMIT, instance)).hasCandidateGroup("gov-330100");
        assertThat(task(AnnualReportProcess.TASK_SUBMIT, instance).getDueDate()).isEqualTo(cstDate("2028-02-01T00:00"));
        submit(instance);
        assertThat(task(AnnualReportProcess.TASK_REVIEW, instance)).hasCandidateGroup("sipo");
    }

    @Test
    void registerAndEngineCommitTogether_aFailingRegisterWriteLeavesTheReviewOpen() {
        EngineClock.setTo("2026-01-10T09:00");
        ProcessInstance instance = reportOwed("320300", "Xuzhou", 2026, "PM-12", "province-32");
        submit(instance);
        String reviewId = task(AnnualReportProcess.TASK_REVIEW, instance).getId();
        // The holder's id on the case no longer names a holder: the register refuses the write.
        engine.getRuntimeService().setVariable(instance.getId(), In.HOLDER_ID.name(), "329999");

        assertThatThrownBy(() -> engine.getTaskService().complete(reviewId, Map.of(Form.REPORT_ACCEPTED.name(), true)))
                .hasMessageContaining("No holder 329999");
        assertThat(instance).isWaitingAt(AnnualReportProcess.TASK_REVIEW);
        assertThat(engine.getTaskService().getVariable(reviewId, Form.REPORT_ACCEPTED.name())).isNull();
        assertThat(register.reportsOf("320300")).isEmpty();
        assertThat(register.reportsOf("329999")).isEmpty();
    }

    @Test
    void identityLinksNameOnlyTheOwnersGroup() {
        EngineClock.setTo("2026-01-10T09:00");
        ProcessInstance instance = reportOwed("321000", "Yangzhou", 2026, "PM-12", "province-32");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task(AnnualReportProcess.TASK_SUBMIT, instance).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("gov-321000");
    }
}
