package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.support.WebappSession;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Camunda's CSRF filter guards the webapps: a POST without the session's token is refused and changes nothing. */
@ProcessTest
class WebappCsrfTest {

    private static final String USER = "csrf-yangzhou";
    private String taskId;

    @BeforeAll
    static void yangzhou() {
        TestUsers.member(USER, "gov-321000");
        SpringEngine.bean(Register.class).enterHolder("321000", "Yangzhou", HolderKind.PREFECTURE_LEVEL_CITY);
    }

    /** Yangzhou owes an annual report; its government's user may claim the task. */
    private void reportOwed() {
        String instance = SpringEngine.bean(RuntimeService.class).startProcessInstanceByKey(AnnualReportProcess.KEY, "321000",
                Map.of(In.HOLDER_ID.name(), "321000", In.HOLDER_NAME.name(), "Yangzhou", In.REPORT_YEAR.name(), 2026, In.RULE_ID.name(), "PM-12",
                        In.SUPERVISOR_GROUP.name(), "province-32")).getId();
        taskId = SpringEngine.bean(TaskService.class).createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private HttpResponse<String> claim(boolean withCsrfToken) {
        reportOwed();
        WebappSession session = WebappSession.loggedIn(SpringEngine.baseUrl(), USER, TestUsers.PASSWORD);
        return session.postJson("/camunda/api/engine/engine/default/task/" + taskId + "/claim",
                "{\"userId\": \"" + USER + "\"}", withCsrfToken);
    }

    private String assignee() {
        return SpringEngine.bean(TaskService.class).createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    @Test
    void aWebappPostWithoutTheCsrfToken_is403_andTheTaskIsNotClaimed() {
        HttpResponse<String> refused = claim(false);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
        assertThat(assignee()).isNull();
    }

    @Test
    void theSamePostWithTheToken_claimsTheTask() {
        HttpResponse<String> claimed = claim(true);

        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        assertThat(assignee()).isEqualTo(USER);
    }
}
