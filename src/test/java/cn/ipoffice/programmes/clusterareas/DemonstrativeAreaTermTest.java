package cn.ipoffice.programmes.clusterareas;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess.Vars;
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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** A demonstrative area's term (CA-18): from 1 July 2019 to 30 June 2022, then SIPO's review. */
@ProcessCoverage(exclude = {AnnualReportProcess.KEY, ExperimentalAreaConstructionProcess.KEY,
        ClusterAreaApplicationProcess.KEY},
        atLeast = 1.0)
class DemonstrativeAreaTermTest extends CaseTest {

    private ProcessInstance term(String areaId, String name) {
        EngineClock.setTo("2019-07-01T09:00");
        return cases.startAreaTerm(DemonstrativeAreaTermProcess.KEY, areaId, name, Title.DEMONSTRATIVE_AREA, "CA-17",
                LocalDate.of(2019, 7, 1));
    }

    static Map<String, Object> review(String result, String reviewedOn, String rectifyBy) {
        Map<String, Object> form = new HashMap<>(Map.of(Vars.REVIEW_RESULT.name(), result, Vars.REVIEWED_ON.name(), reviewedOn,
                "reviewRemarks", "Review against the demonstrative indicators"));
        if (rectifyBy != null) {
            form.put("rectificationDeadline", rectifyBy);
        }
        return form;
    }

    private void reviewAtExpiry(String areaId, String result, String rectifyBy) {
        cases.at("2022-06-30T23:59", areaId);
        assertThat(cases.tasks(areaId, DemonstrativeAreaTermProcess.TASK_REVIEW)).isEmpty();
        cases.at("2022-07-01T00:00", areaId);
        assertThat(cases.task(areaId, DemonstrativeAreaTermProcess.TASK_REVIEW)).hasCandidateGroup("sipo");
        EngineClock.setTo("2022-07-15T09:00");
        cases.complete(areaId, DemonstrativeAreaTermProcess.TASK_REVIEW, review(result, "2022-07-15", rectifyBy));
    }

    @Test
    void ca18_qualifiedAtReview_keepsTheTitleForANewTerm() {
        ProcessInstance first = term("320500-sip", "Suzhou Industrial Park");
        for (int year = 2020; year <= 2022; year++) {
            cases.at(year + "-01-01T00:00", "320500-sip");
            cases.complete("320500-sip", AnnualReportProcess.TASK_SUBMIT, Map.of("workSummary", "The year's work in the area.",
                    "currentYearPlan", "The next year's arrangements."));
            cases.complete("320500-sip", AnnualReportProcess.TASK_REVIEW, Map.of("reportAccepted", true));
        }
        assertThat(first).hasPassed(DemonstrativeAreaTermProcess.TERM_YEARS);
        reviewAtExpiry("320500-sip", "QUALIFIED", null);

        assertThat(first).isEnded().hasPassed(DemonstrativeAreaTermProcess.TASK_RENEW, DemonstrativeAreaTermProcess.END_RENEWED);
        assertThat(register.designationsOf("320500-sip")).extracting(Designation::getRound, Designation::getStatus,
                Designation::getTermStart, Designation::getTermEnd).containsExactly(
                        tuple(1, DesignationStatus.COMPLETED, LocalDate.of(2019, 7, 1), LocalDate.of(2022, 6, 30)),
                        tuple(2, DesignationStatus.ACTIVE, LocalDate.of(2022, 7, 1), LocalDate.of(2025, 6, 30)));
        ProcessInstance next = cases.running(DemonstrativeAreaTermProcess.KEY, "320500-sip");
        assertThat(engine.getRuntimeService().getVariable(next.getId(), "round")).isEqualTo(2);
    }

