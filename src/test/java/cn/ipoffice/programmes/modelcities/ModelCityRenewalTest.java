package cn.ipoffice.programmes.modelcities;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess.Vars;
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

    @Test
    void i10_pm29_aRenewedTerm_keepsTheTitleWithoutAGap_andItsWorkPlanCountsFromTheDecision() {
        EngineClock.setTo("2020-03-12T09:00");
        ModelCityFixtures.modelCity(register, "440300", "Shenzhen");
        cases.startCase(ModelCityTermProcess.KEY, "440300", "Shenzhen", LocalDate.of(2020, 3, 10), false, "province-44");
        ModelCityFixtures.figures(register, 2022);
        cases.at("2023-05-02T09:00", "440300");
        Map<String, Object> application = new HashMap<>(ModelCityFixtures.attested("85"));
        application.put("reexaminationAppliedOn", "2023-05-02");
        cases.complete("440300", ModelCityTermProcess.TASK_APPLY_REEXAMINATION, application);
        EngineClock.setTo("2023-08-01T09:00");
        cases.complete("440300", ModelCityTermProcess.TASK_REEXAMINE, Map.of(Vars.REEXAMINATION_DECISION.name(), "PASS",
                Vars.REEXAMINED_ON.name(), "2023-08-01", "reexaminationRemarks", "Assessments and plan targets reviewed",
                "fieldVisit", false));

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
}
