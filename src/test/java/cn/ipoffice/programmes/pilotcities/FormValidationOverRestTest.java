package cn.ipoffice.programmes.pilotcities;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.Cases;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.SpringEngine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The forms' server-side validation holds for REST clients too: 400 naming the field, and nothing changes. */
class FormValidationOverRestTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder(new SpringEngine()).build();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private ProcessEngine engine;
    private String base;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        base = "http://localhost:" + SpringEngine.context().getEnvironment().getProperty("local.server.port") + "/engine-rest";
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("rest-reviewer").count() == 0) {
            User user = identity.newUser("rest-reviewer");
            user.setPassword("rest-secret");
            identity.saveUser(user);
            if (identity.createGroupQuery().groupId("province-32").count() == 0) {
                identity.saveGroup(identity.newGroup("province-32"));
            }
            // A Jiangsu reviewer: the Taizhou investigation is a task of province-32.
            identity.createMembership("rest-reviewer", "province-32");
        }
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        String credentials = Base64.getEncoder().encodeToString("rest-reviewer:rest-secret".getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStartFormWithAnUnknownKindOfCityAndAZeroRankIsRefusedWith400() throws Exception {
        HttpResponse<String> response = post("/process-definition/key/pilot-city-application/submit-form", """
                {"variables": {
                  "cityCode": {"value": "321100", "type": "String"}, "cityName": {"value": "Zhenjiang", "type": "String"},
                  "cityKind": {"value": "TOWN", "type": "String"},
                  "enforcementRank": {"value": 0, "type": "Integer"}, "citiesRanked": {"value": 13, "type": "Integer"},
                  "featuredThemes": {"value": "Patents for shipbuilding", "type": "String"},
                  "workPlanReference": {"value": "Zhen Zheng [2019] No. 2", "type": "String"}}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("cityKind").contains("enforcementRank").contains("at least 1");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("321100").count()).isZero();
    }

    @Test
    void anOutcomeNotOfferedByTheFormIsRefusedOverRestWith400_andTheTaskStaysOpen() throws Exception {
        EngineClock.setTo("2019-03-04T09:00");
        engine.getRuntimeService().startProcessInstanceByKey(PilotCityApplicationProcess.KEY,
                PilotCityApplicationTest.application("321200", "Taizhou", "PREFECTURE_LEVEL_CITY", 1, 13));
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
}
