package cn.ipoffice.programmes.casework;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.engine.EngineHooks;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Viewer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A holder has at most one running case of each process that people or messages open (a start event
 * with a form or a message: the applications and the title withdrawal). A second one is refused with
 * the running case named, and the holder of a case about its title must be in the register or have its
 * application in progress (a finding of fraud in a first application, PM-31). Two starts
 * for the same holder at the same moment take turns on the holder's {@link CaseAdmissionLocks lock
 * row}, so the second sees the first and is refused: on every node of a cluster alike.
 *
 * <p>Applications name their holder in their first step ({@code Task_CheckPilotEligibility} and its
 * siblings), which calls {@link #admit}; cases started with their holder are checked as they start, by a
 * listener a parse listener puts on the process (engine/EngineHooks): the engine's first moment with the
 * case's business key and start variables, kept for the guarantee of one running case per holder
 * (CaseAdmissionTest).
 */
@Component
public class CaseAdmission extends AbstractProcessEnginePlugin {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'CST'")
            .withZone(DeadlineCalendar.CHINA);

    /** A case about a title its holder holds (the title withdrawal) names it in this variable. */
    private static final String TITLE = "title";

    private final RuntimeService runtime;
    private final Register register;
    private final CaseAdmissionLocks locks;

    CaseAdmission(@Lazy RuntimeService runtime, @Lazy Register register, @Lazy CaseAdmissionLocks locks) {
        this.runtime = runtime;
        this.register = register;
        this.locks = locks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineHooks.afterEngineParsing(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                if (openedByPeopleOrMessages(element)) {
                    definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                            (ExecutionListener) execution -> admitAtStart(execution.getProcessInstance()));
                }
            }
        });
    }

    static boolean openedByPeopleOrMessages(Element process) {
        return process.elements("startEvent").stream().anyMatch(start ->
                start.attributeNS(new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS), "formRef") != null
                        || start.element("messageEventDefinition") != null);
    }

    private void admitAtStart(DelegateExecution processInstance) {
        String holder = CaseFacts.holderOf(processInstance).orElse(null);
        if (holder == null) {
            return;
        }
        if (processInstance.hasVariable(TITLE) && register.holder(holder).isEmpty()
                && !hasAnotherRunningCase(processInstance, holder)) {
            throw new CaseRefusedException("holderId: No holder " + holder + " in the register, and no case of it"
                    + " running: a " + processKey(processInstance) + " case is opened only for a holder the register"
                    + " knows or whose application is in progress. Check the code.");
        }
        admit(processInstance);
    }

    /**
     * Whether the holder has a case running besides this one. A holder the register does not know yet runs only its
     * application (the register enters a city at its approval), which a finding may be about (PM-31).
     */
    private boolean hasAnotherRunningCase(DelegateExecution processInstance, String holder) {
        return Context.getCommandContext().runWithoutAuthorization(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(holder).listPage(0, 2).stream()
                .anyMatch(other -> !other.getId().equals(processInstance.getProcessInstanceId())));
    }

    /**
     * An application names its applicant in its first step: the case's business key and holder, the office that
     * supervises it; then it is admitted as any case ({@link #admit}).
     */
    public void admitApplicant(DelegateExecution processInstance, String holderId, String holderName, String supervisorGroup) {
        processInstance.setProcessBusinessKey(holderId);
        CaseVariables.HOLDER_ID.set(processInstance, holderId);
        CaseVariables.HOLDER_NAME.set(processInstance, holderName);
        CaseVariables.SUPERVISOR_GROUP.set(processInstance, supervisorGroup);
        admit(processInstance);
    }

    /** Refuses the case if its holder already has a running case of the same process. */
    public void admit(DelegateExecution processInstance) {
        String holder = CaseFacts.holderOf(processInstance).orElse(null);
        String processKey = processKey(processInstance);
        locks.lock(processKey, holder);
        Context.getCommandContext().runWithoutAuthorization(() -> {
            runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(holder)
                    .listPage(0, 2).stream().filter(other -> !other.getId().equals(processInstance.getProcessInstanceId()))
                    .findFirst().ifPresent(other -> refuseSecond(processInstance, processKey, holder, other.getId()));
            return null;
        });
    }

    /**
     * Names the running case (its id and start) only to a user who may read the holder's cases (or to the
     * application itself, with no user); anyone else learns only that an application is open.
     */
    private void refuseSecond(DelegateExecution processInstance, String processKey, String holder, String runningId) {
        boolean seesHolder = requesterSees(holder);
        Object named = processInstance.getVariable(CaseVariables.HOLDER_NAME.name());
        String name = (named != null ? named.toString()
                : seesHolder ? register.holder(holder).map(Holder::getName).orElse(holder) : holder) + " (" + holder + ")";
        String which = "";
        if (seesHolder) {
            HistoricProcessInstance running = Context.getProcessEngineConfiguration().getHistoryService()
                    .createHistoricProcessInstanceQuery().processInstanceId(runningId).singleResult();
            which = ", started on " + STARTED.format(running.getStartTime().toInstant()) + " (case " + runningId + ")";
        }
        throw new CaseRefusedException(name + " already has a running " + processKey + " case" + which
                + ". A second one is refused: finish or cancel the running case first.");
    }

    /** Whether the user of this command may read the holder's cases, as the register's {@link Viewer} decides. */
    private static boolean requesterSees(String holder) {
        Authentication user = Context.getCommandContext().getAuthentication();
        if (user == null || user.getUserId() == null) {
            return true;
        }
        return Viewer.of(user.getGroupIds() == null ? List.of() : user.getGroupIds()).sees(holder);
    }


    private static String processKey(DelegateExecution processInstance) {
        String definitionId = processInstance.getProcessDefinitionId();
        return definitionId.substring(0, definitionId.indexOf(':'));
    }
}
