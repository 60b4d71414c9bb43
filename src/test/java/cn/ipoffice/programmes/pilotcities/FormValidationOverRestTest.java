package cn.ipoffice.programmes.pilotcities;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.Cases;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SipoFigures;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import cn.ipoffice.programmes.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forms' server-side validation holds for REST clients too: 400 naming the field, and nothing changes
 * (the task stays open, no variable is written). The acceptance of PM-13 stands for every task with a form.
 */
@ProcessTest
class FormValidationOverRestTest {

    private static final String REVIEWER = "rest-reviewer";
    /** Yancheng's pilot term ended on 17 November 2022; Jiangsu holds the acceptance. */
    private static final String YANCHENG = "320900";
    /** Dongtai, a Jiangsu city whose acceptance is dated against the last day of its term. */
    private static final String DONGTAI = "320981";
    private static Task acceptance;
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = SpringEngine.bean(ProcessEngine.class);
        // A Jiangsu reviewer: the Taizhou investigation and Yancheng's acceptance are tasks of province-32.
        TestUsers.member(REVIEWER, "province-32");
    }

    private static HttpResponse<String> post(String path, String json) {
        return Http.as(REVIEWER).postJson("/engine-rest" + path, json);
    }

    @Test
    void aStartFormWithAnUnknownKindOfCityAndARankTheCityAttestsItselfIsRefusedWith400_pm5vIsSipos() {
        HttpResponse<String> response = post("/process-definition/key/pilot-city-application/submit-form", """
                {"variables": {
                  "cityCode": {"value": "321100", "type": "String"}, "cityName": {"value": "Zhenjiang", "type": "String"},
                  "cityKind": {"value": "TOWN", "type": "String"},
                  "enforcementRank": {"value": 0, "type": "Integer"}, "citiesRanked": {"value": 13, "type": "Integer"},
                  "featuredThemes": {"value": "Patents for shipbuilding", "type": "String"},
                  "workPlanReference": {"value": "Zhen Zheng [2019] No. 2", "type": "String"}}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("cityKind")
                .contains("'enforcementRank' is not a field of the form 'pilot-city-application-start'")
                .contains("'citiesRanked' is not a field of the form");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("321100").count()).isZero();
    }

    @Test
    void anOutcomeNotOfferedByTheFormIsRefusedOverRestWith400_andTheTaskStaysOpen() {
        EngineClock.setTo("2019-03-04T09:00");
        SipoFigures.ofThePreviousYear("321200");
        engine.getRuntimeService().startProcessInstanceByKey(PilotCityApplicationProcess.KEY,
                PilotCityApplicationTest.application("321200", "Taizhou", "PREFECTURE_LEVEL_CITY"));
        Cases cases = new Cases(engine);
        String taskId = cases.task("321200", PilotCityApplicationProcess.TASK_INVESTIGATE).getId();
        EngineClock.reset();

        HttpResponse<String> response = post("/task/" + taskId + "/complete", """
                {"variables": {"investigationOutcome": {"value": "PROMOTE", "type": "String"}}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("investigationOutcome").contains("must be one of")
                .contains("investigationRemarks").contains("is required");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
        assertThat(engine.getTaskService().getVariable(taskId, "investigationOutcome")).isNull();

        HttpResponse<String> accepted = post("/task/" + taskId + "/complete", """
                {"variables": {"investigationOutcome": {"value": "NOT_RECOMMEND", "type": "String"},
                               "investigationRemarks": {"value": "Not this year", "type": "String"}}}""");
        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(SpringEngine.bean(Register.class).holder("321200")).isEmpty();
    }

    @Test
    void anAcceptanceWithoutItsScore_isRefusedWith400NamingTheField_andNothingChanges() {
        assertRefusedAndNothingChanged("""
                {"acceptanceEndedOn": {"value": "2022-11-18", "type": "String"}}""",
                "'Acceptance score (0 to 100)' (acceptanceScore) is required");
    }

    @Test
    void anAcceptanceScoreWrittenInWords_isRefusedWith400NamingTheField_andNothingChanges() {
        assertRefusedAndNothingChanged("""
                {"acceptanceScore": {"value": "eighty", "type": "String"},
                 "acceptanceEndedOn": {"value": "2022-11-18", "type": "String"}}""",
                "(acceptanceScore) must be a number, got the text 'eighty'");
    }

    @Test
    void anAcceptanceScoreSentAsText_isRefusedWith400_insteadOfJammingTheCase() {
        assertRefusedAndNothingChanged("""
                {"acceptanceScore": {"value": "75", "type": "String"},
                 "acceptanceEndedOn": {"value": "2022-11-18", "type": "String"}}""",
                "(acceptanceScore) must be a number, got the text '75'");
    }

    @Test
    void anAcceptanceDateSentAsADateValue_isRefusedWith400NamingTheField() {
        assertRefusedAndNothingChanged("""
                {"acceptanceScore": {"value": 75, "type": "Integer"},
                 "acceptanceEndedOn": {"value": "2022-11-18T00:00:00.000+0800", "type": "Date"}}""",
                "(acceptanceEndedOn) must be a date written YYYY-MM-DD, got a value of type Date");
    }

    @Test
    void anAcceptanceScoreOf150_isRefusedWith400NamingTheField_andNothingChanges() {
        assertRefusedAndNothingChanged("""
                {"acceptanceScore": {"value": 150, "type": "Integer"},
                 "acceptanceEndedOn": {"value": "2022-11-18", "type": "String"}}""",
                "(acceptanceScore) must be at most 100, got 150");
    }

    @Test
    void anAcceptanceThatAlsoSetsTheSupervisingOffice_isRefusedWith400NamingTheVariable_andNothingChanges() {
        assertRefusedAndNothingChanged("""
                {"acceptanceScore": {"value": 85, "type": "Integer"},
                 "acceptanceEndedOn": {"value": "2022-11-18", "type": "String"},
                 "supervisorGroup": {"value": "province-33", "type": "String"}}""",
                "'supervisorGroup' is not a field of the form 'pilot-acceptance'");
        assertThat(engine.getRuntimeService().getVariable(acceptance().getProcessInstanceId(), CaseVariables.SUPERVISOR_GROUP.name()))
                .isEqualTo("province-32");
    }

    @Test
    void pm13_anAcceptanceDatedBeforeTheTermsLastDay_isRefused_theLastDayIsAccepted() {
        // Dongtai's pilot term runs from 18 November 2019 to 17 November 2022.
        Cases cases = new Cases(engine);
        EngineClock.setTo("2019-11-18T09:00");
        cases.startTerm(PilotCityRoundProcess.KEY, DONGTAI, "Dongtai", Title.PILOT_CITY, "PM-7",
                LocalDate.of(2019, 11, 18), false);
        cases.at("2022-11-18T00:00", DONGTAI);
        EngineClock.reset();
        Task task = cases.task(DONGTAI, PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE);
        Map<String, Object> before = engine.getRuntimeService().getVariables(task.getProcessInstanceId());

        HttpResponse<String> refused = post("/task/" + task.getId() + "/complete", """
                {"variables": {"acceptanceScore": {"value": 65, "type": "Integer"},
                               "acceptanceEndedOn": {"value": "2022-11-16", "type": "String"}}}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("'Acceptance ended on' (acceptanceEndedOn) 2022-11-16 is before the end of the term"
                + " (termEnd) 2022-11-17");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
        assertThat(engine.getRuntimeService().getVariables(task.getProcessInstanceId())).isEqualTo(before);

        HttpResponse<String> accepted = post("/task/" + task.getId() + "/complete", """
                {"variables": {"acceptanceScore": {"value": 65, "type": "Integer"},
                               "acceptanceEndedOn": {"value": "2022-11-17", "type": "String"}}}""");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void aRefusedFormListsEachFieldApart_inPlainWords_onTheRestApiAndOnTheWebappsEngineApi() throws Exception {
        Task task = acceptance();
        String variables = """
                {"variables": {"acceptanceScore": {"value": 150, "type": "Integer"},
                               "acceptanceEndedOn": {"value": "2022-11-18", "type": "String"}}}""";
        WebappSession tasklist = WebappSession.loggedIn(SpringEngine.baseUrl(), REVIEWER, TestUsers.PASSWORD);
        for (HttpResponse<String> response : List.of(post("/task/" + task.getId() + "/submit-form", variables),
                tasklist.postJson("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", variables, true))) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode refusal = new ObjectMapper().readTree(response.body());
            assertThat(refusal.path("type").asText()).isEqualTo("RestException");
            assertThat(refusal.path("message").asText()).contains("'Acceptance score (0 to 100)' (acceptanceScore) must be at most 100, got 150");
            assertThat(refusal.path("fields")).singleElement().satisfies(field -> {
                assertThat(field.path("key").asText()).isEqualTo(Vars.ACCEPTANCE_SCORE.name());
                assertThat(field.path("id").asText()).isEqualTo("Field_AcceptanceScore");
                assertThat(field.path("label").asText()).isEqualTo("Acceptance score (0 to 100)");
                assertThat(field.path("problem").asText()).isEqualTo("must be at most 100, got 150");
            });
            assertThat(refusal.path("reasons")).isEmpty();
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
    }

    private void assertRefusedAndNothingChanged(String variables, String expectedMessage) {
        Task task = acceptance();
        Map<String, Object> before = engine.getRuntimeService().getVariables(task.getProcessInstanceId());

        HttpResponse<String> response = post("/task/" + task.getId() + "/complete", "{\"variables\": " + variables + "}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(expectedMessage);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
        assertThat(engine.getRuntimeService().getVariables(task.getProcessInstanceId())).isEqualTo(before)
                .doesNotContainKeys(Vars.ACCEPTANCE_SCORE.name(), Vars.ACCEPTANCE_ENDED_ON.name());
    }

    /** Yancheng's acceptance task, opened once by running its round to the expiry of its term. */
    private Task acceptance() {
        if (acceptance == null) {
            Cases cases = new Cases(engine);
            EngineClock.setTo("2019-11-18T09:00");
            cases.startTerm(PilotCityRoundProcess.KEY, YANCHENG, "Yancheng", Title.PILOT_CITY, "PM-7",
                    LocalDate.of(2019, 11, 18), false);
            cases.at("2022-11-18T00:00", YANCHENG);
            EngineClock.reset();
            acceptance = cases.task(YANCHENG, PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE);
        }
        return acceptance;
    }
}
