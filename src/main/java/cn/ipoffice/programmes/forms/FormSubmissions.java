package cn.ipoffice.programmes.forms;

import cn.ipoffice.programmes.engine.EngineHooks;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * What a submission carries, known while its command runs: the names of the variables a task completion
 * submits ({@code TaskService.complete}, {@code FormService.submitTaskForm}, REST {@code /task/{id}/complete}
 * and {@code /submit-form}) with the values they had before it, and the names a process start submits
 * (REST {@code /start} and {@code /submit-form}, {@code RuntimeService.start…}). The task's and start
 * event's listeners see all the case's variables, already overwritten, and cannot tell the submitted ones
 * apart; the engine's commands do not expose them, hence the reflective reads ({@link EngineHooks#field}).
 *
 * <p>Runs inside the engine's command context, so the task's values before the submission are read from
 * the same transaction the completion runs in. It is what makes a read-only field and an undeclared
 * variable refusable at all (the attacks of {@code AroundTheFormAttackTest}); a completion of another kind
 * allocates nothing here, which keeps figure 1 of the benchmark where it was.
 */
final class FormSubmissions extends CommandInterceptor {

    /** A task completion: the submitted names, each with the value the case had before. */
    record TaskSubmission(String taskId, Set<String> names, Map<String, Object> before) {
    }

    /** A start by a caller: the submitted names. */
    record StartSubmission(Set<String> names) {
    }

    private static final ThreadLocal<Deque<Object>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);
    private static final Field COMPLETE_TASK = EngineHooks.field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = EngineHooks.field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK = EngineHooks.field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = EngineHooks.field(SubmitTaskFormCmd.class, "properties");
    private static final Field START_BUILDER = EngineHooks.field(StartProcessInstanceCmd.class, "instantiationBuilder");
    private static final Field START_AT_BUILDER = EngineHooks.field(StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder");
    private static final Field START_FORM_VARIABLES = EngineHooks.field(SubmitStartFormCmd.class, "variables");

    /** The completion of this task, if it is being completed. */
    static Optional<TaskSubmission> ofTask(String taskId) {
        return RUNNING.get().stream().filter(TaskSubmission.class::isInstance).map(TaskSubmission.class::cast)
                .filter(s -> s.taskId().equals(taskId)).findFirst();
    }

    /**
     * The start being run, if it is a caller's: the outermost command of this thread. A case that the
     * product's own steps start inside another command (a follow-up case, say) carries what the step gives it.
     */
    static Optional<StartSubmission> ofStart() {
        Deque<Object> running = RUNNING.get();
        return running.size() == 1 && running.peek() instanceof StartSubmission start ? Optional.of(start) : Optional.empty();
    }

    @Override
    public <T> T execute(Command<T> command) {
        Deque<Object> running = RUNNING.get();
        Object submission = submissionOf(command, running.isEmpty());
        if (submission == null) {
            return next.execute(command);
        }
        running.push(submission);
        try {
            return next.execute(command);
        } catch (AuthorizationException refused) {
            throw goneInTheMeantime(submission).map(RuntimeException.class::cast).orElse(refused);
        } finally {
            running.pop();
        }
    }

    /**
     * A completion refused because the task's grants went with the task: the other of two clicks, or another
     * reviewer, completed it a moment before. The user is told that, not that it lacks a permission.
     */
    private static Optional<NotFoundException> goneInTheMeantime(Object submission) {
        if (!(submission instanceof TaskSubmission task) || task.taskId() == null) {
            return Optional.empty();
        }
        boolean gone = Context.getProcessEngineConfiguration().getCommandExecutorTxRequiresNew()
                .execute(context -> context.getTaskManager().findTaskById(task.taskId()) == null);
        return gone ? Optional.of(new NotFoundException("Cannot find task with id " + task.taskId()
                + ": it was completed or removed a moment ago, by another click or another user")) : Optional.empty();
    }

    private static Object submissionOf(Command<?> command, boolean outermost) {
        if (command instanceof CompleteTaskCmd) {
            return taskSubmission(command, COMPLETE_TASK, COMPLETE_VARIABLES);
        }
        if (command instanceof SubmitTaskFormCmd) {
            return taskSubmission(command, SUBMIT_TASK, SUBMIT_VARIABLES);
        }
        if (command instanceof StartProcessInstanceCmd) {
            return new StartSubmission(names(builder(command, START_BUILDER).getVariables()));
        }
        if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            return new StartSubmission(names(builder(command, START_AT_BUILDER).getVariables()));
        }
        if (command instanceof SubmitStartFormCmd) {
            return new StartSubmission(names((Map<?, ?>) EngineHooks.read(START_FORM_VARIABLES, command)));
        }
        return outermost ? OTHER : null;
    }

    /** Any other outermost command: a start inside it is the product's own step, not a caller's submission. */
    private static final Object OTHER = new Object();

    private static TaskSubmission taskSubmission(Command<?> command, Field taskIdField, Field variables) {
        String taskId = (String) EngineHooks.read(taskIdField, command);
        Set<String> names = names((Map<?, ?>) EngineHooks.read(variables, command));
        Map<String, Object> before = new HashMap<>();
        TaskEntity task = taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
        if (task != null) {
            names.forEach(name -> before.put(name, task.getVariable(name)));
        }
        return new TaskSubmission(taskId, names, before);
    }

    private static ProcessInstantiationBuilderImpl builder(Command<?> command, Field field) {
        return (ProcessInstantiationBuilderImpl) EngineHooks.read(field, command);
    }

    private static Set<String> names(Map<?, ?> submitted) {
        return submitted == null ? Set.of()
                : submitted.keySet().stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