    @Test
    void i10_ca18_aLateReviewKeepsTheTitleWithoutAGap_andTheNewTermOwesNoReportWhoseDayHadPassed() {
        term("330100-hzhtz", "Hangzhou Hi-tech Zone");
        for (int year = 2020; year <= 2022; year++) {
            cases.at(year + "-01-01T00:00", "330100-hzhtz");
            cases.complete("330100-hzhtz", AnnualReportProcess.TASK_SUBMIT, Map.of("workSummary", "The year's work in the area.",
                    "currentYearPlan", "The next year's arrangements."));
            cases.complete("330100-hzhtz", AnnualReportProcess.TASK_REVIEW, Map.of("reportAccepted", true));
        }
        cases.at("2022-07-01T00:00", "330100-hzhtz");
        // SIPO decides the review on 1 February 2023, after the 31 January the new term would have owed.
        EngineClock.setTo("2023-02-01T09:00");
        cases.complete("330100-hzhtz", DemonstrativeAreaTermProcess.TASK_REVIEW, review("QUALIFIED", "2023-02-01", null));

        assertThat(register.designationsOf("330100-hzhtz")).extracting(Designation::getRound, Designation::getTermStart)
                .containsExactly(tuple(1, LocalDate.of(2019, 7, 1)), tuple(2, LocalDate.of(2022, 7, 1)));
        ProcessInstance next = cases.running(DemonstrativeAreaTermProcess.KEY, "330100-hzhtz");
        assertThat(next).isNotNull();
        cases.at("2023-02-01T09:01", "330100-hzhtz");
        assertThat(cases.tasks("330100-hzhtz", AnnualReportProcess.TASK_SUBMIT)).isEmpty();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(next.getId()).count()).isZero();
        cases.at("2024-01-01T00:00", "330100-hzhtz");
        assertThat(cases.task("330100-hzhtz", AnnualReportProcess.TASK_SUBMIT).getDueDate())
                .isEqualTo(EngineClock.cstDate("2024-02-01T00:00"));
    }

    @Test
    void ca18_unqualified_rectifiedInTime_thenQualified_keepsTheTitle() {
        ProcessInstance term = term("320200-wx", "Wuxi New District");
        reviewAtExpiry("320200-wx", "UNQUALIFIED", "2022-12-31");
        Task rectify = cases.task("320200-wx", DemonstrativeAreaTermProcess.TASK_RECTIFY);
        assertThat(rectify.getDueDate()).isEqualTo(cstDate("2023-01-01T00:00"));
        cases.at("2022-12-31T23:59", "320200-wx");
        cases.complete("320200-wx", DemonstrativeAreaTermProcess.TASK_RECTIFY, Map.of("rectifiedOn", "2022-12-31",
                "rectificationReport", "Indicators met again", "rectified", true));
        EngineClock.setTo("2023-01-10T09:00");
        cases.complete("320200-wx", DemonstrativeAreaTermProcess.TASK_REVIEW, review("QUALIFIED", "2023-01-10", null));
        assertThat(term).isEnded().hasPassed(DemonstrativeAreaTermProcess.END_RENEWED)
                .hasNotPassed(DemonstrativeAreaTermProcess.TASK_ESCALATE_RECTIFICATION);
        assertThat(register.activeDesignation("320200-wx", Title.DEMONSTRATIVE_AREA).orElseThrow().getRound()).isEqualTo(2);
    }

    @Test
    void ca18_rectificationMissed_isEscalated_andStillUnqualified_cancelsTheTitle() {
        ProcessInstance term = term("320400-cz", "Changzhou Science Park");
        reviewAtExpiry("320400-cz", "UNQUALIFIED", "2022-12-31");
        cases.at("2023-01-01T00:00", "320400-cz");
        assertThat(cases.task("320400-cz", DemonstrativeAreaTermProcess.TASK_ESCALATE_RECTIFICATION)).hasCandidateGroup("sipo");
        cases.complete("320400-cz", DemonstrativeAreaTermProcess.TASK_ESCALATE_RECTIFICATION,
                Escalations.action(EscalationStep.REFERRED, "2023-01-20", "Referred to the provincial department"));
        assertThat(cases.tasks("320400-cz", DemonstrativeAreaTermProcess.TASK_ESCALATE_RECTIFICATION)).isEmpty();
        cases.at("2023-01-20T00:00", "320400-cz");
        assertThat(cases.task("320400-cz", DemonstrativeAreaTermProcess.TASK_ESCALATE_RECTIFICATION))
                .as("back on the follow-up day").hasCandidateGroup("sipo");
        EngineClock.setTo("2023-02-01T09:00");
        cases.complete("320400-cz", DemonstrativeAreaTermProcess.TASK_RECTIFY, Map.of("rectifiedOn", "2023-01-31",
                "rectificationReport", "Partly rectified", "rectified", true));
        cases.complete("320400-cz", DemonstrativeAreaTermProcess.TASK_REVIEW, review("UNQUALIFIED", "2023-02-01", null));

        assertThat(term).isEnded().hasPassed(DemonstrativeAreaTermProcess.TASK_CANCEL, DemonstrativeAreaTermProcess.END_CANCELLED);
        assertThat(register.designationsOf("320400-cz")).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(DesignationStatus.CANCELLED);
            assertThat(d.getStatusRuleId()).isEqualTo("CA-18");
        });
        assertThat(register.bansOf("320400-cz")).isEmpty();
    }
}
