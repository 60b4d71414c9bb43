package cn.ipoffice.programmes.modelcities;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess.Vars;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.EscalationStep;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Escalations;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessCoverage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** A model term (PM-21, PM-23, PM-26, PM-27, PM-28, PM-29): from 10 March 2020 to 9 March 2023. */
@ProcessCoverage(exclude = {AnnualReportProcess.KEY, ModelCityApplicationProcess.KEY, "yearly-call"}, atLeast = 1.0)
class ModelCityTermTest extends CaseTest {

    private ProcessInstance term(String code, String name) {
        EngineClock.setTo("2020-03-12T09:00");
        ModelCityFixtures.modelCity(register, code, name);
        return startTerm(code, name);
    }

    /** A term whose years SIPO has yet to examine. */
    private ProcessInstance unexaminedTerm(String code, String name) {
        EngineClock.setTo("2020-03-12T09:00");
        ModelCityFixtures.modelCityTitle(register, code, name);
        return startTerm(code, name);
    }

    private ProcessInstance startTerm(String code, String name) {
        return cases.startCase(ModelCityTermProcess.KEY, code, name, LocalDate.of(2020, 3, 10), false, "province-" + code.substring(0, 2));
    }

    private void applyForReexamination(String code, String appliedOn) {
        Map<String, Object> form = new HashMap<>(ModelCityFixtures.reexaminationApplication());
        form.put("reexaminationAppliedOn", appliedOn);
        cases.complete(code, ModelCityTermProcess.TASK_APPLY_REEXAMINATION, form);
        ModelCityFixtures.provinceScoresForReexamination(cases, code, "85");
    }

    private Map<String, Object> decision(String decision, String on) {
        return Map.of(Vars.REEXAMINATION_DECISION.name(), decision, Vars.REEXAMINED_ON.name(), on, "reexaminationRemarks",
                "Assessments, patent strength and plan targets reviewed", "fieldVisit", false);
    }

    @Test
    void pm28_aReexaminationDecidedBeforeTheCityAppliedForIt_isRefused_theDayItAppliedIsAccepted() {
        ProcessInstance term = term("430100", "Changsha");
        cases.at("2023-03-10T00:00", "430100");
        EngineClock.setTo("2023-05-10T09:00");
        applyForReexamination("430100", "2023-05-10");
        String taskId = cases.task("430100", ModelCityTermProcess.TASK_REEXAMINE).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, decision("FAIL", "2023-05-09")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("'Decided on' (reexaminedOn) 2023-05-09 is before the application for reexamination"
                        + " (reexaminationAppliedOn) 2023-05-10");
        assertThat(cases.task("430100", ModelCityTermProcess.TASK_REEXAMINE).getId()).isEqualTo(taskId);
        assertThat(engine.getRuntimeService().getVariable(term.getId(), Vars.REEXAMINED_ON.name())).isNull();

        cases.complete("430100", ModelCityTermProcess.TASK_REEXAMINE, decision("FAIL", "2023-05-10"));
        assertThat(term).hasPassed(ModelCityTermProcess.TASK_REEXAMINE);
    }

    @Test
    void pm21_theWorkPlanOnTheLastDayOfFourMonths_isInTime_theDayAfterIsEscalatedToSipo() {
        ProcessInstance onTime = term("320500", "Suzhou");
        Task plan = cases.task("320500", ModelCityTermProcess.TASK_RECORD_WORK_PLAN);
        assertThat(plan.getDueDate()).isEqualTo(cstDate("2020-07-11T00:00"));
        cases.at("2020-07-10T23:59", "320500");
        assertThat(cases.tasks("320500", ModelCityTermProcess.TASK_ESCALATE_WORK_PLAN)).isEmpty();
        cases.complete("320500", ModelCityTermProcess.TASK_RECORD_WORK_PLAN, Map.of("modelPlanIssuedOn", "2020-07-10",
                "modelPlanReference", "Su Fu Fa [2020] No. 30", "mechanismEstablished", true));
        assertThat(onTime).hasPassed(ModelCityTermProcess.TASK_RECORD_WORK_PLAN);

        term("330100", "Hangzhou");
        cases.at("2020-07-11T00:00", "330100");
        assertThat(cases.task("330100", ModelCityTermProcess.TASK_ESCALATE_WORK_PLAN)).hasCandidateGroup("sipo");
        cases.complete("330100", ModelCityTermProcess.TASK_ESCALATE_WORK_PLAN,
                Escalations.followedUpInAMonth(EscalationStep.REMINDER_SENT));
        cases.at("2020-08-10T23:59", "330100");
        assertThat(cases.tasks("330100", ModelCityTermProcess.TASK_ESCALATE_WORK_PLAN)).as("followed up on 11 August").isEmpty();
        cases.at("2020-08-11T00:00", "330100");
        assertThat(cases.task("330100", ModelCityTermProcess.TASK_ESCALATE_WORK_PLAN)).hasCandidateGroup("sipo");
        cases.complete("330100", ModelCityTermProcess.TASK_RECORD_WORK_PLAN, Map.of("modelPlanIssuedOn", "2020-07-11",
                "modelPlanReference", "Hang Zheng [2020] No. 8", "mechanismEstablished", true));
    }

