package cn.ipoffice.programmes.cockpit;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.overdue.OverdueIncident;
import cn.ipoffice.programmes.security.Offices;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The overdue cases the current Cockpit user may see, most overdue first: the open
 * {@link OverdueIncident}s, each with its case's holder and province. The user sees what the engine's
 * authorization lets it read (SPEC.md "Who does what"), as everywhere else in Cockpit
 * ({@link VisibleOverdueIncidents}).
 */
public class OverdueCasesResource extends AbstractCockpitPluginResource {

    /**
     * The page shows at most this many missed deadlines, the oldest first, within the engine's query limit
     * for users ({@code query-max-results-limit} in application.yaml).
     */
    static final int MOST_ROWS = 1000;

    public OverdueCasesResource(String engineName) {
        super(engineName);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<OverdueCase> list() {
        return list(getProcessEngine(), ClockUtil.getCurrentTime().toInstant());
    }

    /** The rows as of {@code now}, under the engine's current authentication. */
    public static List<OverdueCase> list(ProcessEngine engine, Instant now) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<VisibleOverdueIncidents.Row> incidents = configuration.getCommandExecutorTxRequired()
                .execute(context -> VisibleOverdueIncidents.read(context, MOST_ROWS));
        if (incidents.isEmpty()) {
            return List.of();
        }
        String[] instanceIds = incidents.stream().map(VisibleOverdueIncidents.Row::processInstanceId).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
        String[] definitionIds = incidents.stream().map(VisibleOverdueIncidents.Row::processDefinitionId).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
        // The incidents read above are what the user may see. What is read about those cases below (their
        // holder, name and process) needs no second authorization check, which would cost more than the
        // lookups themselves on a large database (README "Benchmark", figure 3).
        Lookups lookups = configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                () -> Lookups.of(engine, instanceIds, definitionIds)));
        Map<String, ProcessInstance> instances = lookups.instances();
        Map<String, Object> holderNames = lookups.holderNames();
        Map<String, ProcessDefinition> definitions = lookups.definitions();
        return incidents.stream().map(incident -> {
            OverdueIncident overdue = OverdueIncident.parse(incident.configuration());
            ProcessInstance instance = instances.get(incident.processInstanceId());
            String holderId = instance == null ? null : instance.getBusinessKey();
            String province = holderId == null || holderId.length() < 2 ? null : holderId.substring(0, 2);
            ProcessDefinition definition = definitions.get(incident.processDefinitionId());
            Object holderName = holderNames.get(incident.processInstanceId());
            return new OverdueCase(incident.processInstanceId(), holderId,
                    holderName == null ? holderId : holderName.toString(), province,
                    province == null ? null : Offices.PROVINCES.get(province),
                    definition == null ? null : definition.getKey(),
                    definition == null ? null : definition.getName(),
                    incident.activityId(), overdue.ruleId(), overdue.lastDay().toString(),
                    overdue.deadline().toString(), overdue.daysOverdue(now), overdue.message(now));
        }).sorted(Comparator.comparingLong(OverdueCase::daysOverdue).reversed()
                .thenComparing(OverdueCase::holderId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The cases behind the incidents: each one's instance, its holder's name, and the process definitions. */
    private record Lookups(Map<String, ProcessInstance> instances, Map<String, Object> holderNames,
            Map<String, ProcessDefinition> definitions) {

        static Lookups of(ProcessEngine engine, String[] instanceIds, String[] definitionIds) {
            Map<String, ProcessInstance> instances = instanceIds.length == 0 ? Map.of() : engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceIds(Set.of(instanceIds)).listPage(0, instanceIds.length).stream()
                    .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
            // An annual report called by a round carries no name of its own: the round (its root case) does.
            String[] withRoots = instances.values().stream()
                    .flatMap(instance -> Stream.of(instance.getId(), instance.getRootProcessInstanceId()))
                    .filter(Objects::nonNull).distinct().toArray(String[]::new);
            Map<String, Object> names = withRoots.length == 0 ? Map.of() : engine.getRuntimeService().createVariableInstanceQuery()
                    .variableName(CaseVariables.HOLDER_NAME).processInstanceIdIn(withRoots).disableCustomObjectDeserialization()
                    .listPage(0, withRoots.length).stream().filter(v -> v.getValue() != null)
                    .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, VariableInstance::getValue, (a, b) -> a));
            Map<String, Object> holderNames = instances.values().stream()
                    .filter(instance -> names.containsKey(instance.getId()) || names.containsKey(instance.getRootProcessInstanceId()))
                    .collect(Collectors.toMap(ProcessInstance::getId,
                            instance -> names.getOrDefault(instance.getId(), names.get(instance.getRootProcessInstanceId()))));
            Map<String, ProcessDefinition> definitions = definitionIds.length == 0 ? Map.of() : engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionIdIn(definitionIds).listPage(0, definitionIds.length).stream()
                    .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
            return new Lookups(instances, holderNames, definitions);
        }
    }
}
