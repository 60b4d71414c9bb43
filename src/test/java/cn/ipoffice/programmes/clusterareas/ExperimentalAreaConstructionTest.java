package cn.ipoffice.programmes.clusterareas;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess.Vars;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.EscalationStep;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Escalations;
import cn.ipoffice.programmes.support.ProcessCoverage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * An experimental area's construction (CA-9, CA-10, CA-14, CA-15, CA-16, CA-17): ratified on
 * 10 March 2015, the period runs to 9 March 2018.
 */
@ProcessCoverage(exclude = {AnnualReportProcess.KEY, DemonstrativeAreaTermProcess.KEY, ClusterAreaApplicationProcess.KEY},
        atLeast = 1.0)
class ExperimentalAreaConstructionTest extends CaseTest {

    private ProcessInstance construction(String areaId, String name) {
        EngineClock.setTo("2015-03-10T09:00");
        return cases.startAreaTerm(ExperimentalAreaConstructionProcess.KEY, areaId, name,
                Title.EXPERIMENTAL_AREA_CONSTRUCTION, "CA-9", LocalDate.of(2015, 3, 10));
    }

    static Map<String, Object> check(String result, String checkedOn, String rectifyBy) {
        Map<String, Object> form = new HashMap<>(Map.of(Vars.CHECK_RESULT.name(), result, Vars.CHECKED_ON.name(), checkedOn,
                "checkRemarks", "Indicators of the Construction Plan reviewed"));
        if (rectifyBy != null) {
            form.put(Vars.RECTIFICATION_DEADLINE.name(), rectifyBy);
        }
        return form;
    }

    static Map<String, Object> rectification(String rectifiedOn) {
        return Map.of("rectifiedOn", rectifiedOn, "rectificationReport", "Service platform and statistics completed",
                Vars.RECTIFIED.name(), true);
    }

    private void submitPlan(String areaId, String on) {
        cases.complete(areaId, ExperimentalAreaConstructionProcess.TASK_SUBMIT_PLAN,
                Map.of("constructionPlanSubmittedOn", on, "constructionPlanReference", "Su Zhi Fa [2015] No. 7"));
    }

    @Test
    void ca10_theConstructionPlanOnTheLastDayOfThreeMonths_isInTime() {
        ProcessInstance construction = construction("320500-sip", "Suzhou Industrial Park");
        assertThat(cases.task("320500-sip", ExperimentalAreaConstructionProcess.TASK_SUBMIT_PLAN).getDueDate())
                .isEqualTo(cstDate("2015-06-11T00:00"));
        cases.at("2015-06-10T23:59", "320500-sip");
        assertThat(cases.tasks("320500-sip", ExperimentalAreaConstructionProcess.TASK_ESCALATE_PLAN)).isEmpty();
        submitPlan("320500-sip", "2015-06-10");
        assertThat(construction).hasPassed(ExperimentalAreaConstructionProcess.TASK_SUBMIT_PLAN)
                .hasNotPassed(ExperimentalAreaConstructionProcess.TASK_FLAG_PLAN_OVERDUE);
    }

    @Test
    void ca10_aPlanNotSubmittedByTheDayAfter_isEscalatedToSipo() {
        ProcessInstance construction = construction("320200-wx", "Wuxi New District");
        cases.at("2015-06-11T00:00", "320200-wx");
        assertThat(cases.task("320200-wx", ExperimentalAreaConstructionProcess.TASK_ESCALATE_PLAN)).hasCandidateGroup("sipo");
        assertThat(construction).variables().containsEntry(OverduePattern.OVERDUE.name(), true)
                .containsEntry(OverduePattern.OVERDUE_RULES.name(), "CA-10");
        cases.complete("320200-wx", ExperimentalAreaConstructionProcess.TASK_ESCALATE_PLAN,
                Escalations.action(EscalationStep.REMINDER_SENT, "2015-06-15", null));
        cases.at("2015-06-15T00:00", "320200-wx");
        assertThat(cases.task("320200-wx", ExperimentalAreaConstructionProcess.TASK_ESCALATE_PLAN))
                .as("back on the follow-up day").hasCandidateGroup("sipo");
        EngineClock.setTo("2015-06-20T10:00");
        submitPlan("320200-wx", "2015-06-19");
        assertThat(construction).variables().containsEntry(OverduePattern.OVERDUE.name(), false);
    }

