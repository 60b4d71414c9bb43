package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.engine.EngineHooks;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentStatisticsEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionStatisticsEntity;
import org.camunda.bpm.engine.impl.persistence.entity.StatisticsManager;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * The statistics of process definitions ({@code /process-definition/statistics}, Cockpit's dashboard) count
 * only the cases the user may read.
 *
 * <p>Camunda checks only that the user may read the definition and then counts the running cases, failed jobs
 * and incidents of the whole country: a province would learn how many cases every other province has. Its
 * statistics per activity and per deployment already count only readable cases. Here a user who may not read
 * every case of a definition (who lacks {@code READ_INSTANCE} on it: everyone but {@code sipo} and the
 * administrators) gets that definition's counts again from the engine's own authorized queries of cases, jobs
 * and incidents, so the counts mean the same as the lists the user can open.
 *
 * <p>It replaces one of the engine's internal sessions (engine/EngineHooks), because the statistics query has no
 * public hook, for the guarantee that no count tells a user of cases it may not read (CockpitCountsAttackTest,
 * LeakyAnswersAttackTest).
 */
@Component
class VisibleCaseCounts extends AbstractProcessEnginePlugin {

    // The engine's query does not expose whether it counts root incidents only.
    private static final Field ROOT_INCIDENTS_ONLY = EngineHooks.field(ProcessDefinitionStatisticsQueryImpl.class,
            "includeRootIncidents");
    private static final int PAGE = 1000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineHooks.replaceSession(configuration, StatisticsManager.class, Manager::new);
    }

    /** Camunda's statistics, with the counts of each definition whose cases the user may not all read taken again. */
    static final class Manager extends StatisticsManager {

        @Override
        public List<ProcessDefinitionStatistics> getStatisticsGroupedByProcessDefinitionVersion(
                ProcessDefinitionStatisticsQueryImpl query, Page page) {
            List<ProcessDefinitionStatistics> statistics = super.getStatisticsGroupedByProcessDefinitionVersion(query, page);
            if (!restricted()) {
                return statistics;
            }
            Map<String, Boolean> readsAllOfKey = new HashMap<>();
            for (ProcessDefinitionStatistics definition : statistics) {
                boolean readsAll = readsAllOfKey.computeIfAbsent(definition.getKey(), key -> getAuthorizationManager()
                        .isAuthorized(Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, key));
                if (!readsAll && definition instanceof ProcessDefinitionStatisticsEntity entity) {
                    recount(entity, query);
                }
            }
            return statistics;
        }

        /** An authenticated user who is no administrator, with the engine's checks on. */
        private boolean restricted() {
            Authentication user = getCurrentAuthentication();
            return isAuthorizationEnabled() && user != null && getCommandContext().isAuthorizationCheckEnabled()
                    && !getAuthorizationManager().isCamundaAdmin(user);
        }

        private void recount(ProcessDefinitionStatisticsEntity definition, ProcessDefinitionStatisticsQueryImpl query) {
            ProcessEngineConfigurationImpl engine = getCommandContext().getProcessEngineConfiguration();
            RuntimeService runtime = engine.getRuntimeService();
            String id = definition.getId();
            definition.setInstances((int) runtime.createProcessInstanceQuery().processDefinitionId(id).count());
            if (query.isFailedJobsToInclude()) {
                definition.setFailedJobs((int) engine.getManagementService().createJobQuery().processDefinitionId(id)
                        .noRetriesLeft().count());
            }
            if (query.isIncidentsToInclude() && definition.getIncidentStatistics() != null) {
                boolean rootsOnly = rootIncidentsOnly(query);
                List<IncidentStatistics> visible = new ArrayList<>();
                // The types the whole country has are the only ones the user's cases can have.
                for (IncidentStatistics national : definition.getIncidentStatistics()) {
                    String type = national.getIncidentType();
                    long count = rootsOnly ? rootIncidents(runtime, id, type)
                            : runtime.createIncidentQuery().processDefinitionId(id).incidentType(type).count();
                    if (count > 0) {
                        visible.add(new Counted(type, (int) count));
                    }
                }
                definition.setIncidentStatistics(visible);
            }
        }

        /** The readable incidents of a type that are their own root cause, as Cockpit's dashboard counts them. */
        private static long rootIncidents(RuntimeService runtime, String definitionId, String type) {
            long roots = 0;
            for (int first = 0; ; first += PAGE) {
                List<Incident> page = runtime.createIncidentQuery().processDefinitionId(definitionId).incidentType(type)
                        .orderByIncidentId().asc().listPage(first, PAGE);
                roots += page.stream().filter(incident -> incident.getId().equals(incident.getRootCauseIncidentId())).count();
                if (page.size() < PAGE) {
                    return roots;
                }
            }
        }
    }

    /** One incident type's count; Camunda's entity has no setter for it. */
    static final class Counted extends IncidentStatisticsEntity {
        Counted(String type, int count) {
            this.incidentType = type;
            this.incidentCount = count;
        }
    }

    private static boolean rootIncidentsOnly(ProcessDefinitionStatisticsQueryImpl query) {
        return (boolean) EngineHooks.read(ROOT_INCIDENTS_ONLY, query);
    }
}
