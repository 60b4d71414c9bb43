package cn.ipoffice.programmes.simulator;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The names and documentation of deployed diagram elements, for the timeline's words and rule ids. */
final class DiagramTexts {

    private final RepositoryService repositoryService;
    private final Map<String, BpmnModelInstance> models = new HashMap<>();

    DiagramTexts(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The element's name, or its id where it has none. */
    String name(String processDefinitionId, String elementId) {
        BaseElement element = element(processDefinitionId, elementId);
        if (element instanceof FlowElement flow && flow.getName() != null) {
            return flow.getName();
        }
        return elementId;
    }

    /** The rule ids the element's documentation cites. */
    String rule(String processDefinitionId, String elementId) {
        BaseElement element = element(processDefinitionId, elementId);
        if (element == null) {
            return "";
        }
        String documentation = element.getDocumentations().stream().map(Documentation::getTextContent)
                .collect(Collectors.joining(" "));
        return RuleIds.in(documentation);
    }

    /** The process's name without the list of articles it covers: "Pilot city round". */
    String process(String processDefinitionId) {
        String processKey = repositoryService.getProcessDefinition(processDefinitionId).getKey();
        Process process = model(processDefinitionId).getModelElementById(processKey);
        String name = process == null || process.getName() == null ? processKey : process.getName();
        return name.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
    }

    private BaseElement element(String processDefinitionId, String elementId) {
        return model(processDefinitionId).getModelElementById(elementId);
    }

    private BpmnModelInstance model(String processDefinitionId) {
        return models.computeIfAbsent(processDefinitionId, repositoryService::getBpmnModelInstance);
    }
}
