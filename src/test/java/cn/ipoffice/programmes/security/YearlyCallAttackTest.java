package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationTest;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationTest;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.CallState;
import cn.ipoffice.programmes.register.YearlyCalls;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.SipoCalls;
import cn.ipoffice.programmes.support.SipoFigures;
import cn.ipoffice.programmes.support.SpringEngine;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SIPO's yearly call (PM-7, PM-20, CA-8, I-14) attacked over HTTP by the offices that may not run it: a province tries to open
 * a call, to decide SIPO's tasks, to publish a list around the form and to write the register's list; each is
 * refused and nothing changed. Only {@code sipo} opens a call. The calls and the published lists are readable by
 * every office; an application waiting for a call only by the offices that see its holder.
 */
class YearlyCallAttackTest extends CaseTest {

    private static final String SIPO = "call-sipo";
    private static final String JIANGSU = "call-jiangsu";
    private static final String ZHEJIANG = "call-zhejiang";
    private static final String WUXI = "call-wuxi";
    private SipoCalls calls;
    private YearlyCalls yearlyCalls;

    @BeforeEach
    void offices() {
        calls = SipoCalls.pilotCities(engine);
        yearlyCalls = SpringEngine.bean(YearlyCalls.class);
        Http.member(SIPO, "sipo");
        Http.member(JIANGSU, "province-32");
        Http.member(ZHEJIANG, "province-33");
        Http.member(WUXI, "gov-320200");
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private static String startForm(int year, String closingDate) {
        return "{\"variables\": {\"programme\": {\"value\": \"PILOT_CITY\", \"type\": \"String\"},"
                + " \"callYear\": {\"value\": " + year + ", \"type\": \"Integer\"},"
                + " \"closingDate\": {\"value\": \"" + closingDate + "\", \"type\": \"String\"}}}";
    }

    private long callCases() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(YearlyCallProcess.KEY).count();
    }

    @Test
    void i14_aProvinceOrAGovernmentCannotOpenACall_onAnyRoute_onlySipoMay() {
        EngineClock.setTo("2034-02-01T09:00");
        for (String user : new String[] {JIANGSU, WUXI}) {
            for (String route : new String[] {"submit-form", "start"}) {
                HttpResponse<String> refused = Http.as(user).postJson("/engine-rest/process-definition/key/"
                        + YearlyCallProcess.KEY + "/" + route, startForm(2034, "2034-03-31"));
                assertThat(refused.statusCode()).as(user + " " + route + ": " + refused.body()).isEqualTo(403);
            }
        }
        assertThat(callCases()).isZero();
        assertThat(yearlyCalls.call(CallProgramme.PILOT_CITY, 2034)).isEmpty();

        // Around the form, SIPO's own start is still judged by the rule: a quota below zero, named.
        HttpResponse<String> belowZero = Http.as(SIPO).postJson("/engine-rest/process-definition/key/"
                + YearlyCallProcess.KEY + "/start", startForm(2034, "2034-03-31").replace("}}}",
                "}, \"quotaPerProvince\": {\"value\": -3, \"type\": \"Integer\"}}}"));
        assertThat(belowZero.statusCode()).as(belowZero.body()).isEqualTo(400);
        assertThat(belowZero.body()).contains("quotaPerProvince");
        assertThat(callCases()).isZero();

        HttpResponse<String> opened = Http.as(SIPO).postJson("/engine-rest/process-definition/key/"
                + YearlyCallProcess.KEY + "/submit-form", startForm(2034, "2034-03-31"));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(yearlyCalls.call(CallProgramme.PILOT_CITY, 2034).orElseThrow().getState()).isEqualTo(CallState.OPEN);

        // Nothing was filed: the call closes without a list.
        calls.at("2034-04-01T00:00", calls.call(2034).getProcessInstanceId());
        assertThat(callCases()).isZero();
    }

