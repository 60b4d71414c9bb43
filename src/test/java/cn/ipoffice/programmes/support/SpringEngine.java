package cn.ipoffice.programmes.support;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * The application of the {@link ProcessTest} classes, for code that reaches it statically (a class's
 * {@code @BeforeAll}, {@link Http}, {@link TestUsers}): taken from Spring's test context cache, so it is the
 * very context, engine and server the annotated classes of the JVM share.
 */
public final class SpringEngine {

    /** Carries the configuration of every engine test. */
    @ProcessTest
    static final class Anchor {
    }

    private static ConfigurableApplicationContext context;

    private SpringEngine() {
    }

    /** Whether a test of this JVM has started the shared application. */
    public static synchronized boolean started() {
        return context != null && context.isActive();
    }

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null || !context.isActive()) {
            context = (ConfigurableApplicationContext) new TestContextManager(Anchor.class).getTestContext()
                    .getApplicationContext();
        }
        return context;
    }

    public static boolean onPostgres() {
        return TestDatabase.postgres();
    }

    /** Where the application answers, e.g. {@code http://localhost:40123}. */
    public static String baseUrl() {
        return "http://localhost:" + context().getEnvironment().getProperty("local.server.port");
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
