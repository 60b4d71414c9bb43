package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.support.WebappSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ModelerDeploy;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.RestBodies;
import cn.ipoffice.programmes.support.SipoFigures;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nobody deletes a process definition with its cases and their history. Jiangsu's application for Liyang runs on
 * the pilot-city application; a trial process has a finished case only. Deleting either with cascade, by id or by
 * key, over REST, the webapps' API or the Java API, is refused (403) to everyone, administrators included, and
 * nothing changes: the cases, their history, the definitions and the deployments are as before. Without cascade
 * the engine's rules stay (only an administrator, and not while a case runs), the running case answered as 403
 * instead of a server error. Who may not delete a definition hears the engine's refusal, nothing of its cases.
 */
@ProcessTest
class ProcessDefinitionDeletionAttackTest {

    private static final String MODELER = "definitions-modeler";
    private static final String JIANGSU = "definitions-jiangsu";
    private static final String SIPO = "definitions-sipo";
    private static final String WEBAPP_API = "/camunda/api/engine/engine/default";

    private static String runningCase;
    private static String pilotDefinition;

    /** Once, from the first test: the coverage extension records cases only while a test runs. */
    static void aRunningApplication() {
        if (runningCase != null) {
            return;
        }
        TestUsers.member(MODELER, "modelers");
        TestUsers.member(JIANGSU, "province-32");
        TestUsers.member(SIPO, "sipo");
        SipoFigures.ofThePreviousYear("320481");
        HttpResponse<String> applied = Http.as(JIANGSU).postJson("/engine-rest/process-definition/key/"
                + PilotCityApplicationProcess.KEY + "/submit-form", RestBodies.pilotApplication("320481", "Liyang"));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        runningCase = idIn(applied.body());
        pilotDefinition = runtime().createProcessInstanceQuery().processInstanceId(runningCase).singleResult()
                .getProcessDefinitionId();
    }

    @AfterEach
    void signOut() {
        SpringEngine.bean(IdentityService.class).clearAuthentication();
    }

    @Test
    void anAdministratorCascadeDeletingTheDefinitionOfARunningCase_byIdOrByKey_isRefused() {
        aRunningApplication();
        for (String route : List.of("/engine-rest/process-definition/" + pilotDefinition + "?cascade=true",
                "/engine-rest/process-definition/key/" + PilotCityApplicationProcess.KEY + "?cascade=true",
                "/engine-rest/process-definition/key/" + PilotCityApplicationProcess.KEY
                        + "?cascade=true&skipCustomListeners=true&skipIoMappings=true")) {
            HttpResponse<String> response = refusedAndNothingChanged(() -> Http.asAdmin().delete(route));

            assertThat(response.body()).as(route).contains("is not deleted").contains(PilotCityApplicationProcess.KEY)
                    .contains("running").contains("cascade").contains("administrators included");
        }
    }

    @Test
    void anAdministratorDeletingItWithoutCascadeWhileItsCaseRuns_is403NamingTheRunningCases_notAServerError() {
        aRunningApplication();
        for (String route : List.of("/engine-rest/process-definition/" + pilotDefinition,
                "/engine-rest/process-definition/key/" + PilotCityApplicationProcess.KEY)) {
            HttpResponse<String> response = refusedAndNothingChanged(() -> Http.asAdmin().delete(route));

            assertThat(response.body()).as(route).contains("is not deleted").contains("still run");
        }
    }