    @Test
    void pm20_ca8_aProvinceCannotOpenAModelCityOrClusterAreaCall_norDecideOrPublishItAroundTheForms() {
        EngineClock.setTo("2036-02-01T09:00");
        for (CallProgramme programme : new CallProgramme[] {CallProgramme.MODEL_CITY, CallProgramme.CLUSTER_AREA}) {
            for (String user : new String[] {JIANGSU, WUXI}) {
                HttpResponse<String> refused = Http.as(user).postJson("/engine-rest/process-definition/key/"
                        + YearlyCallProcess.KEY + "/submit-form", startForm(2036, "2036-03-31")
                        .replace("PILOT_CITY", programme.name()));
                assertThat(refused.statusCode()).as(user + " " + programme + ": " + refused.body()).isEqualTo(403);
            }
            assertThat(yearlyCalls.call(programme, 2036)).isEmpty();
        }
        assertThat(callCases()).isZero();

        SipoCalls areas = SipoCalls.clusterAreas(engine);
        HttpResponse<String> opened = Http.as(SIPO).postJson("/engine-rest/process-definition/key/"
                + YearlyCallProcess.KEY + "/submit-form", startForm(2036, "2036-03-31").replace("PILOT_CITY",
                CallProgramme.CLUSTER_AREA.name()));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        String call = areas.call(2036).getProcessInstanceId();
        cases.apply(ClusterAreaApplicationProcess.KEY, ClusterAreaApplicationTest.application("320200-wxhtz",
                "Wuxi National Hi-tech District", "HI_TECH_ZONE", 40));
        ClusterAreaApplicationTest.recommendAndForward(cases, "320200-wxhtz", "2036-02-01");
        ProcessInstance area = cases.running(ClusterAreaApplicationProcess.KEY, "320200-wxhtz");
        assertThat(area).isWaitingAt(ClusterAreaApplicationProcess.EVENT_AWAIT_CALL);

        areas.at("2036-04-01T00:00", call);
        Task decision = areas.task(call, YearlyCallProcess.TASK_DECIDE).orElseThrow();
        String approve = "{\"variables\": {\"centralDecision\": {\"value\": \"APPROVE\", \"type\": \"String\"}}}";
        for (String user : new String[] {JIANGSU, WUXI}) {
            for (String route : new String[] {"submit-form", "complete"}) {
                HttpResponse<String> refused = Http.as(user).postJson("/engine-rest/task/" + decision.getId() + "/" + route,
                        approve);
                assertThat(refused.statusCode()).as(user + " " + route + ": " + refused.body()).isIn(403, 404);
            }
            for (String variable : new String[] {"replyNoticeDate", "centralDecision", "quotaPerProvince"}) {
                HttpResponse<String> set = Http.as(user).putJson("/engine-rest/process-instance/" + call
                        + "/variables/" + variable, "{\"value\": \"2036-04-01\", \"type\": \"String\"}");
                assertThat(set.statusCode()).as(user + " " + variable + ": " + set.body()).isIn(403, 404);
            }
            HttpResponse<String> message = Http.as(user).postJson("/engine-rest/message", "{\"messageName\": \""
                    + ClusterAreaApplicationProcess.MESSAGE_LIST_PUBLISHED + "\", \"processInstanceId\": \""
                    + area.getId() + "\", \"processVariables\": {\"centralDecision\": {\"value\": \"APPROVE\","
                    + " \"type\": \"String\"}, \"replyNoticeDate\": {\"value\": \"2036-04-01\", \"type\": \"String\"}}}");
            assertThat(message.statusCode()).as(user + " message: " + message.body()).isBetween(400, 499);
        }
        assertThat(areas.task(call, YearlyCallProcess.TASK_DECIDE).orElseThrow().getId()).isEqualTo(decision.getId());
        assertThat(yearlyCalls.application(area.getId()).orElseThrow().getDecision()).isNull();
        assertThat(engine.getRuntimeService().getVariable(call, "replyNoticeDate")).isNull();
        assertThat(area).isWaitingAt(ClusterAreaApplicationProcess.EVENT_AWAIT_CALL);
        assertThat(register.holder("320200-wxhtz")).isEmpty();

        // SIPO decides and publishes through the same routes; the list's date starts the construction (CA-9).
        assertThat(Http.as(SIPO).postJson("/engine-rest/task/" + decision.getId() + "/submit-form", approve).statusCode())
                .isEqualTo(204);
        EngineClock.setTo("2036-04-03T10:00");
        Task approval = areas.task(call, YearlyCallProcess.TASK_APPROVE_LIST).orElseThrow();
        for (String user : new String[] {JIANGSU, WUXI}) {
            assertThat(Http.as(user).postJson("/engine-rest/task/" + approval.getId() + "/submit-form",
                    "{\"variables\": {\"replyNoticeDate\": {\"value\": \"2036-04-02\", \"type\": \"String\"}}}")
                    .statusCode()).as(user).isIn(403, 404);
        }
        assertThat(register.holder("320200-wxhtz")).isEmpty();
        HttpResponse<String> published = Http.as(SIPO).postJson("/engine-rest/task/" + approval.getId() + "/submit-form",
                "{\"variables\": {\"replyNoticeDate\": {\"value\": \"2036-04-02\", \"type\": \"String\"}}}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(204);
        assertThat(area).isEnded().hasPassed(ClusterAreaApplicationProcess.END_RATIFIED);
        assertThat(register.activeDesignation("320200-wxhtz",
                cn.ipoffice.programmes.register.Title.EXPERIMENTAL_AREA_CONSTRUCTION).orElseThrow().getTermStart())
                .isEqualTo(java.time.LocalDate.of(2036, 4, 2));
        assertThat(Http.as(ZHEJIANG).get("/api/register/lists/CLUSTER_AREA/2036").body())
                .contains("\"holderId\":\"320200-wxhtz\"").contains("\"decision\":\"APPROVED\"");
    }

    @Test
    void pm7_aProvinceCannotDecideSiposTasks_norPublishOrWriteTheListAroundTheForm_andNothingChanges() {
        EngineClock.setTo("2035-02-01T09:00");
        String call = calls.open(2035, "2035-03-31", null);
        SipoFigures.ofThePreviousYear("320200");
        cases.apply(PilotCityApplicationProcess.KEY, PilotCityApplicationTest.application("320200", "Wuxi", "PREFECTURE_LEVEL_CITY"));
        PilotCityApplicationTest.recommendAndFile(cases, "320200", "2035-02-01");
        ProcessInstance wuxi = cases.running(PilotCityApplicationProcess.KEY, "320200");

        // While it waits, the application is in the register for its offices, not for another province.
        assertThat(Http.as(JIANGSU).get("/api/register/applications?programme=PILOT_CITY").body())
                .contains("\"holderId\":\"320200\"").contains("\"status\":\"FILED_FOR_THE_CALL\"").contains("\"callYear\":2035");
        assertThat(Http.as(WUXI).get("/api/register/applications?programme=PILOT_CITY").body()).contains("320200");
        assertThat(Http.as(ZHEJIANG).get("/api/register/applications?programme=PILOT_CITY").body()).isEqualTo("[]");

        calls.at("2035-04-01T00:00", call);
        Task decision = calls.task(call, YearlyCallProcess.TASK_DECIDE).orElseThrow();
        String approve = "{\"variables\": {\"centralDecision\": {\"value\": \"APPROVE\", \"type\": \"String\"}}}";
        for (String user : new String[] {JIANGSU, WUXI}) {
            for (String route : new String[] {"submit-form", "complete"}) {
                HttpResponse<String> refused = Http.as(user).postJson("/engine-rest/task/" + decision.getId() + "/" + route,
                        approve);
                assertThat(refused.statusCode()).as(user + " " + route + ": " + refused.body()).isIn(403, 404);
            }
            HttpResponse<String> variable = Http.as(user).putJson("/engine-rest/process-instance/" + call
                    + "/variables/replyNoticeDate", "{\"value\": \"2035-04-01\", \"type\": \"String\"}");
            assertThat(variable.statusCode()).as(user + ": " + variable.body()).isIn(403, 404);
            HttpResponse<String> message = Http.as(user).postJson("/engine-rest/message", "{\"messageName\": \""
                    + PilotCityApplicationProcess.MESSAGE_LIST_PUBLISHED + "\", \"processInstanceId\": \"" + wuxi.getId()
                    + "\", \"processVariables\": {\"centralDecision\": {\"value\": \"APPROVE\", \"type\": \"String\"},"
                    + " \"replyNoticeDate\": {\"value\": \"2035-04-01\", \"type\": \"String\"}}}");
            assertThat(message.statusCode()).as(user + " message: " + message.body()).isBetween(400, 499);
            for (String path : new String[] {"/api/register/lists/PILOT_CITY/2035", "/api/register/calls"}) {
                HttpResponse<String> write = Http.as(user).postJson(path, "{\"entries\": [{\"holderId\": \"320200\","
                        + " \"decision\": \"APPROVED\"}]}");
                assertThat(write.statusCode()).as(user + " " + path + ": " + write.body()).isBetween(400, 499);
                assertThat(Http.as(user).putJson(path, "{}").statusCode()).isBetween(400, 499);
            }
        }
        assertThat(calls.task(call, YearlyCallProcess.TASK_DECIDE).orElseThrow().getId()).isEqualTo(decision.getId());
        assertThat(yearlyCalls.application(wuxi.getId()).orElseThrow().getDecision()).isNull();
        assertThat(engine.getRuntimeService().getVariable(call, "replyNoticeDate")).isNull();
        assertThat(wuxi).isWaitingAt(PilotCityApplicationProcess.EVENT_AWAIT_CALL);
        assertThat(register.holder("320200")).isEmpty();
        assertThat(calls.call(2035).getState()).isEqualTo(CallState.CLOSED);
        assertThat(Http.as(ZHEJIANG).get("/api/register/lists/PILOT_CITY/2035").body())
                .as("no entry before the list is published").contains("\"entries\":[]");

        // SIPO decides and publishes through the same REST routes, under its own authorizations.
        HttpResponse<String> decided = Http.as(SIPO).postJson("/engine-rest/task/" + decision.getId() + "/submit-form",
                approve);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
        EngineClock.setTo("2035-04-03T10:00");
        Task approval = calls.task(call, YearlyCallProcess.TASK_APPROVE_LIST).orElseThrow();
        HttpResponse<String> published = Http.as(SIPO).postJson("/engine-rest/task/" + approval.getId() + "/submit-form",
                "{\"variables\": {\"replyNoticeDate\": {\"value\": \"2035-04-02\", \"type\": \"String\"}}}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(204);
        assertThat(wuxi).isEnded().hasPassed(PilotCityApplicationProcess.END_APPROVED);
        assertThat(register.activeDesignation("320200", cn.ipoffice.programmes.register.Title.PILOT_CITY).orElseThrow()
                .getTermStart()).isEqualTo(java.time.LocalDate.of(2035, 4, 2));

        // The calls and the year's list are public to every office and SIPO, as JSON and as CSV.
        for (String user : new String[] {SIPO, JIANGSU, ZHEJIANG, WUXI}) {
            HttpResponse<String> listed = Http.as(user).get("/api/register/calls");
            assertThat(listed.statusCode()).as(user).isEqualTo(200);
            assertThat(listed.body()).contains("\"year\":2035").contains("\"state\":\"PUBLISHED\"")
                    .contains("\"replyNoticeDate\":\"2035-04-02\"");
            HttpResponse<String> list = Http.as(user).get("/api/register/lists/PILOT_CITY/2035");
            assertThat(list.statusCode()).as(user).isEqualTo(200);
            assertThat(list.body()).contains("\"holderId\":\"320200\"").contains("\"decision\":\"APPROVED\"");
        }
        String row = "PILOT_CITY,2035,2035-04-02,320200,Wuxi,32,APPROVED,";
        HttpResponse<String> csv = Http.as(ZHEJIANG).get("/api/register/lists/PILOT_CITY/2035?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("programme,year,reply_notice_date,holder_id,holder_name,province,decision,reason\n")
                .contains(row);
        assertThat(Http.as(WUXI).get("/api/register/lists/pilot_city/2035.csv").body()).contains(row);
        assertThat(Http.as(ZHEJIANG).get("/api/register/applications?programme=PILOT_CITY").body()).isEqualTo("[]");
        assertThat(Http.as(JIANGSU).get("/api/register/applications?programme=PILOT_CITY").body())
                .contains("\"status\":\"ON_THE_LIST\"").contains("\"decision\":\"APPROVED\"");

        HttpResponse<String> unknown = Http.as(JIANGSU).get("/api/register/lists/OLYMPIC_CITY/2035");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("programme").contains("OLYMPIC_CITY");
        assertThat(Http.as(JIANGSU).get("/api/register/lists/PILOT_CITY/1999").statusCode()).isEqualTo(404);
        assertThat(Http.anonymous(SpringEngine.baseUrl()).get("/api/register/calls").statusCode()).isEqualTo(401);
    }
}
