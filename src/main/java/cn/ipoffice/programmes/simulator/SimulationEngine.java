package cn.ipoffice.programmes.simulator;

import cn.ipoffice.programmes.IpProgrammesApplication;
import cn.ipoffice.programmes.register.Register;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import cn.ipoffice.programmes.register.NationalFigures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * The application without its web server, on a throw-away in-memory database: the real diagrams, forms,
 * delegates and register (Flyway schema), with the job executor off, so that only the simulation moves
 * time and runs jobs. Nothing touches the application's database under {@code ./data/}.
 */
public final class SimulationEngine implements AutoCloseable {

    private static final String WEB_CONFIGURATIONS =
            "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";

    /** The register's tables, children first. */
    private static final List<String> REGISTER_TABLES = List.of("call_application", "yearly_call", "finding_decision", "disqualification", "model_examination",
            "model_candidate_score", "annual_report", "annual_assessment", "ban", "designation", "city_figures", "holder");

    private final ConfigurableApplicationContext context;
    private final String databaseUrl;

    private SimulationEngine(ConfigurableApplicationContext context, String databaseUrl) {
        this.context = context;
        this.databaseUrl = databaseUrl;
    }

    public static SimulationEngine start() {
        return start(new ApplicationContextInitializer<?>[0]);
    }

    /** The same engine with {@code initializers} applied to its context before it is refreshed (the benchmark's baseline delegate). */
    public static SimulationEngine start(ApplicationContextInitializer<?>... initializers) {
        String databaseUrl = "jdbc:h2:mem:simulation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        // Command-line properties outrank application.yaml, whose datasource is the file database.
        String[] properties = {
                "--spring.datasource.url=" + databaseUrl,
                "--camunda.bpm.job-execution.enabled=false",
                // A random password the password policy accepts (upper and lower case, digits, a special character).
                "--camunda.bpm.admin-user.password=Sim-" + UUID.randomUUID(),
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--spring.main.log-startup-info=false",
                // No web server, so neither the REST API nor the webapps.
                "--spring.autoconfigure.exclude=" + WEB_CONFIGURATIONS,
                "--logging.level.root=" + System.getProperty("ipp.simulator.log", "OFF"),
        };
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IpProgrammesApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .initializers(initializers)
                .run(properties);
        return new SimulationEngine(context, databaseUrl);
    }

    public ProcessEngine processEngine() {
        return context.getBean(ProcessEngine.class);
    }

    public Register register() {
        return context.getBean(Register.class);
    }

    /** The application context the engine runs in (its beans, its data source). */
    public ApplicationContext context() {
        return context;
    }

    /** Runs a scenario on this engine; an engine runs one scenario (the register keeps what it wrote). */
    public Timeline simulate(Scenario scenario) {
        return new Simulation(processEngine(), register(), context.getBean(NationalFigures.class), scenario).run();
    }

    /**
     * Empties the engine and the register for the next scenario: every case with its history, every
     * holder with its titles, bans, assessments and reports. The deployed diagrams stay.
     */
    public void reset() {
        ProcessEngine engine = processEngine();
        List<String> running = engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list()
                .stream().map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            engine.getRuntimeService().deleteProcessInstances(running, "simulation reset", true, true);
        }
        List<String> finished = engine.getHistoryService().createHistoricProcessInstanceQuery().list().stream()
                .map(HistoricProcessInstance::getId).toList();
        if (!finished.isEmpty()) {
            engine.getHistoryService().deleteHistoricProcessInstances(finished);
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        for (String table : REGISTER_TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** Stops the engine and drops its in-memory database (it would otherwise live as long as the JVM). */
    @Override
    public void close() {
        context.close();
        try (Connection connection = DriverManager.getConnection(databaseUrl, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the simulation's database", e);
        }
    }
}