    @Test
    void theSameThroughTheWebappsApi_isRefused() {
        aRunningApplication();
        WebappSession admin = WebappSession.loggedIn(SpringEngine.baseUrl(), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        HttpResponse<String> byId = refusedAndNothingChanged(() -> admin
                .delete(WEBAPP_API + "/process-definition/" + pilotDefinition + "?cascade=true"));
        HttpResponse<String> byKey = refusedAndNothingChanged(() -> admin
                .delete(WEBAPP_API + "/process-definition/key/" + PilotCityApplicationProcess.KEY + "?cascade=true"));

        assertThat(byId.body()).contains("Process definition " + pilotDefinition + " is not deleted");
        assertThat(byKey.body()).contains("is not deleted").contains(PilotCityApplicationProcess.KEY).contains("cascade");
    }

    @Test
    void theSameThroughTheJavaApiAsAnAdministrator_isRefused() {
        aRunningApplication();
        Counts before = Counts.now();
        SpringEngine.bean(IdentityService.class).setAuthentication(TestUsers.ADMIN, List.of("camunda-admin"));

        assertThatThrownBy(() -> repository().deleteProcessDefinition(pilotDefinition, true))
                .isInstanceOf(ProcessDefinitionInUseException.class).hasMessageContaining(pilotDefinition);
        assertThatThrownBy(() -> repository().deleteProcessDefinitions().byKey(PilotCityApplicationProcess.KEY)
                .cascade().delete()).isInstanceOf(ProcessDefinitionInUseException.class)
                .hasMessageContaining("Process definition " + PilotCityApplicationProcess.KEY + " (all its versions)");
        assertThatThrownBy(() -> repository().deleteProcessDefinitions().byIds(pilotDefinition).delete())
                .isInstanceOf(ProcessDefinitionInUseException.class).hasMessageContaining("still run");
        SpringEngine.bean(IdentityService.class).clearAuthentication();
        assertThat(Counts.now()).isEqualTo(before);
    }

    @Test
    void whoMayNotDeleteTheDefinition_hearsTheEnginesRefusal_andNothingOfItsCases() {
        aRunningApplication();
        for (String user : List.of(MODELER, JIANGSU, SIPO)) {
            for (String route : List.of("/engine-rest/process-definition/" + pilotDefinition + "?cascade=true",
                    "/engine-rest/process-definition/key/" + PilotCityApplicationProcess.KEY)) {
                HttpResponse<String> response = refusedAndNothingChanged(() -> Http.as(user).delete(route));

                assertThat(response.body()).as(user + " " + route).contains("'DELETE' permission")
                        .doesNotContain("running").doesNotContain("finished");
            }
        }
        // Nor by its deployment: the REST API does not find it for a province (404), SIPO hears the engine's refusal.
        String pilotDeployment = repository().getProcessDefinition(pilotDefinition).getDeploymentId();
        for (String user : List.of(JIANGSU, SIPO)) {
            Counts before = Counts.now();
            HttpResponse<String> response = Http.as(user).delete("/engine-rest/deployment/" + pilotDeployment + "?cascade=true");
            assertThat(response.statusCode()).as(user + " " + response.body()).isIn(403, 404);
            assertThat(response.body()).as(user).doesNotContain("running").doesNotContain("finished");
            assertThat(Counts.now()).isEqualTo(before);
        }
        assertThat(Http.as(SIPO).delete("/engine-rest/deployment/" + pilotDeployment).body()).contains("'DELETE' permission");
        SpringEngine.bean(IdentityService.class).setAuthentication(JIANGSU, List.of("province-32"));
        assertThatThrownBy(() -> repository().deleteDeployment(pilotDeployment, true))
                .as("the Java API as Jiangsu").hasMessageContaining("'DELETE' permission").hasMessageNotContaining("running");
    }

    @Test
    void aDefinitionWithOnlyAFinishedCase_staysForCascades_anAdministratorMayRemoveItKeepingTheHistory() {
        aRunningApplication();
        String key = "trial-archive";
        String definition = definitionOf(deployTrial(key));
        HttpResponse<String> started = Http.asAdmin().postJson("/engine-rest/process-definition/" + definition + "/start", "{}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String finished = idIn(started.body());
        assertThat(history().createHistoricProcessInstanceQuery().processInstanceId(finished).finished().count()).isOne();

        assertThat(refusedAndNothingChanged(() -> Http.asAdmin()
                .delete("/engine-rest/process-definition/" + definition + "?cascade=true")).body())
                .contains("0 running and 1 finished case(s) of " + key);
        refusedAndNothingChanged(() -> Http.asAdmin().delete("/engine-rest/process-definition/key/" + key + "?cascade=true"));
        assertThat(history().createHistoricProcessInstanceQuery().processInstanceId(finished).count()).isOne();

        HttpResponse<String> removed = Http.asAdmin().delete("/engine-rest/process-definition/" + definition);
        assertThat(removed.statusCode()).as(removed.body()).isIn(200, 204);
        assertThat(repository().createProcessDefinitionQuery().processDefinitionId(definition).count()).isZero();
        assertThat(history().createHistoricProcessInstanceQuery().processInstanceId(finished).count())
                .as("the finished case's history").isOne();
    }

    @Test
    void anAdministratorMayStillCascadeDeleteADefinitionNoCaseUsed() {
        aRunningApplication();
        String key = "trial-unused";
        String definition = definitionOf(deployTrial(key));

        HttpResponse<String> removed = Http.asAdmin().delete("/engine-rest/process-definition/key/" + key + "?cascade=true");

        assertThat(removed.statusCode()).as(removed.body()).isIn(200, 204);
        assertThat(repository().createProcessDefinitionQuery().processDefinitionId(definition).count()).isZero();
    }

    /** Cases, their history, definitions and deployments, and the running case's history as SIPO reads it. */
    record Counts(long running, long historic, long definitions, long deployments, String application) {
        static Counts now() {
            HttpResponse<String> application = Http.as(SIPO).get("/engine-rest/history/process-instance/" + runningCase);
            assertThat(application.statusCode()).as(application.body()).isEqualTo(200);
            return new Counts(runtime().createProcessInstanceQuery().count(),
                    history().createHistoricProcessInstanceQuery().count(),
                    repository().createProcessDefinitionQuery().count(), repository().createDeploymentQuery().count(),
                    application.body());
        }
    }

    private static HttpResponse<String> refusedAndNothingChanged(Supplier<HttpResponse<String>> attack) {
        Counts before = Counts.now();

        HttpResponse<String> response = attack.get();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("\"message\"");
        assertThat(Counts.now()).isEqualTo(before);
        assertThat(runtime().createProcessInstanceQuery().processInstanceId(runningCase).count()).as("the case").isOne();
        assertThat(repository().createProcessDefinitionQuery().processDefinitionId(pilotDefinition).count())
                .as("its definition").isOne();
        return response;
    }

    private static String deployTrial(String key) {
        String diagram = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Trial"
                    targetNamespace="http://ipoffice.cn/trial">
                  <bpmn:process id="%s" name="Trial" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="Start_Trial"/>
                    <bpmn:sequenceFlow id="Flow_TrialDone" sourceRef="Start_Trial" targetRef="End_Trial"/>
                    <bpmn:endEvent id="End_Trial"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
        HttpResponse<String> deployed = ModelerDeploy.as(MODELER, key + "-" + System.nanoTime(),
                Map.of(key + ".bpmn", diagram.getBytes(StandardCharsets.UTF_8)));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        return idIn(deployed.body());
    }

    private static String definitionOf(String deployment) {
        return repository().createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    }

    private static String idIn(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }

    private static RepositoryService repository() {
        return SpringEngine.bean(RepositoryService.class);
    }

    private static RuntimeService runtime() {
        return SpringEngine.bean(RuntimeService.class);
    }

    private static HistoryService history() {
        return SpringEngine.bean(HistoryService.class);
    }
}
