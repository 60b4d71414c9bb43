package cn.ipoffice.programmes.pilotcities;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess.Vars;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.AssessmentRounds;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.ProcessCoverage;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Demonstration fostering (PM-15, I-2, I-3): a cycle from 28 February 2023 to 27 February 2026. */
@ProcessCoverage(exclude = {AnnualReportProcess.KEY, PilotCityRoundProcess.KEY, PilotCityApplicationProcess.KEY,
        ProvincialAssessmentRoundProcess.KEY},
        atLeast = 1.0)
class DemonstrationFosteringTest extends CaseTest {

    private ProcessInstance cycle(String code, String name) {
        EngineClock.setTo("2023-03-01T09:00");
        return cases.startTerm(DemonstrationFosteringProcess.KEY, code, name, Title.DEMONSTRATION_FOSTERING, "PM-15",
                LocalDate.of(2023, 2, 28), false);
    }

    /** 1 January: the report owed that day, submitted and accepted; 1 February: the province's round of the year before. */
    private void completeYear(String code, int year) {
        cases.at(year + "-01-01T00:00", code);
        cases.complete(code, AnnualReportProcess.TASK_SUBMIT, Map.of("workSummary", "Summary of the fostering year.",
                "currentYearPlan", "Plan of the fostering year."));
        cases.complete(code, AnnualReportProcess.TASK_REVIEW, Map.of("reportAccepted", true));
        provinceAssesses(code, year - 1, "EXCELLENT", "90");
    }

    private void provinceAssesses(String code, int year, String grade, String score) {
        new AssessmentRounds(engine).assessOn1February(code, year, grade, score);
    }

