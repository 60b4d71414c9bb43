package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.register.Viewer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The applicants a user's offices may see that the register does not know yet: a city whose pilot-city application
 * runs, an area whose cluster-area application runs (the register enters them when SIPO approves). Read in two queries
 * whatever their number, without the user's own grants (a city does not read its application case), and shown by the
 * holders' list with their name and the title they apply for only.
 */
@Component
class HolderApplicants {

    /** Far above the applications of a year nationwide, and within the engine's query limit. */
    private static final int MOST_APPLICATIONS = 2000;
    private static final Map<String, Title> APPLICATIONS = Map.of(PilotCityApplicationProcess.KEY, Title.PILOT_CITY,
            ClusterAreaApplicationProcess.KEY, Title.EXPERIMENTAL_AREA_CONSTRUCTION);

    record Applicant(String id, String name, Title appliesFor) {
    }

    private final RuntimeService runtime;
    private final IdentityService identity;

    HolderApplicants(@Lazy RuntimeService runtime, @Lazy IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** The applicants the viewer sees, leaving out those the register holds ({@code registered}). */
    List<Applicant> visibleTo(Viewer viewer, Collection<String> registered) {
        if (!viewer.seesAll() && viewer.provinces().isEmpty() && viewer.holderIds().isEmpty()) {
            return List.of();
        }
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return read(viewer, registered);
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }

    private List<Applicant> read(Viewer viewer, Collection<String> registered) {
        ProcessInstanceQuery query = runtime.createProcessInstanceQuery()
                .processDefinitionKeyIn(APPLICATIONS.keySet().toArray(String[]::new));
        if (!viewer.seesAll() && viewer.provinces().isEmpty() && viewer.holderIds().size() == 1) {
            // A city's or an area's government asks for itself only.
            query.processInstanceBusinessKey(viewer.holderIds().iterator().next());
        }
        List<ProcessInstance> running = query.listPage(0, MOST_APPLICATIONS).stream()
                .filter(instance -> instance.getBusinessKey() != null && viewer.sees(instance.getBusinessKey()))
                .filter(instance -> !registered.contains(instance.getBusinessKey())).toList();
        if (running.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(running.stream().map(ProcessInstance::getId)
                .toArray(String[]::new)).variableName(CaseVariables.HOLDER_NAME.name()).listPage(0, MOST_APPLICATIONS)
                .forEach(variable -> names.put(variable.getProcessInstanceId(), String.valueOf(variable.getValue())));
        List<Applicant> applicants = new ArrayList<>();
        for (ProcessInstance instance : running) {
            String key = instance.getProcessDefinitionId().substring(0, instance.getProcessDefinitionId().indexOf(':'));
            applicants.add(new Applicant(instance.getBusinessKey(),
                    names.getOrDefault(instance.getId(), instance.getBusinessKey()), APPLICATIONS.get(key)));
        }
        return applicants;
    }
}
