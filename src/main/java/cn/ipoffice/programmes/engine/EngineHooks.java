package cn.ipoffice.programmes.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Where the product plugs into the engine, in one place, so that a Camunda upgrade is checked here: an
 * interceptor around every command (before its command context opens, or inside it), a listener of every
 * parsed diagram, one of the engine's sessions replaced or one of the product's added, and a field the engine's
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
