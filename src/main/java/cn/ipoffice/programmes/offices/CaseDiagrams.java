package cn.ipoffice.programmes.offices;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What a case's diagram says of its elements, in the words the offices read: an element's name and the rule ids its
 * documentation cites (every task and timer cites one, docs/modelers-guide.md), the task a boundary timer watches, and
 * which element a timer job belongs to. A deployed definition never changes, so its diagram and its timers are read once
 * (the engine's own cache of diagrams asks the database for the definition at every look-up).
 */
@Component
class CaseDiagrams {

    private static final Pattern RULE = Pattern.compile("\\b(?:PM|CA)-\\d+(?:\\([a-z]+\\))?|\\bI-\\d+");
    private static final Pattern ARTICLES = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    /** An expression of the name that the page does not evaluate, with the preposition that leads to it. */
    private static final Pattern OTHER_EXPRESSION = Pattern.compile("(\\s+(?:for|of|in|on)\\s+)?\\$\\{[^}]*}");

    private final RepositoryService repository;
    private final ManagementService management;
    private final Map<String, BpmnModelInstance> diagrams = new ConcurrentHashMap<>();
    /** The element of each timer's job definition, by process definition. */
    private final Map<String, Map<String, String>> timerElements = new ConcurrentHashMap<>();

    CaseDiagrams(@Lazy RepositoryService repository, @Lazy ManagementService management) {
        this.repository = repository;
        this.management = management;
    }

    /**
     * A text that names the holder by its code alone names it by its name too: "Confirm the PM-32(c) finding on
     * 320700" reads "… on Lianyungang (320700)". A text that has the name already, or another holder's code that begins
     * with this one ({@code 320500-sip}), stays as it is.
     */
    static String named(String text, String holderId, String holderName) {
        if (text == null || holderName == null || holderName.equals(holderId) || text.contains(holderName)) {
            return text;
        }
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(holderId) + "(?![\\w-])").matcher(text)
                .replaceAll(Matcher.quoteReplacement(holderName + " (" + holderId + ")"));
    }

    /** "Pilot city round (PM-8, PM-9, …)" reads "Pilot city round". */
    static String withoutArticles(String processName) {
        return processName == null ? "" : ARTICLES.matcher(processName).replaceFirst("");
    }

    /**
     * The element's name for a holder's page: its holder's name and code filled in, any other expression left out
     * ("SIPO examines ${holderName} for ${reportYear - 1} in its yearly round" reads "SIPO examines Shenzhen in its
     * yearly round"); the element's id where it has no name.
     */
    String name(String definitionId, String elementId, String holderId, String holderName) {
        BaseElement element = element(definitionId, elementId);
        String name = element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : elementId;
        name = name.replace("${holderName}", holderName).replace("${holderId}", holderId);
        return OTHER_EXPRESSION.matcher(name).replaceAll("").trim();
    }

    /** The rule ids the element's documentation cites, "PM-8" or "PM-23, I-8"; empty where it cites none. */
    String rule(String definitionId, String elementId) {
        BaseElement element = element(definitionId, elementId);
        if (element == null) {
            return "";
        }
        String documentation = element.getDocumentations().stream().map(Documentation::getTextContent)
                .collect(Collectors.joining(" "));
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = RULE.matcher(documentation);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return String.join(", ", ids);
    }

    /** The activity a boundary event is attached to, or null for any other element. */
    String attachedTo(String definitionId, String elementId) {
        return element(definitionId, elementId) instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null
                ? boundary.getAttachedTo().getId() : null;
    }

    /** The element (a timer event) whose jobs the job definition makes. */
    String timerElement(String definitionId, String jobDefinitionId) {
        return timerElements.computeIfAbsent(definitionId, id -> management.createJobDefinitionQuery()
                .processDefinitionId(id).list().stream()
                .collect(Collectors.toUnmodifiableMap(JobDefinition::getId, JobDefinition::getActivityId)))
                .get(jobDefinitionId);
    }

    private BaseElement element(String definitionId, String elementId) {
        return elementId == null ? null
                : diagrams.computeIfAbsent(definitionId, repository::getBpmnModelInstance).getModelElementById(elementId);
    }
}
