package cn.ipoffice.programmes.clusterareas;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Apply;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Decide;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Materials;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.Cases;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.ProcessCoverage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster-area application (CA-5, CA-6, CA-7, CA-8), every path of its diagram. */
@ProcessCoverage(exclude = {ExperimentalAreaConstructionProcess.KEY, DemonstrativeAreaTermProcess.KEY, "annual-report"},
        atLeast = 1.0)
class ClusterAreaApplicationTest extends CaseTest {

    @BeforeEach
    void setUp() {
        EngineClock.setTo("2014-09-01T09:00");
    }

    static Map<String, Object> application(String areaId, String name, String zone, int agencies) {
        Map<String, Object> form = new HashMap<>();
        form.put(Apply.AREA_ID.name(), areaId);
        form.put(Apply.AREA_NAME.name(), name);
        form.put(Apply.ZONE_KIND.name(), zone);
        form.put(Apply.GOVERNMENT_COMMITMENT.name(), true);
        form.put(Apply.INDUSTRIAL_ADVANTAGES.name(), true);
        form.put(Apply.AGENCY_COUNT.name(), agencies);
        form.put("servesPatent", true);
        form.put("servesTrademark", true);
        form.put("servesCopyright", true);
        form.put("servesGeographicalIndication", false);
        form.put("servesNewPlantVariety", true);
        form.put(Apply.INITIAL_WORK_PLAN_REFERENCE.name(), "Su Yuan Fa [2014] No. 21");
        return form;
    }

    static Map<String, Object> allMaterials(String forwardedOn) {
        return new HashMap<>(Map.of(Materials.RECOMMENDATION_LETTER.name(), true, Materials.APPLICATION_FORM.name(), true,
                Materials.INITIAL_WORK_PLAN.name(), true, Materials.COMMITMENT_LETTER.name(), true, "forwardedOn", forwardedOn));
    }

    /** Verified, recommended and forwarded: the application reaches SIPO. */
    static void recommendAndForward(Cases cases, String areaId, String forwardedOn) {
        cases.submit(areaId, ClusterAreaApplicationProcess.TASK_VERIFY,
                Map.of(Decide.VERIFICATION_OUTCOME.name(), "RECOMMEND", "verificationRemarks", "Agencies verified on site"));
        cases.submit(areaId, ClusterAreaApplicationProcess.TASK_FILE, allMaterials(forwardedOn));
    }

    private ProcessInstance apply(Map<String, Object> form) {
        return engine.getRuntimeService().startProcessInstanceByKey(ClusterAreaApplicationProcess.KEY, form);
    }

    @Test
    void ca8_ca9_approval_recordsTheConstructionForThreeYears_andStartsIt() {
        ProcessInstance instance = apply(application("320500-sip", "Suzhou Industrial Park", "ECONOMIC_DEVELOPMENT_ZONE", 45));
        Task verification = cases.task("320500-sip", ClusterAreaApplicationProcess.TASK_VERIFY);
        assertThat(verification).hasCandidateGroup("province-32");
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .contains("no agency serves geographical indication");
        recommendAndForward(cases, "320500-sip", "2014-09-01");
        Task examination = cases.task("320500-sip", ClusterAreaApplicationProcess.TASK_EXAMINE);
        assertThat(examination).hasCandidateGroup("sipo");
        assertThat(examination.getDueDate()).isEqualTo(cstDate("2015-01-01T00:00"));

        EngineClock.setTo("2015-03-12T09:00");
        cases.complete("320500-sip", ClusterAreaApplicationProcess.TASK_EXAMINE,
                Map.of(Decide.EXAMINATION_DECISION.name(), "APPROVE", Decide.RATIFICATION_DATE.name(), "2015-03-10"));

        assertThat(instance).isEnded().hasPassedInOrder(ClusterAreaApplicationProcess.TASK_CHECK_ELIGIBILITY,
                ClusterAreaApplicationProcess.TASK_VERIFY, ClusterAreaApplicationProcess.TASK_FILE,
                ClusterAreaApplicationProcess.TASK_CHECK_MATERIALS, ClusterAreaApplicationProcess.TASK_EXAMINE,
                ClusterAreaApplicationProcess.TASK_RECORD_CONSTRUCTION, ClusterAreaApplicationProcess.TASK_START_CONSTRUCTION,
                ClusterAreaApplicationProcess.END_RATIFIED);
        Designation construction = register.activeDesignation("320500-sip", Title.EXPERIMENTAL_AREA_CONSTRUCTION).orElseThrow();
        assertThat(construction.getTermStart()).isEqualTo(LocalDate.of(2015, 3, 10));
        assertThat(construction.getTermEnd()).isEqualTo(LocalDate.of(2018, 3, 9));
        assertThat(register.holder("320500-sip").orElseThrow().getKind()).isEqualTo(HolderKind.ECONOMIC_DEVELOPMENT_ZONE);
        Task plan = cases.task("320500-sip", ExperimentalAreaConstructionProcess.TASK_SUBMIT_PLAN);
        assertThat(plan).hasCandidateGroup("province-32").hasCandidateGroup("gov-320500-sip");
        assertThat(plan.getDueDate()).isEqualTo(cstDate("2015-06-11T00:00"));
    }

