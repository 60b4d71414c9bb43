package cn.ipoffice.programmes.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.support.ModelerDeploy;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deployment over REST that must not go live is refused with a message saying why, and nothing changes:
 * no deployment is added, the annual report's latest version stays the one in use, and a new case still
 * starts on it.
 */
@ProcessTest
class DeploymentRefusalTest {

    private static final String MODELER = "refusal-modeler";
    private static String diagram;

    @BeforeAll
    static void usersAndDiagram() throws IOException {
        TestUsers.member(MODELER, "modelers");
        TestUsers.member("refusal-jiangsu", "province-32");
        diagram = Files.readString(Path.of("processes", AnnualReportProcess.RESOURCE));
    }

    @Test
    void aDeploymentByAUserOutsideModelers_is403() {
        assertRefusedAndNothingChanged(() -> ModelerDeploy.as("refusal-jiangsu", "annual-report",
                diagram(diagram.replace("Submit the annual report", "Submit the report"))), 403, "CREATE", "Deployment");
    }

    @Test
    void aDiagramWithAnExternalEntity_isRefused_andNoFileIsRead() {
        String withEntity = diagram.replaceFirst("<bpmn:definitions",
                        "<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n<bpmn:definitions")
                .replace("Submit the annual report", "Submit &secret;");

        HttpResponse<String> response = assertRefusedAndNothingChanged(
                () -> ModelerDeploy.as(MODELER, "annual-report", diagram(withEntity)), 400, "DOCTYPE");
        assertThat(response.body()).contains(AnnualReportProcess.RESOURCE);
    }

    @Test
    void aDiagramThatIsNotWellFormedXml_isRefusedWith400() {
        String cutShort = diagram.substring(0, diagram.indexOf("</bpmn:process>"));

        assertRefusedAndNothingChanged(() -> ModelerDeploy.as(MODELER, "annual-report", diagram(cutShort)), 400,
                AnnualReportProcess.RESOURCE, "XML document structures must start and end within the same entity");
    }

    @Test
    void aSequenceFlowToAMissingElement_isRefusedWith400NamingIt() {
        String broken = diagram.replace("targetRef=\"End_ReportSubmitted\"", "targetRef=\"End_Missing\"");

        assertRefusedAndNothingChanged(() -> ModelerDeploy.as(MODELER, "annual-report", diagram(broken)), 400,
                "End_Missing");
    }

    @Test
    void theEngineNeverProcessesExternalEntities() {
        assertThat(SpringEngine.bean(ProcessEngineConfigurationImpl.class).isEnableXxeProcessing()).isFalse();
    }

    private static Map<String, byte[]> diagram(String xml) {
        return Map.of(AnnualReportProcess.RESOURCE, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> assertRefusedAndNothingChanged(Supplier<HttpResponse<String>> deployment,
            int status, String... messageParts) {
        RepositoryService repository = SpringEngine.bean(RepositoryService.class);
        ProcessDefinition live = repository.createProcessDefinitionQuery().processDefinitionKey(AnnualReportProcess.KEY)
                .latestVersion().singleResult();

        HttpResponse<String> response = deployment.get();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(messageParts);
        assertThat(repository.createDeploymentQuery().deploymentSource("Camunda Modeler").count()).as("deployments").isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(AnnualReportProcess.KEY)
                .latestVersion().singleResult().getId()).isEqualTo(live.getId());
        String started = SpringEngine.bean(RuntimeService.class).startProcessInstanceByKey(AnnualReportProcess.KEY, Map.of(
                In.HOLDER_ID.name(), "320800", In.HOLDER_NAME.name(), "Huai'an", In.REPORT_YEAR.name(), 2027, In.RULE_ID.name(), "PM-12",
                In.SUPERVISOR_GROUP.name(), "province-32")).getProcessDefinitionId();
        assertThat(started).isEqualTo(live.getId());
        return response;
    }
}