    @Test
    void pm23_pm26_eachYearASummaryToSipo_andSiposExamination() {
        ProcessInstance term = unexaminedTerm("320200", "Wuxi");
        for (int year = 2021; year <= 2023; year++) {
            cases.at(year + "-01-01T00:00", "320200");
            assertThat(term).isWaitingAt(ModelCityTermProcess.TASK_AWAIT_EXAMINATION);
            assertThat(ModelCityPath.opensExaminationRound(year - 1).statusCode()).isEqualTo(200);
            Task examination = cases.task("320200", ModelCityExaminationProcess.TASK_EXAMINE);
            assertThat(examination).hasCandidateGroup("sipo");
            cases.submit("320200", ModelCityExaminationProcess.TASK_EXAMINE,
                    ModelCityPath.examination("EXCELLENT", 412.5, 95));
            cases.complete("320200", AnnualReportProcess.TASK_SUBMIT, Map.of("workSummary", "The model city's year of work.",
                    "currentYearPlan", "The plan for the coming year."));
            assertThat(cases.task("320200", AnnualReportProcess.TASK_REVIEW)).hasCandidateGroup("sipo");
            cases.complete("320200", AnnualReportProcess.TASK_REVIEW, Map.of("reportAccepted", true));
        }
        assertThat(term).hasPassed(ModelCityTermProcess.TERM_YEARS);
        assertThat(register.reportsOf("320200")).extracting(r -> r.getRuleId()).containsOnly("PM-26").hasSize(3);
        assertThat(register.examinationsOf("320200")).extracting(e -> e.getYear()).containsExactly(2020, 2021, 2022);
    }

