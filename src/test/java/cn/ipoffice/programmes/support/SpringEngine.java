package cn.ipoffice.programmes.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestContextManager;

/**
 * Hands the application's own engine, started once with the real diagrams, delegates and register,
 * to {@code ProcessEngineCoverageExtension}, which otherwise builds an engine of its own. The context is
 * the one of {@link ProcessTest}, taken from Spring's test context cache: every engine test of a JVM,
 * annotated or reaching it through this class, shares one application, one engine and one server.
 *
 * <p>With the system property {@code ipp.test.database=postgres} the same engine runs on a real
 * PostgreSQL server under the production profile, so a process test proves its path on both databases.
 */
public final class SpringEngine extends StandaloneProcessEngineConfiguration {

    public static final String DATABASE = "ipp.test.database";

    /** The configuration of every engine test. */
    @ProcessTest
    static final class OnH2 {
    }

    /** The same on a real PostgreSQL server, under the production profile. */
    @ProcessTest
    @ActiveProfiles({"test", "postgres"})
    static final class OnPostgres {
        private static EmbeddedPostgres postgres;

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry properties) {
            EmbeddedPostgres server = server();
            properties.add("IPP_DB_URL", () -> server.getJdbcUrl("postgres", "postgres"));
            properties.add("IPP_DB_USER", () -> "postgres");
            properties.add("IPP_DB_PASSWORD", () -> "postgres");
        }

        private static synchronized EmbeddedPostgres server() {
            if (postgres == null) {
                postgres = startPostgres();
            }
            return postgres;
        }
    }

    private static ConfigurableApplicationContext context;

    /** Whether a test of this JVM has started the shared application. */
    public static synchronized boolean started() {
        return context != null && context.isActive();
    }

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null || !context.isActive()) {
            Class<?> configuration = onPostgres() ? OnPostgres.class : OnH2.class;
            context = (ConfigurableApplicationContext) new TestContextManager(configuration).getTestContext()
                    .getApplicationContext();
        }
        return context;
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
        }
    }

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty(DATABASE));
    }

    /** Where the application answers, e.g. {@code http://localhost:40123}. */
    public static String baseUrl() {
        return "http://localhost:" + context().getEnvironment().getProperty("local.server.port");
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    @Override
    public ProcessEngine buildProcessEngine() {
        return bean(ProcessEngine.class);
    }
}
