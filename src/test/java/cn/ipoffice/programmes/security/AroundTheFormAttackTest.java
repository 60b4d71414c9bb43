package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.support.WebappSession;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.Form;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offices move a case only through its forms. Performed over HTTP as the users named, against the running
 * application: a city's government, as the candidate of its own annual report, tries every route around the
 * form (the case's variables, the task's due date, candidates and assignee, a BPMN error); a province tries
 * the same on a task it only reads; a reviewer changes what its form shows read-only; a start form gets a
 * variable it does not declare; a completion carries 8 MB of binary data. Each is refused (403 or 400) and the
 * case, its history and the register are as before. Then the forms themselves still work.
 */
@ProcessTest
class AroundTheFormAttackTest {

    private static final String NANJING = "atk-nanjing";
    private static final String WUXI = "atk-wuxi";
    private static final String JIANGSU = "atk-jiangsu";
    private static final String HANGZHOU = "atk-hangzhou";
    private static ProcessEngine engine;
    private static Register register;

    @BeforeAll
    static void offices() {
        engine = SpringEngine.bean(ProcessEngine.class);
        EngineClock.setTo("2026-01-10T09:00");
        register = SpringEngine.bean(Register.class);
        TestUsers.member(NANJING, "gov-320100");
        TestUsers.member(WUXI, "gov-320200");
        TestUsers.member(JIANGSU, "province-32");
        TestUsers.member(HANGZHOU, "gov-330100");
        EngineClock.setTo("2026-01-10T09:00");
    }

    @AfterAll
    static void resetClock() {
        EngineClock.reset();
    }

