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
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.AssessmentRounds;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.SipoCalls;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessCoverage;
import cn.ipoffice.programmes.support.RestBodies;
import cn.ipoffice.programmes.support.SipoFigures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Title withdrawal (PM-31, PM-32, I-4) for pilot, fostering and model cases alike. */
@ProcessCoverage(exclude = {AnnualReportProcess.KEY, ModelCityTermProcess.KEY, ModelCityApplicationProcess.KEY,
        PilotCityRoundProcess.KEY, PilotCityApplicationProcess.KEY, "demonstration-fostering", "yearly-call",
        "assessment-round"},
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
                ModelCityFixtures.application("320200"));
        EngineClock.setTo("2021-05-12T09:00");
        finding("320200", Title.MODEL_CITY, "FRAUD", "Inflated indicator scores");
        assertThat(application).isEnded();
        assertThat(register.activeDesignation("320200", Title.DEMONSTRATION_FOSTERING)).isPresent();
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A city's first pilot application, filed by its province over REST: the city is not in the register. */
    private String firstApplication(String code, String name) throws Exception {
        SipoFigures.ofThePreviousYear(code);
        HttpResponse<String> filed = Http.member("pm31-jiangsu", "province-32").postJson("/engine-rest/process-definition/key/"
                + PilotCityApplicationProcess.KEY + "/submit-form", RestBodies.pilotApplication(code, name));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        return JSON.readTree(filed.body()).get("id").asText();
    }

    /** The province recommends and files it (PM-6): it waits for SIPO's central assessment (PM-7). */
    private void recommendAndFile(String code) {
        cases.complete(code, PilotCityApplicationProcess.TASK_INVESTIGATE,
                Map.of("investigationOutcome", "RECOMMEND", "investigationRemarks", "Solid IP work"));
        cases.complete(code, PilotCityApplicationProcess.TASK_DELIBERATE,
                Map.of("deliberationOutcome", "PLAN_APPROVED", "deliberationRemarks", "Themes are sound"));
        cases.complete(code, PilotCityApplicationProcess.TASK_FILE, Map.of("recommendationLetter", true,
                "applicationLetter", true, "workPlanFiled", true, "basicStatusTable", true, "certificationMaterials", true,
                "filedOn", "2019-03-04"));
    }

    /** SIPO records a verified finding on the start form of title-withdrawal, over REST as Tasklist does. */
    private static HttpResponse<String> sipoRecords(String code, String title, String ground, String verifiedOn,
            String finding) {
        String body = """
                {"businessKey": "%s", "variables": {
                  "holderId": {"value": "%s", "type": "String"}, "title": {"value": "%s", "type": "String"},
                  "ground": {"value": "%s", "type": "String"}, "verifiedOn": {"value": "%s", "type": "String"},
                  "finding": {"value": "%s", "type": "String"}}}""".formatted(code, code, title, ground, verifiedOn,
                finding);
        return Http.member("pm31-sipo", "sipo").postJson("/engine-rest/process-definition/key/" + TitleWithdrawalProcess.KEY
                + "/submit-form", body);
    }

    private HistoricProcessInstance history(String caseId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult();
    }

    private long withdrawalCases(String code) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(TitleWithdrawalProcess.KEY)
                .variableValueEquals(Vars.HOLDER_ID.name(), code).count();
    }

    @Test
    void PM_31_aFirstApplicationFoundFraudulentBeforeSipoDecides_endsRefused_andTheCityEntersTheRegisterWithTheDecision()
            throws Exception {
        EngineClock.setTo("2019-03-04T09:00");
        String application = firstApplication("321200", "Taizhou");
        recommendAndFile("321200");
        assertThat(cases.running(PilotCityApplicationProcess.KEY, "321200"))
                .isWaitingAt(PilotCityApplicationProcess.EVENT_AWAIT_CALL);
        assertThat(register.holder("321200")).as("a city enters the register at its approval").isEmpty();

        EngineClock.setTo("2019-06-12T10:00");
        HttpResponse<String> recorded = sipoRecords("321200", "PILOT_CITY", "FRAUD", "2019-06-11",
                "Forged pledge financing contracts among the certification materials");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

        assertThat(history(JSON.readTree(recorded.body()).get("id").asText()).getEndActivityId())
                .isEqualTo(TitleWithdrawalProcess.END_WITHDRAWN);
        HistoricProcessInstance refused = history(application);
        assertThat(refused.getEndTime()).isNotNull();
        assertThat(refused.getDeleteReason()).startsWith("PM-31: the application for the title PILOT_CITY is disqualified")
                .contains("verified 2019-06-11").contains("Forged pledge financing contracts");
        assertThat(register.holder("321200")).hasValueSatisfying(city -> {
            assertThat(city.getName()).isEqualTo("Taizhou");
            assertThat(city.getKind()).isEqualTo(HolderKind.PREFECTURE_LEVEL_CITY);
        });
        assertThat(register.disqualificationsOf("321200")).singleElement().satisfies(decision -> {
            assertThat(decision.getTitle()).isEqualTo(Title.PILOT_CITY);
            assertThat(decision.getRuleId()).isEqualTo("PM-31");
            assertThat(decision.getDecidedOn()).isEqualTo(LocalDate.of(2019, 6, 12));
            assertThat(decision.getReason()).contains("Forged pledge financing contracts");
            assertThat(decision.getApplicationCaseId()).isEqualTo(application);
        });
        assertThat(register.designationsOf("321200")).isEmpty();
        assertThat(register.bansOf("321200")).as("I-4: PM-31 imposes no ban").isEmpty();

        JsonNode seen = JSON.readTree(Http.member("pm31-jiangsu", "province-32").get("/api/register/holders/321200").body());
        assertThat(seen.path("disqualifications").get(0).path("ruleId").asText()).isEqualTo("PM-31");
        assertThat(seen.path("disqualifications").get(0).path("title").asText()).isEqualTo("PILOT_CITY");
        assertThat(Http.member("pm31-zhejiang", "province-33").get("/api/register/holders/321200").statusCode())
                .isEqualTo(404);

        // No ban (I-4): the city may apply again the next day.
        EngineClock.setTo("2019-06-13T09:00");
        firstApplication("321200", "Taizhou");
        assertThat(cases.task("321200", PilotCityApplicationProcess.TASK_INVESTIGATE)).hasCandidateGroup("province-32");
    }

    @Test
    void PM_31_aFirstApplicationFoundFraudulentRightAfterApproval_cancelsTheOnlyTitleItObtained() throws Exception {
        EngineClock.setTo("2019-03-04T09:00");
        firstApplication("321300", "Suqian");
        recommendAndFile("321300");
        SipoCalls.pilotCities(engine).approve("321300", "2019-11-18");
        ProcessInstance round = cases.running(PilotCityRoundProcess.KEY, "321300");

        EngineClock.setTo("2019-11-25T10:00");
        HttpResponse<String> recorded = sipoRecords("321300", "PILOT_CITY", "FRAUD", "2019-11-22",
                "Enforcement ranking obtained with falsified case statistics");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

        assertThat(round).isEnded();
        assertThat(register.designationsOf("321300")).singleElement().satisfies(title -> {
            assertThat(title.getTitle()).isEqualTo(Title.PILOT_CITY);
            assertThat(title.getRuleId()).isEqualTo("PM-7");
            assertThat(title.getStatus()).isEqualTo(DesignationStatus.CANCELLED);
            assertThat(title.getStatusRuleId()).isEqualTo("PM-31");
            assertThat(title.getStatusReason()).contains("falsified case statistics");
        });
        assertThat(register.disqualificationsOf("321300")).as("no application was in progress").isEmpty();
        assertThat(register.bansOf("321300")).isEmpty();
    }

    @Test
    void PM_31_aFindingThatActsOnNothing_isRefusedNamingTheField_andNothingChanges() throws Exception {
        EngineClock.setTo("2019-03-04T09:00");
        HttpResponse<String> unknown = sipoRecords("321000", "PILOT_CITY", "FRAUD", "2019-03-01",
                "Forged certification materials");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("holderId").contains("No holder 321000 in the register");
        assertThat(withdrawalCases("321000")).isZero();

        String application = firstApplication("320600", "Nantong");
        HttpResponse<String> wrongTitle = sipoRecords("320600", "MODEL_CITY", "FRAUD", "2019-03-01",
                "Forged certification materials");
        assertThat(wrongTitle.statusCode()).as(wrongTitle.body()).isEqualTo(400);
        assertThat(wrongTitle.body()).contains("title: 320600 neither holds the title MODEL_CITY nor has an application"
                + " for it in progress");

        HttpResponse<String> pm32 = sipoRecords("320600", "PILOT_CITY", "UNQUALIFIED_ENFORCEMENT", "2019-03-01",
                "Patent enforcement assessment 2018: unqualified");
        assertThat(pm32.statusCode()).as(pm32.body()).isEqualTo(400);
        assertThat(pm32.body()).contains("holderId: 320600 is not in the register; PM-32 withdraws a title held");

        assertThat(withdrawalCases("320600")).isZero();
        assertThat(history(application).getEndTime()).as("the application runs on").isNull();
        assertThat(cases.task("320600", PilotCityApplicationProcess.TASK_INVESTIGATE)).isNotNull();
        assertThat(register.holder("320600")).isEmpty();
        assertThat(register.disqualificationsOf("320600")).isEmpty();
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

    /**
     * A city and a peer of its province and category, pilot cities from 18 November 2019; the city is {@code code},
     * the peer the same province's {@code ..0100}.
     */
    private ProcessInstance pilotWithAPeer(String code, String name) {
        EngineClock.setTo("2019-11-18T09:00");
        cases.startTerm(PilotCityRoundProcess.KEY, code.substring(0, 2) + "0100", "Peer of " + name, Title.PILOT_CITY,
                "PM-7", LocalDate.of(2019, 11, 18), false);
        return cases.startTerm(PilotCityRoundProcess.KEY, code, name, Title.PILOT_CITY, "PM-7", LocalDate.of(2019, 11, 18),
                false);
    }

    /** The province's round of {@code year}, on 1 February of the year after: the city poor and last, or not. */
    private void round(String code, int year, boolean last) {
        new AssessmentRounds(engine).runOn1February(code.substring(0, 2), year, Map.of(code,
                last ? new String[] {"POOR", "40"} : new String[] {"AVERAGE", "75"},
                code.substring(0, 2) + "0100", new String[] {"AVERAGE", "70"}));
    }

    @Test
    void pm32c_lastOfItsCategoryTwoYearsRunning_isPutToSipo_andConfirmedWithdrawsTheTitle() {
        ProcessInstance round = pilotWithAPeer("370300", "Zibo");
        round("370300", 2019, true);
        assertThat(cases.runningCount(TitleWithdrawalProcess.KEY, "370300")).isZero();
        round("370300", 2020, true);
        Task confirmation = cases.task("370300", TitleWithdrawalProcess.TASK_CONFIRM);
        assertThat(confirmation).hasCandidateGroup("sipo");
        assertThat(confirmation.getName()).as("named by the city's name, not only its code")
                .isEqualTo("Confirm the PM-32(c) finding on Zibo (370300)");
        assertThat((String) engine.getTaskService().getVariable(confirmation.getId(), Vars.FINDING.name()))
                .contains("PM-32(c)").contains("2019 (2 of 2)").contains("2020 (2 of 2)");

        cases.complete("370300", TitleWithdrawalProcess.TASK_CONFIRM, Map.of(Vars.CONFIRMATION.name(), "CONFIRM",
                "confirmationRemarks", "Confirmed from the provincial assessments"));
        assertThat(round).isEnded();
        assertThat(register.designationsOf("370300")).singleElement().extracting(Designation::getStatus)
                .isEqualTo(DesignationStatus.WITHDRAWN);
    }

    @Test
    void pm32c_aDismissedFindingKeepsTheTitle() {
        ProcessInstance round = pilotWithAPeer("410300", "Luoyang");
        round("410300", 2019, true);
        round("410300", 2020, true);
        ProcessInstance withdrawal = cases.running(TitleWithdrawalProcess.KEY, "410300");
        cases.complete("410300", TitleWithdrawalProcess.TASK_CONFIRM, Map.of(Vars.CONFIRMATION.name(), "DISMISS",
                "confirmationRemarks", "Category of two cities only in 2019"));
        assertThat(withdrawal).isEnded().hasPassed(TitleWithdrawalProcess.END_DISMISSED);
        assertThat(round).isNotEnded();
        assertThat(register.activeDesignation("410300", Title.PILOT_CITY)).isPresent();
    }

    private ProcessInstance lastIn2019And2020_dismissed(String code, String name) {
        ProcessInstance round = pilotWithAPeer(code, name);
        round(code, 2019, true);
        round(code, 2020, true);
        cases.complete(code, TitleWithdrawalProcess.TASK_CONFIRM, Map.of(Vars.CONFIRMATION.name(), "DISMISS",
                "confirmationRemarks", "The 2020 category was redrawn"));
        assertThat(register.findingDecisionsOf(code)).singleElement().satisfies(decided -> {
            assertThat(decided.getRuleId()).isEqualTo("PM-32(c)");
            assertThat(decided.getFirstYear()).isEqualTo(2019);
            assertThat(decided.getSecondYear()).isEqualTo(2020);
            assertThat(decided.getDecision()).isEqualTo(FindingDecision.DISMISSED);
            assertThat(decided.getDecidedOn()).isEqualTo(LocalDate.of(2021, 2, 1));
            assertThat(decided.getProcessInstanceId()).isNotNull();
        });
        return round;
    }

    @Test
    void pm32c_aDismissedFinding_isNotPutToSipoAgain_byTheNextAssessment() {
        ProcessInstance round = lastIn2019And2020_dismissed("430300", "Xiangtan");
        round("430300", 2021, false);

        assertThat(cases.runningCount(TitleWithdrawalProcess.KEY, "430300")).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(TitleWithdrawalProcess.KEY).processInstanceBusinessKey("430300").count()).isEqualTo(1);
        assertThat(round).isNotEnded();
        assertThat(register.activeDesignation("430300", Title.PILOT_CITY)).isPresent();
    }

    @Test
    void pm32c_aDismissedFinding_aNewPairOfYearsLast_isPutToSipo() {
        lastIn2019And2020_dismissed("450300", "Guilin");
        round("450300", 2021, true);

        Task confirmation = cases.task("450300", TitleWithdrawalProcess.TASK_CONFIRM);
        assertThat((String) engine.getTaskService().getVariable(confirmation.getId(), Vars.FINDING.name()))
                .contains("PM-32(c)").contains("2020 (2 of 2)").contains("2021 (2 of 2)");
        assertThat(engine.getTaskService().getVariable(confirmation.getId(), Vars.FIRST_YEAR.name())).isEqualTo(2020);
        assertThat(engine.getTaskService().getVariable(confirmation.getId(), Vars.SECOND_YEAR.name())).isEqualTo(2021);

        cases.complete("450300", TitleWithdrawalProcess.TASK_CONFIRM, Map.of(Vars.CONFIRMATION.name(), "CONFIRM",
                "confirmationRemarks", "Last again"));
        assertThat(register.findingDecisionsOf("450300")).extracting(d -> d.getFirstYear() + "-" + d.getSecondYear()
                + " " + d.getDecision()).containsExactly("2019-2020 DISMISSED", "2020-2021 CONFIRMED");
        assertThat(register.designationsOf("450300")).singleElement().extracting(Designation::getStatus)
                .isEqualTo(DesignationStatus.WITHDRAWN);
    }
}
