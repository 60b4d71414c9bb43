package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.engine.EngineHooks;
import cn.ipoffice.programmes.security.CaseAuthorizations.Grant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's resource authorization provider, the product's: Camunda's defaults (a group's members read it,
 * a task's candidates and assignee work on it) and what the offices get when a group, a case or a task is
 * created.
 * <ul>
 * <li>A new group: every office's grants ({@link EveryOffice}).</li>
 * <li>A new task of a case: its holder's province reads it and its history ({@link CaseAuthorizations#onTask});
 * and a case that named its holder only after it started (an application, in its first step) gets its offices'
 * grants at its first task.</li>
 * <li>A case that starts with its holder: its offices' grants, at its start event (see
 * {@link #newProcessInstance} for why not there).</li>
 * </ul>
 * The engine asks a provider only while authorization is on (application.yaml); for cases and tasks created
 * with it off, {@link CaseAuthorizationBackfill} gives the grants at the next start-up with it on.
 */
@Component
class OfficeAuthorizationProvider extends DefaultAuthorizationProvider implements ProcessEnginePlugin {

    private final CaseAuthorizations cases;
    private final AuthorizationService authorizations;

    OfficeAuthorizationProvider(CaseAuthorizations cases, @Lazy AuthorizationService authorizations) {
        this.cases = cases;
        this.authorizations = authorizations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ResourceAuthorizationProvider configured = configuration.getResourceAuthorizationProvider();
        if (configured != null && configured != this && configured.getClass() != DefaultAuthorizationProvider.class) {
            throw new IllegalStateException("Another resource authorization provider is configured ("
                    + configured.getClass().getName() + "): new groups, cases and tasks would not get the grants"
                    + " the offices need");
        }
        configuration.setResourceAuthorizationProvider(this);
        configuration.setEnableHistoricInstancePermissions(true);
        EngineHooks.sessionPerCommand(configuration, CasesGrantedInThisCommand.class, CasesGrantedInThisCommand::new);
        // A parse listener, because newProcessInstance comes too early (below), for the guarantee that a case is
        // visible to its offices, and refused to a stranger, from its start, task or none (CaseVisibilityTest).
        EngineHooks.afterEngineParsing(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> caseStarted(execution.getProcessInstance()));
            }
        });
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
    }

    /**
     * Camunda's default authorizations of a new group (its members read it), and every office's grants. A
     * grant the group already holds (given at start-up before the group existed, or left by a deleted group of
     * the same id) gets the missing permissions instead of a second row. The administrators' groups get
     * nothing more: they may do everything already.
     */
    @Override
    public AuthorizationEntity[] newGroup(Group group) {
        List<AuthorizationEntity> grants = new ArrayList<>(List.of(super.newGroup(group)));
        if (Context.getProcessEngineConfiguration().getAdminGroups().contains(group.getId())) {
            return grants.toArray(AuthorizationEntity[]::new);
        }
        for (EveryOffice.Grant grant : EveryOffice.GRANTS) {
            AuthorizationEntity held = getGrantAuthorizationByGroupId(group.getId(), grant.resource(), grant.resourceId());
            if (held == null) {
                grants.add(createGrantAuthorization(null, group.getId(), grant.resource(), grant.resourceId(),
                        grant.permissions()));
            } else if (!Arrays.stream(grant.permissions()).allMatch(held::isPermissionGranted)) {
                addPermissions(held, grant.permissions());
                grants.add(held);
            }
        }
        return grants.toArray(AuthorizationEntity[]::new);
    }

    /**
     * Nothing: the engine calls this as it creates the execution entity, before it has set the instance's
     * business key, process definition or any variable (and for every child execution as well, which has no
     * parent yet), so the holder that a case's grants follow is not known here. The case's start event is the
     * engine's first moment with its business key and start variables; the parse listener in
     * {@link #preInit} puts {@link #caseStarted} there.
     */
    @Override
    public AuthorizationEntity[] newProcessInstance(ProcessInstance processInstance) {
        return super.newProcessInstance(processInstance);
    }

    /**
     * The holder's province reads the task and its history, and a case that has no grants yet (it named its
     * holder after it started) gets its offices'. The task has its execution here, so its case's business key
     * and variables, but no candidates yet: the engine's grant to a candidate group that is the province comes
     * after this one and is merged with it (below).
     */
    @Override
    public AuthorizationEntity[] newTask(Task task) {
        AuthorizationEntity[] defaults = super.newTask(task);
        if (!(task instanceof DelegateTask delegate) || delegate.getExecution() == null) {
            return defaults;
        }
        DelegateExecution processInstance = delegate.getExecution().getProcessInstance();
        String holder = CaseAuthorizations.holderOf(processInstance);
        if (holder == null) {
            return defaults;
        }
        List<AuthorizationEntity> grants = new ArrayList<>(caseNamedAfterItsStart(processInstance, holder));
        for (Grant grant : CaseAuthorizations.onTask(holder)) {
            AuthorizationEntity authorization = authorization(grant, task.getId());
            if (grant.resource() == Resources.HISTORIC_TASK) {
                provideRemovalTime(authorization, task);
            }
            grants.add(authorization);
        }
        return grants.toArray(AuthorizationEntity[]::new);
    }

    /**
     * Camunda merges a grant made twice on a resource in one command (the province's as its task's candidate,
     * after this provider's READ on the new task) by keeping the first one's permissions only, which would take
     * TASK_WORK from the candidate province; here the merged grant has the permissions of both.
     */
    @Override
    protected void updateAuthorizationBasedOnCacheEntries(AuthorizationEntity authorization, String userId,
            String groupId, Resource resource, String resourceId) {
        int permissions = authorization.getPermissions();
        super.updateAuthorizationBasedOnCacheEntries(authorization, userId, groupId, resource, resourceId);
        authorization.setPermissions(authorization.getPermissions() | permissions);
    }

    /** A case that starts with its holder (business key or start variable): nothing of it is in the database yet. */
    private void caseStarted(DelegateExecution processInstance) {
        String holder = CaseAuthorizations.holderOf(processInstance);
        if (holder == null) {
            return;
        }
        cases.refuseStrangers(holder);
        EngineHooks.sessionOfThisCommand(CasesGrantedInThisCommand.class).add(processInstance.getProcessInstanceId());
        // Saved as the engine saves what a provider returns.
        Context.getCommandContext().getAuthorizationManager().saveDefaultAuthorizations(
                caseGrants(processInstance, holder).toArray(AuthorizationEntity[]::new));
    }

    /**
     * The grants of a case seen for the first time in this command, if it has none in the database: an
     * application that started in an earlier command, or in this one before its first step named the holder.
     * The database is read by the case alone ({@link Grants#onCase}), once per case and command.
     */
    private List<AuthorizationEntity> caseNamedAfterItsStart(DelegateExecution processInstance, String holder) {
        String caseId = processInstance.getProcessInstanceId();
        if (!EngineHooks.sessionOfThisCommand(CasesGrantedInThisCommand.class).add(caseId)) {
            return List.of();
        }
        Set<String> offices = CaseAuthorizations.officesOf(holder);
        boolean granted = Context.getCommandContext().runWithoutAuthorization(() -> Grants.onCase(authorizations,
                Resources.PROCESS_INSTANCE, caseId).stream().anyMatch(held -> offices.contains(held.getGroupId())));
        if (granted) {
            return List.of();
        }
        cases.refuseStrangers(holder);
        return caseGrants(processInstance, holder);
    }

    private List<AuthorizationEntity> caseGrants(DelegateExecution processInstance, String holder) {
        String caseId = processInstance.getProcessInstanceId();
        String root = processInstance instanceof ProcessInstance instance ? instance.getRootProcessInstanceId() : null;
        List<AuthorizationEntity> grants = new ArrayList<>();
        for (Grant grant : CaseAuthorizations.onCase(holder, true)) {
            AuthorizationEntity authorization = authorization(grant, caseId);
            if (grant.resource() == Resources.HISTORIC_PROCESS_INSTANCE) {
                provideRemovalTime(authorization, root);
            }
            grants.add(authorization);
        }
        return grants;
    }

    /** A grant on a resource created in this command, so that no authorization on it can exist yet. */
    private static AuthorizationEntity authorization(Grant grant, String resourceId) {
        AuthorizationEntity authorization = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.group());
        authorization.setResource(grant.resource());
        authorization.setResourceId(resourceId);
        authorization.addPermission(grant.permission());
        return authorization;
    }

    /** A grant on a case's history goes with that history (history cleanup removes both), as the engine's own do. */
    private void provideRemovalTime(AuthorizationEntity authorization, String rootProcessInstanceId) {
        authorization.setRootProcessInstanceId(rootProcessInstanceId);
        if (rootProcessInstanceId != null && isHistoryRemovalTimeStrategyStart()) {
            HistoryEvent root = findHistoricProcessInstance(rootProcessInstanceId);
            authorization.setRemovalTime(root == null ? null : root.getRemovalTime());
        }
    }

    /** The cases given their grants in the current command, which are not in the database until it ends. */
    static final class CasesGrantedInThisCommand implements Session {

        private final Set<String> cases = new HashSet<>();

        /** Whether the case is new to this command. */
        boolean add(String caseId) {
            return cases.add(caseId);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