    /** The city's 2025 report owed by 31 January, reviewed by Jiangsu (PM-12), as the pilot round opens it. */
    private static ProcessInstance reportOwed(String code, String name) {
        register.enterHolder(code, name, HolderKind.PREFECTURE_LEVEL_CITY);
        return engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY, code + "-2026",
                Map.of(In.HOLDER_ID.name(), code, In.HOLDER_NAME.name(), name, In.REPORT_YEAR.name(), 2026, In.RULE_ID.name(), "PM-12",
                        In.SUPERVISOR_GROUP.name(), "province-32"));
    }

    private static Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private static HttpResponse<String> send(String user, String method, String path, String json) {
        HttpRequest.Builder request = Http.as(user).request("/engine-rest" + path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        return Http.send(request);
    }

    /** What the case is: its variables, the open task's due date, candidates and assignee, its history, the register. */
    private record Snapshot(Map<String, Object> variables, Date due, Set<String> links, String assignee, long historicUpdates,
            long reports) {
    }

    private static Snapshot snapshot(ProcessInstance instance, String taskId, String holder) {
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        List<IdentityLink> links = engine.getTaskService().getIdentityLinksForTask(taskId);
        return new Snapshot(engine.getRuntimeService().getVariables(instance.getId()), task.getDueDate(),
                links.stream().map(l -> l.getType() + ":" + l.getGroupId() + ":" + l.getUserId()).collect(Collectors.toSet()),
                task.getAssignee(),
                engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().count(),
                register.reportsOf(holder).size());
    }

    @Test
    void aGovernmentCannotRewriteItsOwnCaseAroundTheForm_onAnyRouteOfTheRestApi() {
        ProcessInstance report = reportOwed("320100", "Nanjing");
        String taskId = task(report, AnnualReportProcess.TASK_SUBMIT).getId();
        String caseId = report.getId();
        Snapshot before = snapshot(report, taskId, "320100");
        String ownGroup = "{\"value\": \"gov-320100\", \"type\": \"String\"}";

        Map<String, String[]> attacks = new java.util.LinkedHashMap<>();
        attacks.put("supervisorGroup via task variables", new String[] {"POST", "/task/" + taskId + "/variables",
                "{\"modifications\": {\"supervisorGroup\": " + ownGroup + "}}"});
        attacks.put("supervisorGroup via one task variable", new String[] {"PUT", "/task/" + taskId + "/variables/supervisorGroup", ownGroup});
        attacks.put("a local variable", new String[] {"PUT", "/task/" + taskId + "/localVariables/supervisorGroup", ownGroup});
        attacks.put("task local variables", new String[] {"POST", "/task/" + taskId + "/localVariables",
                "{\"modifications\": {\"supervisorGroup\": " + ownGroup + "}}"});
        attacks.put("the case's variables", new String[] {"POST", "/process-instance/" + caseId + "/variables",
                "{\"modifications\": {\"supervisorGroup\": " + ownGroup + "}}"});
        attacks.put("one variable of the case", new String[] {"PUT", "/process-instance/" + caseId + "/variables/reportYear",
                "{\"value\": 2099, \"type\": \"Integer\"}"});
        attacks.put("execution variables", new String[] {"POST", "/execution/" + caseId + "/localVariables",
                "{\"modifications\": {\"supervisorGroup\": " + ownGroup + "}}"});
        attacks.put("the due date", new String[] {"PUT", "/task/" + taskId,
                "{\"name\": \"Submit\", \"due\": \"2030-01-31T23:59:00.000+0800\"}"});
        attacks.put("another city's group as candidate", new String[] {"POST", "/task/" + taskId + "/identity-links",
                "{\"groupId\": \"gov-330100\", \"type\": \"candidate\"}"});
        attacks.put("an assignee of another city", new String[] {"POST", "/task/" + taskId + "/assignee",
                "{\"userId\": \"" + HANGZHOU + "\"}"});
        attacks.put("a delegation", new String[] {"POST", "/task/" + taskId + "/delegate", "{\"userId\": \"" + HANGZHOU + "\"}"});
        attacks.put("a BPMN error", new String[] {"POST", "/task/" + taskId + "/bpmnError",
                "{\"errorCode\": \"accepted\", \"variables\": {\"supervisorGroup\": " + ownGroup + "}}"});
        attacks.put("an escalation", new String[] {"POST", "/task/" + taskId + "/bpmnEscalation", "{\"escalationCode\": \"x\"}"});

        attacks.forEach((what, request) -> {
            HttpResponse<String> response = send(NANJING, request[0], request[1], request[2]);
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(403);
        });
        HttpResponse<String> completion = send(NANJING, "POST", "/task/" + taskId + "/submit-form",
                "{\"variables\": {\"workSummary\": {\"value\": \"Done\", \"type\": \"String\"},"
                        + " \"currentYearPlan\": {\"value\": \"More\", \"type\": \"String\"},"
                        + " \"supervisorGroup\": " + ownGroup + "}}");
        assertThat(completion.statusCode()).as(completion.body()).isEqualTo(400);
        assertThat(completion.body()).contains("'supervisorGroup' is not a field of the form");

        assertThat(snapshot(report, taskId, "320100")).isEqualTo(before);
        assertThat(engine.getRuntimeService().getVariable(caseId, In.SUPERVISOR_GROUP.name())).isEqualTo("province-32");
    }

    @Test
    void aGovernmentCannotRewriteItsCaseThroughTheWebappsApiEither() {
        ProcessInstance report = reportOwed("320300", "Xuzhou");
        TestUsers.member("atk-xuzhou", "gov-320300");
        String taskId = task(report, AnnualReportProcess.TASK_SUBMIT).getId();
        Snapshot before = snapshot(report, taskId, "320300");
        WebappSession browser = WebappSession.loggedIn(SpringEngine.baseUrl(), "atk-xuzhou", TestUsers.PASSWORD);
        String api = "/camunda/api/engine/engine/default";

        assertThat(browser.postJson(api + "/task/" + taskId + "/variables",
                "{\"modifications\": {\"supervisorGroup\": {\"value\": \"gov-320300\", \"type\": \"String\"}}}", true)
                .statusCode()).isEqualTo(403);
        assertThat(browser.putJson(api + "/task/" + taskId, "{\"name\": \"Submit\", \"due\": \"2030-01-31T23:59:00.000+0800\"}")
                .statusCode()).isEqualTo(403);
        assertThat(browser.postJson(api + "/task/" + taskId + "/identity-links",
                "{\"groupId\": \"gov-330100\", \"type\": \"candidate\"}", true).statusCode()).isEqualTo(403);
        assertThat(snapshot(report, taskId, "320300")).isEqualTo(before);
    }

    @Test
    void aProvinceReadsTheTasksOfItsCasesButCannotChangeThem() {
        ProcessInstance report = reportOwed("320400", "Changzhou");
        String taskId = task(report, AnnualReportProcess.TASK_SUBMIT).getId();
        Snapshot before = snapshot(report, taskId, "320400");

        assertThat(send(JIANGSU, "GET", "/task/" + taskId, null).statusCode()).isEqualTo(200);
        assertThat(send(JIANGSU, "PUT", "/task/" + taskId, "{\"name\": \"x\", \"due\": \"2030-01-31T23:59:00.000+0800\"}")
                .statusCode()).isEqualTo(403);
        assertThat(send(JIANGSU, "PUT", "/task/" + taskId + "/variables/holderId", "{\"value\": \"330100\", \"type\": \"String\"}")
                .statusCode()).isEqualTo(403);
        assertThat(send(JIANGSU, "POST", "/task/" + taskId + "/assignee", "{\"userId\": \"" + JIANGSU + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(send(JIANGSU, "POST", "/task/" + taskId + "/complete", "{\"variables\": {}}").statusCode()).isEqualTo(403);
        assertThat(snapshot(report, taskId, "320400")).isEqualTo(before);
    }

    @Test
    void theFormsStillMoveTheCase_andAReviewerCannotChangeWhatItsFormShowsReadOnly() {
        ProcessInstance report = reportOwed("320200", "Wuxi");
        String submitId = task(report, AnnualReportProcess.TASK_SUBMIT).getId();
        assertThat(send(WUXI, "POST", "/task/" + submitId + "/claim", "{\"userId\": \"" + WUXI + "\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> submitted = send(WUXI, "POST", "/task/" + submitId + "/submit-form",
                "{\"variables\": {\"workSummary\": {\"value\": \"Patent navigation in all districts.\", \"type\": \"String\"},"
                        + " \"currentYearPlan\": {\"value\": \"Pledge financing platform.\", \"type\": \"String\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);

        String reviewId = task(report, AnnualReportProcess.TASK_REVIEW).getId();
        assertThat(send(WUXI, "POST", "/task/" + reviewId + "/submit-form",
                "{\"variables\": {\"reportAccepted\": {\"value\": true, \"type\": \"Boolean\"}}}").statusCode())
                .as("the city does not review its own report").isIn(403, 404);
        Snapshot before = snapshot(report, reviewId, "320200");
        HttpResponse<String> rewritten = send(JIANGSU, "POST", "/task/" + reviewId + "/submit-form",
                "{\"variables\": {\"reportAccepted\": {\"value\": true, \"type\": \"Boolean\"},"
                        + " \"workSummary\": {\"value\": \"Everything, excellently.\", \"type\": \"String\"}}}");
        assertThat(rewritten.statusCode()).as(rewritten.body()).isEqualTo(400);
        assertThat(rewritten.body()).contains("'workSummary' is read-only on the form");
        assertThat(snapshot(report, reviewId, "320200")).isEqualTo(before);

        // Tasklist sends the read-only fields back as they were: accepted.
        HttpResponse<String> reviewed = send(JIANGSU, "POST", "/task/" + reviewId + "/submit-form",
                "{\"variables\": {\"reportAccepted\": {\"value\": true, \"type\": \"Boolean\"},"
                        + " \"workSummary\": {\"value\": \"Patent navigation in all districts.\", \"type\": \"String\"},"
                        + " \"currentYearPlan\": {\"value\": \"Pledge financing platform.\", \"type\": \"String\"}}}");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(204);
        assertThat(register.reportsOf("320200")).hasSize(1);
    }

    @Test
    void aStartFormRefusesAVariableItDoesNotDeclare_andNothingStarts() {
        String body = """
                {"variables": {
                  "cityCode": {"value": "321100", "type": "String"}, "cityName": {"value": "Zhenjiang", "type": "String"},
                  "cityKind": {"value": "PREFECTURE_LEVEL_CITY", "type": "String"},
                  "featuredThemes": {"value": "Patents for shipbuilding", "type": "String"},
                  "workPlanReference": {"value": "Zhen Zheng [2019] No. 2", "type": "String"},
                  "supervisorGroup": {"value": "gov-321100", "type": "String"}}}""";
        long casesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        HttpResponse<String> response = send(JIANGSU, "POST", "/process-definition/key/pilot-city-application/submit-form", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("'supervisorGroup' is not a field of the form 'pilot-city-application-start'");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(casesBefore);
    }

    @Test
    void eightMegabytesOfBinaryDataInATextField_isRefusedNamingTheField() {
        ProcessInstance report = reportOwed("320500", "Suzhou");
        TestUsers.member("atk-suzhou", "gov-320500");
        String taskId = task(report, AnnualReportProcess.TASK_SUBMIT).getId();
        Snapshot before = snapshot(report, taskId, "320500");
        String eightMegabytes = Base64.getEncoder().encodeToString(new byte[8 * 1024 * 1024]);
        HttpResponse<String> response = send("atk-suzhou", "POST", "/task/" + taskId + "/complete",
                "{\"variables\": {\"" + Form.WORK_SUMMARY.name() + "\": {\"value\": \"" + eightMegabytes + "\", \"type\": \"Bytes\"},"
                        + " \"currentYearPlan\": {\"value\": \"More\", \"type\": \"String\"}}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("(workSummary) must be text, got binary data of 8388608 bytes");
        assertThat(snapshot(report, taskId, "320500")).isEqualTo(before);
    }
}
