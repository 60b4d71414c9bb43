package cn.ipoffice.programmes.clusterareas;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
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
import cn.ipoffice.programmes.support.SipoCalls;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster-area application (CA-5, CA-6, CA-7, CA-8), every path of its diagram. */
@ProcessCoverage(exclude = {ExperimentalAreaConstructionProcess.KEY, DemonstrativeAreaTermProcess.KEY, "annual-report",
        "yearly-call"},
        atLeast = 1.0)
public class ClusterAreaApplicationTest extends CaseTest {

    @BeforeEach
    void setUp() {
        EngineClock.setTo("2014-09-01T09:00");
    }

    public static Map<String, Object> application(String areaId, String name, String zone, int agencies) {
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
    public static void recommendAndForward(Cases cases, String areaId, String forwardedOn) {
        cases.submit(areaId, ClusterAreaApplicationProcess.TASK_VERIFY,
                Map.of(Decide.VERIFICATION_OUTCOME.name(), "RECOMMEND", "verificationRemarks", "Agencies verified on site"));
        cases.submit(areaId, ClusterAreaApplicationProcess.TASK_FILE, allMaterials(forwardedOn));
    }

    private ProcessInstance apply(Map<String, Object> form) {
        return engine.getRuntimeService().startProcessInstanceByKey(ClusterAreaApplicationProcess.KEY, form);
    }

    @Test
    void ca8_ca9_i14_areasOfTwoProvincesInSipoCall_oneRefused_theRatifiedConstructionRunsThreeYearsFromTheListsDate() {
        SipoCalls calls = SipoCalls.clusterAreas(engine);
        String call = calls.open(2014, "2014-12-31", null);
        ProcessInstance sip = apply(application("320500-sip", "Suzhou Industrial Park", "ECONOMIC_DEVELOPMENT_ZONE", 45));
        Task verification = cases.task("320500-sip", ClusterAreaApplicationProcess.TASK_VERIFY);
        assertThat(verification).hasCandidateGroup("province-32");
        assertThat((String) engine.getRuntimeService().getVariable(sip.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .contains("no agency serves geographical indication");
        recommendAndForward(cases, "320500-sip", "2014-09-01");
        ProcessInstance ouhai = apply(application("330300-oj", "Wenzhou Ouhai Park", "SERVICE_SECTOR_REFORM_AREA", 33));
        recommendAndForward(cases, "330300-oj", "2014-09-01");
        assertThat(sip).isWaitingAt(ClusterAreaApplicationProcess.EVENT_AWAIT_CALL)
                .hasPassed(ClusterAreaApplicationProcess.TASK_ENTER_CALL);
        assertThat((String) engine.getRuntimeService().getVariable(sip.getId(), Decide.CALL_STATUS.name())).isEqualTo(
                "Filed with SIPO on 2014-09-01 within SIPO's 2014 call for cluster development areas, which closes on "
                        + "2014-12-31 at 24:00 CST; SIPO decides it with the call's batch (CA-8, I-14)");

        // CA-8: at the closing SIPO examines the batch, each with its findings and the province's verification.
        calls.at("2014-12-31T23:59", call);
        assertThat(calls.task(call, YearlyCallProcess.TASK_DECIDE)).isEmpty();
        calls.at("2015-01-01T00:00", call);
        while (calls.task(call, YearlyCallProcess.TASK_DECIDE).isPresent()) {
            Task decision = calls.task(call, YearlyCallProcess.TASK_DECIDE).orElseThrow();
            assertThat(decision).hasCandidateGroup("sipo");
            String applicant = calls.applicantNow(call);
            if (applicant.equals("320500-sip")) {
                assertThat(decision.getName()).isEqualTo(
                        "Decide on Suzhou Industrial Park (320500-sip) for the 2014 list of cluster development areas (CA-8)");
                assertThat((String) engine.getTaskService().getVariable(decision.getId(),
                        YearlyCallProcess.Decide.PROVINCE_ASSESSMENT.name())).isEqualTo("Agencies verified on site");
                assertThat((String) engine.getTaskService().getVariable(decision.getId(),
                        YearlyCallProcess.Decide.WORK_PLAN_REFERENCE.name())).isEqualTo("Su Yuan Fa [2014] No. 21");
                calls.decideNext(call, YearlyCallProcess.APPROVE, null);
            } else {
                calls.decideNext(call, YearlyCallProcess.REJECT, applicant.equals("330300-oj")
                        ? "Service market not yet formed" : SipoCalls.NOT_ON_THIS_LIST);
            }
        }
        assertThat(register.holder("320500-sip")).isEmpty();
        EngineClock.setTo("2015-03-12T09:00");
        calls.approveList(call, "2015-03-10");

        assertThat(sip).isEnded().hasPassedInOrder(ClusterAreaApplicationProcess.TASK_CHECK_ELIGIBILITY,
                ClusterAreaApplicationProcess.TASK_VERIFY, ClusterAreaApplicationProcess.TASK_FILE,
                ClusterAreaApplicationProcess.TASK_CHECK_MATERIALS, ClusterAreaApplicationProcess.TASK_ENTER_CALL,
                ClusterAreaApplicationProcess.EVENT_AWAIT_CALL, ClusterAreaApplicationProcess.TASK_RECORD_CONSTRUCTION,
                ClusterAreaApplicationProcess.TASK_START_CONSTRUCTION, ClusterAreaApplicationProcess.END_RATIFIED);
        Designation construction = register.activeDesignation("320500-sip", Title.EXPERIMENTAL_AREA_CONSTRUCTION).orElseThrow();
        assertThat(construction.getTermStart()).isEqualTo(LocalDate.of(2015, 3, 10));
        assertThat(construction.getTermEnd()).isEqualTo(LocalDate.of(2018, 3, 9));
        assertThat(register.holder("320500-sip").orElseThrow().getKind()).isEqualTo(HolderKind.ECONOMIC_DEVELOPMENT_ZONE);
        Task plan = cases.task("320500-sip", ExperimentalAreaConstructionProcess.TASK_SUBMIT_PLAN);
        assertThat(plan).hasCandidateGroup("province-32").hasCandidateGroup("gov-320500-sip");
        assertThat(plan.getDueDate()).isEqualTo(cstDate("2015-06-11T00:00"));

        assertThat(ouhai).isEnded().hasPassed(ClusterAreaApplicationProcess.END_REJECTED)
                .hasNotPassed(ClusterAreaApplicationProcess.TASK_RECORD_CONSTRUCTION);
        assertThat(register.holder("330300-oj")).isEmpty();
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
        assertThat(instance).isWaitingAt(ClusterAreaApplicationProcess.EVENT_AWAIT_CALL);
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
    void ca7_notRecommended_ca8_i14_forwardedWhenNoCallIsOpen_waitsForTheNextCall_andIsRejectedWithAReason() {
        EngineClock.setTo("2017-09-01T09:00");
        ProcessInstance notRecommended = apply(application("330200-ys", "Ningbo Yinzhou Park", "FOREIGN_TRADE_PARK", 35));
        cases.complete("330200-ys", ClusterAreaApplicationProcess.TASK_VERIFY,
                Map.of(Decide.VERIFICATION_OUTCOME.name(), "NOT_RECOMMEND", "verificationRemarks", "Agencies too small"));
        assertThat(notRecommended).isEnded().hasPassed(ClusterAreaApplicationProcess.END_NOT_RECOMMENDED);

        ProcessInstance rejected = apply(application("330300-oj", "Wenzhou Ouhai Park", "SERVICE_SECTOR_REFORM_AREA", 33));
        recommendAndForward(cases, "330300-oj", "2017-09-01");
        assertThat(rejected).isWaitingAt(ClusterAreaApplicationProcess.EVENT_AWAIT_CALL);
        assertThat((String) engine.getRuntimeService().getVariable(rejected.getId(), Decide.CALL_STATUS.name())).isEqualTo(
                "Filed with SIPO on 2017-09-01, when no call for cluster development areas was open: it waits for SIPO's "
                        + "next call (CA-8, I-14)");
        SipoCalls.clusterAreas(engine).reject("330300-oj", "Service market not yet formed");
        assertThat(rejected).isEnded().hasPassed(ClusterAreaApplicationProcess.END_REJECTED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(rejected.getId())
                .variableName(Decide.REJECTION_REASON.name()).singleResult().getValue())
                .isEqualTo("Service market not yet formed");
        assertThat(register.holder("330300-oj")).isEmpty();
    }

    @Test
    void serverSideValidation_refusesABadAreaId_andTheListWithoutItsDate_nothingRatified() {
        assertThatThrownBy(() -> apply(application("320500 SIP", "Suzhou Industrial Park", "HI_TECH_ZONE", 45)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("areaId");
        EngineClock.setTo("2016-09-01T09:00");
        apply(application("320600-nt", "Nantong Park", "IP_PILOT_OR_DEMONSTRATION_PARK", 32));
        recommendAndForward(cases, "320600-nt", "2016-09-01");
        SipoCalls calls = SipoCalls.clusterAreas(engine);
        String call = calls.open(2016, "2016-09-01", null);
        calls.at("2016-09-02T09:00", call);
        calls.decideAll(call, Map.of("320600-nt", YearlyCallProcess.APPROVE));
        String taskId = calls.task(call, YearlyCallProcess.TASK_APPROVE_LIST).orElseThrow().getId();
        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskId, Map.of()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("replyNoticeDate");
        assertThat(calls.task(call, YearlyCallProcess.TASK_APPROVE_LIST).orElseThrow().getId()).isEqualTo(taskId);
        assertThat(register.holder("320600-nt")).isEmpty();
        assertThat(cases.running(ClusterAreaApplicationProcess.KEY, "320600-nt")).isNotNull();
    }
}
