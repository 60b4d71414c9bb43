package cn.ipoffice.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityExaminationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.modelcities.ModelExaminationRoundProcess;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess;
import cn.ipoffice.programmes.register.CallProgramme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The model rules of docs/modelers-guide.md "What the build checks", for every diagram in processes/: delegates by expression, user
 * tasks with form, candidate group and due date, rule ids in the documentation, timers from the
 * deadline calendar followed by the overdue pattern, and every element code names present.
 */
class ProcessModelTest {

    private static final Pattern RULE_ID = Pattern.compile("\\b(CA|PM|I)-\\d+\\b");
    private static final Pattern GENERATED_ID = Pattern.compile("(Activity|Event|Gateway|Task|Flow|UserTask|ServiceTask)_[0-9a-z]{7}");
    /** The process API classes and the diagrams they describe. */
    private static final Map<Class<?>, String> PROCESS_APIS = Map.ofEntries(
            Map.entry(AnnualReportProcess.class, AnnualReportProcess.RESOURCE),
            Map.entry(PilotCityApplicationProcess.class, PilotCityApplicationProcess.RESOURCE),
            Map.entry(PilotCityRoundProcess.class, PilotCityRoundProcess.RESOURCE),
            Map.entry(DemonstrationFosteringProcess.class, DemonstrationFosteringProcess.RESOURCE),
            Map.entry(ClusterAreaApplicationProcess.class, ClusterAreaApplicationProcess.RESOURCE),
            Map.entry(ExperimentalAreaConstructionProcess.class, ExperimentalAreaConstructionProcess.RESOURCE),
            Map.entry(DemonstrativeAreaTermProcess.class, DemonstrativeAreaTermProcess.RESOURCE),
            Map.entry(ModelCityApplicationProcess.class, ModelCityApplicationProcess.RESOURCE),
            Map.entry(ModelCityTermProcess.class, ModelCityTermProcess.RESOURCE),
            Map.entry(TitleWithdrawalProcess.class, TitleWithdrawalProcess.RESOURCE),
            Map.entry(YearlyCallProcess.class, YearlyCallProcess.RESOURCE),
            Map.entry(ProvincialAssessmentRoundProcess.class, ProvincialAssessmentRoundProcess.RESOURCE),
            Map.entry(ModelCityExaminationProcess.class, ModelCityExaminationProcess.RESOURCE),
            Map.entry(ModelExaminationRoundProcess.class, ModelExaminationRoundProcess.RESOURCE));

