package cn.ipoffice.programmes.pilotcities;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Apply;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Materials;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.Cases;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.PilotCalls;
import cn.ipoffice.programmes.support.ProcessCoverage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pilot-city application (PM-3, PM-5, PM-6, PM-7), every path of its diagram; SIPO decides in its yearly call (I-14). */
@ProcessCoverage(exclude = {PilotCityRoundProcess.KEY, DemonstrationFosteringProcess.KEY, "annual-report", "yearly-call"},
        atLeast = 1.0)
public class PilotCityApplicationTest extends CaseTest {

    private PilotCalls calls;

    @BeforeEach
    void setUp() {
        EngineClock.setTo("2019-03-04T09:00");
        calls = new PilotCalls(engine);
    }

    public static Map<String, Object> application(String code, String name, String kind, int rank, int ranked) {
        Map<String, Object> form = new HashMap<>();
        form.put(Apply.CITY_CODE.name(), code);
        form.put(Apply.CITY_NAME.name(), name);
        form.put(Apply.CITY_KIND.name(), kind);
        form.put(Apply.LEADERS_GIVE_PRIORITY.name(), true);
        form.put(Apply.ADMINISTRATION_INTERMEDIATE.name(), true);
        form.put(Apply.PATENT_QUALITY_RESULTS.name(), true);
        form.put(Apply.IP_OPERATION_RESULTS.name(), true);
        form.put(Apply.ENFORCEMENT_RANK.name(), rank);
        form.put(Apply.CITIES_RANKED.name(), ranked);
        form.put(Apply.FEATURED_THEMES.name(), "Patent navigation for the Internet of Things industry");
        form.put(Apply.WORK_PLAN_REFERENCE.name(), "Xi Zheng Fa [2019] No. 4");
        return form;
    }

    private ProcessInstance apply(Map<String, Object> form) {
        return engine.getRuntimeService().startProcessInstanceByKey(PilotCityApplicationProcess.KEY, form);
    }

    static Map<String, Object> allMaterials() {
        return allMaterials("2019-03-04");
    }

    private static Map<String, Object> allMaterials(String filedOn) {
        return new HashMap<>(Map.of(Materials.RECOMMENDATION_LETTER.name(), true,
                Materials.APPLICATION_LETTER.name(), true, Materials.WORK_PLAN.name(), true,
                Materials.BASIC_STATUS_TABLE.name(), true, Materials.CERTIFICATION_MATERIALS.name(), true,
                "filedOn", filedOn));
    }

    /** Investigation, deliberation and a complete filing on 4 March 2019: the application reaches SIPO. */
    static void recommendAndFile(Cases cases, String code) {
        recommendAndFile(cases, code, "2019-03-04");
    }

    /** Investigation, deliberation and a complete filing on {@code filedOn}, through the tasks' forms. */
    public static void recommendAndFile(Cases cases, String code, String filedOn) {
        cases.submit(code, PilotCityApplicationProcess.TASK_INVESTIGATE,
                Map.of(Decide.INVESTIGATION_OUTCOME.name(), "RECOMMEND", "investigationRemarks", "Solid IP work"));
        cases.submit(code, PilotCityApplicationProcess.TASK_DELIBERATE,
                Map.of(Decide.DELIBERATION_OUTCOME.name(), "PLAN_APPROVED", "deliberationRemarks", "Themes are sound"));
        cases.submit(code, PilotCityApplicationProcess.TASK_FILE, allMaterials(filedOn));
    }

    @Test
    void pm7_approval_recordsThePilotTitleRound1_andStartsTheRound() {
        ProcessInstance instance = apply(application("320200", "Wuxi", "PREFECTURE_LEVEL_CITY", 2, 13));
        assertThat(instance).isWaitingAt(PilotCityApplicationProcess.TASK_INVESTIGATE)
                .variables().containsEntry(Decide.ELIGIBLE.name(), true)
                .containsEntry(CaseVariables.SUPERVISOR_GROUP.name(), "province-32");
        assertThat(instance.getBusinessKey() == null ? engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getBusinessKey() : instance.getBusinessKey())
                .isEqualTo("320200");
        Task investigation = cases.task("320200", PilotCityApplicationProcess.TASK_INVESTIGATE);
        assertThat(investigation).hasCandidateGroup("province-32");

        recommendAndFile(cases, "320200");
        assertThat(instance).isWaitingAt(PilotCityApplicationProcess.EVENT_AWAIT_CALL);
        assertThat(cases.tasks("320200", PilotCityApplicationProcess.TASK_FILE)).isEmpty();

        calls.approve("320200", "2019-11-18");

        assertThat(instance).isEnded().hasPassedInOrder(PilotCityApplicationProcess.TASK_CHECK_ELIGIBILITY,
                PilotCityApplicationProcess.TASK_INVESTIGATE, PilotCityApplicationProcess.TASK_DELIBERATE,
                PilotCityApplicationProcess.TASK_FILE, PilotCityApplicationProcess.TASK_CHECK_MATERIALS,
                PilotCityApplicationProcess.TASK_ENTER_CALL, PilotCityApplicationProcess.EVENT_AWAIT_CALL,
                PilotCityApplicationProcess.TASK_RECORD_TITLE,
                PilotCityApplicationProcess.TASK_START_ROUND, PilotCityApplicationProcess.END_APPROVED);
        Designation title = register.activeDesignation("320200", Title.PILOT_CITY).orElseThrow();
        assertThat(title.getRound()).isEqualTo(1);
        assertThat(title.getTermStart()).isEqualTo(LocalDate.of(2019, 11, 18));
        assertThat(title.getTermEnd()).isEqualTo(LocalDate.of(2022, 11, 17));
        assertThat(register.holder("320200").orElseThrow().getKind()).isEqualTo(HolderKind.PREFECTURE_LEVEL_CITY);

        ProcessInstance round = cases.running(PilotCityRoundProcess.KEY, "320200");
        assertThat(round).isNotNull();
        Task plan = cases.task("320200", PilotCityRoundProcess.TASK_RECORD_WORK_PLAN);
        assertThat(plan).hasCandidateGroup("gov-320200");
        assertThat(plan.getDueDate()).isEqualTo(cstDate("2020-01-19T00:00"));
    }