    @Test
    void ca14_amendmentsAnyNumberOfTimes_decidedBySipo_untilThePeriodEnds() {
        ProcessInstance construction = construction("320400-cz", "Changzhou Science Park");
        for (int i = 1; i <= 2; i++) {
            Task proposal = cases.task("320400-cz", ExperimentalAreaConstructionProcess.TASK_PROPOSE_AMENDMENT);
            assertThat(proposal).hasCandidateGroup("gov-320400-cz");
            assertThat(proposal.getDueDate()).isEqualTo(cstDate("2018-03-10T00:00"));
            cases.complete("320400-cz", ExperimentalAreaConstructionProcess.TASK_PROPOSE_AMENDMENT, Map.of(
                    "amendmentContents", "Agency count target 60 instead of 80", "amendmentExplanation",
                    "Two agencies merged into one group"));
            assertThat(cases.task("320400-cz", ExperimentalAreaConstructionProcess.TASK_DECIDE_AMENDMENT)).hasCandidateGroup("sipo");
            cases.complete("320400-cz", ExperimentalAreaConstructionProcess.TASK_DECIDE_AMENDMENT,
                    Map.of("amendmentDecision", i == 1 ? "REJECTED" : "APPROVED", "amendmentDecisionRemarks", "Decided"));
        }
        cases.at("2018-03-10T00:00", "320400-cz");
        assertThat(cases.tasks("320400-cz", ExperimentalAreaConstructionProcess.TASK_PROPOSE_AMENDMENT)).isEmpty();
        assertThat(construction).hasPassed(ExperimentalAreaConstructionProcess.TIMER_AMENDMENTS_CLOSE)
                .isWaitingAt(ExperimentalAreaConstructionProcess.TASK_CHECK);
    }

    @Test
    void ca15_aReportEachJanuaryOfThePeriod_toSipo() {
        ProcessInstance construction = construction("320600-nt", "Nantong Park");
        for (int year = 2016; year <= 2018; year++) {
            cases.at(year + "-01-01T00:00", "320600-nt");
            Task report = cases.task("320600-nt", AnnualReportProcess.TASK_SUBMIT);
            assertThat(report.getDueDate()).isEqualTo(cstDate(year + "-02-01T00:00"));
            cases.complete("320600-nt", AnnualReportProcess.TASK_SUBMIT, Map.of("workSummary", "The year's work in the park.",
                    "currentYearPlan", "The next year's arrangements."));
            assertThat(cases.task("320600-nt", AnnualReportProcess.TASK_REVIEW)).hasCandidateGroup("sipo");
            cases.complete("320600-nt", AnnualReportProcess.TASK_REVIEW, Map.of("reportAccepted", true));
        }
        assertThat(construction).hasPassed(ExperimentalAreaConstructionProcess.CONSTRUCTION_YEARS);
        assertThat(register.reportsOf("320600-nt")).extracting(r -> r.getRuleId()).containsOnly("CA-15").hasSize(3);
    }

    @Test
    void ca16_ca17_theCheckAtTheEndOfThePeriod_excellentConfersTheDemonstrativeTitle() {
        ProcessInstance construction = construction("320700-lyg", "Lianyungang Park");
        cases.at("2018-03-09T23:59", "320700-lyg");
        assertThat(cases.tasks("320700-lyg", ExperimentalAreaConstructionProcess.TASK_CHECK)).isEmpty();
        cases.at("2018-03-10T00:00", "320700-lyg");
        assertThat(cases.task("320700-lyg", ExperimentalAreaConstructionProcess.TASK_CHECK)).hasCandidateGroup("sipo");
        EngineClock.setTo("2018-04-21T09:00");
        cases.complete("320700-lyg", ExperimentalAreaConstructionProcess.TASK_CHECK, check("EXCELLENT", "2018-04-20", null));

        assertThat(construction).isEnded().hasPassed(ExperimentalAreaConstructionProcess.END_DEMONSTRATIVE);
        assertThat(register.designationsOf("320700-lyg")).extracting(Designation::getTitle, Designation::getStatus,
                Designation::getTermStart, Designation::getTermEnd).containsExactly(
                        tuple(Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.COMPLETED, LocalDate.of(2015, 3, 10),
                                LocalDate.of(2018, 3, 9)),
                        tuple(Title.DEMONSTRATIVE_AREA, DesignationStatus.ACTIVE, LocalDate.of(2018, 4, 20),
                                LocalDate.of(2021, 4, 19)));
        assertThat(cases.running(DemonstrativeAreaTermProcess.KEY, "320700-lyg")).isNotNull();
    }

