package cn.ipoffice.programmes.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.task.Task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/** The field keys of the Camunda Form a user task or start event shows, read from its deployment. */
final class FormFields {

    private final RepositoryService repositoryService;
    private final FormService formService;
    private final ObjectMapper json = new ObjectMapper();

    FormFields(RepositoryService repositoryService, FormService formService) {
        this.repositoryService = repositoryService;
        this.formService = formService;
    }

    Set<String> ofTask(Task task) {
        CamundaFormRef ref = formService.getTaskFormData(task.getId()).getCamundaFormRef();
        return ref == null ? Set.of() : fields(task.getProcessDefinitionId(), ref.getKey());
    }

    Set<String> ofStart(ProcessDefinition definition) {
        CamundaFormRef ref = formService.getStartFormData(definition.getId()).getCamundaFormRef();
        return ref == null ? Set.of() : fields(definition.getId(), ref.getKey());
    }

    private Set<String> fields(String processDefinitionId, String formId) {
        String deploymentId = repositoryService.getProcessDefinition(processDefinitionId).getDeploymentId();
        for (Resource resource : repositoryService.getDeploymentResources(deploymentId)) {
            if (!resource.getName().endsWith(".form")) {
                continue;
            }
            try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resource.getName())) {
                JsonNode form = json.readTree(in);
                if (formId.equals(form.path("id").asText())) {
                    Set<String> keys = new LinkedHashSet<>();
                    collect(form.path("components"), keys);
                    return keys;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource.getName(), e);
            }
        }
        return Set.of();
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collect(component.path("components"), keys);
        }
    }
}
