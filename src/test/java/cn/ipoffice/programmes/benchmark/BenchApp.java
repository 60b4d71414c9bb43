package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.IpProgrammesApplication;
import cn.ipoffice.programmes.register.Register;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The application without its web server for figure 3 on PostgreSQL: the production profile
 * {@code postgres} on an embedded server, the job executor off (jobs run on the driving thread).
 */
final class BenchApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final EmbeddedPostgres postgres;

    private BenchApp(ConfigurableApplicationContext context, EmbeddedPostgres postgres) {
        this.context = context;
        this.postgres = postgres;
    }

    static BenchApp onPostgres() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        return start(postgres, "--spring.profiles.active=postgres",
                "--IPP_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--IPP_DB_USER=postgres", "--IPP_DB_PASSWORD=postgres");
    }

    /**
     * The application on its embedded default, an H2 file database (application.yaml's settings), in a new
     * folder {@code directory}: what an office without PostgreSQL runs.
     */
    static BenchApp onH2File(java.nio.file.Path directory) throws IOException {
        if (java.nio.file.Files.exists(directory)) {
            org.springframework.util.FileSystemUtils.deleteRecursively(directory);
        }
        java.nio.file.Files.createDirectories(directory);
        return start(null, "--spring.datasource.url=jdbc:h2:file:" + directory.toAbsolutePath().resolve("ip-programmes")
                + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=32");
    }

    private static BenchApp start(EmbeddedPostgres postgres, String... database) {
        List<String> properties = new ArrayList<>(List.of(database));
        properties.addAll(List.of(
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.admin-user.password=Bench-" + UUID.randomUUID(),
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--spring.main.log-startup-info=false",
                "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                "--logging.level.root=" + System.getProperty("ipp.simulator.log", "OFF")));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IpProgrammesApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).run(properties.toArray(String[]::new));
        return new BenchApp(context, postgres);
    }

    ProcessEngine processEngine() {
        return context.getBean(ProcessEngine.class);
    }

    Register register() {
        return context.getBean(Register.class);
    }

    /** The application context itself (not a bean of itself, so not through {@link #bean}). */
    org.springframework.context.ApplicationContext context() {
        return context;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    static ProcessEngineConfigurationImpl configuration(ProcessEngine engine) {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Override
    public void close() throws IOException {
        context.close();
        if (postgres != null) {
            postgres.close();
        }
    }
}