    @Test
    void i15_aSittingPilotCityApplyingAgainForItsTitle_isIneligible_withItsTermNamed() {
        apply(application("321100", "Zhenjiang", "PREFECTURE_LEVEL_CITY", 2, 13));
        recommendAndFile(cases, "321100");
        calls.approve("321100", "2019-11-18");
        assertThat(register.activeDesignation("321100", Title.PILOT_CITY)).isPresent();

        // The last day of the term: the title is still held.
        EngineClock.setTo("2022-11-17T23:59");
        ProcessInstance again = apply(application("321100", "Zhenjiang", "PREFECTURE_LEVEL_CITY", 2, 13));
        assertThat(again).isWaitingAt(PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY)
                .variables().containsEntry(Decide.ELIGIBLE.name(), false);
        assertThat((String) engine.getRuntimeService().getVariable(again.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .startsWith("NOT MET - PM-7, I-15: already holds the pilot-city title (round 1, 2019-11-18 to 2022-11-17)");
        assertThat(register.designationsOf("321100")).hasSize(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PilotCityRoundProcess.KEY).processInstanceBusinessKey("321100").count()).isEqualTo(1);
    }

    @Test
    void i15_aCityWithoutThePilotTitle_meetsTheReading() {
        ProcessInstance first = apply(application("321200", "Taizhou", "PREFECTURE_LEVEL_CITY", 5, 10));
        assertThat((String) engine.getRuntimeService().getVariable(first.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .contains("Met - PM-7, I-15: does not hold the pilot-city title");
    }

    @Test
    void pm3_aCountyLevelCityIsNotEligible_andTheReviewerReadsWhy() {
        ProcessInstance instance = apply(application("320281", "Jiangyin", "COUNTY_LEVEL_CITY", 1, 13));
        assertThat(instance).isWaitingAt(PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY)
                .variables().containsEntry(Decide.ELIGIBLE.name(), false);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .startsWith("NOT MET - PM-3").contains("Met - PM-5");
        cases.complete("320281", PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY,
                Map.of("ineligibilityNotice", "Su Zhi Han [2019] No. 12"));
        assertThat(instance).isEnded().hasPassed(PilotCityApplicationProcess.END_INELIGIBLE);
        assertThat(register.holder("320281")).isEmpty();
    }

    @Test
    void pm5_rank6Of11IsOutsideTheTop50Percent_rank5Of10IsInside() {
        ProcessInstance outside = apply(application("320300", "Xuzhou", "PREFECTURE_LEVEL_CITY", 6, 11));
        assertThat(outside).isWaitingAt(PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY);
        assertThat((String) engine.getRuntimeService().getVariable(outside.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .contains("PM-5(v)").contains("6 of 11");
        ProcessInstance inside = apply(application("320400", "Changzhou", "PREFECTURE_LEVEL_CITY", 5, 10));
        assertThat(inside).isWaitingAt(PilotCityApplicationProcess.TASK_INVESTIGATE);
    }

    @Test
    void i6_aBannedCityIsRefusedUntilTheBansLastDay_andAcceptedTheDayAfter() {
        register.enterHolder("320600", "Nantong", HolderKind.PREFECTURE_LEVEL_CITY);
        register.imposeBan("320600", Title.PILOT_CITY, LocalDate.of(2017, 6, 1), 2, "PM-14", "Acceptance score 55",
                "test:ban:320600");

        EngineClock.setTo("2019-05-31T23:59");
        ProcessInstance lastDay = apply(application("320600", "Nantong", "PREFECTURE_LEVEL_CITY", 1, 13));
        assertThat(lastDay).isWaitingAt(PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY);
        assertThat((String) engine.getRuntimeService().getVariable(lastDay.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .contains("PM-14: banned from applying for this title until 2019-05-31");
        cases.complete("320600", PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY,
                Map.of("ineligibilityNotice", "Banned until 2019-05-31 (PM-14); the city may apply from 2019-06-01"));

        EngineClock.setTo("2019-06-01T00:00");
        ProcessInstance dayAfter = apply(application("320600", "Nantong", "PREFECTURE_LEVEL_CITY", 1, 13));
        assertThat(dayAfter).isWaitingAt(PilotCityApplicationProcess.TASK_INVESTIGATE);
    }

    @Test
    void pm6_investigationAndDeliberationSendThePlanBack_anyNumberOfTimes() {
        ProcessInstance instance = apply(application("320700", "Lianyungang", "PREFECTURE_LEVEL_CITY", 3, 13));
        cases.complete("320700", PilotCityApplicationProcess.TASK_INVESTIGATE,
                Map.of(Decide.INVESTIGATION_OUTCOME.name(), "REVISE", "investigationRemarks", "Themes too broad"));
        Task revision = cases.task("320700", PilotCityApplicationProcess.TASK_REVISE_PLAN);
        assertThat(revision).hasCandidateGroup("gov-320700");
        cases.complete("320700", PilotCityApplicationProcess.TASK_REVISE_PLAN,
                Map.of(Apply.FEATURED_THEMES.name(), "Port logistics patents and pledge financing",
                        Apply.WORK_PLAN_REFERENCE.name(), "v2"));
        cases.complete("320700", PilotCityApplicationProcess.TASK_INVESTIGATE,
                Map.of(Decide.INVESTIGATION_OUTCOME.name(), "RECOMMEND", "investigationRemarks", "Now focused"));
        cases.complete("320700", PilotCityApplicationProcess.TASK_DELIBERATE,
                Map.of(Decide.DELIBERATION_OUTCOME.name(), "REVISE", "deliberationRemarks", "Indicators missing"));
        cases.complete("320700", PilotCityApplicationProcess.TASK_REVISE_PLAN,
                Map.of(Apply.FEATURED_THEMES.name(), "Port logistics patents with indicators",
                        Apply.WORK_PLAN_REFERENCE.name(), "v3"));
        assertThat(instance).isWaitingAt(PilotCityApplicationProcess.TASK_INVESTIGATE)
                .variables().containsEntry(Apply.WORK_PLAN_REFERENCE.name(), "v3");
        cases.complete("320700", PilotCityApplicationProcess.TASK_INVESTIGATE,
                Map.of(Decide.INVESTIGATION_OUTCOME.name(), "NOT_RECOMMEND",
                        "investigationRemarks", "Others rank higher"));
        assertThat(instance).isEnded().hasPassed(PilotCityApplicationProcess.END_NOT_RECOMMENDED);
    }

    @Test
    void pm6_aMissingMaterialSendsTheFilingBack() {
        ProcessInstance instance = apply(application("320800", "Huai'an", "PREFECTURE_LEVEL_CITY", 4, 13));
        cases.complete("320800", PilotCityApplicationProcess.TASK_INVESTIGATE,
                Map.of(Decide.INVESTIGATION_OUTCOME.name(), "RECOMMEND", "investigationRemarks", "Well organised"));
        cases.complete("320800", PilotCityApplicationProcess.TASK_DELIBERATE,
                Map.of(Decide.DELIBERATION_OUTCOME.name(), "PLAN_APPROVED", "deliberationRemarks", "Sound themes"));
        Map<String, Object> incomplete = allMaterials();
        incomplete.put(Materials.BASIC_STATUS_TABLE.name(), false);
        cases.complete("320800", PilotCityApplicationProcess.TASK_FILE, incomplete);

        assertThat(instance).isWaitingAt(PilotCityApplicationProcess.TASK_FILE)
                .variables().containsEntry(Decide.MATERIALS_COMPLETE.name(), false);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Decide.MISSING_MATERIALS.name()))
                .contains("basic status");
        cases.complete("320800", PilotCityApplicationProcess.TASK_FILE, allMaterials());
        assertThat(instance).isWaitingAt(PilotCityApplicationProcess.EVENT_AWAIT_CALL);
    }

    @Test
    void pm7_sipoRejectsWithAReason() {
        ProcessInstance instance = apply(application("320900", "Yancheng", "PREFECTURE_LEVEL_CITY", 6, 13));
        recommendAndFile(cases, "320900");
        calls.reject("320900", "Quota of the year reached");
        assertThat(instance).isEnded().hasPassed(PilotCityApplicationProcess.END_REJECTED)
                .hasNotPassed(PilotCityApplicationProcess.TASK_RECORD_TITLE);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(Decide.REJECTION_REASON.name()).singleResult().getValue())
                .isEqualTo("Quota of the year reached");
        assertThat(register.holder("320900")).isEmpty();
    }

    @Test
    void serverSideValidation_refusesAStartFormWithABadCodeOrRank() {
        Map<String, Object> form = application("3210", "Zhenjiang", "PREFECTURE_LEVEL_CITY", 14, 13);
        assertThatThrownBy(() -> apply(form)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("cityCode").hasMessageContaining("enforcementRank");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PilotCityApplicationProcess.KEY)
                .variableValueEquals(Apply.CITY_NAME.name(), "Zhenjiang")
                .count()).isZero();
        assertThat(register.holder("3210")).isEmpty();
    }
}
