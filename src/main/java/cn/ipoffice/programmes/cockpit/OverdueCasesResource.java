package cn.ipoffice.programmes.cockpit;

import cn.ipoffice.programmes.engine.EngineClockAdapter;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The overdue cases the current Cockpit user may see, most overdue first: the open
 * {@link OverdueIncident}s, each with its case's holder and province. The user sees what the engine's
 * authorization lets it read (docs/rules.md "Who does what"), as everywhere else in Cockpit
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
        return list(getProcessEngine(), EngineClockAdapter.engineNow());
    }

    /** The rows as of {@code now}, under the engine's current authentication. */
    public static List<OverdueCase> list(ProcessEngine engine, Instant now) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<VisibleOverdueIncidents.Row> incidents = configuration.getCommandExecutorTxRequired()
                .execute(context -> VisibleOverdueIncidents.read(context, MOST_ROWS));
        if (incidents.isEmpty()) {
            return List.of();
        }
        String[] definitionIds = incidents.stream().map(VisibleOverdueIncidents.Row::processDefinitionId).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
        // The incidents read above are what the user may see; their processes need no second check.
        Map<String, ProcessDefinition> definitions = definitionIds.length == 0 ? Map.of()
                : configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                        () -> engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionIdIn(definitionIds)
                                .listPage(0, definitionIds.length).stream()
                                .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()))));
        return incidents.stream().map(incident -> {
            OverdueIncident overdue = OverdueIncident.parse(incident.configuration());
            String holderId = incident.businessKey();
            String province = holderId == null || holderId.length() < 2 ? null : holderId.substring(0, 2);
            ProcessDefinition definition = definitions.get(incident.processDefinitionId());
            String holderName = incident.holderName();
            return new OverdueCase(incident.processInstanceId(), holderId,
                    holderName == null ? holderId : holderName, province,
                    province == null ? null : Offices.PROVINCES.get(province),
                    definition == null ? null : definition.getKey(),
                    definition == null ? null : definition.getName(),
                    incident.activityId(), overdue.ruleId(), overdue.lastDay().toString(),
                    overdue.deadline().toString(), overdue.daysOverdue(now), overdue.message(now));
        }).sorted(Comparator.comparingLong(OverdueCase::daysOverdue).reversed()
                .thenComparing(OverdueCase::holderId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
