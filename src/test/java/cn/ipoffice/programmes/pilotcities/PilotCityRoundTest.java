package cn.ipoffice.programmes.pilotcities;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.register.AnnualAssessment;
import cn.ipoffice.programmes.register.Ban;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.EscalationStep;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.AssessmentRounds;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Escalations;
import cn.ipoffice.programmes.support.ProcessCoverage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A pilot round (PM-8, PM-9, PM-12, PM-13, PM-14, PM-16, PM-17, I-9): a term from 18 November 2019 to
 * 17 November 2022, its deadlines tested by their last minute and the first minute after. The acceptance is due by
 * 17 March 2023 (24:00 CST), the city's plan window ends on 17 May 2023.
 */
@ProcessCoverage(exclude = {AnnualReportProcess.KEY, DemonstrationFosteringProcess.KEY, PilotCityApplicationProcess.KEY,
        ProvincialAssessmentRoundProcess.KEY},
        atLeast = 1.0)
class PilotCityRoundTest extends CaseTest {

    /** A city approved with the reply notice of 18 November 2019: round 1 runs to 17 November 2022. */
    private ProcessInstance roundOne(String code, String name) {
        EngineClock.setTo("2019-11-18T09:00");
        return cases.startTerm(PilotCityRoundProcess.KEY, code, name, Title.PILOT_CITY, "PM-7", LocalDate.of(2019, 11, 18),
                true);
    }

    private void recordWorkPlan(String code, String issuedOn) {
        cases.complete(code, PilotCityRoundProcess.TASK_RECORD_WORK_PLAN, Map.of(Vars.PLAN_ISSUED_ON.name(), issuedOn,
                Vars.PLAN_REFERENCE.name(), "Zheng Fa [2020] No. 1", Vars.MECHANISM_ESTABLISHED.name(), true));
    }

    /** The term expires; the province holds the acceptance on {@code endedOn} and hands over the same day. */
    private void acceptAndHandOver(String code, double score, String endedOn) {
        cases.at("2022-11-18T00:00", code);
        EngineClock.setTo(endedOn + "T16:00");
        cases.complete(code, PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE,
                Map.of(Vars.ACCEPTANCE_SCORE.name(), score, Vars.ACCEPTANCE_ENDED_ON.name(), endedOn));
        cases.complete(code, PilotCityRoundProcess.TASK_HAND_OVER,
                Map.of(Vars.HANDED_OVER_ON.name(), endedOn, "materialsReference", "Su Zhi [2023] No. 8"));
    }

    /**
     * The term expires; the province records the acceptance at {@code recordedAt} (CST), ended on {@code endedOn},
     * and the hand-over of the materials at {@code handedOverAt}, sent the same day.
     */
    private void acceptAndHandOverAt(String code, double score, String recordedAt, String endedOn, String handedOverAt) {
        cases.at("2022-11-18T00:00", code);
        cases.at(recordedAt, code);
        cases.complete(code, PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE,
                Map.of(Vars.ACCEPTANCE_SCORE.name(), score, Vars.ACCEPTANCE_ENDED_ON.name(), endedOn));
        cases.at(handedOverAt, code);
        cases.complete(code, PilotCityRoundProcess.TASK_HAND_OVER, Map.of(Vars.HANDED_OVER_ON.name(),
                handedOverAt.substring(0, 10), "materialsReference", "Su Zhi [2023] No. 8"));
    }

    /** A round 1 approved on 30 November 2024: its term ends on 29 November 2027 (PM-9's example). */
    private ProcessInstance roundFrom30November2024(String code, String name) {
        EngineClock.setTo("2024-11-30T09:00");
        return cases.startTerm(PilotCityRoundProcess.KEY, code, name, Title.PILOT_CITY, "PM-7", LocalDate.of(2024, 11, 30),
                false);
    }

    /** The city's province's round of {@code year} on 1 February of the year after: the city graded and scored. */
    private void provinceAssesses(String code, int year, String grade, String score) {
        new AssessmentRounds(engine).assessOn1February(code, year, grade, score);
    }

    /** What the city's cases show of the assessments the rounds recorded: year and grade, rank of ranked. */
    private List<String> shownOnTheCitysCases(String code) {
        return new AssessmentRounds(engine).shownOnTheCitysCases(code).stream()
                .map(shown -> shown.get(Vars.ASSESSED_YEAR.name()) + " " + shown.get(Vars.ASSESSMENT_GRADE.name()) + " "
                        + shown.get(Vars.ASSESSMENT_RANK.name()) + " of " + shown.get(Vars.CATEGORY_SIZE.name()))
                .sorted().toList();
    }

    /** The reports of 31 January 2025 to 2027, submitted and accepted. */
    private void reportTheYears(String code) {
        for (int year = 2025; year <= 2027; year++) {
            cases.at(year + "-01-01T00:00", code);
            cases.complete(code, AnnualReportProcess.TASK_SUBMIT, Map.of("workSummary", "Summary of the year's work.",
                    "currentYearPlan", "Plan of the year's work."));
            cases.complete(code, AnnualReportProcess.TASK_REVIEW, Map.of("reportAccepted", true));
        }
    }

