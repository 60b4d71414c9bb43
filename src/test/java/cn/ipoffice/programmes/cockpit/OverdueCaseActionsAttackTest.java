package cn.ipoffice.programmes.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.register.EscalationAction;
import cn.ipoffice.programmes.register.EscalationActions;
import cn.ipoffice.programmes.register.EscalationStep;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Escalations;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import cn.ipoffice.programmes.support.WebappSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who sees a missed deadline's owner, users and actions, and who records an action. Suzhou's (Jiangsu) and Jiaxing's
 * (Zhejiang) 2025 reports are late, and Changzhou's (Jiangsu); Jiangsu has recorded a talk on Suzhou's. A Zhejiang supervisor sees neither Suzhou's
 * case, nor Suzhou's government's users, nor the talk, on the page or over REST, and cannot record on it. Jiangsu itself
 * records only through the escalation form: writing the variables the form and the follow-up timer use, or moving or
 * running the timer, is refused, and the register, the case and the timer are as before. The users a page shows follow
 * the cases the supervisor may see, not the engine's READ on users.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverdueCaseActionsAttackTest {

    private static final String JIANGSU = OverdueCaseActionsTest.JIANGSU;
    private static final String ZHEJIANG = "ova-zhejiang";
    private static final String TALK = "Met the deputy mayor; the report is promised for next week";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Register register;
    @Autowired
    EscalationActions actions;

    private String suzhou;
    private String changzhou;
    private String jiaxing;

    /** Once for the class, within its first test (the coverage of a class counts the cases its tests start). */
    @BeforeEach
    void suzhouFollowedUp_jiaxingLate() {
        if (suzhou != null) {
            EngineClock.setTo("2026-02-03T09:00");
            return;
        }
        IdentityService identity = engine.getIdentityService();
        OverdueCaseActionsTest.officeUser(identity, JIANGSU, "Zhou", "Min", "zhou.min@jsip.example.org", "province-32");
        OverdueCaseActionsTest.officeUser(identity, ZHEJIANG, "Chen", "Jie", "chen.jie@zjip.example.org", "province-33");
        OverdueCaseActionsTest.officeUser(identity, "ova-320500-li", "Li", "Wei", "li.wei@320500.example.org", "gov-320500");
        OverdueCaseActionsTest.officeUser(identity, "ova-330400-xu", "Xu", "Lei", "xu.lei@330400.example.org", "gov-330400");
        suzhou = OverdueCaseActionsTest.overdueReport(engine, register, "320500", "Suzhou");
        changzhou = OverdueCaseActionsTest.overdueReport(engine, register, "320400", "Changzhou");
        jiaxing = OverdueCaseActionsTest.overdueReport(engine, register, "330400", "Jiaxing");
        HttpResponse<String> talk = Http.as(JIANGSU).postJson("/engine-rest/task/" + escalation(suzhou).getId() + "/submit-form",
                Escalations.asRestBody(EscalationStep.TALK_HELD, "2026-02-20", TALK));
        assertThat(talk.statusCode()).as(talk.body()).isEqualTo(204);
        EngineClock.setTo("2026-02-03T09:00");
    }

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
    }

    private Task escalation(String report) {
        return engine.getTaskService().createTaskQuery().processInstanceId(report)
                .taskDefinitionKey(AnnualReportProcess.TASK_ESCALATE).singleResult();
    }

    private static HttpResponse<String> send(String user, String method, String path, String json) {
        return Http.send(Http.as(user).request("/engine-rest" + path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** What may not change: the register's actions, the case's variables, its open tasks and its timers. */
    private record Snapshot(List<Long> actions, Map<String, Object> variables, List<String> tasks, List<String> timers) {
    }

    private Snapshot snapshot(String caseId) {
        return new Snapshot(actions.ofCase(caseId).stream().map(EscalationAction::getId).toList(),
                engine.getRuntimeService().getVariables(caseId),
                engine.getTaskService().createTaskQuery().processInstanceId(caseId).list().stream().map(Task::getId).sorted()
                        .toList(),
                engine.getManagementService().createJobQuery().processInstanceId(caseId).timers().list().stream()
                        .map(job -> job.getDuedate().toInstant() + " retries " + job.getRetries() + " "
                                + job.getExceptionMessage()).toList());
    }

    @Test
    void aSupervisorOfAnotherProvince_seesNeitherTheCase_norItsOwnersUsers_norItsActions_andCannotRecordOne() {
        List<OverdueCase> zhejiangs = OverdueCaseActionsTest.rows(engine, "2026-02-03T09:00", ZHEJIANG, "province-33");
        assertThat(zhejiangs).extracting(OverdueCase::processInstanceId).contains(jiaxing).doesNotContain(suzhou);
        assertThat(zhejiangs).flatExtracting(OverdueCase::ownerUsers).extracting(OverdueCase.OfficeUser::group)
                .as("only the groups of its own cases").containsOnly("gov-330400");
        assertThat(zhejiangs).flatExtracting(OverdueCase::actions).isEmpty();

        HttpResponse<String> page = WebappSession.loggedIn(SpringEngine.baseUrl(), ZHEJIANG, TestUsers.PASSWORD)
                .get(OverdueCaseActionsTest.COCKPIT_CASES);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Jiaxing municipal government (gov-330400)", "xu.lei@330400.example.org")
                .doesNotContain(suzhou, "Suzhou", "gov-320500", "ova-320500-li", "li.wei@320500.example.org", TALK);

        Snapshot before = snapshot(changzhou);
        String taskId = escalation(changzhou).getId();
        HttpResponse<String> record = send(ZHEJIANG, "POST", "/task/" + taskId + "/submit-form",
                Escalations.asRestBody(EscalationStep.REFERRED, "2026-02-04", "Zhejiang's note"));
        assertThat(record.statusCode()).as(record.body()).isIn(403, 404);
        assertThat(send(ZHEJIANG, "GET", "/task/" + taskId, null).statusCode()).isIn(403, 404);
        assertThat(snapshot(changzhou)).isEqualTo(before);
    }

    @Test
    void theUsersShownFollowTheCasesTheSupervisorSees_notTheEnginesReadOnUsers() {
        IdentityService identity = engine.getIdentityService();
        // Every signed-in user reads the names of all users (Tasklist shows them): the engine would give Jiangsu Jiaxing's.
        identity.setAuthentication(JIANGSU, List.of("province-32"));
        List<User> engineAnswer = identity.createUserQuery().memberOfGroup("gov-330400").listPage(0, 100);
        identity.clearAuthentication();
        assertThat(engineAnswer).extracting(User::getId).contains("ova-330400-xu");
        assertThat(OverdueCaseActionsTest.rows(engine, "2026-02-03T09:00", JIANGSU, "province-32"))
                .flatExtracting(OverdueCase::ownerUsers).extracting(OverdueCase.OfficeUser::id)
                .contains("ova-320500-li").doesNotContain("ova-330400-xu");

        // A supervisor whom Admin refuses the users still sees who owes the steps of its cases.
        Authorization revoke = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("ova-jiangsu-no-users");
        revoke.setResource(Resources.USER);
        revoke.setResourceId("*");
        revoke.removePermission(Permissions.READ);
        String revokeId = engine.getAuthorizationService().saveAuthorization(revoke).getId();
        try {
            identity.setAuthentication("ova-jiangsu-no-users", List.of("province-32"));
            assertThat(identity.createUserQuery().memberOfGroup("gov-320500").count()).isZero();
            identity.clearAuthentication();
            assertThat(OverdueCaseActionsTest.rowOf(engine, suzhou, "2026-02-03T09:00", "ova-jiangsu-no-users", "province-32")
                    .ownerUsers()).extracting(OverdueCase.OfficeUser::id).contains("ova-320500-li");
        } finally {
            identity.clearAuthentication();
            engine.getAuthorizationService().deleteAuthorization(revokeId);
        }
    }

    @Test
    void theSupervisingOfficeRecordsOnlyThroughTheForm_variableWritesAndTimerChangesAreRefused_andNothingChanges() {
        Snapshot before = snapshot(suzhou);
        Job followUp = engine.getManagementService().createJobQuery().processInstanceId(suzhou).timers().singleResult();
        String executionId = followUp.getExecutionId();
        String early = "{\"value\": \"2026-02-04\", \"type\": \"String\"}";

        Map<String, String[]> attacks = new LinkedHashMap<>();
        attacks.put("the follow-up day of the case", new String[] {"PUT", "/process-instance/" + suzhou
                + "/variables/" + OverduePattern.ESCALATION_BACK_ON.name(), early});
        attacks.put("the case's variables", new String[] {"POST", "/process-instance/" + suzhou + "/variables",
                "{\"modifications\": {\"" + OverduePattern.ESCALATION_ACTION.name()
                        + "\": {\"value\": \"REFERRED\", \"type\": \"String\"}}}"});
        attacks.put("the waiting follow-up's own variable", new String[] {"PUT", "/execution/" + executionId
                + "/localVariables/" + OverduePattern.ESCALATION_BACK_ON.name(), early});
        attacks.put("the timer's due date", new String[] {"PUT", "/job/" + followUp.getId() + "/duedate",
                "{\"duedate\": \"2026-02-04T00:00:00.000+0800\"}"});
        attacks.put("the timer's retries", new String[] {"PUT", "/job/" + followUp.getId() + "/retries",
                "{\"retries\": 0}"});
        attacks.forEach((what, request) -> {
            HttpResponse<String> response = send(JIANGSU, request[0], request[1], request[2]);
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(403);
        });
        // Three refused runs would have used up the timer's retries (security/RefusedJobRuns).
        for (int attempt = 1; attempt <= 3; attempt++) {
            HttpResponse<String> run = send(JIANGSU, "POST", "/job/" + followUp.getId() + "/execute", null);
            assertThat(run.statusCode()).as("running the timer now: " + run.body()).isEqualTo(403);
        }

        HttpResponse<String> writeToThePage = WebappSession.loggedIn(SpringEngine.baseUrl(), JIANGSU, TestUsers.PASSWORD)
                .postJson(OverdueCaseActionsTest.COCKPIT_CASES, "{\"action\": \"REFERRED\"}", true);
        assertThat(writeToThePage.statusCode()).as("the page only reads").isEqualTo(405);

        assertThat(snapshot(suzhou)).isEqualTo(before);
        assertThat(actions.ofCase(suzhou)).singleElement().extracting(EscalationAction::getRemarks).isEqualTo(TALK);
    }

    @Test
    void aCompletionOfTheEscalationMayNotSetTheFollowUpsOwnVariables() {
        String nanjing = OverdueCaseActionsTest.overdueReport(engine, register, "320100", "Nanjing");
        Task escalation = escalation(nanjing);
        Snapshot before = snapshot(nanjing);

        HttpResponse<String> smuggled = send(JIANGSU, "POST", "/task/" + escalation.getId() + "/submit-form",
                "{\"variables\": {\"escalationAction\": {\"value\": \"REMINDER_SENT\", \"type\": \"String\"},"
                        + " \"escalationFollowUpOn\": {\"value\": \"2026-03-01\", \"type\": \"String\"},"
                        + " \"escalationBackOn\": {\"value\": \"2026-02-04\", \"type\": \"String\"},"
                        + " \"obligationIncidentId\": {\"value\": \"another\", \"type\": \"String\"}}}");

        assertThat(smuggled.statusCode()).isEqualTo(400);
        assertThat(smuggled.body()).contains("'escalationBackOn' is not a field of the form",
                "'obligationIncidentId' is not a field of the form");
        assertThat(snapshot(nanjing)).isEqualTo(before);
        assertThat(actions.ofCase(nanjing)).isEmpty();
    }
}
