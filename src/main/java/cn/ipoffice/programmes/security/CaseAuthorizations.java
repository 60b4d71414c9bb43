package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.engine.EngineHooks;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.register.Viewer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every case is visible to exactly its offices (SPEC.md "Who does what"): from its business key (the
 * holder, e.g. {@code 320500} or {@code 320500-sip}), the province's group {@code province-32} and the
 * government's group {@code gov-320500} may read the process instance and its history. The province
 * also reads every task of its cases; each task's candidate groups get READ and TASK_WORK from the engine
 * itself. {@code sipo} reads all cases through {@link OfficeAuthorizations}.
 *
 * <p>The grants are made when a case starts and, for applications that learn their holder in their
 * first step (e.g. {@code Task_CheckPilotEligibility}), when their first task is created. An
 * authenticated user who starts a case for a holder outside its offices is refused, and nothing is
 * created.
 */
@Component
class CaseAuthorizations extends AbstractProcessEnginePlugin {

    private final AuthorizationService authorizations;
    private final IdentityService identity;

    CaseAuthorizations(@Lazy AuthorizationService authorizations, @Lazy IdentityService identity) {
        this.authorizations = authorizations;
        this.identity = identity;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableHistoricInstancePermissions(true);
        EngineHooks.afterEngineParsing(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> grantStarted(execution.getProcessInstance()));
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                            CaseAuthorizations.this::grantTask);
                }
            }
        });
    }

    /** The holder a case is about: its {@code holderId}, else its business key (SPEC.md "Identifiers"). */
    static String holderOf(DelegateExecution processInstance) {
        Object holder = processInstance.getVariable(CaseVariables.HOLDER_ID);
        String key = holder != null ? holder.toString() : processInstance.getProcessBusinessKey();
        return key == null || key.isBlank() ? null : key;
    }

    /** The groups that may read a holder's cases, besides {@code sipo}. */
    static Set<String> officesOf(String holderId) {
        Set<String> groups = new LinkedHashSet<>();
        Offices.provinceGroup(holderId).ifPresent(groups::add);
        groups.add(Offices.governmentGroup(holderId));
        return groups;
    }

    /** A case that starts now: nothing of it can be in the database yet. */
    void grantStarted(DelegateExecution processInstance) {
        String holder = holderOf(processInstance);
        if (holder == null) {
            return;
        }
        Context.getCommandContext().runWithoutAuthorization(() -> {
            refuseStrangers(holder);
            grantCase(processInstance.getProcessInstanceId(), holder, true, true);
            return null;
        });
    }

    /** A case that may have started in an earlier transaction, before its holder was known. */
    void grant(DelegateExecution processInstance) {
        String holder = holderOf(processInstance);
        if (holder == null) {
            return;
        }
        String instanceId = processInstance.getProcessInstanceId();
        Set<String> offices = officesOf(holder);
        if (offices.stream().anyMatch(group -> Grants.grantedInThisCommand(group, Resources.PROCESS_INSTANCE, instanceId))) {
            return;
        }
        Context.getCommandContext().runWithoutAuthorization(() -> {
            if (Grants.onCase(authorizations, Resources.PROCESS_INSTANCE, instanceId).stream()
                    .anyMatch(authorization -> offices.contains(authorization.getGroupId()))) {
                return null;
            }
            refuseStrangers(holder);
            grantCase(instanceId, holder, true, false);
            return null;
        });
    }

    void grantTask(DelegateTask task) {
        DelegateExecution processInstance = task.getExecution().getProcessInstance();
        grant(processInstance);
        String holder = holderOf(processInstance);
        if (holder != null) {
            Context.getCommandContext().runWithoutAuthorization(() -> {
                grantTaskRead(task.getId(), holder, true);
                return null;
            });
        }
    }

    /**
     * The holder's offices read the case ({@code running}) and its history; {@code created} when the case
     * starts in this command, so that nothing of it can be in the database yet.
     */
    void grantCase(String instanceId, String holder, boolean running, boolean created) {
        for (String group : officesOf(holder)) {
            if (running) {
                allow(group, Resources.PROCESS_INSTANCE, instanceId, ProcessInstancePermissions.READ, created);
            }
            allow(group, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, HistoricProcessInstancePermissions.READ, created);
        }
    }

    /** The holder's province reads every task of its cases, not only those it is a candidate for. */
    void grantTaskRead(String taskId, String holder, boolean created) {
        Offices.provinceGroup(holder).ifPresent(province -> {
            allow(province, Resources.TASK, taskId, TaskPermissions.READ, created);
            allow(province, Resources.HISTORIC_TASK, taskId, HistoricTaskPermissions.READ, created);
        });
    }

    /** A user may open a case only for a holder of its own offices; jobs and internal calls have no user. */
    private void refuseStrangers(String holder) {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            return;
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (!Viewer.of(groups).sees(holder)) {
            String province = Offices.provinceGroup(holder).map(g -> Offices.PROVINCES.get(g.substring(
                    Offices.PROVINCE_PREFIX.length())) + "'s IP office, ").orElse("");
            throw new CaseOutsideOfficesException("You (" + user.getUserId() + ") may not open a case for "
                    + holder + ": only " + province + "the government of " + holder + " and SIPO may. "
                    + "Check the city or area code.");
        }
    }

    private void allow(String group, Resource resource, String resourceId, Permission permission, boolean created) {
        if (created) {
            Grants.toGroupOnNewResource(authorizations, group, resource, resourceId, permission);
        } else {
            Grants.toGroup(authorizations, group, resource, resourceId, permission);
        }
    }
}
