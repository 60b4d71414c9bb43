package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.support.WebappSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ModelerDeploy;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.RestBodies;
import cn.ipoffice.programmes.support.SipoFigures;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Nobody destroys cases by deleting the deployment they run on. A modeler deploys and may delete what no case
 * used; a deployment with running or finished cases stays, whoever asks and by whichever route (REST, the
 * webapps' API, the Java API): 403 naming the deployment and its cases, and nothing changes: the cases, their
 * history, the deployments and the register are as before. Deleting cases, definitions or history directly
 * is refused to modelers and offices by their missing permissions.
 */
@ProcessTest
class DeploymentDeletionAttackTest {

    private static final String MODELER = "attack-modeler";
    private static final String JIANGSU = "attack-jiangsu";
    private static final String SIPO = "attack-sipo";
    private static final String TRIAL_KEY = "trial-intake";

    /** The deployment of the pilot-city application, on which Jiangsu's application for Lianyungang runs. */
    private static String pilotDeployment;
    private static String runningCase;

    /** Once, from the first test: the coverage extension records cases only while a test runs. */
    static void aRunningApplication() {
        if (runningCase != null) {
            return;
        }
        TestUsers.member(MODELER, "modelers");
        TestUsers.member(JIANGSU, "province-32");
        TestUsers.member(SIPO, "sipo");
        // Xuzhou holds a pilot title: the register must keep it whatever happens to the cases.
        Register register = SpringEngine.bean(Register.class);
        register.enterHolder("320300", "Xuzhou", HolderKind.PREFECTURE_LEVEL_CITY);
        register.grant("320300", Title.PILOT_CITY, DeadlineCalendar.term(LocalDate.of(2025, 3, 1), 3), 1, "PM-7",
                "deletion-attack:320300", null);
        SipoFigures.ofThePreviousYear("320700");
        HttpResponse<String> applied = Http.as(JIANGSU).postJson("/engine-rest/process-definition/key/"
                + PilotCityApplicationProcess.KEY + "/submit-form", RestBodies.pilotApplication("320700", "Lianyungang"));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        runningCase = idIn(applied.body());
        pilotDeployment = repository().createProcessDefinitionQuery()
                .processDefinitionId(runtime().createProcessInstanceQuery().processInstanceId(runningCase).singleResult()
                        .getProcessDefinitionId()).singleResult().getDeploymentId();
    }

    @AfterEach
    void signOut() {
        SpringEngine.bean(IdentityService.class).clearAuthentication();
    }

    @Test
    void aModelerCascadeDeletingTheDeploymentOfARunningCase_isRefused_andTheCaseAndItsHistoryStay() {
        aRunningApplication();
        HttpResponse<String> response = refusedAndNothingChanged(() -> Http.as(MODELER)
                .delete("/engine-rest/deployment/" + pilotDeployment + "?cascade=true"));

        assertThat(response.body()).contains("Deployment " + pilotDeployment + " is not deleted")
                .contains("1 running").contains(PilotCityApplicationProcess.KEY).contains("cascade");
    }

    @Test
    void aModelerDeletingItWithoutCascade_isRefused_asOnlyAnAdministratorMay() {
        aRunningApplication();
        HttpResponse<String> response = refusedAndNothingChanged(() -> Http.as(MODELER)
                .delete("/engine-rest/deployment/" + pilotDeployment));

        assertThat(response.body()).contains("Deployment " + pilotDeployment).contains("Only an administrator");
    }

    @Test
    void theSameThroughTheWebappsApi_isRefused() {
        aRunningApplication();
        WebappSession cockpit = WebappSession.loggedIn(SpringEngine.baseUrl(), MODELER, TestUsers.PASSWORD);

        HttpResponse<String> response = refusedAndNothingChanged(() -> cockpit
                .delete("/camunda/api/engine/engine/default/deployment/" + pilotDeployment + "?cascade=true"));

        assertThat(response.body()).contains("Deployment " + pilotDeployment + " is not deleted");
    }

    @Test
    void theSameThroughTheJavaApiAsTheModeler_isRefused() {
        aRunningApplication();
        Counts before = Counts.now();
        SpringEngine.bean(IdentityService.class).setAuthentication(MODELER, List.of("modelers"));

        assertThatThrownBy(() -> repository().deleteDeployment(pilotDeployment, true))
                .isInstanceOf(DeploymentInUseException.class).hasMessageContaining(pilotDeployment);
        SpringEngine.bean(IdentityService.class).clearAuthentication();
        assertThat(Counts.now()).isEqualTo(before);
    }

    @Test
    void anAdministratorCascadeDeletingIt_isRefusedToo_historyIsNeverDeleted() {
        aRunningApplication();
        HttpResponse<String> response = refusedAndNothingChanged(() -> Http.asAdmin()
                .delete("/engine-rest/deployment/" + pilotDeployment + "?cascade=true"));

        assertThat(response.body()).contains("administrators included");
    }

    @Test
    void anAdministratorDeletingItWithoutCascadeWhileItsCaseRuns_isRefused() {
        aRunningApplication();
        HttpResponse<String> response = refusedAndNothingChanged(() -> Http.asAdmin()
                .delete("/engine-rest/deployment/" + pilotDeployment));

        assertThat(response.body()).contains("still run");
    }

    @Test
    void aDeploymentWithOnlyFinishedCases_staysForModelersAndForCascades_anAdministratorMayRemoveItKeepingTheHistory() {
        aRunningApplication();
        String trial = deployTrial();
        HttpResponse<String> started = Http.asAdmin().postJson("/engine-rest/process-definition/key/" + TRIAL_KEY + "/start", "{}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String finished = idIn(started.body());
        assertThat(history().createHistoricProcessInstanceQuery().processInstanceId(finished).finished().count()).isOne();

        assertThat(refusedAndNothingChanged(() -> Http.as(MODELER).delete("/engine-rest/deployment/" + trial)).body())
                .contains("0 running and 1 finished case(s) of " + TRIAL_KEY);
        refusedAndNothingChanged(() -> Http.as(MODELER).delete("/engine-rest/deployment/" + trial + "?cascade=true"));
        refusedAndNothingChanged(() -> Http.asAdmin().delete("/engine-rest/deployment/" + trial + "?cascade=true"));

        HttpResponse<String> removed = Http.asAdmin().delete("/engine-rest/deployment/" + trial);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(repository().createDeploymentQuery().deploymentId(trial).count()).isZero();
        assertThat(history().createHistoricProcessInstanceQuery().processInstanceId(finished).count())
                .as("the finished case's history").isOne();
    }

    @Test
    void aModelerMayStillDeleteATrialUploadNoCaseUsed() {
        aRunningApplication();
        String trial = deployTrial();

        HttpResponse<String> removed = Http.as(MODELER).delete("/engine-rest/deployment/" + trial + "?cascade=true");

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(repository().createDeploymentQuery().deploymentId(trial).count()).isZero();
    }

    @Test
    void deletingTheDefinitionCascadingToItsCases_isRefusedToModelersAndOffices() {
        aRunningApplication();
        String definition = runtime().createProcessInstanceQuery().processInstanceId(runningCase).singleResult()
                .getProcessDefinitionId();
        for (String user : List.of(MODELER, JIANGSU)) {
            HttpResponse<String> response = refusedAndNothingChanged(() -> Http.as(user)
                    .delete("/engine-rest/process-definition/" + definition + "?cascade=true"));
            assertThat(response.body()).contains("'DELETE' permission").contains("ProcessDefinition");
            refusedAndNothingChanged(() -> Http.as(user)
                    .delete("/engine-rest/process-definition/key/" + PilotCityApplicationProcess.KEY + "?cascade=true"));
        }
    }

    @Test
    void deletingTheCaseOrItsHistory_isRefusedToModelersAndOffices() {
        aRunningApplication();
        for (String user : List.of(MODELER, JIANGSU, SIPO)) {
            HttpResponse<String> response = refusedAndNothingChanged(() -> Http.as(user)
                    .delete("/engine-rest/process-instance/" + runningCase));
            assertThat(response.body()).contains("'DELETE' permission");
            refusedAndNothingChanged(() -> Http.as(user).postJson("/engine-rest/process-instance/delete",
                    "{\"processInstanceIds\": [\"" + runningCase + "\"], \"deleteReason\": \"attack\"}"));
            refusedAndNothingChanged(() -> Http.as(user)
                    .delete("/engine-rest/history/process-instance/" + runningCase));
            refusedAndNothingChanged(() -> Http.as(user).postJson("/engine-rest/history/process-instance/delete",
                    "{\"historicProcessInstanceIds\": [\"" + runningCase + "\"]}"));
            refusedAndNothingChanged(() -> Http.as(user)
                    .delete("/engine-rest/history/process-instance/" + runningCase + "/variable-instances"));
        }
    }

    /** Cases, their history, deployments and the register as SIPO reads it. */
    record Counts(long running, long historic, long deployments, String register, String application) {
        static Counts now() {
            HttpResponse<String> register = Http.as(SIPO).get("/api/register/holders");
            assertThat(register.statusCode()).isEqualTo(200);
            assertThat(register.body()).contains("\"320300\"").contains("PILOT_CITY");
            HttpResponse<String> application = Http.as(SIPO).get("/engine-rest/history/process-instance/" + runningCase);
            assertThat(application.statusCode()).as(application.body()).isEqualTo(200);
            return new Counts(runtime().createProcessInstanceQuery().count(),
                    history().createHistoricProcessInstanceQuery().count(), repository().createDeploymentQuery().count(),
                    register.body(), application.body());
        }
    }

    private static HttpResponse<String> refusedAndNothingChanged(Supplier<HttpResponse<String>> attack) {
        Counts before = Counts.now();

        HttpResponse<String> response = attack.get();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("\"message\"");
        assertThat(Counts.now()).isEqualTo(before);
        assertThat(runtime().createProcessInstanceQuery().processInstanceId(runningCase).count()).as("the case").isOne();
        return response;
    }

    private static String deployTrial() {
        String diagram = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_TrialIntake"
                    targetNamespace="http://ipoffice.cn/trial">
                  <bpmn:process id="%s" name="Trial intake" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="Start_Trial"/>
                    <bpmn:sequenceFlow id="Flow_TrialDone" sourceRef="Start_Trial" targetRef="End_Trial"/>
                    <bpmn:endEvent id="End_Trial"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(TRIAL_KEY);
        HttpResponse<String> deployed = ModelerDeploy.as(MODELER, "trial-" + System.nanoTime(),
                Map.of(TRIAL_KEY + ".bpmn", diagram.getBytes(StandardCharsets.UTF_8)));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        return idIn(deployed.body());
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
