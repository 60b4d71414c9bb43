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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys {@code processes/} and {@code forms/} at start-up. Each diagram is one deployment named
 * after its file, together with the forms it references, so that {@code formRefBinding="deployment"}
 * always finds them: an unchanged diagram and forms deploy nothing, a changed diagram or one of its
 * forms gives that process a new version, and running cases stay on the version they started with.
 * A diagram whose latest version was already deployed with the same content and forms (from Camunda
 * Modeler's Deploy button, say) is not deployed again. All deployments of a start-up commit together:
 * one broken file deploys nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ModelDeployer implements ApplicationRunner {

    public static final String SOURCE = "ip-programmes";
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
    private static final Pattern PROCESS_ID = Pattern.compile("<(?:bpmn2?:)?process\\s+id=\"([^\"]+)\"");

    private final RepositoryService repositoryService;
    private final TransactionTemplate transaction;
    private final Path processesFolder;
    private final Path formsFolder;
    private final ObjectMapper json = new ObjectMapper();

    ModelDeployer(RepositoryService repositoryService, TransactionTemplate transaction,
            @Value("${ipp.deployment.processes-folder:processes}") String processesFolder,
            @Value("${ipp.deployment.forms-folder:forms}") String formsFolder) {
        this.repositoryService = repositoryService;
        this.transaction = transaction;
        this.processesFolder = Path.of(processesFolder);
        this.formsFolder = Path.of(formsFolder);
    }

    @Override
    public void run(ApplicationArguments args) {
        deploy();
    }

    /** Deploys what changed and returns the new deployments' names. */
    public List<String> deploy() {
        Map<String, ModelFile> formsById = formsById(ModelSources.read(formsFolder, "forms", ".form"));
        List<ModelFile> diagrams = new ArrayList<>(ModelSources.read(processesFolder, "processes", ".bpmn"));
        List<String> deployed = transaction.execute(status -> {
            List<String> names = new ArrayList<>();
            for (ModelFile diagram : diagrams) {
                List<ModelFile> forms = referencedForms(diagram, formsById);
                if (!alreadyLatest(diagram, forms)) {
                    deployOne(diagram, forms, names);
                }
            }
            return names;
        });
        LOG.info("Deployed {} of {} diagrams: {}", deployed.size(), diagrams.size(),
                deployed.isEmpty() ? "none changed" : deployed);
        return deployed;
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
            throw new IllegalStateException(model.name() + " cannot be deployed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the latest version of every process in the diagram was deployed with exactly this diagram
     * and these forms, e.g. from Camunda Modeler's Deploy button: deploying the file again would only
     * make a duplicate version.
     */
    private boolean alreadyLatest(ModelFile diagram, List<ModelFile> forms) {
        Matcher processIds = PROCESS_ID.matcher(new String(diagram.content(), StandardCharsets.UTF_8));
        boolean any = false;
        while (processIds.find()) {
            any = true;
            ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(processIds.group(1)).latestVersion().singleResult();
            if (latest == null || !sameContent(latest.getDeploymentId(), latest.getResourceName(), diagram)
                    || !formsDeployedWith(latest.getDeploymentId(), forms)) {
                return false;
            }
        }
        return any;
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

    private List<ModelFile> referencedForms(ModelFile diagram, Map<String, ModelFile> formsById) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = FORM_REF.matcher(new String(diagram.content(), StandardCharsets.UTF_8));
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        List<ModelFile> forms = new ArrayList<>();
        for (String id : ids) {
            ModelFile form = formsById.get(id);
            if (form == null) {
                throw new IllegalStateException(diagram.name() + " refers to the form '" + id
                        + "', but no file in forms/ has that id");
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
                    throw new IllegalStateException("forms/" + form.name() + " has no \"id\"");
                }
                ModelFile previous = byId.put(id.asText(), form);
                if (previous != null) {
                    throw new IllegalStateException("forms/" + form.name() + " and forms/" + previous.name()
                            + " have the same id '" + id.asText() + "'");
                }
            } catch (IOException e) {
                throw new IllegalStateException("forms/" + form.name() + " is not valid JSON: " + e.getMessage(), e);
            }
        }
        return byId;
    }
}
