package cn.ipoffice.programmes.modelcities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess.Vars;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.FindingDecision;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.ProcessCoverage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Title withdrawal (PM-31, PM-32, I-4) for pilot, fostering and model cases alike. */
@ProcessCoverage(exclude = {AnnualReportProcess.KEY, ModelCityTermProcess.KEY, ModelCityApplicationProcess.KEY,
        PilotCityRoundProcess.KEY, PilotCityApplicationProcess.KEY, "demonstration-fostering"},
        atLeast = 1.0)
class TitleWithdrawalTest extends CaseTest {

    private ProcessInstance finding(String code, Title title, String ground, String finding) {
        Map<String, Object> form = new HashMap<>();
        form.put(Vars.HOLDER_ID.name(), code);
        form.put(Vars.TITLE.name(), title.name());
        form.put(Vars.GROUND.name(), ground);
        form.put(Vars.VERIFIED_ON.name(), "2021-05-10");
        form.put(Vars.FINDING.name(), finding);
        return engine.getRuntimeService().startProcessInstanceByKey(TitleWithdrawalProcess.KEY, code, form);
    }

    @Test
    void pm31_fraudByAModelCity_endsItsTerm_andCancelsTheTitle_withoutABan() {
        EngineClock.setTo("2021-05-12T09:00");
        ModelCityFixtures.modelCity(register, "320500", "Suzhou");
        ProcessInstance term = cases.startCase(ModelCityTermProcess.KEY, "320500", "Suzhou", LocalDate.of(2020, 3, 10), false,
                "province-32");
        ProcessInstance withdrawal = finding("320500", Title.MODEL_CITY, "FRAUD", "Forged pledge financing contracts");

        assertThat(withdrawal).isEnded().hasPassed(TitleWithdrawalProcess.TASK_WITHDRAW, TitleWithdrawalProcess.END_WITHDRAWN);
        assertThat(term).isEnded();
        Designation title = register.designationsOf("320500").get(0);
        assertThat(title.getStatus()).isEqualTo(DesignationStatus.CANCELLED);
        assertThat(title.getStatusRuleId()).isEqualTo("PM-31");
        assertThat(title.getRuleId()).isEqualTo("PM-20");
        assertThat(title.getStatusReason()).contains("Forged pledge financing contracts");
        assertThat(register.bansOf("320500")).isEmpty();
    }

    @Test
    void pm31_anApplicationInProgressFoundFraudulent_isDisqualified() {
        EngineClock.setTo("2020-01-15T09:00");
        ModelCityFixtures.figures2019(register);
        ModelCityFixtures.fosteringCity(register, "320200", "Wuxi");
        ProcessInstance application = engine.getRuntimeService().startProcessInstanceByKey(ModelCityApplicationProcess.KEY,
                ModelCityFixtures.application("320200", "84"));
        EngineClock.setTo("2021-05-12T09:00");
        finding("320200", Title.MODEL_CITY, "FRAUD", "Inflated indicator scores");
        assertThat(application).isEnded();
        assertThat(register.activeDesignation("320200", Title.DEMONSTRATION_FOSTERING)).isPresent();
    }