    @TestFactory
    Stream<DynamicTest> everyDiagramFollowsTheModelRules() throws IOException {
        Set<String> formIds = formIds();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file, formIds)));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyElementAProcessApiNamesIsInItsDiagram() {
        return PROCESS_APIS.entrySet().stream().map(api -> DynamicTest.dynamicTest(api.getValue(), () -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", api.getValue()).toFile());
            List<String> missing = new ArrayList<>();
            for (String id : elementIds(api.getKey())) {
                if (model.getModelElementById(id) == null) {
                    missing.add(id);
                }
            }
            assertThat(missing).as("elements named in " + api.getKey().getSimpleName()).isEmpty();
            Field key = api.getKey().getField("KEY");
            assertThat((Object) model.getModelElementById((String) key.get(null))).as("process " + key.get(null)).isNotNull();
        }));
    }

    /** PM-7, PM-20, CA-8, I-14: each programme's applications wait for the message its call's list publishes. */
    @TestFactory
    Stream<DynamicTest> everyCallProgrammesListIsAwaitedByItsApplications() {
        Map<CallProgramme, String> applications = Map.of(CallProgramme.PILOT_CITY, PilotCityApplicationProcess.RESOURCE,
                CallProgramme.MODEL_CITY, ModelCityApplicationProcess.RESOURCE,
                CallProgramme.CLUSTER_AREA, ClusterAreaApplicationProcess.RESOURCE);
        return java.util.Arrays.stream(CallProgramme.values()).map(programme -> DynamicTest.dynamicTest(programme.name(),
                () -> {
                    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes",
                            applications.get(programme)).toFile());
                    assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class))
                            .extracting(org.camunda.bpm.model.bpmn.instance.Message::getName)
                            .contains(programme.listPublishedMessage());
                }));
    }

    /** Every service task and obligation subprocess is configured from an element template of processes/.camunda/. */
    @TestFactory
    Stream<DynamicTest> everyServiceTaskMatchesAnElementTemplate() throws IOException {
        Map<String, JsonNode> templates = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("processes/.camunda/element-templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                new ObjectMapper().readTree(file.toFile()).forEach(t -> templates.put(t.get("id").asText(), t));
            }
        }
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                        List<String> problems = new ArrayList<>();
                        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                            matchTemplate(task, templates, problems);
                        }
                        for (SubProcess sub : model.getModelElementsByType(SubProcess.class)) {
                            if (sub.getAttributeValueNs(CAMUNDA, "modelerTemplate") != null || hasInput(sub, "obligationDeadline")) {
                                matchTemplate(sub, templates, problems);
                            }
                        }
                        assertThat(problems).as(file.toString()).isEmpty();
                    }));
        }
    }

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private static void matchTemplate(BaseElement element, Map<String, JsonNode> templates, List<String> problems) {
        String id = element.getAttributeValueNs(CAMUNDA, "modelerTemplate");
        JsonNode template = id == null ? null : templates.get(id);
        if (template == null) {
            problems.add(element.getId() + ": no element template (camunda:modelerTemplate=" + id + ")");
            return;
        }
        for (JsonNode property : template.get("properties")) {
            JsonNode binding = property.get("binding");
            String type = binding.get("type").asText();
            if (type.equals("property") && !property.path("value").asText().equals(
                    element.getAttributeValueNs(CAMUNDA, binding.get("name").asText().replace("camunda:", "")))) {
                problems.add(element.getId() + ": " + binding.get("name").asText() + " differs from template " + id);
            }
            // An optional input (the template's "optional": true) may be left out, as the Modeler leaves it out.
            if (type.equals("camunda:inputParameter") && !property.path("optional").asBoolean(false)
                    && !hasInput(element, binding.get("name").asText())) {
                problems.add(element.getId() + ": input " + binding.get("name").asText() + " of template " + id + " missing");
            }
            if (type.equals("camunda:executionListener") && element.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaExecutionListener.class).list().stream()
                    .noneMatch(l -> property.path("value").asText().equals(l.getCamundaDelegateExpression()))) {
                problems.add(element.getId() + ": listener " + property.path("value").asText() + " of template " + id + " missing");
            }
        }
    }

    private static boolean hasInput(BaseElement element, String name) {
        return element.getExtensionElements() != null && element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaInputOutput.class).list().stream()
                .flatMap(io -> io.getCamundaInputParameters().stream())
                .anyMatch(p -> p.getCamundaName().equals(name));
    }

    /** The pictures in docs/diagrams show the diagrams as they are (regenerate with npm run render in src/lint). */
    @TestFactory
    Stream<DynamicTest> everyDiagramHasAnUpToDatePicture() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        Path picture = Path.of("docs/diagrams", file.getFileName().toString().replace(".bpmn", ".svg"));
                        assertThat(picture).as("picture of " + file + " (npm run render in src/lint)").exists();
                        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(file)));
                        assertThat(Files.readString(picture)).as(picture + " is older than " + file
                                + ": run npm run render in src/lint").contains("sha256:" + hash);
                    }));
        }
    }

    private static void check(Path file, Set<String> formIds) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> problems = new ArrayList<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (task.getCamundaDelegateExpression() == null) {
                problems.add(task.getId() + ": service task without a delegate expression");
            }
            requireRuleId(task, problems);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() == null || !formIds.contains(task.getCamundaFormRef())) {
                problems.add(task.getId() + ": user task without a form of forms/ (" + task.getCamundaFormRef() + ")");
            }
            if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                problems.add(task.getId() + ": form binding must be 'deployment'");
            }
            if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
                problems.add(task.getId() + ": user task without a candidate group");
            }
            if (task.getCamundaDueDate() == null || !task.getCamundaDueDate().startsWith("${")) {
                problems.add(task.getId() + ": user task without a due date from the deadline calendar");
            }
            requireRuleId(task, problems);
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            BaseElement event = (BaseElement) timer.getParentElement();
            if (timer.getTimeDate() == null || !timer.getTimeDate().getTextContent().trim().startsWith("${")) {
                problems.add(event.getId() + ": timer without a timeDate expression from the deadline calendar");
            }
            requireRuleId(event, problems);
            if (event instanceof BoundaryEvent boundary && boundary.getAttachedTo() instanceof UserTask) {
                requireOverduePattern(boundary, problems);
            }
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element.getId() != null && GENERATED_ID.matcher(element.getId()).matches()) {
                problems.add(element.getId() + ": generated id; give it a readable one");
            }
        }
        assertThat(problems).as(file.toString()).isEmpty();
    }

    /**
     * A deadline on a user task: non-interrupting, then ${flagOverdue}, then (through a merging gateway) an escalation
     * user task on the form overdue-escalation whose complete listener ${recordEscalationAction} records the action,
     * followed by the follow-up timer ${deadlines.startOfDay(escalationBackOn)}, which leads back to the escalation;
     * or, where the regulation attaches a consequence (PM-17, I-3), interrupting and followed by the service task
     * that applies it.
     */
    private static void requireOverduePattern(BoundaryEvent timer, List<String> problems) {
        Collection<FlowNode> next = timer.getSucceedingNodes().list();
        if (timer.cancelActivity()) {
            if (next.stream().noneMatch(n -> n instanceof ServiceTask || n instanceof EndEvent)) {
                problems.add(timer.getId() + ": an interrupting deadline must lead to its consequence (a service task or an end)");
            }
            return;
        }
        List<UserTask> escalations = next.stream().filter(n -> n instanceof ServiceTask s
                && "${flagOverdue}".equals(s.getCamundaDelegateExpression()))
                .flatMap(flag -> throughGateways(flag).stream()).toList();
        if (escalations.isEmpty()) {
            problems.add(timer.getId() + ": a deadline must lead to ${flagOverdue} and an escalation task");
        }
        escalations.forEach(escalation -> requireFollowUp(escalation, problems));
    }

    /** An escalation records its action, waits for the follow-up day and comes again, until the obligation is met. */
    private static void requireFollowUp(UserTask escalation, List<String> problems) {
        if (!"overdue-escalation".equals(escalation.getCamundaFormRef())) {
            problems.add(escalation.getId() + ": an escalation takes the form overdue-escalation");
        }
        boolean records = escalation.getExtensionElements() != null && escalation.getExtensionElements().getElementsQuery()
                .filterByType(CamundaTaskListener.class).list().stream()
                .anyMatch(l -> "complete".equals(l.getCamundaEvent())
                        && "${recordEscalationAction}".equals(l.getCamundaDelegateExpression()));
        if (!records) {
            problems.add(escalation.getId() + ": an escalation records its action (complete listener ${recordEscalationAction})");
        }
        List<FlowNode> after = escalation.getSucceedingNodes().list();
        boolean followsUp = after.size() == 1 && after.get(0) instanceof IntermediateCatchEvent wait
                && wait.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition t && t.getTimeDate() != null
                        && t.getTimeDate().getTextContent().trim().equals("${deadlines.startOfDay(escalationBackOn)}"))
                && throughGateways(wait).contains(escalation);
        if (!followsUp) {
            problems.add(escalation.getId() + ": an escalation waits for ${deadlines.startOfDay(escalationBackOn)} and comes again");
        }
    }

    /** The user tasks a node leads to, directly or through gateways. */
    private static List<UserTask> throughGateways(FlowNode node) {
        List<UserTask> tasks = new ArrayList<>();
        java.util.Deque<FlowNode> open = new java.util.ArrayDeque<>(node.getSucceedingNodes().list());
        Set<String> seen = new HashSet<>();
        while (!open.isEmpty()) {
            FlowNode next = open.pop();
            if (!seen.add(next.getId())) {
                continue;
            }
            if (next instanceof UserTask task) {
                tasks.add(task);
            } else if (next instanceof Gateway) {
                open.addAll(next.getSucceedingNodes().list());
            }
        }
        return tasks;
    }

    private static void requireRuleId(BaseElement element, List<String> problems) {
        boolean cited = element.getChildElementsByType(Documentation.class).stream()
                .anyMatch(d -> RULE_ID.matcher(d.getTextContent()).find());
        if (!cited) {
            problems.add(element.getId() + ": documentation does not cite a rule id");
        }
    }

    private static List<String> elementIds(Class<?> api) throws IllegalAccessException {
        List<String> ids = new ArrayList<>();
        for (Field field : api.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String value = (String) field.get(null);
                if (value.matches("(Start|End|Task|Timer|Gateway|SubProcess|Event|Call)_\\w+")) {
                    ids.add(value);
                }
            }
        }
        return ids;
    }

    private static Set<String> formIds() throws IOException {
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                ids.add(json.readTree(form.toFile()).get("id").asText());
            }
        }
        return ids;
    }
}