    /** SIPO's decision on the plan window (I-9), dated the day it is recorded. */
    private void decidePlanWindow(String code, String decision, String decidedOn) {
        cases.complete(code, PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW, Map.of(Vars.PLAN_WINDOW_DECISION.name(), decision,
                Vars.PLAN_WINDOW_DECIDED_ON.name(), decidedOn, "planWindowRemarks", "The province recorded the acceptance late."));
    }

    private Map<String, Object> nextStage(String stage, String issuedOn) {
        return Map.of(Vars.NEXT_STAGE.name(), stage, Vars.NEXT_STAGE_PLAN_ISSUED_ON.name(), issuedOn,
                "nextStageThemes", "Patent pledge financing for small firms", "nextStagePlanReference", "Zheng Fa [2023] No. 2");
    }

    @Test
    void pm8_aPlanRecordedOnTheLastDayOfTheTwoMonths_isInTime() {
        ProcessInstance round = roundOne("320200", "Wuxi");
        Task plan = cases.task("320200", PilotCityRoundProcess.TASK_RECORD_WORK_PLAN);
        assertThat(plan).hasCandidateGroup("gov-320200");
        assertThat(plan.getDueDate()).isEqualTo(cstDate("2020-01-19T00:00"));

        cases.at("2020-01-18T23:59", "320200");
        assertThat(cases.tasks("320200", PilotCityRoundProcess.TASK_ESCALATE_WORK_PLAN)).isEmpty();
        recordWorkPlan("320200", "2020-01-10");
        assertThat(round).hasPassed(PilotCityRoundProcess.TASK_RECORD_WORK_PLAN)
                .hasNotPassed(PilotCityRoundProcess.TASK_FLAG_WORK_PLAN_OVERDUE);
    }

    @Test
    void pm8_aPlanNotRecordedByTheDayAfter_isOverdueAndEscalatedToTheProvince() {
        ProcessInstance round = roundOne("320300", "Xuzhou");
        cases.at("2020-01-19T00:00", "320300");
        Task escalation = cases.task("320300", PilotCityRoundProcess.TASK_ESCALATE_WORK_PLAN);
        assertThat(escalation).hasCandidateGroup("province-32");
        assertThat(round).isWaitingAt(PilotCityRoundProcess.TASK_RECORD_WORK_PLAN)
                .variables().containsEntry(OverduePattern.OVERDUE.name(), true).containsEntry(OverduePattern.OVERDUE_RULES.name(), "PM-8");

        cases.complete("320300", PilotCityRoundProcess.TASK_ESCALATE_WORK_PLAN,
                Escalations.action(EscalationStep.REMINDER_SENT, "2020-01-25", null));
        cases.at("2020-01-24T23:59", "320300");
        assertThat(cases.tasks("320300", PilotCityRoundProcess.TASK_ESCALATE_WORK_PLAN)).as("followed up on 25 January").isEmpty();
        cases.at("2020-01-25T00:00", "320300");
        assertThat(cases.task("320300", PilotCityRoundProcess.TASK_ESCALATE_WORK_PLAN)).hasCandidateGroup("province-32");
        EngineClock.setTo("2020-02-03T10:00");
        recordWorkPlan("320300", "2020-02-01");
        assertThat(round).variables().containsEntry(OverduePattern.OVERDUE.name(), false);
    }

