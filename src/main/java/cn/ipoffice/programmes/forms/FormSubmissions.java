package cn.ipoffice.programmes.forms;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The names of the variables a task completion submits ({@code TaskService.complete},
 * {@code FormService.submitTaskForm}, REST {@code /task/{id}/complete} and {@code /submit-form}), known
 * while that command runs. The task's listener sees all the case's variables and cannot tell the submitted
 * ones apart, and the engine's commands do not expose them, hence the one reflective read below.
 */
final class FormSubmissions extends CommandInterceptor {

    record Submission(String taskId, Set<String> names) {
    }

    private static final ThreadLocal<Deque<Submission>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);
    private static final Field COMPLETE_TASK = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

    /** The names of the variables submitted with the completion of this task, if it is being completed. */
    static Optional<Set<String>> namesSubmittedFor(String taskId) {
        return RUNNING.get().stream().filter(s -> s.taskId().equals(taskId)).findFirst().map(Submission::names);
    }

    @Override
    public <T> T execute(Command<T> command) {
        Submission submission = submissionOf(command);
        if (submission == null) {
            return next.execute(command);
        }
        Deque<Submission> running = RUNNING.get();
        running.push(submission);
        try {
            return next.execute(command);
        } finally {
            running.pop();
        }
    }

    private static Submission submissionOf(Command<?> command) {
        if (command instanceof CompleteTaskCmd) {
            return submission(command, COMPLETE_TASK, COMPLETE_VARIABLES);
        }
        if (command instanceof SubmitTaskFormCmd) {
            return submission(command, SUBMIT_TASK, SUBMIT_VARIABLES);
        }
        return null;
    }

    private static Submission submission(Command<?> command, Field taskId, Field variables) {
        try {
            Map<?, ?> submitted = (Map<?, ?>) variables.get(command);
            Set<String> names = submitted == null ? Set.of()
                    : submitted.keySet().stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
            return new Submission((String) taskId.get(command), names);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read the variables submitted with " + command.getClass().getSimpleName(), e);
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("This Camunda version's " + type.getSimpleName() + " has no field " + name
                    + "; the check of undeclared form variables must be adapted to it", e);
        }
    }
}