    @Test
    void pm27_anApplicationInTheWindowsLastMinute_pm29_passed_startsANewRound() {
        ProcessInstance term = term("440300", "Shenzhen");
        ModelCityFixtures.figures(register, 2022);
        cases.at("2023-03-10T00:00", "440300");
        Task application = cases.task("440300", ModelCityTermProcess.TASK_APPLY_REEXAMINATION);
        assertThat(application.getDueDate()).isEqualTo(cstDate("2023-07-10T00:00"));
        cases.at("2023-07-09T23:59", "440300");
        applyForReexamination("440300", "2023-07-09");
        assertThat(cases.task("440300", ModelCityTermProcess.TASK_REEXAMINE)).hasCandidateGroup("sipo");
        assertThat(term).variables().containsEntry("conditionsMet", true);
        EngineClock.setTo("2023-08-01T09:00");
        cases.complete("440300", ModelCityTermProcess.TASK_REEXAMINE, decision("PASS", "2023-08-01"));

        assertThat(term).isEnded().hasPassed(ModelCityTermProcess.TASK_RENEW, ModelCityTermProcess.END_KEPT);
        assertThat(register.designationsOf("440300")).extracting(Designation::getRound, Designation::getStatus,
                Designation::getTermStart, Designation::getTermEnd).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, DesignationStatus.COMPLETED, LocalDate.of(2020, 3, 10),
                                LocalDate.of(2023, 3, 9)),
                        org.assertj.core.groups.Tuple.tuple(2, DesignationStatus.ACTIVE, LocalDate.of(2023, 3, 10),
                                LocalDate.of(2026, 3, 9)));
        assertThat(cases.running(ModelCityTermProcess.KEY, "440300")).isNotNull();
    }

    @Test
    void pm27_noApplicationByTheFirstMinuteAfterFourMonths_withdrawsWithAThreeYearBan() {
        ProcessInstance term = term("370200", "Qingdao");
        cases.at("2023-07-10T00:00", "370200");
        assertThat(term).isEnded().hasPassed(ModelCityTermProcess.TIMER_WINDOW_CLOSES,
                ModelCityTermProcess.TASK_WITHDRAW_NO_APPLICATION, ModelCityTermProcess.END_WITHDRAWN_NO_APPLICATION);
        assertThat(register.bansOf("370200")).singleElement().satisfies(ban -> {
            assertThat(ban.getTitleScope()).isEqualTo(Title.MODEL_CITY);
            assertThat(ban.getRuleId()).isEqualTo("PM-27");
            assertThat(ban.getFirstDay()).isEqualTo(LocalDate.of(2023, 7, 10));
            assertThat(ban.getLastDay()).isEqualTo(LocalDate.of(2026, 7, 9));
        });
        assertThat(register.designationsOf("370200")).singleElement().extracting(Designation::getStatus)
                .isEqualTo(DesignationStatus.WITHDRAWN);
    }

    @Test
    void pm28_aCityThatNoLongerMeetsPm18CannotPass_pm29_failedWithdrawsWithATwoYearBan() {
        ProcessInstance term = term("350200", "Xiamen");
        ModelCityFixtures.figures(register, 2022);
        cases.at("2023-03-10T00:00", "350200");
        EngineClock.setTo("2023-04-01T09:00");
        applyForReexamination("350200", "2023-04-01");
        assertThat(term).variables().containsEntry("conditionsMet", false);
        String taskId = cases.task("350200", ModelCityTermProcess.TASK_REEXAMINE).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, decision("PASS", "2023-04-01")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("PM-28");
        assertThat(register.activeDesignation("350200", Title.MODEL_CITY)).isPresent();

        engine.getTaskService().complete(taskId, decision("FAIL", "2023-04-01"));
        assertThat(term).isEnded().hasPassed(ModelCityTermProcess.TASK_WITHDRAW, ModelCityTermProcess.END_WITHDRAWN);
        assertThat(register.bansOf("350200")).singleElement().satisfies(ban -> {
            assertThat(ban.getRuleId()).isEqualTo("PM-29");
            assertThat(ban.getFirstDay()).isEqualTo(LocalDate.of(2023, 4, 1));
            assertThat(ban.getLastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        });
    }

    @Test
    void pm19ii_pm28_theProvinceScoresTheApplicantForItsReexamination_notTheCity_norAnotherProvince() {
        term("450100", "Nanning");
        cases.at("2023-03-10T00:00", "450100");
        EngineClock.setTo("2023-05-02T09:00");
        Map<String, Object> form = new HashMap<>(ModelCityFixtures.reexaminationApplication());
        form.put("reexaminationAppliedOn", "2023-05-02");
        cases.complete("450100", ModelCityTermProcess.TASK_APPLY_REEXAMINATION, form);
        Task scoring = cases.task("450100", ModelCityTermProcess.TASK_SCORE_FOR_REEXAMINATION);
        assertThat(scoring).hasCandidateGroup("province-45");
        assertThat(scoring.getName()).isEqualTo(
                "Score Nanning (450100) by the indicator system for its reexamination (PM-19, PM-28)");
        assertThat(cases.tasks("450100", ModelCityTermProcess.TASK_REEXAMINE)).isEmpty();

        String scores = """
                {"variables": {"objectiveStrength": {"value": 90, "type": "Double"},
                               "weightedTotal": {"value": 99, "type": "Double"}}}""";
        String path = "/engine-rest/task/" + scoring.getId() + "/submit-form";
        assertThat(Http.member("pm28-nanning", "gov-450100").postJson(path, scores).statusCode())
                .as("the city does not score itself").isIn(403, 404, 500);
        assertThat(Http.member("pm28-guangdong", "province-44").postJson(path, scores).statusCode())
                .as("another province").isIn(403, 404, 500);
        assertThat(Http.member("pm28-guangxi", "province-45").postJson(path, """
                {"variables": {"objectiveStrength": {"value": 101, "type": "Double"},
                               "weightedTotal": {"value": 85, "type": "Double"}}}""").statusCode())
                .as("a score above 100").isEqualTo(400);
        assertThat(cases.tasks("450100", ModelCityTermProcess.TASK_SCORE_FOR_REEXAMINATION)).hasSize(1);
        assertThat(engine.getTaskService().getVariable(scoring.getId(), "objectiveStrength")).isNull();

        assertThat(Http.member("pm28-guangxi", "province-45").postJson(path, """
                {"variables": {"objectiveStrength": {"value": 72.5, "type": "Double"},
                               "weightedTotal": {"value": 85, "type": "Double"}}}""").statusCode()).isEqualTo(204);
        assertThat(cases.task("450100", ModelCityTermProcess.TASK_REEXAMINE)).hasCandidateGroup("sipo");
    }
}