    @Test
    void ca17_qualified_confersTheExperimentalTitle_andAnotherCheckCanBeExcellent() {
        ProcessInstance construction = construction("320800-ha", "Huai'an Park");
        cases.at("2018-03-10T00:00", "320800-ha");
        EngineClock.setTo("2018-04-21T09:00");
        cases.complete("320800-ha", ExperimentalAreaConstructionProcess.TASK_CHECK, check("QUALIFIED", "2018-04-20", null));
        Designation title = register.activeDesignation("320800-ha", Title.EXPERIMENTAL_AREA).orElseThrow();
        assertThat(title.getTermStart()).isEqualTo(LocalDate.of(2018, 4, 20));
        assertThat(title.getTermEnd()).isNull();
        Task request = cases.task("320800-ha", ExperimentalAreaConstructionProcess.TASK_REQUEST_ANOTHER_CHECK);
        assertThat(request).hasCandidateGroup("gov-320800-ha");

        EngineClock.setTo("2019-06-01T09:00");
        cases.complete("320800-ha", ExperimentalAreaConstructionProcess.TASK_REQUEST_ANOTHER_CHECK,
                Map.of("anotherCheckRequestedOn", "2019-06-01", "anotherCheckReason", "Twenty new agencies and a trading platform"));
        cases.complete("320800-ha", ExperimentalAreaConstructionProcess.TASK_CHECK, check("QUALIFIED", "2019-06-01", null));
        assertThat(register.designationsOf("320800-ha")).filteredOn(d -> d.getTitle() == Title.EXPERIMENTAL_AREA).hasSize(1);
        EngineClock.setTo("2020-06-02T09:00");
        cases.complete("320800-ha", ExperimentalAreaConstructionProcess.TASK_REQUEST_ANOTHER_CHECK,
                Map.of("anotherCheckRequestedOn", "2020-06-02", "anotherCheckReason", "Brand agencies cultivated"));
        cases.complete("320800-ha", ExperimentalAreaConstructionProcess.TASK_CHECK, check("EXCELLENT", "2020-06-02", null));
        assertThat(construction).isEnded();
        assertThat(register.designationsOf("320800-ha")).extracting(Designation::getTitle, Designation::getStatus)
                .containsExactly(tuple(Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.COMPLETED),
                        tuple(Title.EXPERIMENTAL_AREA, DesignationStatus.COMPLETED),
                        tuple(Title.DEMONSTRATIVE_AREA, DesignationStatus.ACTIVE));
    }

    @Test
    void ca17_unqualified_rectificationOnItsLastDayIsInTime_thenANewCheck() {
        ProcessInstance construction = construction("321000-yz", "Yangzhou Park");
        cases.at("2018-03-10T00:00", "321000-yz");
        EngineClock.setTo("2018-04-21T09:00");
        cases.complete("321000-yz", ExperimentalAreaConstructionProcess.TASK_CHECK, check("UNQUALIFIED", "2018-04-20", "2018-10-31"));
        Task rectify = cases.task("321000-yz", ExperimentalAreaConstructionProcess.TASK_RECTIFY);
        assertThat(rectify).hasCandidateGroup("gov-321000-yz");
        assertThat(rectify.getDueDate()).isEqualTo(cstDate("2018-11-01T00:00"));
        cases.at("2018-10-31T23:59", "321000-yz");
        assertThat(cases.tasks("321000-yz", ExperimentalAreaConstructionProcess.TASK_ESCALATE_RECTIFICATION)).isEmpty();
        cases.complete("321000-yz", ExperimentalAreaConstructionProcess.TASK_RECTIFY, rectification("2018-10-31"));
        assertThat(construction).isWaitingAt(ExperimentalAreaConstructionProcess.TASK_CHECK);
        assertThat(register.activeDesignation("321000-yz", Title.EXPERIMENTAL_AREA_CONSTRUCTION)).isPresent();
    }