    @Test
    void pm32b_unqualifiedEnforcement_withdrawsAPilotTitle_andEndsTheRound() {
        EngineClock.setTo("2021-05-12T09:00");
        ProcessInstance round = cases.startTerm(PilotCityRoundProcess.KEY, "330200", "Ningbo", Title.PILOT_CITY, "PM-7",
                LocalDate.of(2019, 11, 18), true);
        finding("330200", Title.PILOT_CITY, "UNQUALIFIED_ENFORCEMENT", "Patent enforcement assessment 2020: unqualified");
        assertThat(round).isEnded();
        assertThat(register.designationsOf("330200")).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(DesignationStatus.WITHDRAWN);
            assertThat(d.getStatusRuleId()).isEqualTo("PM-32");
        });
        assertThat(register.bansOf("330200")).isEmpty();
    }

    private void assessLast(String code, int reportYear) {
        cases.at(reportYear + "-01-01T00:00", code);
        cases.complete(code, PilotCityRoundProcess.TASK_ASSESS_PERFORMANCE, Map.of("assessmentGrade", "POOR",
                "assessmentCategory", "PREFECTURE_LEVEL", "assessmentRank", 13, "categorySize", 13));
    }

    @Test
    void pm32c_lastOfItsCategoryTwoYearsRunning_isPutToSipo_andConfirmedWithdrawsTheTitle() {
        EngineClock.setTo("2019-11-18T09:00");
        ProcessInstance round = cases.startTerm(PilotCityRoundProcess.KEY, "320300", "Xuzhou", Title.PILOT_CITY, "PM-7",
                LocalDate.of(2019, 11, 18), false);
        assessLast("320300", 2020);
        assertThat(cases.runningCount(TitleWithdrawalProcess.KEY, "320300")).isZero();
        assessLast("320300", 2021);
        Task confirmation = cases.task("320300", TitleWithdrawalProcess.TASK_CONFIRM);
        assertThat(confirmation).hasCandidateGroup("sipo");
        assertThat((String) engine.getTaskService().getVariable(confirmation.getId(), Vars.FINDING.name()))
                .contains("PM-32(c)").contains("2019").contains("2020");

        cases.complete("320300", TitleWithdrawalProcess.TASK_CONFIRM, Map.of(Vars.CONFIRMATION.name(), "CONFIRM",
                "confirmationRemarks", "Confirmed from the provincial assessments"));
        assertThat(round).isEnded();
        assertThat(register.designationsOf("320300")).singleElement().extracting(Designation::getStatus)
                .isEqualTo(DesignationStatus.WITHDRAWN);
    }

    @Test
    void pm32c_aDismissedFindingKeepsTheTitle() {
        EngineClock.setTo("2019-11-18T09:00");
        ProcessInstance round = cases.startTerm(PilotCityRoundProcess.KEY, "320400", "Changzhou", Title.PILOT_CITY, "PM-7",
                LocalDate.of(2019, 11, 18), false);
        assessLast("320400", 2020);
        assessLast("320400", 2021);
        ProcessInstance withdrawal = cases.running(TitleWithdrawalProcess.KEY, "320400");
        cases.complete("320400", TitleWithdrawalProcess.TASK_CONFIRM, Map.of(Vars.CONFIRMATION.name(), "DISMISS",
                "confirmationRemarks", "Category of one city only in 2020"));
        assertThat(withdrawal).isEnded().hasPassed(TitleWithdrawalProcess.END_DISMISSED);
        assertThat(round).isNotEnded();
        assertThat(register.activeDesignation("320400", Title.PILOT_CITY)).isPresent();
    }

    private void assess(String code, int reportYear, int rank) {
        cases.at(reportYear + "-01-01T00:00", code);
        cases.complete(code, PilotCityRoundProcess.TASK_ASSESS_PERFORMANCE, Map.of("assessmentGrade", "POOR",
                "assessmentCategory", "PREFECTURE_LEVEL", "assessmentRank", rank, "categorySize", 13));
    }

    private ProcessInstance lastIn2019And2020_dismissed(String code, String name) {
        EngineClock.setTo("2019-11-18T09:00");
        ProcessInstance round = cases.startTerm(PilotCityRoundProcess.KEY, code, name, Title.PILOT_CITY, "PM-7",
                LocalDate.of(2019, 11, 18), false);
        assessLast(code, 2020);
        assessLast(code, 2021);
        cases.complete(code, TitleWithdrawalProcess.TASK_CONFIRM, Map.of(Vars.CONFIRMATION.name(), "DISMISS",
                "confirmationRemarks", "The 2020 category was redrawn"));
        assertThat(register.findingDecisionsOf(code)).singleElement().satisfies(decided -> {
            assertThat(decided.getRuleId()).isEqualTo("PM-32(c)");
            assertThat(decided.getFirstYear()).isEqualTo(2019);
            assertThat(decided.getSecondYear()).isEqualTo(2020);
            assertThat(decided.getDecision()).isEqualTo(FindingDecision.DISMISSED);
            assertThat(decided.getDecidedOn()).isEqualTo(LocalDate.of(2021, 1, 1));
            assertThat(decided.getProcessInstanceId()).isNotNull();
        });
        return round;
    }

    @Test
    void pm32c_aDismissedFinding_isNotPutToSipoAgain_byTheNextAssessment() {
        ProcessInstance round = lastIn2019And2020_dismissed("320700", "Lianyungang");
        assess("320700", 2022, 7);

        assertThat(cases.runningCount(TitleWithdrawalProcess.KEY, "320700")).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(TitleWithdrawalProcess.KEY).processInstanceBusinessKey("320700").count()).isEqualTo(1);
        assertThat(round).isNotEnded();
        assertThat(register.activeDesignation("320700", Title.PILOT_CITY)).isPresent();
    }

    @Test
    void pm32c_aDismissedFinding_aNewPairOfYearsLast_isPutToSipo() {
        lastIn2019And2020_dismissed("320800", "Huai'an");
        assessLast("320800", 2022);

        Task confirmation = cases.task("320800", TitleWithdrawalProcess.TASK_CONFIRM);
        assertThat((String) engine.getTaskService().getVariable(confirmation.getId(), Vars.FINDING.name()))
                .contains("PM-32(c)").contains("2020 (13 of 13)").contains("2021 (13 of 13)");
        assertThat(engine.getTaskService().getVariable(confirmation.getId(), Vars.FIRST_YEAR.name())).isEqualTo(2020);
        assertThat(engine.getTaskService().getVariable(confirmation.getId(), Vars.SECOND_YEAR.name())).isEqualTo(2021);

        cases.complete("320800", TitleWithdrawalProcess.TASK_CONFIRM, Map.of(Vars.CONFIRMATION.name(), "CONFIRM",
                "confirmationRemarks", "Last again"));
        assertThat(register.findingDecisionsOf("320800")).extracting(d -> d.getFirstYear() + "-" + d.getSecondYear()
                + " " + d.getDecision()).containsExactly("2019-2020 DISMISSED", "2020-2021 CONFIRMED");
        assertThat(register.designationsOf("320800")).singleElement().extracting(Designation::getStatus)
                .isEqualTo(DesignationStatus.WITHDRAWN);
    }
}
