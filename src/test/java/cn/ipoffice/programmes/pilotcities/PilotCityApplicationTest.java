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
import cn.ipoffice.programmes.support.SipoCalls;
import cn.ipoffice.programmes.support.ProcessCoverage;
import cn.ipoffice.programmes.support.SipoFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    private SipoCalls calls;
    /** The cities that apply in these tests, each with SIPO's figure of 2018, the year before they file (PM-5(v)). */
    private static final String[] APPLICANTS = {"320200", "321100", "321200", "320281", "320600", "320700", "320800",
        "320900", "341100", "321000"};

    @BeforeEach
    void setUp() {
        EngineClock.setTo("2019-03-04T09:00");
        calls = SipoCalls.pilotCities(engine);
        SipoFigures.ofThePreviousYear(APPLICANTS);
    }

    /** The start form of a city that attests PM-5 (i) to (iv); (v) is read from SIPO's figures. */
    public static Map<String, Object> application(String code, String name, String kind) {
        Map<String, Object> form = new HashMap<>();
        form.put(Apply.CITY_CODE.name(), code);
        form.put(Apply.CITY_NAME.name(), name);
        form.put(Apply.CITY_KIND.name(), kind);
        form.put(Apply.LEADERS_GIVE_PRIORITY.name(), true);
        form.put(Apply.ADMINISTRATION_INTERMEDIATE.name(), true);
        form.put(Apply.PATENT_QUALITY_RESULTS.name(), true);
        form.put(Apply.IP_OPERATION_RESULTS.name(), true);
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
        ProcessInstance instance = apply(application("320200", "Wuxi", "PREFECTURE_LEVEL_CITY"));
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
        apply(application("321100", "Zhenjiang", "PREFECTURE_LEVEL_CITY"));
        recommendAndFile(cases, "321100");
        calls.approve("321100", "2019-11-18");
        assertThat(register.activeDesignation("321100", Title.PILOT_CITY)).isPresent();

        // The last day of the term: the title is still held.
        EngineClock.setTo("2022-11-17T23:59");
        SipoFigures.ofThePreviousYear("321100");
        ProcessInstance again = apply(application("321100", "Zhenjiang", "PREFECTURE_LEVEL_CITY"));
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
        ProcessInstance first = apply(application("321200", "Taizhou", "PREFECTURE_LEVEL_CITY"));
        assertThat((String) engine.getRuntimeService().getVariable(first.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .contains("Met - PM-7, I-15: does not hold the pilot-city title");
    }

    @Test
    void pm3_aCountyLevelCityIsNotEligible_andTheReviewerReadsWhy() {
        ProcessInstance instance = apply(application("320281", "Jiangyin", "COUNTY_LEVEL_CITY"));
        assertThat(instance).isWaitingAt(PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY)
                .variables().containsEntry(Decide.ELIGIBLE.name(), false);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .startsWith("NOT MET - PM-3").contains("Met - PM-5");
        cases.complete("320281", PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY,
                Map.of("ineligibilityNotice", "Su Zhi Han [2019] No. 12"));
        assertThat(instance).isEnded().hasPassed(PilotCityApplicationProcess.END_INELIGIBLE);
        assertThat(register.holder("320281")).isEmpty();
    }

    /** SIPO's enforcement evaluation scores of {@code count} cities of a province for 2018, 100 down by one. */
    private static Map<String, BigDecimal> provinceOf(String province, int count) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int city = 1; city <= count; city++) {
            scores.put(province + String.format("%02d", city) + "00", BigDecimal.valueOf(101 - city));
        }
        return scores;
    }

    private String findings(ProcessInstance application) {
        return (String) engine.getRuntimeService().getVariable(application.getId(), Decide.ELIGIBILITY_FINDINGS.name());
    }

    @Test
    void pm5v_rank5Of10IsInsideTheTop50Percent_rank6Of10IsOutside_readFromSipoFigures() {
        SipoFigures.record(2018, provinceOf("41", 10));
        ProcessInstance inside = apply(application("410500", "Anyang", "PREFECTURE_LEVEL_CITY"));
        assertThat(inside).isWaitingAt(PilotCityApplicationProcess.TASK_INVESTIGATE);
        assertThat(findings(inside)).contains("Met - PM-5: all five conditions are met (enforcement performance evaluation"
                + " of 2018: rank 5 of 10 in the province)");

        ProcessInstance outside = apply(application("410600", "Hebi", "PREFECTURE_LEVEL_CITY"));
        assertThat(outside).isWaitingAt(PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY)
                .variables().containsEntry(Decide.ELIGIBLE.name(), false);
        assertThat(findings(outside)).startsWith("NOT MET - PM-5(v): the enforcement performance evaluation of 2018 ranks"
                + " the city 6 of 10 in the province, outside the top 50%");
    }

    @Test
    void pm5v_rank6Of11IsOutside_i13EqualScoresShareTheBetterRank_otherProvincesDoNotCount() {
        Map<String, BigDecimal> jiangxi = provinceOf("36", 11);
        jiangxi.put("360700", jiangxi.get("360600"));
        SipoFigures.record(2018, jiangxi);
        SipoFigures.record(2018, Map.of("420100", new BigDecimal("100"), "420200", new BigDecimal("99.5")));

        assertThat(findings(apply(application("360500", "Xinyu", "PREFECTURE_LEVEL_CITY"))))
                .contains("rank 5 of 11 in the province");
        // Pingxiang and Jiujiang share 95 (I-13): both rank 6 of 11, one place too low (6/11 > 50%).
        assertThat(findings(apply(application("360600", "Pingxiang", "PREFECTURE_LEVEL_CITY"))))
                .contains("NOT MET - PM-5(v)").contains("ranks the city 6 of 11 in the province");
        assertThat(findings(apply(application("360700", "Jiujiang", "PREFECTURE_LEVEL_CITY"))))
                .contains("NOT MET - PM-5(v)").contains("ranks the city 6 of 11 in the province");
    }

    @Test
    void pm5v_noFigureOfTheYearBefore_isNotMetNamingTheFigureAndTheYear_andTheProvinceInformsTheCity() {
        // Figures of another year do not stand in for 2018's.
        SipoFigures.record(2017, Map.of("450100", new BigDecimal("99")));
        SipoFigures.record(2019, Map.of("450100", new BigDecimal("99")));
        ProcessInstance nanning = apply(application("450100", "Nanning", "PREFECTURE_LEVEL_CITY"));

        assertThat(nanning).isWaitingAt(PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY)
                .variables().containsEntry(Decide.ELIGIBLE.name(), false);
        assertThat(findings(nanning)).startsWith("NOT MET - PM-5(v): SIPO has recorded no enforcement performance"
                + " evaluation figure of 450100 for 2018, the year before the application");
        assertThat(cases.task("450100", PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY))
                .hasCandidateGroup("province-45");
    }

    @Test
    void pm5v_theYearBeforeIsTheFilingDaysYearInChinaStandardTime() {
        // 1 January 2019 00:30 in Beijing is still 31 December 2018 in UTC: the application reads 2018's figures.
        EngineClock.setTo("2019-01-01T00:30");
        SipoFigures.record(2018, Map.of("460100", new BigDecimal("80"), "460200", new BigDecimal("70")));
        SipoFigures.record(2017, Map.of("460100", new BigDecimal("80"), "460200", new BigDecimal("95"),
                "460300", new BigDecimal("90")));
        assertThat(findings(apply(application("460100", "Haikou", "PREFECTURE_LEVEL_CITY"))))
                .contains("Met - PM-5: all five conditions are met (enforcement performance evaluation of 2018: rank 1 of 2");
    }

    @Test
    void i6_aBannedCityIsRefusedUntilTheBansLastDay_andAcceptedTheDayAfter() {
        register.enterHolder("320600", "Nantong", HolderKind.PREFECTURE_LEVEL_CITY);
        register.imposeBan("320600", Title.PILOT_CITY, LocalDate.of(2017, 6, 1), 2, "PM-14", "Acceptance score 55",
                "test:ban:320600");

        EngineClock.setTo("2019-05-31T23:59");
        ProcessInstance lastDay = apply(application("320600", "Nantong", "PREFECTURE_LEVEL_CITY"));
        assertThat(lastDay).isWaitingAt(PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY);
        assertThat((String) engine.getRuntimeService().getVariable(lastDay.getId(), Decide.ELIGIBILITY_FINDINGS.name()))
                .contains("PM-14: banned from applying for this title until 2019-05-31");
        cases.complete("320600", PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY,
                Map.of("ineligibilityNotice", "Banned until 2019-05-31 (PM-14); the city may apply from 2019-06-01"));

        EngineClock.setTo("2019-06-01T00:00");
        ProcessInstance dayAfter = apply(application("320600", "Nantong", "PREFECTURE_LEVEL_CITY"));
        assertThat(dayAfter).isWaitingAt(PilotCityApplicationProcess.TASK_INVESTIGATE);
    }

    @Test
    void pm6_investigationAndDeliberationSendThePlanBack_anyNumberOfTimes() {
        ProcessInstance instance = apply(application("320700", "Lianyungang", "PREFECTURE_LEVEL_CITY"));
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
        ProcessInstance instance = apply(application("320800", "Huai'an", "PREFECTURE_LEVEL_CITY"));
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
        ProcessInstance instance = apply(application("320900", "Yancheng", "PREFECTURE_LEVEL_CITY"));
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
    void serverSideValidation_refusesAStartFormWithABadCode_andARankTheApplicantAttests() {
        Map<String, Object> form = application("3210", "Zhenjiang", "PREFECTURE_LEVEL_CITY");
        assertThatThrownBy(() -> apply(form)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("cityCode");
        Map<String, Object> attestingItsRank = application("321100", "Zhenjiang", "PREFECTURE_LEVEL_CITY");
        attestingItsRank.put("enforcementRank", 1);
        attestingItsRank.put("citiesRanked", 13);
        assertThatThrownBy(() -> apply(attestingItsRank)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("'enforcementRank' is not a field of the form 'pilot-city-application-start'")
                .hasMessageContaining("'citiesRanked' is not a field");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PilotCityApplicationProcess.KEY).processInstanceBusinessKey("321100").count()).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PilotCityApplicationProcess.KEY)
                .variableValueEquals(Apply.CITY_NAME.name(), "Zhenjiang")
                .count()).isZero();
        assertThat(register.holder("3210")).isEmpty();
    }
}