    @Test
    void ca5_anotherKindOfZoneIsNotEligible_andTheReviewerReadsWhy() {
        ProcessInstance instance = apply(application("320100-xl", "Xianlin University Town", "OTHER_ZONE", 40));
        assertThat(instance).isWaitingAt(ClusterAreaApplicationProcess.TASK_CONFIRM_INELIGIBILITY);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .startsWith("NOT MET - CA-5");
        cases.complete("320100-xl", ClusterAreaApplicationProcess.TASK_CONFIRM_INELIGIBILITY,
                Map.of("ineligibilityNotice", "Su Zhi Han [2014] No. 40"));
        assertThat(instance).isEnded().hasPassed(ClusterAreaApplicationProcess.END_INELIGIBLE);
    }

    @Test
    void ca6_30AgenciesAreNotEligible_31Are() {
        ProcessInstance thirty = apply(application("320200-wx", "Wuxi New District", "HI_TECH_ZONE", 30));
        assertThat(thirty).isWaitingAt(ClusterAreaApplicationProcess.TASK_CONFIRM_INELIGIBILITY);
        assertThat((String) engine.getRuntimeService().getVariable(thirty.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .contains("CA-6(3): 30 IP service agencies");
        ProcessInstance thirtyOne = apply(application("320400-cz", "Changzhou Science Park", "HI_TECH_ZONE", 31));
        assertThat(thirtyOne).isWaitingAt(ClusterAreaApplicationProcess.TASK_VERIFY);
    }

    @Test
    void ca7_theDepartmentReturnsTheApplication_andAMissingMaterialSendsItBack() {
        ProcessInstance instance = apply(application("330100-bj", "Hangzhou Binjiang", "HI_TECH_ZONE", 60));
        cases.complete("330100-bj", ClusterAreaApplicationProcess.TASK_VERIFY,
                Map.of(Decide.VERIFICATION_OUTCOME.name(), "RETURN", "verificationRemarks", "Plan lacks indicators"));
        assertThat(cases.task("330100-bj", ClusterAreaApplicationProcess.TASK_REVISE)).hasCandidateGroup("gov-330100-bj");
        cases.complete("330100-bj", ClusterAreaApplicationProcess.TASK_REVISE,
                Map.of(Apply.INITIAL_WORK_PLAN_REFERENCE.name(), "Hang Bin Fa [2014] No. 9 (revised)"));
        cases.complete("330100-bj", ClusterAreaApplicationProcess.TASK_VERIFY,
                Map.of(Decide.VERIFICATION_OUTCOME.name(), "RECOMMEND", "verificationRemarks", "Indicators added"));
        Map<String, Object> incomplete = allMaterials("2014-09-01");
        incomplete.put(Materials.COMMITMENT_LETTER.name(), false);
        cases.complete("330100-bj", ClusterAreaApplicationProcess.TASK_FILE, incomplete);
        assertThat(instance).isWaitingAt(ClusterAreaApplicationProcess.TASK_FILE)
                .variables().containsEntry(Decide.MATERIALS_COMPLETE.name(), false);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Decide.MISSING_MATERIALS.name()))
                .contains("commitment letter");
        cases.complete("330100-bj", ClusterAreaApplicationProcess.TASK_FILE, allMaterials("2014-09-01"));
        assertThat(instance).isWaitingAt(ClusterAreaApplicationProcess.TASK_EXAMINE);
    }

