package cn.ipoffice.programmes.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.support.ModelerDeploy;
import cn.ipoffice.programmes.support.ProcessCoverage;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The request Camunda Modeler's Deploy button sends (multipart {@code POST /engine-rest/deployment/create}
 * with the diagram and its forms): new cases take the new version, running cases keep theirs, and the
 * same diagram saved in processes/ is not deployed a second time at the next start.
 */
@ProcessCoverage(exclude = {AnnualReportProcess.KEY})
@ProcessTest
class ModelerDeploymentTest {

    @TempDir
    Path folder;

    private static final Map<String, Object> OWED = Map.of("holderId", "320500", "holderName", "Suzhou", "reportYear", 2030, "ruleId", "PM-12",
            "supervisorGroup", "province-32");

    @Test
    void aDeploymentFromCamundaModeler_isUsedByNewCases_runningCasesKeepTheirs_andARestartAddsNoDuplicate() throws Exception {
        RepositoryService repository = SpringEngine.bean(RepositoryService.class);
        RuntimeService runtime = SpringEngine.bean(RuntimeService.class);
        modelerUser();
        ProcessInstance running = runtime.startProcessInstanceByKey(AnnualReportProcess.KEY, OWED);
        long versions = repository.createProcessDefinitionQuery().processDefinitionKey(AnnualReportProcess.KEY).count();

        String revised = Files.readString(Path.of("processes", AnnualReportProcess.RESOURCE))
                .replace("Submit the annual report due 31 January", "Submit the work summary and plan due 31 January");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(AnnualReportProcess.RESOURCE, revised.getBytes(StandardCharsets.UTF_8));
        for (String form : new String[] {"annual-report-submit.form", "annual-report-review.form", "overdue-escalation.form"}) {
            files.put(form, Files.readAllBytes(Path.of("forms", form)));
        }
        HttpResponse<String> response = ModelerDeploy.as("modeler", "annual-report", files);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"deployedProcessDefinitions\"").contains("annual-report");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(AnnualReportProcess.KEY).count())
                .isEqualTo(versions + 1);
        ProcessInstance fresh = runtime.startProcessInstanceByKey(AnnualReportProcess.KEY, OWED);
        TaskService tasks = SpringEngine.bean(TaskService.class);
        assertThat(tasks.createTaskQuery().processInstanceId(fresh.getId()).singleResult().getName())
                .startsWith("Submit the work summary and plan");
        assertThat(tasks.createTaskQuery().processInstanceId(running.getId()).singleResult().getName())
                .startsWith("Submit the annual report");
        String freshTask = tasks.createTaskQuery().processInstanceId(fresh.getId()).singleResult().getId();
        try (var form = SpringEngine.bean(FormService.class).getDeployedTaskForm(freshTask)) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"annual-report-submit\"");
        }

        // The modeler saves the revised diagram in processes/; the next start finds it already deployed.
        Path processes = Files.createDirectories(folder.resolve("processes"));
        Path forms = Files.createDirectories(folder.resolve("forms"));
        Files.writeString(processes.resolve(AnnualReportProcess.RESOURCE), revised);
        for (String form : files.keySet()) {
            if (form.endsWith(".form")) {
                Files.write(forms.resolve(form), files.get(form));
            }
        }
        ModelDeployer deployer = new ModelDeployer(repository, SpringEngine.bean(TransactionTemplate.class),
                processes.toString(), forms.toString());
        assertThat(deployer.deploy()).isEmpty();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(AnnualReportProcess.KEY).count())
                .isEqualTo(versions + 1);
    }

    private static void modelerUser() {
        TestUsers.member("modeler", "modelers");
    }
}
