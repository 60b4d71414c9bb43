package cn.ipoffice.programmes.overdue;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Registers the {@value OverdueIncident#TYPE} incident type. Such an incident lives on the execution
 * that waits for the obligation; when that execution leaves its activity because the obligation is met,
 * the incident is <em>resolved</em> (Cockpit's history shows it so). When the case is cancelled it is
 * deleted, as the engine does with other incidents.
 */
@Component
class OverdueIncidents extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomIncidentHandlers());
        handlers.add(new ResolvedWhenMet());
        configuration.setCustomIncidentHandlers(handlers);
    }

    static final class ResolvedWhenMet extends DefaultIncidentHandler {

        ResolvedWhenMet() {
            super(OverdueIncident.TYPE);
        }

        @Override
        public void deleteIncident(IncidentContext context) {
            ExecutionEntity waiting = context.getExecutionId() == null ? null
                    : Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
            removeIncident(context, waiting != null && !waiting.isCanceled());
        }
    }
}