    @Test
    void pm15_theCycleOwesReportsAndAssessmentsEachYear_thenANewRoundFromTheNewPlansIssueDate() {
        ProcessInstance first = cycle("330100", "Hangzhou");
        completeYear("330100", 2024);
        completeYear("330100", 2025);
        completeYear("330100", 2026);
        assertThat(first).hasPassed(DemonstrationFosteringProcess.CYCLE_YEARS);
        assertThat(register.assessmentsOf("330100")).hasSize(3);

        cases.at("2026-02-27T23:59", "330100");
        assertThat(cases.tasks("330100", DemonstrationFosteringProcess.TASK_RECORD_FOSTERING_PLAN)).isEmpty();
        cases.at("2026-02-28T00:00", "330100");
        Task plan = cases.task("330100", DemonstrationFosteringProcess.TASK_RECORD_FOSTERING_PLAN);
        assertThat(plan).hasCandidateGroup("gov-330100");
        assertThat(plan.getDueDate()).isEqualTo(cstDate("2026-08-28T00:00"));

        EngineClock.setTo("2026-04-02T10:00");
        cases.complete("330100", DemonstrationFosteringProcess.TASK_RECORD_FOSTERING_PLAN,
                Map.of(Vars.FOSTERING_PLAN_ISSUED_ON.name(), "2026-04-01",
                        Vars.FOSTERING_PLAN_REFERENCE.name(), "Hang Zheng [2026] No. 7"));
        assertThat(first).isEnded().hasPassed(DemonstrationFosteringProcess.END_NEXT_ROUND);
        assertThat(register.designationsOf("330100")).extracting(Designation::getRound, Designation::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, DesignationStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple(2, DesignationStatus.ACTIVE));
        assertThat(cases.running(DemonstrationFosteringProcess.KEY, "330100")).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(cases.running(DemonstrationFosteringProcess.KEY, "330100").getId(),
                CaseVariables.TERM_END.name())).isEqualTo("2029-03-31");
    }

    @Test
    void i3_aPlanInTheLastMinuteStartsANewRound_aPlanIssuedBeforeTheCycleEndedIsRefused() {
        cycle("330200", "Ningbo");
        cases.at("2026-08-27T23:59", "330200");
        String taskId = cases.task("330200", DemonstrationFosteringProcess.TASK_RECORD_FOSTERING_PLAN).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of(
                Vars.FOSTERING_PLAN_ISSUED_ON.name(), "2026-02-27",
                Vars.FOSTERING_PLAN_REFERENCE.name(), "Yong Zheng [2026] No. 1")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("after the cycle ended");
        assertThat(register.activeDesignation("330200", Title.DEMONSTRATION_FOSTERING).orElseThrow().getRound()).isEqualTo(1);

        engine.getTaskService().complete(taskId, Map.of(Vars.FOSTERING_PLAN_ISSUED_ON.name(), "2026-08-27",
                Vars.FOSTERING_PLAN_REFERENCE.name(), "Yong Zheng [2026] No. 2"));
        assertThat(register.activeDesignation("330200", Title.DEMONSTRATION_FOSTERING).orElseThrow().getRound()).isEqualTo(2);
    }

    @Test
    void i3_noPlanByTheFirstMinuteAfterSixMonths_theCityLeavesFosteringWithoutABan() {
        ProcessInstance cycle = cycle("330300", "Wenzhou");
        cases.at("2026-08-28T00:00", "330300");
        assertThat(cycle).isEnded().hasPassed(DemonstrationFosteringProcess.TIMER_WINDOW_CLOSES,
                DemonstrationFosteringProcess.TASK_LEAVE_FOSTERING, DemonstrationFosteringProcess.END_LEFT_FOSTERING);
        assertThat(register.designationsOf("330300")).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(DesignationStatus.ENDED);
            assertThat(d.getStatusRuleId()).isEqualTo("I-3");
        });
        assertThat(register.bansOf("330300")).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("330300").count()).isZero();
    }
    @Test
    void pm9_i12_aCycleFrom30November2024_itsLastYear2027_isInTheProvincesRoundOf2027_theCyclesCaseStillRunningShowsIt() {
        EngineClock.setTo("2024-11-30T09:00");
        ProcessInstance cycle = cases.startTerm(DemonstrationFosteringProcess.KEY, "340300", "Bengbu",
                Title.DEMONSTRATION_FOSTERING, "PM-15", LocalDate.of(2024, 11, 30), false);
        for (int year = 2024; year <= 2026; year++) {
            provinceAssesses("340300", year, "EXCELLENT", "90");
        }
        cases.at("2028-01-31T00:00", "340300");
        assertThat(cycle).isWaitingAt(DemonstrationFosteringProcess.TASK_RECORD_FOSTERING_PLAN);
        provinceAssesses("340300", 2027, "AVERAGE", "72");
        assertThat(cycle).hasPassed(DemonstrationFosteringProcess.END_ASSESSMENT_ON_RECORD).isNotEnded();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
                .activityId(DemonstrationFosteringProcess.ASSESSMENT_RECORDED).count()).isEqualTo(4);
        assertThat(register.assessmentsOf("340300")).extracting(a -> a.getYear() + " " + a.getGrade())
                .containsExactly("2024 EXCELLENT", "2025 EXCELLENT", "2026 EXCELLENT", "2027 AVERAGE");

        EngineClock.setTo("2028-03-10T10:00");
        cases.complete("340300", DemonstrationFosteringProcess.TASK_RECORD_FOSTERING_PLAN,
                Map.of(Vars.FOSTERING_PLAN_ISSUED_ON.name(), "2028-03-01",
                        Vars.FOSTERING_PLAN_REFERENCE.name(), "Beng Zheng [2028] No. 5"));
        provinceAssesses("340300", 2028, "EXCELLENT", "91");
        assertThat(cases.running(DemonstrationFosteringProcess.KEY, "340300"))
                .hasPassed(DemonstrationFosteringProcess.END_ASSESSMENT_ON_RECORD);
        assertThat(register.missedAssessmentsOf("340300")).isEmpty();
    }
}
