package cn.ipoffice.programmes.forms;

import cn.ipoffice.programmes.casework.CaseRefusedException;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.engine.EngineClockAdapter;
import cn.ipoffice.programmes.engine.EngineHooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Holds every user task completion and every process start with a Camunda Form to that form's
 * contract ({@link FormContract}), on the server, whichever client submits (Tasklist, REST, Java).
 * A refused submission throws {@link FormFieldValidationException} (REST: 400) naming each field
 * ({@link FormRefusal}), and its transaction rolls back: nothing changes.
 *
 * <p>An engine plugin (through {@code engine/EngineHooks}) because a form submitted over REST or the Java API
 * never passes Tasklist's checks: this is the only place every submission is judged (the 400s of
 * {@code FormValidationOverRestTest}).
 */
@Component
class ServerSideFormValidation extends AbstractProcessEnginePlugin {

    private final RepositoryService repositoryService;
    private FormContracts contracts;

    ServerSideFormValidation(@Lazy RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineHooks.beforeEveryCommand(configuration, new UnwrapFormRefusals());
        EngineHooks.insideEveryCommand(configuration, new FormSubmissions());
        EngineHooks.beforeEngineParsing(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String formRef = formRef(element);
                if (formRef != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                            task -> validate(task, formRef));
                }
            }

            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                String formRef = formRef(element);
                if (formRef != null) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                            (ExecutionListener) execution -> validate(execution, formRef));
                }
            }
        });
    }

    /**
     * The engine wraps whatever a task listener throws; a refused form, or a case opened for a holder
     * outside the user's offices, comes back out as itself, so that REST answers 400 with the fields
     * named (403 with the offices), not 500. The transaction has rolled back by then.
     */
    static final class UnwrapFormRefusals extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof FormFieldValidationException refusal) {
                        throw refusal;
                    }
                    if (cause instanceof AuthorizationException refusal) {
                        throw refusal;
                    }
                    if (cause instanceof CaseRefusedException refusal) {
                        throw refusal;
                    }
                }
                throw e;
            }
        }
    }

    private static String formRef(Element element) {
        return element.attributeNS(new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS), "formRef");
    }

    /**
     * A completion may write only what the form declares (not, say, the case's holderId or supervisorGroup),
     * and may not change what the form shows read-only (the eligibility check's findings, say).
     */
    private void validate(DelegateTask task, String formRef) {
        FormSubmissions.TaskSubmission submission = FormSubmissions.ofTask(task.getId()).orElse(null);
        FormContract contract = contract(task.getProcessDefinitionId(), formRef);
        List<String> problems = new ArrayList<>();
        if (submission != null) {
            problems.addAll(contract.undeclared(submission.names()));
            problems.addAll(contract.changedReadOnly(submission.names(), submission.before(), task.getVariables()));
        }
        refuseIfAny(formRef, problems, contract, task.getVariables());
    }

    /** A caller's start may submit only what the start form declares; the product's own steps give what they must. */
    private void validate(DelegateExecution execution, String formRef) {
        FormContract contract = contract(execution.getProcessDefinitionId(), formRef);
        List<String> problems = new ArrayList<>();
        FormSubmissions.ofStart().ifPresent(start -> problems.addAll(contract.undeclared(start.names())));
        refuseIfAny(formRef, problems, contract, execution.getVariables());
    }

    private FormContract contract(String processDefinitionId, String formRef) {
        // The form belongs to the deployment, which the submitting user need not be allowed to read.
        return Context.getCommandContext()
                .runWithoutAuthorization(() -> contracts().forDefinition(processDefinitionId, formRef));
    }

    /** Refuses with the reasons given (undeclared or changed read-only variables) and the form's fields' problems. */
    private static void refuseIfAny(String formRef, List<String> reasons, FormContract contract, Map<String, Object> values) {
        List<FieldProblem> fields = contract.fieldProblems(values, DeadlineCalendar.dayOf(EngineClockAdapter.engineNow()));
        if (!reasons.isEmpty() || !fields.isEmpty()) {
            throw FormRefusal.ofForm(formRef, reasons, fields);
        }
    }

    private synchronized FormContracts contracts() {
        if (contracts == null) {
            contracts = new FormContracts(repositoryService);
        }
        return contracts;
    }
}
