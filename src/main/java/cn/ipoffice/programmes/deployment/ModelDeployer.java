package cn.ipoffice.programmes.deployment;

import cn.ipoffice.programmes.deployment.ModelSources.ModelFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys {@code processes/} and {@code forms/} at start-up, from the jar unless a folder is named
 * ({@link ModelSources}). Each diagram is one deployment named after its file, together with the forms
 * it references, so that {@code formRefBinding="deployment"} always finds them: an unchanged diagram
 * and forms deploy nothing, a changed diagram or one of its forms gives that process a new version, and
 * running cases stay on the version they started with.
 * A diagram whose latest version was already deployed with the same content and forms (from Camunda
 * Modeler's Deploy button, say) is not deployed again. Every diagram is read with the BPMN model API
 * before anything is deployed, and all deployments of a start-up commit together: one broken file
 * deploys nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ModelDeployer implements ApplicationRunner {

    public static final String SOURCE = "ip-programmes";
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;
    private final TransactionTemplate transaction;
    private final ModelSources diagramSource;
    private final ModelSources formSource;
    private final ObjectMapper json = new ObjectMapper();

    /** A folder is read only when its property names it; unset or empty, the jar's files are deployed. */
    @Autowired
    ModelDeployer(RepositoryService repositoryService, TransactionTemplate transaction,
            @Value("${" + ModelSources.PROCESSES_PROPERTY + ":}") String processesFolder,
            @Value("${" + ModelSources.FORMS_PROPERTY + ":}") String formsFolder) {
        this(repositoryService, transaction, ModelSources.diagrams(processesFolder, Path.of("")),
                ModelSources.forms(formsFolder, Path.of("")));
    }

    ModelDeployer(RepositoryService repositoryService, TransactionTemplate transaction, ModelSources diagramSource,
            ModelSources formSource) {
        this.repositoryService = repositoryService;
        this.transaction = transaction;
        this.diagramSource = diagramSource;
        this.formSource = formSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        deploy();
    }

    /** Deploys what changed and returns the new deployments' names. */
    public List<String> deploy() {
        Map<String, ModelFile> formsById = formsById(formSource.read());
        List<WithForms> diagrams = diagramSource.read().stream().map(DiagramFile::read)
                .map(diagram -> new WithForms(diagram, referencedForms(diagram, formsById))).toList();
        List<String> deployed = transaction.execute(status -> {
            List<String> names = new ArrayList<>();
            for (WithForms diagram : diagrams) {
                if (!alreadyLatest(diagram.diagram(), diagram.forms())) {
                    deployOne(diagram.diagram().file(), diagram.forms(), names);
                }
            }
            return names;
        });
        LOG.info("Deployed {} of {} diagrams from {}: {}", deployed.size(), diagrams.size(),
                diagramSource.description(), deployed.isEmpty() ? "none changed" : deployed);
        return deployed;
    }

    /** A diagram and the forms it references: what one deployment holds. */
    private record WithForms(DiagramFile diagram, List<ModelFile> forms) {
    }

    private void deployOne(ModelFile model, List<ModelFile> forms, List<String> names) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(model.name())
                .source(SOURCE)
                .enableDuplicateFiltering(false)
                .addString(model.name(), new String(model.content(), StandardCharsets.UTF_8));
        forms.forEach(form -> builder.addString(form.name(), new String(form.content(), StandardCharsets.UTF_8)));
        try {
            DeploymentWithDefinitions deployment = builder.deployWithResult();
            if (hasAny(deployment.getDeployedProcessDefinitions())) {
                names.add(model.name());
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException(model.location() + " cannot be deployed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the latest version of every process in the diagram was deployed with exactly this diagram
     * and these forms, e.g. from Camunda Modeler's Deploy button: deploying the file again would only
     * make a duplicate version.
     */
    private boolean alreadyLatest(DiagramFile diagram, List<ModelFile> forms) {
        for (String key : diagram.processKeys()) {
            ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            if (latest == null || !sameContent(latest.getDeploymentId(), latest.getResourceName(), diagram.file())
                    || !formsDeployedWith(latest.getDeploymentId(), forms)) {
                return false;
            }
        }
        return !diagram.processKeys().isEmpty();
    }

    private boolean formsDeployedWith(String deploymentId, List<ModelFile> forms) {
        List<String> deployed = repositoryService.getDeploymentResourceNames(deploymentId);
        return forms.stream().allMatch(form -> deployed.stream().anyMatch(name -> sameContent(deploymentId, name, form)));
    }

    private boolean sameContent(String deploymentId, String resourceName, ModelFile file) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
            return Arrays.equals(in.readAllBytes(), file.content());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasAny(List<?> definitions) {
        return definitions != null && !definitions.isEmpty();
    }

    private List<ModelFile> referencedForms(DiagramFile diagram, Map<String, ModelFile> formsById) {
        List<ModelFile> forms = new ArrayList<>();
        for (String id : diagram.formIds()) {
            ModelFile form = formsById.get(id);
            if (form == null) {
                throw new IllegalStateException(diagram.file().location() + " refers to the form '" + id
                        + "', but no file in " + formSource.description() + " has that id");
            }
            forms.add(form);
        }
        return forms;
    }

    private Map<String, ModelFile> formsById(List<ModelFile> forms) {
        Map<String, ModelFile> byId = new LinkedHashMap<>();
        for (ModelFile form : forms) {
            try {
                JsonNode id = json.readTree(form.content()).get("id");
                if (id == null || id.asText().isBlank()) {
                    throw new IllegalStateException(form.location() + " has no \"id\"");
                }
                ModelFile previous = byId.put(id.asText(), form);
                if (previous != null) {
                    throw new IllegalStateException(form.location() + " and " + previous.location()
                            + " have the same id '" + id.asText() + "'");
                }
            } catch (IOException e) {
                throw new IllegalStateException(form.location() + " is not valid JSON: " + e.getMessage(), e);
            }
        }
        return byId;
    }
}
