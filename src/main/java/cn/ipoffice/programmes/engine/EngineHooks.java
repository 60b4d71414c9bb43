package cn.ipoffice.programmes.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * Where the product plugs into the engine, in one place, so that a Camunda upgrade is checked here: an
 * interceptor around every command (before its command context opens, or inside it), a listener of every
 * parsed diagram, one of the engine's sessions replaced or one of the product's added, a job type of the product's and
 * its retries, and a field the engine's
 * commands and queries do not expose, read by reflection. None of these has a public API; each user says which
 * guarantee or figure it is kept for. The engine's clock is read and moved in {@link EngineClockAdapter}.
 */
public final class EngineHooks {

    private EngineHooks() {
    }

    /** Around every command, before its command context and transaction open: sees what the caller sent. */
    public static void beforeEveryCommand(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
        add(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration::setCustomPreCommandInterceptorsTxRequired,
                interceptor);
    }

    /** Around every command, inside its command context: reads the engine's tables in the command's transaction. */
    public static void insideEveryCommand(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
        add(configuration.getCustomPostCommandInterceptorsTxRequired(), configuration::setCustomPostCommandInterceptorsTxRequired,
                interceptor);
    }

    /** A listener that sees each diagram before the engine's own parse listeners. */
    public static void beforeEngineParsing(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        add(configuration.getCustomPreBPMNParseListeners(), configuration::setCustomPreBPMNParseListeners, listener);
    }

    /** A listener that sees each diagram after the engine's own parse listeners. */
    public static void afterEngineParsing(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        add(configuration.getCustomPostBPMNParseListeners(), configuration::setCustomPostBPMNParseListeners, listener);
    }

    /** The engine's session of this type (a manager of its tables) replaced by the product's. */
    public static void replaceSession(ProcessEngineConfigurationImpl configuration, Class<?> type,
            Supplier<? extends Session> session) {
        addSession(configuration, type, session);
    }

    /**
     * A session of the product's, opened by the first {@link #sessionOfThisCommand} of each command and closed
     * with it: what the product remembers from one of the engine's calls into it to the next within a command.
     */
    public static <S extends Session> void sessionPerCommand(ProcessEngineConfigurationImpl configuration, Class<S> type,
            Supplier<S> session) {
        addSession(configuration, type, session);
    }

    /** The current command's session of this type. */
    public static <S extends Session> S sessionOfThisCommand(Class<S> type) {
        return Context.getCommandContext().getSession(type);
    }

    private static void addSession(ProcessEngineConfigurationImpl configuration, Class<?> type,
            Supplier<? extends Session> session) {
        add(configuration.getCustomSessionFactories(), configuration::setCustomSessionFactories, new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return session.get();
            }
        });
    }

    /** A job type of the product's, run by the engine's job executor as its own jobs are; call in preInit. */
    @SuppressWarnings("rawtypes")
    public static void addJobHandler(ProcessEngineConfigurationImpl configuration, JobHandler<?> handler) {
        add(configuration.getCustomJobHandlers(), configuration::setCustomJobHandlers, (JobHandler) handler);
    }

    /**
     * A failed job of one of these product types is retried after the engine's failed-job retry cycle
     * ({@code failed-job-retry-time-cycle}), as its asynchronous continuations are, and raises its incident after the
     * last retry. The engine reads the cycle from a job's activity; without this a job that has none (the product's
     * own types) is retried at once, three times in a row. Call in postInit, when the engine has its factory of
     * failed-job commands; the engine's own jobs keep the engine's command.
     */
    public static void retriedByTheRetryCycle(ProcessEngineConfigurationImpl configuration, Set<String> jobTypes) {
        FailedJobCommandFactory engines = configuration.getFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, exception) -> (Command<Object>) commandContext -> {
            JobEntity job = commandContext.getJobManager().findJobById(jobId);
            boolean product = job != null && jobTypes.contains(job.getJobHandlerType())
                    && configuration.getFailedJobRetryTimeCycle() != null;
            return product ? new RetryCycle(jobId, exception).execute(commandContext)
                    : engines.getCommand(jobId, exception).execute(commandContext);
        });
    }

    /** The engine's own retry of a failed job, with the engine-wide cycle where the job has no activity to read one from. */
    private static final class RetryCycle extends DefaultJobRetryCmd {

        RetryCycle(String jobId, Throwable exception) {
            super(jobId, exception);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            try {
                executeCustomStrategy(commandContext, job, null);
            } catch (Exception e) {
                executeStandardStrategy(commandContext);
            }
            return null;
        }

        @Override
        public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
            return activity != null ? super.getFailedJobRetryConfiguration(job, activity)
                    : ParseUtil.parseRetryIntervals(Context.getProcessEngineConfiguration().getFailedJobRetryTimeCycle());
        }
    }

    /** A field of the engine's that it does not expose; fails at start-up if this Camunda version has none. */
    public static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("This Camunda version's " + type.getSimpleName() + " has no field " + name
                    + "; the product reads it (engine/EngineHooks) and must be adapted", e);
        }
    }

    /** The value of such a field. */
    public static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field.getName() + " of " + target.getClass().getSimpleName(), e);
        }
    }

    private static <T> void add(List<T> list, Consumer<List<T>> set, T item) {
        List<T> items = list;
        if (items == null) {
            items = new ArrayList<>();
            set.accept(items);
        }
        items.add(item);
    }
}
