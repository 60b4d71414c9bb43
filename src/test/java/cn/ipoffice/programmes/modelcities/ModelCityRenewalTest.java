package cn.ipoffice.programmes.modelcities;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess.Vars;
import cn.ipoffice.programmes.register.AnnualReport;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A renewed model term (PM-29, I-10): the title runs on from the old term without a gap, and the new term's
 * obligations count from the reexamination decision that renews it, so none is created overdue.
 */
class ModelCityRenewalTest extends CaseTest {

    /** A model city whose term runs from 10 March 2020 to 9 March 2023, with SIPO's figures of 2022. */
    private void modelTermFrom10March2020(String code, String name) {
        EngineClock.setTo("2020-03-12T09:00");
        ModelCityFixtures.modelCity(register, code, name);
        cases.startCase(ModelCityTermProcess.KEY, code, name, LocalDate.of(2020, 3, 10), false,
                "province-" + code.substring(0, 2));
        ModelCityFixtures.figures(register, 2022);
    }

    /** The city applies on 2 May 2023, in the PM-27 window; SIPO passes it on 1 August 2023 (PM-28, PM-29). */
    private void passReexaminationOn1August2023(String code) {
        cases.at("2023-05-02T09:00", code);
        Map<String, Object> application = new HashMap<>(ModelCityFixtures.reexaminationApplication());
        application.put("reexaminationAppliedOn", "2023-05-02");
        cases.complete(code, ModelCityTermProcess.TASK_APPLY_REEXAMINATION, application);
        ModelCityFixtures.provinceScoresForReexamination(cases, code, "85");
        EngineClock.setTo("2023-08-01T09:00");
        cases.complete(code, ModelCityTermProcess.TASK_REEXAMINE, Map.of(Vars.REEXAMINATION_DECISION.name(), "PASS",
                Vars.REEXAMINED_ON.name(), "2023-08-01", "reexaminationRemarks", "Assessments and plan targets reviewed",
                "fieldVisit", false));
    }

    @Test
    void i10_pm29_aRenewedTerm_keepsTheTitleWithoutAGap_andItsWorkPlanCountsFromTheDecision() {
        modelTermFrom10March2020("440300", "Shenzhen");
        passReexaminationOn1August2023("440300");

        ProcessInstance renewed = cases.running(ModelCityTermProcess.KEY, "440300");
        assertThat(renewed).variables().containsEntry(CaseVariables.TERM_START.name(), "2023-03-10")
                .containsEntry(CaseVariables.OBLIGATIONS_FROM.name(), "2023-08-01");
        // Not created overdue: the PM-21 plan is due 4 months after the decision, not after the term's first day.
        Task plan = cases.task("440300", ModelCityTermProcess.TASK_RECORD_WORK_PLAN);
        assertThat(plan.getDueDate()).isEqualTo(cstDate("2023-12-02T00:00"));
        assertThat(cases.tasks("440300", ModelCityTermProcess.TASK_ESCALATE_WORK_PLAN)).isEmpty();
        cases.at("2023-12-01T23:59", "440300");
        assertThat(cases.tasks("440300", ModelCityTermProcess.TASK_ESCALATE_WORK_PLAN)).isEmpty();
        cases.at("2023-12-02T00:00", "440300");
        assertThat(cases.task("440300", ModelCityTermProcess.TASK_ESCALATE_WORK_PLAN)).hasCandidateGroup("sipo");
    }

    @Test
    void i12_reportsStillOwedWhenTheTermMovedOn_stayOnTheRecordAsMissed() {
        modelTermFrom10March2020("320500", "Suzhou");
        cases.at("2021-01-01T00:00", "320500");
        cases.complete("320500", AnnualReportProcess.TASK_SUBMIT, Map.of("workSummary", "The model city's year of work.",
                "currentYearPlan", "The plan for the coming year."));
        cases.complete("320500", AnnualReportProcess.TASK_REVIEW, Map.of("reportAccepted", true));
        // The 2022 and 2023 reports are never delivered; the reexamination renews the title on 1 August 2023.
        passReexaminationOn1August2023("320500");

        assertThat(register.reportsOf("320500")).extracting(AnnualReport::getYear, AnnualReport::isMissed,
                AnnualReport::getRuleId).containsExactlyInAnyOrder(tuple(2021, false, "PM-26"), tuple(2022, true, "PM-26"),
                        tuple(2023, true, "PM-26"));
        assertThat(register.reportsOf("320500")).filteredOn(AnnualReport::isMissed).allSatisfy(report ->
                assertThat(report.getRemarks()).contains("I-12").contains("its case ended on 2023-08-01"));
    }
}