    @Test
    void pm9_pm12_every31JanuaryOfTheTerm_owesAReport_theProvincesRoundAssessesThePastYear_andTheCitysCaseShowsIt() {
        ProcessInstance round = roundOne("510400", "Panzhihua");
        cases.at("2020-01-01T00:00", "510400");
        Task report = cases.task("510400", AnnualReportProcess.TASK_SUBMIT);
        assertThat(report).hasCandidateGroup("gov-510400");
        assertThat(report.getDueDate()).isEqualTo(cstDate("2020-02-01T00:00"));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).taskCandidateGroup("province-51")
                .list()).as("the case asks the province for no assessment: its round does").isEmpty();
        cases.complete("510400", AnnualReportProcess.TASK_SUBMIT, Map.of("workSummary", "Summary of the work of 2019.",
                "currentYearPlan", "Plan of the work for 2020."));
        cases.complete("510400", AnnualReportProcess.TASK_REVIEW, Map.of("reportAccepted", true));

        provinceAssesses("510400", 2019, "EXCELLENT", "92");
        assertThat(register.assessmentsOf("510400")).singleElement().satisfies(a -> {
            assertThat(a.getYear()).isEqualTo(2019);
            assertThat(a.getGrade()).isEqualTo(Grade.EXCELLENT);
            assertThat(a.getRank()).isEqualTo(1);
            assertThat(a.getRoundCaseId()).isNotNull();
        });
        assertThat(register.reportsOf("510400")).singleElement().satisfies(r -> assertThat(r.getRuleId()).isEqualTo("PM-12"));
        assertThat(round).hasPassed(PilotCityRoundProcess.START_ASSESSMENT_RECORDED,
                PilotCityRoundProcess.END_ASSESSMENT_ON_RECORD).isNotEnded();
        assertThat(shownOnTheCitysCases("510400")).containsExactly("2019 EXCELLENT 1 of 1");

        cases.at("2022-01-01T00:00", "510400");
        assertThat(cases.tasks("510400", AnnualReportProcess.TASK_SUBMIT)).hasSize(2);
    }

    @Test
    void pm9_pm12_threeReportsAndThreeRounds_completeTheYearsOfTheTerm() {
        ProcessInstance round = roundOne("520200", "Liupanshui");
        for (int year = 2020; year <= 2022; year++) {
            cases.at(year + "-01-01T00:00", "520200");
            cases.complete("520200", AnnualReportProcess.TASK_SUBMIT, Map.of("workSummary", "Summary of the year's work.",
                    "currentYearPlan", "Plan of the year's work."));
            cases.complete("520200", AnnualReportProcess.TASK_REVIEW, Map.of("reportAccepted", true));
            provinceAssesses("520200", year - 1, year == 2021 ? "AVERAGE" : "EXCELLENT", year == 2021 ? "74" : "90");
        }
        assertThat(round).hasPassed(PilotCityRoundProcess.TERM_YEARS).isWaitingAt(PilotCityRoundProcess.TIMER_TERM_EXPIRES);
        assertThat(register.assessmentsOf("520200")).extracting(AnnualAssessment::getYear, AnnualAssessment::getGrade)
                .containsExactly(Tuple.tuple(2019, Grade.EXCELLENT),
                        Tuple.tuple(2020, Grade.AVERAGE),
                        Tuple.tuple(2021, Grade.EXCELLENT));
        assertThat(shownOnTheCitysCases("520200")).containsExactly("2019 EXCELLENT 1 of 1", "2020 AVERAGE 1 of 1",
                "2021 EXCELLENT 1 of 1");
        assertThat(register.reportsOf("520200")).hasSize(3).allMatch(r -> r.isOnTime());
    }

    @Test
    void pm13_acceptanceOnTheLastDayOfFourMonths_andMaterialsOnTheLastDayOfTwoWeeks_areInTime() {
        ProcessInstance round = roundOne("320500", "Suzhou");
        cases.at("2022-11-17T23:59", "320500");
        assertThat(cases.tasks("320500", PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE)).isEmpty();
        cases.at("2022-11-18T00:00", "320500");
        Task acceptance = cases.task("320500", PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE);
        assertThat(acceptance).hasCandidateGroup("province-32");
        assertThat(acceptance.getDueDate()).isEqualTo(cstDate("2023-03-18T00:00"));

        cases.at("2023-03-17T23:59", "320500");
        assertThat(cases.tasks("320500", PilotCityRoundProcess.TASK_ESCALATE_ACCEPTANCE)).isEmpty();
        cases.complete("320500", PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE,
                Map.of(Vars.ACCEPTANCE_SCORE.name(), 66.5, Vars.ACCEPTANCE_ENDED_ON.name(), "2023-03-17"));
        Task handOver = cases.task("320500", PilotCityRoundProcess.TASK_HAND_OVER);
        assertThat(handOver.getDueDate()).isEqualTo(cstDate("2023-04-01T00:00"));
        cases.at("2023-03-31T23:59", "320500");
        assertThat(cases.tasks("320500", PilotCityRoundProcess.TASK_ESCALATE_HAND_OVER)).isEmpty();
        cases.complete("320500", PilotCityRoundProcess.TASK_HAND_OVER,
                Map.of(Vars.HANDED_OVER_ON.name(), "2023-03-31", "materialsReference", "Su Zhi [2023] No. 8"));
        assertThat(round).isWaitingAt(PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE)
                .variables().containsEntry(Vars.ACCEPTANCE_BAND.name(), "NEW_ROUND");
    }

    @Test
    void pm13_aLateAcceptanceAndLateMaterials_areEscalatedToSipo() {
        roundOne("320600", "Nantong");
        cases.at("2023-03-18T00:00", "320600");
        assertThat(cases.task("320600", PilotCityRoundProcess.TASK_ESCALATE_ACCEPTANCE)).hasCandidateGroup("sipo");
        cases.complete("320600", PilotCityRoundProcess.TASK_ESCALATE_ACCEPTANCE,
                Escalations.action(EscalationStep.TALK_HELD, "2023-03-19", null));
        cases.at("2023-03-19T00:00", "320600");
        assertThat(cases.task("320600", PilotCityRoundProcess.TASK_ESCALATE_ACCEPTANCE)).hasCandidateGroup("sipo");
        EngineClock.setTo("2023-03-20T10:00");
        cases.complete("320600", PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE,
                Map.of(Vars.ACCEPTANCE_SCORE.name(), 75, Vars.ACCEPTANCE_ENDED_ON.name(), "2023-03-20"));
        cases.at("2023-04-04T00:00", "320600");
        assertThat(cases.task("320600", PilotCityRoundProcess.TASK_ESCALATE_HAND_OVER)).hasCandidateGroup("sipo");
        cases.complete("320600", PilotCityRoundProcess.TASK_ESCALATE_HAND_OVER,
                Escalations.action(EscalationStep.REFERRED, "2023-04-05", null));
        cases.at("2023-04-05T00:00", "320600");
        assertThat(cases.task("320600", PilotCityRoundProcess.TASK_ESCALATE_HAND_OVER)).hasCandidateGroup("sipo");
        cases.complete("320600", PilotCityRoundProcess.TASK_HAND_OVER,
                Map.of(Vars.HANDED_OVER_ON.name(), "2023-04-04", "materialsReference", "Su Zhi [2023] No. 9"));
        assertThat(cases.task("320600", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE)).hasCandidateGroup("gov-320600");
    }

    @Test
    void pm14_scoreOf59_withdrawsTitleAndBansForTwoYears() {
        ProcessInstance round = roundOne("320700", "Lianyungang");
        acceptAndHandOver("320700", 59, "2023-02-10");
        assertThat(round).isEnded().hasPassed(PilotCityRoundProcess.TASK_WITHDRAW_TITLE, PilotCityRoundProcess.END_TITLE_WITHDRAWN)
                .hasNotPassed(PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE);
        Designation title = register.designationsOf("320700").get(0);
        assertThat(title.getStatus()).isEqualTo(DesignationStatus.WITHDRAWN);
        assertThat(title.getStatusRuleId()).isEqualTo("PM-14");
        Ban ban = register.bansOf("320700").get(0);
        assertThat(ban.getTitleScope()).isEqualTo(Title.PILOT_CITY);
        assertThat(ban.getFirstDay()).isEqualTo(LocalDate.of(2023, 2, 10));
        assertThat(ban.getLastDay()).isEqualTo(LocalDate.of(2025, 2, 9));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("320700").count()).isZero();
    }

    @Test
    void pm14_scoreOf60_allowsANewRound_pm16_whichStartsOnThePlansIssueDate() {
        ProcessInstance round = roundOne("320800", "Huai'an");
        acceptAndHandOver("320800", 60, "2023-02-10");
        assertThat(round).variables().containsEntry(Vars.ACCEPTANCE_BAND.name(), "NEW_ROUND");
        Task plan = cases.task("320800", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE);
        assertThat(plan.getDueDate()).isEqualTo(cstDate("2023-05-18T00:00"));
        cases.complete("320800", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE, nextStage("NEW_ROUND", "2023-02-10"));

        assertThat(round).isEnded().hasPassed(PilotCityRoundProcess.TASK_ENTER_NEW_ROUND, PilotCityRoundProcess.END_NEW_ROUND);
        assertThat(register.designationsOf("320800")).extracting(Designation::getRound, Designation::getStatus,
                Designation::getTermStart).containsExactly(
                        Tuple.tuple(1, DesignationStatus.COMPLETED, LocalDate.of(2019, 11, 18)),
                        Tuple.tuple(2, DesignationStatus.ACTIVE, LocalDate.of(2023, 2, 10)));
        ProcessInstance next = cases.running(PilotCityRoundProcess.KEY, "320800");
        assertThat(next).hasPassed(PilotCityRoundProcess.GATEWAY_WORK_PLAN_OWED)
                .variables().containsEntry(CaseVariables.ROUND.name(), 2).containsEntry(CaseVariables.TERM_END.name(), "2026-02-09")
                .containsEntry(CaseVariables.WORK_PLAN_OWED.name(), false);
        assertThat(cases.tasks("320800", PilotCityRoundProcess.TASK_RECORD_WORK_PLAN)).isEmpty();
    }

    @Test
    void pm14_i1_scoreOf70_mayNotEnterFostering_theChoiceIsRefusedAndNothingChanges() {
        ProcessInstance round = roundOne("320900", "Yancheng");
        acceptAndHandOver("320900", 70, "2023-02-10");
        String taskId = cases.task("320900", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, nextStage("FOSTERING", "2023-02-10")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("above 70");
        assertThat(round).isWaitingAt(PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE);
        assertThat(register.activeDesignation("320900", Title.PILOT_CITY)).isPresent();
        assertThat(register.activeDesignation("320900", Title.DEMONSTRATION_FOSTERING)).isEmpty();
        assertThat(cases.runningCount(DemonstrationFosteringProcess.KEY, "320900")).isZero();
    }

    @Test
    void pm14_i2_scoreOf71_entersFosteringFromThePilotTermsExpiry() {
        ProcessInstance round = roundOne("321000", "Yangzhou");
        acceptAndHandOver("321000", 71, "2023-02-10");
        EngineClock.setTo("2023-03-01T10:00");
        cases.complete("321000", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE, nextStage("FOSTERING", "2023-02-28"));

        assertThat(round).isEnded().hasPassed(PilotCityRoundProcess.TASK_ENTER_FOSTERING, PilotCityRoundProcess.END_FOSTERING);
        assertThat(register.activeDesignation("321000", Title.PILOT_CITY)).isEmpty();
        Designation fostering = register.activeDesignation("321000", Title.DEMONSTRATION_FOSTERING).orElseThrow();
        assertThat(fostering.getTermStart()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(fostering.getTermEnd()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(cases.running(DemonstrationFosteringProcess.KEY, "321000")).isNotNull();
    }

    @Test
    void pm17_aPlanRecordedInTheWindowsLastMinute_isAccepted() {
        roundOne("321100", "Zhenjiang");
        acceptAndHandOver("321100", 65, "2023-02-10");
        cases.at("2023-05-17T23:59", "321100");
        cases.complete("321100", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE, nextStage("NEW_ROUND", "2023-05-17"));
        assertThat(register.activeDesignation("321100", Title.PILOT_CITY).orElseThrow().getRound()).isEqualTo(2);
        assertThat(register.bansOf("321100")).isEmpty();
    }

    @Test
    void pm17_nothingRecordedByTheFirstMinuteAfter_withdrawsWithAThreeYearBan() {
        ProcessInstance round = roundOne("321200", "Taizhou");
        acceptAndHandOver("321200", 65, "2023-02-10");
        cases.at("2023-05-18T00:00", "321200");

        assertThat(round).isEnded().hasPassed(PilotCityRoundProcess.TIMER_WINDOW_CLOSES,
                PilotCityRoundProcess.TASK_WITHDRAW_NO_PLAN, PilotCityRoundProcess.END_WITHDRAWN_NO_PLAN);
        assertThat(register.designationsOf("321200")).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(DesignationStatus.WITHDRAWN);
            assertThat(d.getStatusRuleId()).isEqualTo("PM-17");
        });
        assertThat(register.bansOf("321200")).singleElement().satisfies(b -> {
            assertThat(b.getRuleId()).isEqualTo("PM-17");
            assertThat(b.getFirstDay()).isEqualTo(LocalDate.of(2023, 5, 18));
            assertThat(b.getLastDay()).isEqualTo(LocalDate.of(2026, 5, 17));
        });
        assertThat(register.banOn("321200", Title.PILOT_CITY, LocalDate.of(2026, 5, 17))).isPresent();
        assertThat(register.banOn("321200", Title.PILOT_CITY, LocalDate.of(2026, 5, 18))).isEmpty();
        assertThat(register.assessmentsOf("321200")).extracting(AnnualAssessment::getYear).isEmpty();
    }
    @Test
    void i9_pm17_anAcceptanceRecordedInTheLastMinuteOfItsFourMonths_leavesTheWindowTheCitys_aPlanInItsLastMinuteIsInTime() {
        ProcessInstance round = roundOne("321300", "Suqian");
        acceptAndHandOverAt("321300", 65, "2023-03-17T23:59", "2023-03-17", "2023-03-17T23:59");
        assertThat(cases.tasks("321300", PilotCityRoundProcess.TASK_ESCALATE_ACCEPTANCE)).isEmpty();
        assertThat(cases.task("321300", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE).getDueDate())
                .isEqualTo(cstDate("2023-05-18T00:00"));

        cases.at("2023-05-17T23:59", "321300");
        cases.complete("321300", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE, nextStage("NEW_ROUND", "2023-05-17"));
        assertThat(round).isEnded().hasPassed(PilotCityRoundProcess.END_NEW_ROUND)
                .hasNotPassed(PilotCityRoundProcess.TASK_WEIGH_PROVINCIAL_DELAY, PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW);
        assertThat(register.designationsOf("321300")).extracting(Designation::getRound, Designation::getStatus)
                .containsExactly(Tuple.tuple(1, DesignationStatus.COMPLETED), Tuple.tuple(2, DesignationStatus.ACTIVE));
        assertThat(register.bansOf("321300")).isEmpty();
    }

    @Test
    void i9_pm17_anAcceptanceRecordedInTheLastMinuteOfItsFourMonths_nothingByTheFirstMinuteAfterTheWindow_withdrawsAsBefore() {
        ProcessInstance round = roundOne("321310", "Xinyi");
        acceptAndHandOverAt("321310", 65, "2023-03-17T23:59", "2023-03-17", "2023-03-17T23:59");
        cases.at("2023-05-17T23:59", "321310");
        assertThat(round).isWaitingAt(PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE);

        cases.at("2023-05-18T00:00", "321310");
        assertThat(round).isEnded().hasPassed(PilotCityRoundProcess.TIMER_WINDOW_CLOSES,
                PilotCityRoundProcess.TASK_WEIGH_PROVINCIAL_DELAY, PilotCityRoundProcess.TASK_WITHDRAW_NO_PLAN,
                PilotCityRoundProcess.END_WITHDRAWN_NO_PLAN).hasNotPassed(PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW);
        assertThat(cases.tasks("321310", PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW)).isEmpty();
        assertThat(register.designationsOf("321310")).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(DesignationStatus.WITHDRAWN);
            assertThat(d.getStatusRuleId()).isEqualTo("PM-17");
        });
        assertThat(register.bansOf("321310")).singleElement().satisfies(b -> {
            assertThat(b.getRuleId()).isEqualTo("PM-17");
            assertThat(b.getFirstDay()).isEqualTo(LocalDate.of(2023, 5, 18));
            assertThat(b.getLastDay()).isEqualTo(LocalDate.of(2026, 5, 17));
        });
    }

    @Test
    void i9_pm17_anAcceptanceRecordedInTheFirstMinuteAfterItsFourMonths_isLate_theClosedWindowGoesToSipo_notToAWithdrawal() {
        ProcessInstance round = roundOne("321320", "Pizhou");
        acceptAndHandOverAt("321320", 65, "2023-03-18T00:00", "2023-03-18", "2023-03-18T00:00");
        assertThat(cases.task("321320", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE).getDueDate())
                .as("the window still ends 6 months after expiry").isEqualTo(cstDate("2023-05-18T00:00"));

        cases.at("2023-05-18T00:00", "321320");
        assertThat(round).isWaitingAt(PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW)
                .hasPassed(PilotCityRoundProcess.TIMER_WINDOW_CLOSES, PilotCityRoundProcess.TASK_WEIGH_PROVINCIAL_DELAY)
                .hasNotPassed(PilotCityRoundProcess.TASK_WITHDRAW_NO_PLAN);
        Task decision = cases.task("321320", PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW);
        assertThat(decision).hasCandidateGroup("sipo");
        assertThat(decision.getDueDate()).isEqualTo(cstDate("2023-06-19T00:00"));
        assertThat(engine.getTaskService().getVariables(decision.getId()))
                .containsEntry(Vars.PROVINCE_STEP_LATE.name(), true)
                .containsEntry(CaseVariables.TERM_END.name(), "2022-11-17")
                .containsEntry(Vars.ACCEPTANCE_DUE_ON.name(), "2023-03-17")
                .containsEntry(Vars.ACCEPTANCE_ENDED_ON.name(), "2023-03-18")
                .containsEntry(Vars.ACCEPTANCE_RECORDED_ON.name(), "2023-03-18")
                .containsEntry(Vars.HAND_OVER_DUE_ON.name(), "2023-04-01")
                .containsEntry(Vars.HANDED_OVER_ON.name(), "2023-03-18")
                .containsEntry(Vars.HAND_OVER_RECORDED_ON.name(), "2023-03-18")
                .containsEntry(Vars.PLAN_WINDOW_ENDED_ON.name(), "2023-05-17");
        assertThat(Vars.PROVINCIAL_DELAY_FINDINGS.from(engine.getTaskService().getVariables(decision.getId())))
                .contains("acceptance: due by 2023-03-17").contains("recorded 2023-03-18: LATE")
                .contains("materials to SIPO: due by 2023-04-01").contains(": in time").contains("acceptance was late");
        assertThat(register.activeDesignation("321320", Title.PILOT_CITY)).isPresent();
        assertThat(register.bansOf("321320")).isEmpty();
    }

    @Test
    void i9_pm17_materialsHandedOverLate_afterAnAcceptanceInTime_putTheClosedWindowToSipo() {
        ProcessInstance round = roundOne("321330", "Haimen");
        acceptAndHandOverAt("321330", 72, "2023-03-01T10:00", "2023-03-01", "2023-03-16T00:00");
        cases.at("2023-05-18T00:00", "321330");

        assertThat(round).isWaitingAt(PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW);
        Map<String, Object> dates = engine.getTaskService().getVariables(
                cases.task("321330", PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW).getId());
        assertThat(dates).containsEntry(Vars.ACCEPTANCE_RECORDED_ON.name(), "2023-03-01")
                .containsEntry(Vars.HAND_OVER_DUE_ON.name(), "2023-03-15")
                .containsEntry(Vars.HAND_OVER_RECORDED_ON.name(), "2023-03-16");
        assertThat(Vars.PROVINCIAL_DELAY_FINDINGS.from(dates)).contains("hand-over was late");
        assertThat(register.bansOf("321330")).isEmpty();
    }

    @Test
    void i9_i10_aWindowAlreadyClosedWhenTheLateAcceptanceOpensIt_goesToSipo_whoseFreshWindowRunsSixMonthsFromItsDecision_aPlanOnItsLastDayIsInTime() {
        ProcessInstance round = roundOne("321400", "Jiangyin");
        acceptAndHandOverAt("321400", 75, "2023-06-10T10:00", "2023-06-10", "2023-06-10T10:00");
        cases.runDueJobs("321400");
        assertThat(round).isWaitingAt(PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW);
        assertThat(cases.tasks("321400", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE)).isEmpty();
        assertThat(register.activeDesignation("321400", Title.PILOT_CITY)).isPresent();
        assertThat(register.bansOf("321400")).isEmpty();

        cases.at("2023-06-12T15:00", "321400");
        decidePlanWindow("321400", "FRESH_WINDOW", "2023-06-12");
        Task plan = cases.task("321400", PilotCityRoundProcess.TASK_RECORD_PLAN_IN_FRESH_WINDOW);
        assertThat(plan).hasCandidateGroup("gov-321400");
        assertThat(plan.getDueDate()).isEqualTo(cstDate("2023-12-13T00:00"));
        assertThat(cases.runDueJobs("321400")).as("the fresh window is not created closed").isZero();

        cases.at("2023-12-12T23:59", "321400");
        cases.complete("321400", PilotCityRoundProcess.TASK_RECORD_PLAN_IN_FRESH_WINDOW, nextStage("FOSTERING", "2023-12-01"));
        assertThat(round).isEnded().hasPassed(PilotCityRoundProcess.TASK_CHECK_NEXT_STAGE, PilotCityRoundProcess.END_FOSTERING)
                .hasNotPassed(PilotCityRoundProcess.TASK_WITHDRAW_NO_PLAN);
        assertThat(register.designationsOf("321400")).extracting(Designation::getTitle, Designation::getStatus,
                Designation::getTermStart).containsExactly(
                        Tuple.tuple(Title.PILOT_CITY, DesignationStatus.COMPLETED, LocalDate.of(2019, 11, 18)),
                        Tuple.tuple(Title.DEMONSTRATION_FOSTERING, DesignationStatus.ACTIVE, LocalDate.of(2023, 12, 1)));
        assertThat(register.bansOf("321400")).isEmpty();
    }

    @Test
    void i9_pm17_nothingByTheFirstMinuteAfterTheFreshWindow_withdrawsWithABanFromTheDayAfterIt() {
        ProcessInstance round = roundOne("321410", "Yixing");
        acceptAndHandOverAt("321410", 65, "2023-04-03T10:00", "2023-04-03", "2023-04-03T10:00");
        cases.at("2023-05-18T00:00", "321410");
        cases.at("2023-05-22T11:00", "321410");
        decidePlanWindow("321410", "FRESH_WINDOW", "2023-05-22");
        cases.at("2023-11-22T23:59", "321410");
        assertThat(round).isWaitingAt(PilotCityRoundProcess.TASK_RECORD_PLAN_IN_FRESH_WINDOW);

        cases.at("2023-11-23T00:00", "321410");
        assertThat(round).isEnded().hasPassed(PilotCityRoundProcess.TIMER_FRESH_WINDOW_CLOSES,
                PilotCityRoundProcess.TASK_WITHDRAW_AFTER_FRESH_WINDOW, PilotCityRoundProcess.END_WITHDRAWN_AFTER_FRESH_WINDOW);
        assertThat(register.designationsOf("321410")).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(DesignationStatus.WITHDRAWN);
            assertThat(d.getStatusRuleId()).isEqualTo("PM-17");
            assertThat(d.getStatusReason()).contains("2023-11-22").contains("fresh window").contains("2023-05-22");
        });
        assertThat(register.bansOf("321410")).singleElement().satisfies(b -> {
            assertThat(b.getRuleId()).isEqualTo("PM-17");
            assertThat(b.getFirstDay()).isEqualTo(LocalDate.of(2023, 11, 23));
            assertThat(b.getLastDay()).isEqualTo(LocalDate.of(2026, 11, 22));
        });
    }

    @Test
    void i9_pm17_sipoWithdrawsTheCity_theThreeYearBanRunsFromItsDecision() {
        ProcessInstance round = roundOne("321420", "Changshu");
        acceptAndHandOverAt("321420", 61, "2023-05-02T10:00", "2023-05-02", "2023-05-02T10:00");
        cases.at("2023-05-18T00:00", "321420");
        cases.at("2023-06-05T16:00", "321420");
        decidePlanWindow("321420", "WITHDRAW", "2023-06-05");

        assertThat(round).isEnded().hasPassed(PilotCityRoundProcess.TASK_WITHDRAW_ON_DECISION,
                PilotCityRoundProcess.END_WITHDRAWN_ON_DECISION).hasNotPassed(PilotCityRoundProcess.TASK_WITHDRAW_NO_PLAN);
        assertThat(register.designationsOf("321420")).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(DesignationStatus.WITHDRAWN);
            assertThat(d.getStatusRuleId()).isEqualTo("PM-17");
            assertThat(d.getStatusReason()).contains("I-9").contains("2023-06-05").contains("2023-05-17");
        });
        assertThat(register.bansOf("321420")).singleElement().satisfies(b -> {
            assertThat(b.getFirstDay()).isEqualTo(LocalDate.of(2023, 6, 5));
            assertThat(b.getLastDay()).isEqualTo(LocalDate.of(2026, 6, 4));
        });
    }

    @Test
    void i9_i16_sipoMayNotBackDateItsDecision_whichSetsTheCitysNewDeadline() {
        ProcessInstance round = roundOne("321430", "Kunshan");
        acceptAndHandOverAt("321430", 65, "2023-04-03T10:00", "2023-04-03", "2023-04-03T10:00");
        cases.at("2023-05-18T00:00", "321430");
        cases.at("2023-06-20T09:00", "321430");
        String taskId = cases.task("321430", PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of(Vars.PLAN_WINDOW_DECISION.name(),
                "FRESH_WINDOW", Vars.PLAN_WINDOW_DECIDED_ON.name(), "2023-06-19", "planWindowRemarks", "Back-dated.")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("may not be back-dated");
        assertThat(round).isWaitingAt(PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW);
        assertThat(cases.tasks("321430", PilotCityRoundProcess.TASK_RECORD_PLAN_IN_FRESH_WINDOW)).isEmpty();
    }
    @Test
    void pm9_i12_aTermFrom30November2024_itsLastYear2027_isInTheProvincesRoundOf2027_theRoundsCaseStillRunningShowsIt() {
        ProcessInstance round = roundFrom30November2024("530300", "Qujing");
        reportTheYears("530300");
        cases.at("2027-11-30T00:00", "530300");
        EngineClock.setTo("2027-12-10T10:00");
        cases.complete("530300", PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE,
                Map.of(Vars.ACCEPTANCE_SCORE.name(), 66, Vars.ACCEPTANCE_ENDED_ON.name(), "2027-12-10"));
        cases.complete("530300", PilotCityRoundProcess.TASK_HAND_OVER,
                Map.of(Vars.HANDED_OVER_ON.name(), "2027-12-10", "materialsReference", "Yun Zhi [2027] No. 31"));
        cases.at("2028-01-01T00:00", "530300");
        assertThat(cases.tasks("530300", AnnualReportProcess.TASK_SUBMIT)).extracting(Task::getName)
                .as("the term owes no report after it").noneMatch(name -> name.contains("2028"));

        EngineClock.setTo("2028-01-31T23:59");
        assertThat(AssessmentRounds.open("53", 2027).statusCode()).as("the round of 2027 opens from 1 February 2028")
                .isEqualTo(400);
        provinceAssesses("530300", 2027, "EXCELLENT", "90");
        assertThat(round).isWaitingAt(PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE)
                .hasPassed(PilotCityRoundProcess.END_ASSESSMENT_ON_RECORD);
        assertThat(register.assessmentsOf("530300")).extracting(AnnualAssessment::getYear, AnnualAssessment::getGrade)
                .containsExactly(Tuple.tuple(2027, Grade.EXCELLENT));
        assertThat(shownOnTheCitysCases("530300")).containsExactly("2027 EXCELLENT 1 of 1");
    }

    @Test
    void pm9_i12_aCityWhoseNextRoundBeganBefore1February_isInTheRoundOfTheYearBefore_theNewRoundsCaseShowsIt() {
        ProcessInstance round = roundFrom30November2024("610300", "Baoji");
        reportTheYears("610300");
        cases.at("2027-11-30T00:00", "610300");
        EngineClock.setTo("2027-12-05T10:00");
        cases.complete("610300", PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE,
                Map.of(Vars.ACCEPTANCE_SCORE.name(), 66, Vars.ACCEPTANCE_ENDED_ON.name(), "2027-12-05"));
        cases.complete("610300", PilotCityRoundProcess.TASK_HAND_OVER,
                Map.of(Vars.HANDED_OVER_ON.name(), "2027-12-05", "materialsReference", "Shaan Zhi [2027] No. 30"));
        EngineClock.setTo("2027-12-20T10:00");
        cases.complete("610300", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE, nextStage("NEW_ROUND", "2027-12-15"));
        assertThat(round).isEnded();
        ProcessInstance next = cases.running(PilotCityRoundProcess.KEY, "610300");

        provinceAssesses("610300", 2027, "EXCELLENT", "90");
        assertThat(next).hasPassed(PilotCityRoundProcess.END_ASSESSMENT_ON_RECORD).isNotEnded();
        assertThat(register.assessmentsOf("610300")).extracting(AnnualAssessment::getYear).containsExactly(2027);
        assertThat(register.missedAssessmentsOf("610300")).isEmpty();
    }

    @Test
    void pm9_i12_aCityThatMovedOnToFostering_isInTheRoundOfItsLastPilotYear_theFosteringCycleShowsIt() {
        ProcessInstance round = roundFrom30November2024("620300", "Jinchang");
        reportTheYears("620300");
        cases.at("2027-11-30T00:00", "620300");
        EngineClock.setTo("2027-12-10T10:00");
        cases.complete("620300", PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE,
                Map.of(Vars.ACCEPTANCE_SCORE.name(), 75, Vars.ACCEPTANCE_ENDED_ON.name(), "2027-12-10"));
        cases.complete("620300", PilotCityRoundProcess.TASK_HAND_OVER,
                Map.of(Vars.HANDED_OVER_ON.name(), "2027-12-10", "materialsReference", "Gan Zhi [2027] No. 32"));
        EngineClock.setTo("2028-01-20T10:00");
        cases.complete("620300", PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE, nextStage("FOSTERING", "2028-01-15"));
        assertThat(round).isEnded();
        ProcessInstance fostering = cases.running(DemonstrationFosteringProcess.KEY, "620300");

        provinceAssesses("620300", 2027, "AVERAGE", "71");
        assertThat(fostering).hasPassed(DemonstrationFosteringProcess.START_ASSESSMENT_RECORDED,
                DemonstrationFosteringProcess.END_ASSESSMENT_ON_RECORD).isNotEnded();
        assertThat(register.assessmentsOf("620300")).extracting(AnnualAssessment::getYear, AnnualAssessment::getGrade)
                .containsExactly(Tuple.tuple(2027, Grade.AVERAGE));
    }
}
