package cn.ipoffice.programmes.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.support.ProcessCoverage;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;

/** Start-up deployment from processes/ and forms/: no duplicates, new versions per changed process, forms that keep resolving. */
@ProcessCoverage(exclude = ModelDeployerTest.KEY)
@ProcessTest
class ModelDeployerTest {

    static final String KEY = "deploy-test";

    /** The shared engine records coverage; this copy of a diagram is left out of it. */

    @TempDir
    Path folder;
    private Path processes;
    private Path forms;
    private ModelDeployer deployer;
    private final RepositoryService repositoryService = SpringEngine.bean(RepositoryService.class);

    @BeforeEach
    void copyTheRealModels() throws IOException {
        processes = Files.createDirectories(folder.resolve("processes"));
        forms = Files.createDirectories(folder.resolve("forms"));
        String diagram = Files.readString(Path.of("processes/annual-report.bpmn"))
                .replace("id=\"annual-report\"", "id=\"" + KEY + "\"")
                .replace("bpmnElement=\"annual-report\"", "bpmnElement=\"" + KEY + "\"");
        Files.writeString(processes.resolve(KEY + "-" + folder.getFileName() + ".bpmn"), diagram);
        try (var files = Files.list(Path.of("forms"))) {
            for (Path form : files.toList()) {
                Files.copy(form, forms.resolve(form.getFileName()));
            }
        }
        deployer = new ModelDeployer(repositoryService, SpringEngine.bean(TransactionTemplate.class),
                processes.toString(), forms.toString());
    }

    private long versions() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count();
    }

    private void relabelSubmitForm(String label) throws IOException {
        Path form = forms.resolve("annual-report-submit.form");
        Files.writeString(form, Files.readString(form).replace("Work summary of the previous year", label));
    }

    @Test
    void aRestartWithUnchangedFilesDeploysNothing() {
        assertThat(deployer.deploy()).hasSize(1);
        long versions = versions();
        assertThat(deployer.deploy()).isEmpty();
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aChangedFormGivesANewVersion_runningCasesKeepTheirForms() throws IOException {
        deployer.deploy();
        RuntimeService runtime = SpringEngine.bean(RuntimeService.class);
        TaskService tasks = SpringEngine.bean(TaskService.class);
        FormService formService = SpringEngine.bean(FormService.class);
        Map<String, Object> inputs = Map.of("holderId", "320500", "reportYear", 2030, "ruleId", "PM-12",
                "supervisorGroup", "province-32");
        ProcessInstance before = runtime.startProcessInstanceByKey(KEY, inputs);

        relabelSubmitForm("Summary of last year's work");
        assertThat(deployer.deploy()).containsExactly(KEY + "-" + folder.getFileName() + ".bpmn");
        ProcessInstance after = runtime.startProcessInstanceByKey(KEY, inputs);

        assertThat(after.getProcessDefinitionId()).isNotEqualTo(before.getProcessDefinitionId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(before.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(before.getProcessDefinitionId());
        assertThat(formOf(formService, taskOf(tasks, before))).contains("Work summary of the previous year");
        assertThat(formOf(formService, taskOf(tasks, after))).contains("Summary of last year's work");
    }

    @Test
    void aBrokenDiagramStopsStartUpWithItsName_andDeploysNothing() throws IOException {
        deployer.deploy();
        long versions = versions();
        relabelSubmitForm("Changed label");
        Files.writeString(processes.resolve("zz-broken.bpmn"), "<bpmn:definitions xmlns:bpmn=\"broken");

        assertThatThrownBy(deployer::deploy).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zz-broken.bpmn cannot be deployed");
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aMissingFormIsNamed() throws IOException {
        Files.delete(forms.resolve("overdue-escalation.form"));
        assertThatThrownBy(deployer::deploy).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refers to the form 'overdue-escalation'");
    }

    private static Task taskOf(TaskService tasks, ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static String formOf(FormService formService, Task task) throws IOException {
        try (var in = formService.getDeployedTaskForm(task.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
