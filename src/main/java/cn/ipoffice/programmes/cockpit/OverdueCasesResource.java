package cn.ipoffice.programmes.cockpit;

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
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;

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
        return list(ClockUtil.getCurrentTime().toInstant());
    }

    /** The rows as of {@code now}, under the engine's current authentication. */
    public static List<OverdueCase> list(ProcessEngine engine, Instant now) {
        if ("sql".equals(System.getProperty(VARIANT))) {
            return listBySql(engine, now);
        }
        return new OverdueCasesResource(engine.getName()).list(now);
    }

    /** Which query the page runs while both are measured: {@code sql} (VisibleOverdueIncidents) or MyBatis. */
    public static final String VARIANT = "ipp.cockpit.overdueQuery";

    /**
     * The rows as of {@code now}: the page's query ({@code overdue-cases.xml}) run by Cockpit's query service
     * with the engine's authorization check (READ on the case, or READ_INSTANCE on its process) and tenant check.
     */
    List<OverdueCase> list(Instant now) {
        if ("sql".equals(System.getProperty(VARIANT))) {
            return listBySql(getProcessEngine(), now);
        }
        OverdueCasesQuery query = new OverdueCasesQuery(MOST_ROWS);
        configureAuthorizationCheck(query);
        configureTenantCheck(query);
        addPermissionCheck(query, Resources.PROCESS_INSTANCE, "RES.PROC_INST_ID_", Permissions.READ);
        addPermissionCheck(query, Resources.PROCESS_DEFINITION, "PROCDEF.KEY_", Permissions.READ_INSTANCE);
        List<MissedDeadline> deadlines = getQueryService().executeQuery(OverdueCasesQuery.STATEMENT, query);
        return deadlines.stream().map(deadline -> row(deadline.processInstanceId(), deadline.businessKey(),
                deadline.holderName(), deadline.processDefinitionKey(), deadline.processName(), deadline.activityId(),
                deadline.configuration(), now)).sorted(MOST_OVERDUE_FIRST).toList();
    }

    private static final Comparator<OverdueCase> MOST_OVERDUE_FIRST = Comparator.comparingLong(OverdueCase::daysOverdue)
            .reversed().thenComparing(OverdueCase::holderId, Comparator.nullsLast(Comparator.naturalOrder()));

    private static OverdueCase row(String processInstanceId, String holderId, String holderName, String processKey,
            String processName, String activityId, String configuration, Instant now) {
        OverdueIncident overdue = OverdueIncident.parse(configuration);
        String province = holderId == null || holderId.length() < 2 ? null : holderId.substring(0, 2);
        return new OverdueCase(processInstanceId, holderId, holderName == null ? holderId : holderName, province,
                province == null ? null : Offices.PROVINCES.get(province), processKey, processName, activityId,
                overdue.ruleId(), overdue.lastDay().toString(), overdue.deadline().toString(), overdue.daysOverdue(now),
                overdue.message(now));
    }

    static List<OverdueCase> listBySql(ProcessEngine engine, Instant now) {
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