    @Test
    void ca17_unqualified_rectificationMissed_isEscalatedToSipo() {
        construction("321100-zj", "Zhenjiang Park");
        cases.at("2018-03-10T00:00", "321100-zj");
        EngineClock.setTo("2018-04-21T09:00");
        cases.complete("321100-zj", ExperimentalAreaConstructionProcess.TASK_CHECK, check("UNQUALIFIED", "2018-04-20", "2018-10-31"));
        cases.at("2018-11-01T00:00", "321100-zj");
        assertThat(cases.task("321100-zj", ExperimentalAreaConstructionProcess.TASK_ESCALATE_RECTIFICATION)).hasCandidateGroup("sipo");
        cases.complete("321100-zj", ExperimentalAreaConstructionProcess.TASK_ESCALATE_RECTIFICATION,
                Escalations.action(EscalationStep.TALK_HELD, "2018-11-10", null));
        cases.at("2018-11-10T00:00", "321100-zj");
        assertThat(cases.task("321100-zj", ExperimentalAreaConstructionProcess.TASK_ESCALATE_RECTIFICATION))
                .as("back on the follow-up day").hasCandidateGroup("sipo");
        EngineClock.setTo("2018-11-20T09:00");
        cases.complete("321100-zj", ExperimentalAreaConstructionProcess.TASK_RECTIFY, rectification("2018-11-19"));
        assertThat(cases.task("321100-zj", ExperimentalAreaConstructionProcess.TASK_CHECK)).hasCandidateGroup("sipo");
    }

    @Test
    void ca16_aRectificationDeadlineBackDatedBeforeTheDayItIsSet_isRefused_todayIsAccepted() {
        ProcessInstance construction = construction("320900-yc", "Yancheng Park");
        cases.at("2018-03-10T00:00", "320900-yc");
        EngineClock.setTo("2018-04-21T09:00");
        String taskId = cases.task("320900-yc", ExperimentalAreaConstructionProcess.TASK_CHECK).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, check("UNQUALIFIED", "2018-04-10", "2018-04-20")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(rectificationDeadline) may not be back-dated: 2018-04-20 is before today, 2018-04-21");
        assertThat(construction).isWaitingAt(ExperimentalAreaConstructionProcess.TASK_CHECK);
        assertThat(engine.getRuntimeService().getVariable(construction.getId(), Vars.CHECK_RESULT.name())).isNull();

        cases.complete("320900-yc", ExperimentalAreaConstructionProcess.TASK_CHECK, check("UNQUALIFIED", "2018-04-10", "2018-04-21"));
        assertThat(construction).hasPassed(ExperimentalAreaConstructionProcess.TASK_CHECK);
    }

    @Test
    void i5_anUnqualifiedCheckWithoutALaterRectificationDateIsRefused_andNothingChanges() {
        ProcessInstance construction = construction("321200-tz", "Taizhou Park");
        cases.at("2018-03-10T00:00", "321200-tz");
        // Checked and entered on the same day: a deadline of that day is not back-dated, but it is no later than the check.
        EngineClock.setTo("2018-04-20T09:00");
        String taskId = cases.task("321200-tz", ExperimentalAreaConstructionProcess.TASK_CHECK).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, check("UNQUALIFIED", "2018-04-20", null)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("rectificationDeadline");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, check("UNQUALIFIED", "2018-04-20", "2018-04-20")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("must come after");
        assertThat(construction).isWaitingAt(ExperimentalAreaConstructionProcess.TASK_CHECK);
        assertThat(engine.getRuntimeService().getVariable(construction.getId(), Vars.CHECK_RESULT.name())).isNull();
    }
}
