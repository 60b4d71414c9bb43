package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.security.CaseAuthorizations.Grant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Once per database: gives the cases that were opened before authorization was on (an older version of
 * the application) the same authorizations {@link CaseAuthorizations} gives new ones, so that no office
 * loses sight of its cases on upgrade. Marked done in the engine's property {@value #DONE_PROPERTY}. A start
 * with authorization off removes the mark: the engine then asks {@link OfficeAuthorizationProvider} for no
 * grants, so the next start with it on gives the cases and tasks of that time theirs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CaseAuthorizationBackfill implements ApplicationRunner {

    static final String DONE_PROPERTY = "ipp.case-authorizations";
    private static final Logger LOG = LoggerFactory.getLogger(CaseAuthorizationBackfill.class);
    private static final int PAGE = 500;

    private final AuthorizationService authorizations;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final ProcessEngineConfiguration configuration;

    CaseAuthorizationBackfill(AuthorizationService authorizations, HistoryService history, RuntimeService runtime,
            TaskService tasks, ManagementService management, ProcessEngineConfiguration configuration) {
        this.authorizations = authorizations;
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.configuration = configuration;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!configuration.isAuthorizationEnabled()) {
            management.deleteProperty(DONE_PROPERTY);
            return;
        }
        if (management.getProperties().containsKey(DONE_PROPERTY)) {
            return;
        }
        int cases = 0;
        for (int first = 0; ; first += PAGE) {
            List<HistoricProcessInstance> page = history.createHistoricProcessInstanceQuery()
                    .orderByProcessInstanceId().asc().listPage(first, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<String, String> holders = holdersOf(page);
            for (HistoricProcessInstance instance : page) {
                String holder = holders.get(instance.getId());
                if (holder != null) {
                    grant(CaseAuthorizations.onCase(holder, instance.getEndTime() == null), instance.getId());
                    for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
                        grant(CaseAuthorizations.onTask(holder), task.getId());
                    }
                    cases++;
                }
            }
        }
        management.setProperty(DONE_PROPERTY, "1");
        if (cases > 0) {
            LOG.info("Authorizations given to {} cases opened before authorization was on", cases);
        }
    }

    private void grant(List<Grant> grants, String resourceId) {
        for (Grant grant : grants) {
            Grants.toGroup(authorizations, grant.group(), grant.resource(), resourceId, grant.permission());
        }
    }

    /** holderId where a case has one (running cases), else its business key. */
    private Map<String, String> holdersOf(List<HistoricProcessInstance> page) {
        Map<String, String> holders = page.stream().filter(i -> i.getBusinessKey() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
        runtime.createVariableInstanceQuery().variableName(CaseVariables.HOLDER_ID.name())
                .processInstanceIdIn(page.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .list().stream().filter(v -> v.getValue() != null)
                .forEach((VariableInstance v) -> holders.put(v.getProcessInstanceId(), v.getValue().toString()));
        return holders;
    }
}
