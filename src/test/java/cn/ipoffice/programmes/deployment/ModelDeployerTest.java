package cn.ipoffice.programmes.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
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
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up deployment from processes/ and forms/: no duplicates, new versions per changed process, forms that keep
 * resolving; the jar's files unless a folder is named; a broken diagram refused before anything is deployed.
 */
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
        // A copy of its own per test, so that no test finds it deployed by another: the tests run in any order.
        String diagram = Files.readString(Path.of("processes/annual-report.bpmn"))
                .replace("id=\"annual-report\"", "id=\"" + KEY + "\"")
                .replace("bpmnElement=\"annual-report\"", "bpmnElement=\"" + KEY + "\"")
                .replaceFirst("<bpmn:definitions", "<!-- " + folder.getFileName() + " -->\n<bpmn:definitions");
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

        long deployments = repositoryService.createDeploymentQuery().count();

        assertThatThrownBy(deployer::deploy).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zz-broken.bpmn cannot be deployed")
                .hasMessageStartingWith(processes.resolve("zz-broken.bpmn").toAbsolutePath().toString())
                .hasMessageContaining("not a valid BPMN diagram")
                .hasMessageContaining("line 1: XML document structures must start and end within the same entity");
        assertThat(versions()).isEqualTo(versions);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aDiagramAgainstTheBpmnSchema_isRefusedWithTheLineAndTheElement_andNothingIsDeployed() throws IOException {
        deployer.deploy();
        long versions = versions();
        long deployments = repositoryService.createDeploymentQuery().count();
        relabelSubmitForm("Changed label");
        String annualReport = Files.readString(Path.of("processes/annual-report.bpmn"));
        Files.writeString(processes.resolve("zz-invalid.bpmn"), annualReport.replaceFirst(
                "    <bpmn:startEvent", "    <bpmn:notAnElement id=\"Unknown\" />\n    <bpmn:startEvent"));
        long line = annualReport.lines().takeWhile(text -> !text.contains("<bpmn:startEvent")).count() + 1;

        assertThatThrownBy(deployer::deploy).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(processes.resolve("zz-invalid.bpmn").toAbsolutePath() + " cannot be deployed")
                .hasMessageContaining("line " + line + ":")
                .hasMessageContaining("notAnElement");
        assertThat(versions()).isEqualTo(versions);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aDiagramWithADoctype_isRefusedBeforeAnythingIsDeployed() throws IOException {
        long versions = versions();
        long deployments = repositoryService.createDeploymentQuery().count();
        Files.writeString(processes.resolve("zz-entity.bpmn"), Files.readString(Path.of("processes/annual-report.bpmn"))
                .replaceFirst("<bpmn:definitions", "<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n<bpmn:definitions")
                .replace("id=\"annual-report\"", "id=\"" + KEY + "-entity\""));

        assertThatThrownBy(deployer::deploy).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zz-entity.bpmn cannot be deployed")
                .hasMessageContaining("DOCTYPE is disallowed");
        assertThat(versions()).isEqualTo(versions);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aProcessesFolderInTheWorkingDirectory_isIgnoredWithoutTheOption() throws IOException {
        // The working directory holds processes/ (this test's diagram) and forms/, and now a broken file too:
        // none of it is read, the jar's diagrams are, and the start-up deployed those already.
        Files.writeString(processes.resolve("zz-broken.bpmn"), "<bpmn:definitions xmlns:bpmn=\"broken");
        long versions = versions();
        ModelDeployer fromTheJar = new ModelDeployer(repositoryService, SpringEngine.bean(TransactionTemplate.class),
                ModelSources.diagrams("", folder), ModelSources.forms("", folder));

        assertThat(fromTheJar.deploy()).isEmpty();
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void theFoldersTheOptionsName_areDeployed_andTheLogSaysSo() {
        try (CapturedLog sources = new CapturedLog(ModelSources.class);
                CapturedLog deployment = new CapturedLog(ModelDeployer.class)) {
            new ApplicationContextRunner()
                    .withPropertyValues(ModelSources.PROCESSES_PROPERTY + "=" + processes.toAbsolutePath(),
                            ModelSources.FORMS_PROPERTY + "=" + forms.toAbsolutePath())
                    .withBean(RepositoryService.class, () -> repositoryService)
                    .withBean(TransactionTemplate.class, () -> SpringEngine.bean(TransactionTemplate.class))
                    .withUserConfiguration(ModelDeployer.class)
                    .run(context -> assertThat(context.getBean(ModelDeployer.class).deploy())
                            .containsExactly(KEY + "-" + folder.getFileName() + ".bpmn"));

            assertThat(sources.at(Level.WARN)).anySatisfy(line -> assertThat(line)
                    .contains(processes.toAbsolutePath().toString(), ModelSources.PROCESSES_PROPERTY));
            assertThat(sources.at(Level.WARN)).anySatisfy(line -> assertThat(line)
                    .contains(forms.toAbsolutePath().toString(), ModelSources.FORMS_PROPERTY));
            assertThat(deployment.at(Level.INFO)).anySatisfy(line -> assertThat(line)
                    .contains("Deployed 1 of 1 diagrams from " + processes.toAbsolutePath()));
        }
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
