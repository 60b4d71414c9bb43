package cn.ipoffice.programmes.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;

/**
 * The forms of each deployment by id, read once per deployment: a running case is validated against
 * the forms of its own version.
 */
class FormContracts {

    private final RepositoryService repositoryService;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<String, FormContract>> byDeployment = new ConcurrentHashMap<>();

    FormContracts(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    FormContract forDefinition(String processDefinitionId, String formId) {
        String deploymentId = repositoryService.getProcessDefinition(processDefinitionId).getDeploymentId();
        FormContract contract = byDeployment.computeIfAbsent(deploymentId, this::read).get(formId);
        if (contract == null) {
            throw new IllegalStateException("The form '" + formId + "' is not part of deployment " + deploymentId);
        }
        return contract;
    }

    private Map<String, FormContract> read(String deploymentId) {
        Map<String, FormContract> forms = new HashMap<>();
        for (Resource resource : repositoryService.getDeploymentResources(deploymentId)) {
            if (!resource.getName().endsWith(".form")) {
                continue;
            }
            try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resource.getName())) {
                FormContract contract = FormContract.of(json.readTree(in));
                forms.put(contract.formId(), contract);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource.getName(), e);
            }
        }
        return forms;
    }
}
