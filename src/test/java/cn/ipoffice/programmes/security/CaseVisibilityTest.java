package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.cockpit.OverdueCasesResource;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Apply;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who sees what (docs/rules.md "Who does what"): with authorization on, each kind of user sees exactly its
 * own cases, tasks, history and overdue incidents, through the Java API and over REST. Three annual
 * reports are owed (Suzhou and Nanjing in Jiangsu, Hangzhou in Zhejiang); Nanjing's is overdue.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseVisibilityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> GROUPS = Map.of(
            "vis-sipo", "sipo", "vis-jiangsu", "province-32", "vis-zhejiang", "province-33",
            "vis-suzhou", "gov-320500", "vis-wuxi", "gov-320200");
    private static String base;
    private static ProcessEngine engine;
    private static IdentityService identity;
    private static String suzhouReport;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    Register register;
    @Autowired
    CaseAuthorizationBackfill backfill;

    @BeforeAll
    void threeReportsOwed_nanjingsOverdue() {
        base = "http://localhost:" + port;
        engine = processEngine;
        identity = engine.getIdentityService();
        GROUPS.forEach((user, group) -> TestUsers.member(identity, user, group));
        EngineClock.setTo("2026-01-05T09:00");
        suzhouReport = reportOwed(register, "320500", "Suzhou");
        String nanjing = reportOwed(register, "320100", "Nanjing");
        reportOwed(register, "330100", "Hangzhou");
        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(engine.getManagementService(), nanjing);
        EngineClock.setTo("2026-02-03T09:00");
    }

    @AfterAll
    void resetClock() {
        EngineClock.reset();
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    private static String reportOwed(Register register, String code, String name) {
        register.enterHolder(code, name, HolderKind.PREFECTURE_LEVEL_CITY);
        return engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY, code, Map.of(
                In.HOLDER_ID.name(), code, In.HOLDER_NAME.name(), name, In.REPORT_YEAR.name(), 2026, In.RULE_ID.name(), "PM-12",
                In.SUPERVISOR_GROUP.name(), "province-" + code.substring(0, 2))).getId();
    }

    private static void signIn(String user) {
        identity.setAuthentication(user, List.of(GROUPS.get(user)));
    }

    private static HttpResponse<String> send(String method, String path, String user, String json)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", TestUsers.basic(user))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long restCount(String path, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", "/engine-rest" + path + "/count", user, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(response.body().replaceAll("\\D", ""));
    }

    /** User, cases (and their history), tasks (and their history), overdue incidents. */
    static Stream<Arguments> whatEachSees() {
        return Stream.of(
                Arguments.of("vis-sipo", 3, 4, 1),
                Arguments.of("vis-jiangsu", 2, 3, 1),
                Arguments.of("vis-zhejiang", 1, 1, 0),
                Arguments.of("vis-suzhou", 1, 1, 0),
                Arguments.of("vis-wuxi", 0, 0, 0));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}: {1} cases, {2} tasks, {3} incidents")
    @MethodSource("whatEachSees")
    void eachKindOfUserSeesExactlyItsOwnCases_throughTheJavaApi(String user, int cases, int tasks, int incidents) {
        signIn(user);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("cases").isEqualTo(cases);
        assertThat(engine.getTaskService().createTaskQuery().count()).as("tasks").isEqualTo(tasks);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).as("history").isEqualTo(cases);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().count()).as("task history").isEqualTo(tasks);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isEqualTo(incidents);
        assertThat(OverdueCasesResource.list(engine, EngineClock.cst("2026-02-03T09:00")))
                .as("Cockpit's overdue cases").hasSize(incidents);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}: {1} cases, {2} tasks, {3} incidents")
    @MethodSource("whatEachSees")
    void eachKindOfUserSeesExactlyItsOwnCases_overRest(String user, int cases, int tasks, int incidents)
            throws Exception {
        assertThat(restCount("/process-instance", user)).as("cases").isEqualTo(cases);
        assertThat(restCount("/task", user)).as("tasks").isEqualTo(tasks);
        assertThat(restCount("/history/process-instance", user)).as("history").isEqualTo(cases);
        assertThat(restCount("/history/task", user)).as("task history").isEqualTo(tasks);
        assertThat(restCount("/incident", user)).as("incidents").isEqualTo(incidents);
    }

    @Test
    @Order(2)
    void theProvinceSeesItsCitysTask_butOnlyTheCityCompletesIt() throws Exception {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(suzhouReport).singleResult();
        String form = "{\"variables\":{\"workSummary\":{\"value\":\"Patent quality programme in all districts\"},\"currentYearPlan\":{\"value\":\"Pledge financing platform for small firms\"}}}";

        signIn("vis-zhejiang");
        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of()))
                .isInstanceOf(AuthorizationException.class);
        identity.clearAuthentication();
        assertThat(send("POST", "/engine-rest/task/" + task.getId() + "/complete", "vis-zhejiang", form).statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/engine-rest/task/" + task.getId() + "/complete", "vis-jiangsu", form).statusCode())
                .isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();

        HttpResponse<String> done = send("POST", "/engine-rest/task/" + task.getId() + "/complete", "vis-suzhou", form);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(suzhouReport)
                .taskDefinitionKey(AnnualReportProcess.TASK_REVIEW).singleResult()).isNotNull();
    }

    @Test
    void aGovernmentMayApplyForItselfOnly_aStrangersApplicationIsRefusedAndNothingIsCreated() throws Exception {
        long before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PilotCityApplicationProcess.KEY).count();

        HttpResponse<String> refused = send("POST", "/engine-rest/process-definition/key/"
                + PilotCityApplicationProcess.KEY + "/start", "vis-wuxi", startForm("330100", "Hangzhou"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("vis-wuxi").contains("330100").contains("Zhejiang's IP office");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PilotCityApplicationProcess.KEY).count()).isEqualTo(before);

        HttpResponse<String> filed = send("POST", "/engine-rest/process-definition/key/"
                + PilotCityApplicationProcess.KEY + "/start", "vis-wuxi", startForm("320200", "Wuxi"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        signIn("vis-wuxi");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PilotCityApplicationProcess.KEY).processInstanceBusinessKey("320200").count()).isOne();
        identity.clearAuthentication();
        signIn("vis-zhejiang");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PilotCityApplicationProcess.KEY).count()).isZero();
    }

    @Test
    @Order(3)
    void casesOpenedBeforeAuthorizationWasOn_areGivenTheirAuthorizationsOnceOnUpgrade() {
        String hangzhou = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("330100")
                .singleResult().getId();
        engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("province-33", "gov-330100").list()
                .stream().filter(a -> a.getResourceId().equals(hangzhou))
                .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
        signIn("vis-zhejiang");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("as in an older version").isZero();
        identity.clearAuthentication();

        backfill.run(null);
        signIn("vis-zhejiang");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("done once already").isZero();
        identity.clearAuthentication();

        engine.getManagementService().deleteProperty(CaseAuthorizationBackfill.DONE_PROPERTY);
        backfill.run(null);
        signIn("vis-zhejiang");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().singleResult().getId()).isEqualTo(hangzhou);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isOne();
        assertThat(engine.getTaskService().createTaskQuery().count()).isOne();
        identity.clearAuthentication();
        signIn("vis-suzhou");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("nothing more").isOne();
    }

    @Test
    void onlySipoStartsATitleWithdrawal() {
        signIn("vis-jiangsu");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().startableInTasklist()
                .startablePermissionCheck().listPage(0, 100).stream().map(d -> d.getKey()).collect(Collectors.toSet()))
                .contains(PilotCityApplicationProcess.KEY).doesNotContain("title-withdrawal");
        identity.clearAuthentication();
        signIn("vis-sipo");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().startableInTasklist()
                .startablePermissionCheck().listPage(0, 100).stream().map(d -> d.getKey()).collect(Collectors.toSet()))
                .contains("title-withdrawal");
    }

    private static String startForm(String code, String name) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(Apply.CITY_CODE.name(), code);
        form.put(Apply.CITY_NAME.name(), name);
        form.put(Apply.CITY_KIND.name(), "PREFECTURE_LEVEL_CITY");
        form.put(Apply.LEADERS_GIVE_PRIORITY.name(), true);
        form.put(Apply.ADMINISTRATION_INTERMEDIATE.name(), true);
        form.put(Apply.PATENT_QUALITY_RESULTS.name(), true);
        form.put(Apply.IP_OPERATION_RESULTS.name(), true);
        form.put(Apply.FEATURED_THEMES.name(), "Patent navigation");
        form.put(Apply.WORK_PLAN_REFERENCE.name(), "Plan 2026 No. 1");
        return "{\"variables\":{" + form.entrySet().stream().map(e -> "\"" + e.getKey() + "\":{\"value\":"
                + (e.getValue() instanceof String s ? "\"" + s + "\"" : e.getValue()) + "}")
                .collect(Collectors.joining(",")) + "}}";
    }
}