    @Test
    void ca7_aReturnedApplicationIsCheckedAgainAfterItsRevision() {
        ProcessInstance instance = apply(application("330400-jx", "Jiaxing Science City", "HI_TECH_ZONE", 31));
        cases.complete("330400-jx", ClusterAreaApplicationProcess.TASK_VERIFY,
                Map.of(Decide.VERIFICATION_OUTCOME.name(), "RETURN", "verificationRemarks", "Two agencies have closed"));
        cases.complete("330400-jx", ClusterAreaApplicationProcess.TASK_REVISE,
                Map.of(Apply.AGENCY_COUNT.name(), 29, Apply.INITIAL_WORK_PLAN_REFERENCE.name(), "Jia Ke Fa [2014] No. 2"));
        assertThat(instance).isWaitingAt(ClusterAreaApplicationProcess.TASK_CONFIRM_INELIGIBILITY);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .contains("CA-6(3): 29 IP service agencies");
    }

    @Test
    void ca7_notRecommended_ca8_rejectedWithAReason() {
        ProcessInstance notRecommended = apply(application("330200-ys", "Ningbo Yinzhou Park", "FOREIGN_TRADE_PARK", 35));
        cases.complete("330200-ys", ClusterAreaApplicationProcess.TASK_VERIFY,
                Map.of(Decide.VERIFICATION_OUTCOME.name(), "NOT_RECOMMEND", "verificationRemarks", "Agencies too small"));
        assertThat(notRecommended).isEnded().hasPassed(ClusterAreaApplicationProcess.END_NOT_RECOMMENDED);

        ProcessInstance rejected = apply(application("330300-oj", "Wenzhou Ouhai Park", "SERVICE_SECTOR_REFORM_AREA", 33));
        recommendAndForward(cases, "330300-oj", "2014-09-01");
        cases.complete("330300-oj", ClusterAreaApplicationProcess.TASK_EXAMINE,
                Map.of(Decide.EXAMINATION_DECISION.name(), "REJECT", Decide.REJECTION_REASON.name(), "Service market not yet formed"));
        assertThat(rejected).isEnded().hasPassed(ClusterAreaApplicationProcess.END_REJECTED);
        assertThat(register.holder("330300-oj")).isEmpty();
    }

    @Test
    void serverSideValidation_refusesABadAreaIdAndAnApprovalWithoutRatificationDate() {
        assertThatThrownBy(() -> apply(application("320500 SIP", "Suzhou Industrial Park", "HI_TECH_ZONE", 45)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("areaId");
        apply(application("320600-nt", "Nantong Park", "IP_PILOT_OR_DEMONSTRATION_PARK", 32));
        recommendAndForward(cases, "320600-nt", "2014-09-01");
        String taskId = cases.task("320600-nt", ClusterAreaApplicationProcess.TASK_EXAMINE).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of(Decide.EXAMINATION_DECISION.name(), "APPROVE")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("ratificationDate");
        assertThat(cases.task("320600-nt", ClusterAreaApplicationProcess.TASK_EXAMINE).getId()).isEqualTo(taskId);
        assertThat(register.holder("320600-nt")).isEmpty();
    }
}
