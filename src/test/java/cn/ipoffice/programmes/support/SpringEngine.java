package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.IpProgrammesApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hands the application's own engine, started once with the real diagrams, delegates and register,
 * to {@code ProcessEngineCoverageExtension}, which otherwise builds an engine of its own.
 *
 * <p>With the system property {@code ipp.test.database=postgres} the same engine runs on a real
 * PostgreSQL server under the production profile, so a process test proves its path on both databases.
 */
public final class SpringEngine extends StandaloneProcessEngineConfiguration {

    public static final String DATABASE = "ipp.test.database";

    private static ConfigurableApplicationContext context;

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            SpringApplicationBuilder application = new SpringApplicationBuilder(IpProgrammesApplication.class,
                    CoverageConfiguration.class).properties("server.port=0");
            if ("postgres".equals(System.getProperty(DATABASE))) {
                EmbeddedPostgres postgres = startPostgres();
                application.profiles("test", "postgres").properties(
                        "IPP_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "IPP_DB_USER=postgres", "IPP_DB_PASSWORD=postgres");
            } else {
                application.profiles("test");
            }
            context = application.run();
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
