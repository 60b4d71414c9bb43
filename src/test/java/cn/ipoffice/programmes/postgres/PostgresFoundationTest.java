package cn.ipoffice.programmes.postgres;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.Form;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.cockpit.OverdueCasesVisibilityTest;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.AnnualReport;
import cn.ipoffice.programmes.register.Ban;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.register.Viewer;
import cn.ipoffice.programmes.support.EngineClock;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The Flyway migrations, the Camunda schema, the register and the annual report on a real PostgreSQL server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresFoundationTest {

    /** The server lives as long as the Spring context, and stops after the pool that uses it. */
    @TestConfiguration
    static class RealPostgres {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() throws IOException {
            return EmbeddedPostgres.builder().start();
        }

        @Bean
        @Primary
        DataSource dataSource(EmbeddedPostgres postgres) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            pool.setUsername("postgres");
            pool.setPassword("postgres");
            pool.setMaximumPoolSize(12);
            return pool;
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Register register;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void migrationsRunOnPostgres() throws IOException {
        long migrations;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            migrations = files.filter(f -> f.toString().endsWith(".sql")).count();
        }
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
                .isEqualTo(migrations);
        assertThat(jdbc.queryForObject("select is_nullable from information_schema.columns where table_name = 'designation'"
                + " and column_name = 'term_end'", String.class)).isEqualTo("YES");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name in "
                + "('holder','designation','ban','annual_assessment','annual_report','city_figures')", Integer.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class)).isPositive();
    }

    @Test
    void registerWritesAreIdempotentPerStep() {
        register.enterHolder("330200", "Ningbo", HolderKind.CITY_UNDER_SEPARATE_STATE_PLANNING);
        register.grant("330200", Title.PILOT_CITY, DeadlineCalendar.term(LocalDate.of(2025, 5, 20), 3), 1, "PM-7",
                "pg:grant:330200", null);
        register.grant("330200", Title.PILOT_CITY, DeadlineCalendar.term(LocalDate.of(2025, 5, 20), 3), 1, "PM-7",
                "pg:grant:330200", null);
        Ban ban = register.imposeBan("330200", Title.PILOT_CITY, LocalDate.of(2028, 6, 1), 2, "PM-14",
                "Acceptance score 59", "pg:ban:330200");
        register.imposeBan("330200", Title.PILOT_CITY, LocalDate.of(2028, 6, 1), 2, "PM-14", "Acceptance score 59",
                "pg:ban:330200");

        assertThat(register.designationsOf("330200")).singleElement()
                .satisfies(d -> assertThat(d.getTermEnd()).isEqualTo(LocalDate.of(2028, 5, 19)));
        assertThat(register.bansOf("330200")).hasSize(1);
        assertThat(ban.getLastDay()).isEqualTo(LocalDate.of(2030, 5, 31));
        assertThat(register.banOn("330200", Title.PILOT_CITY, LocalDate.of(2030, 5, 31))).isPresent();
        assertThat(register.banOn("330200", Title.PILOT_CITY, LocalDate.of(2030, 6, 1))).isEmpty();
        assertThat(register.banOn("330200", Title.MODEL_CITY, LocalDate.of(2029, 1, 1))).isEmpty();
    }

    @Test
    void pm12_lateReportOnPostgres_escalatesAtMidnightAndIsRegisteredLate() {
        register.enterHolder("330300", "Wenzhou", HolderKind.PREFECTURE_LEVEL_CITY);
        EngineClock.setTo("2026-01-20T09:00");
        ProcessInstance instance = runtime.startProcessInstanceByKey(AnnualReportProcess.KEY, "330300",
                Map.of(In.HOLDER_ID.name(), "330300", In.HOLDER_NAME.name(), "Wenzhou", In.REPORT_YEAR.name(), 2026, In.RULE_ID.name(), "PM-12", In.SUPERVISOR_GROUP.name(), "province-33"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
                .isEqualTo(cstDate("2026-02-01T00:00"));

        EngineClock.setTo("2026-01-31T23:59");
        assertThat(EngineClock.runDueJobs(management, instance.getId())).isZero();
        EngineClock.setTo("2026-02-01T00:00");
        assertThat(EngineClock.runDueJobs(management, instance.getId())).isOne();
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(AnnualReportProcess.TASK_ESCALATE).taskCandidateGroup("province-33").count()).isOne();

        EngineClock.setTo("2026-02-02T09:00");
        complete(instance, AnnualReportProcess.TASK_SUBMIT, Map.of(Form.WORK_SUMMARY.name(), "A summary of the year's work",
                Form.CURRENT_YEAR_PLAN.name(), "A plan for the year's work"));
        complete(instance, AnnualReportProcess.TASK_REVIEW, Map.of(Form.REPORT_ACCEPTED.name(), true));

        assertThat(register.reportsOf("330300")).singleElement().satisfies(report -> {
            assertThat(report.isOnTime()).isFalse();
            assertThat(report.getSubmittedOn()).isEqualTo(LocalDate.of(2026, 2, 2));
        });
    }

    @Test
    void aFailedRegisterWriteRollsBackTheEngineStepOnPostgres() {
        register.enterHolder("330400", "Jiaxing", HolderKind.PREFECTURE_LEVEL_CITY);
        ProcessInstance instance = runtime.startProcessInstanceByKey(AnnualReportProcess.KEY, "330400",
                Map.of(In.HOLDER_ID.name(), "330400", In.HOLDER_NAME.name(), "Jiaxing", In.REPORT_YEAR.name(), 2027, In.RULE_ID.name(), "PM-12", In.SUPERVISOR_GROUP.name(), "province-33"));
        complete(instance, AnnualReportProcess.TASK_SUBMIT, Map.of(Form.WORK_SUMMARY.name(), "A summary of the year's work",
                Form.CURRENT_YEAR_PLAN.name(), "A plan for the year's work"));
        runtime.setVariable(instance.getId(), In.HOLDER_ID.name(), "339999");
        String review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        assertThatThrownBy(() -> tasks.complete(review, Map.of(Form.REPORT_ACCEPTED.name(), true)))
                .hasMessageContaining("No holder 339999");
        assertThat(tasks.createTaskQuery().taskId(review).count()).isOne();
        assertThat(register.reportsOf("330400")).extracting(AnnualReport::getYear).isEmpty();
    }

    @Test
    void theRegisterListReadsOnlyTheUsersOfficesHoldersWithTheirTitlesOnPostgres() {
        register.enterHolder("320600", "Nantong", HolderKind.PREFECTURE_LEVEL_CITY);
        register.enterHolder("330500", "Huzhou", HolderKind.PREFECTURE_LEVEL_CITY);
        register.grant("320600", Title.PILOT_CITY, DeadlineCalendar.term(LocalDate.of(2025, 5, 20), 3), 1, "PM-7",
                "test:visible-320600", null);
        register.grant("330500", Title.PILOT_CITY, DeadlineCalendar.term(LocalDate.of(2025, 5, 20), 3), 1, "PM-7",
                "test:visible-330500", null);

        Map<String, List<String>> jiangsu = titlesByHolder(Viewer.of(List.of("province-32")));
        assertThat(jiangsu).containsEntry("320600", List.of("PILOT_CITY")).doesNotContainKey("330500");
        assertThat(jiangsu.keySet()).allMatch(id -> id.startsWith("32"));
        assertThat(titlesByHolder(Viewer.of(List.of("gov-330500")))).containsOnlyKeys("330500");
        assertThat(titlesByHolder(Viewer.of(List.of("province-32", "gov-330500")))).containsKeys("320600", "330500");
        assertThat(titlesByHolder(Viewer.of(List.of("sipo")))).containsKeys("320600", "330500");
        assertThat(titlesByHolder(Viewer.of(List.of("reviewers")))).isEmpty();
    }

    /**
     * Camunda's authorization checks test {@code PERMS_ & n = n}; without statistics on that expression
     * PostgreSQL guesses 0.5 % of the grants match, and Tasklist's Overdue count for a province with 10,000
     * overdue tasks compared every task with every grant (80 s in the benchmark).
     */
    @Test
    void authorizationChecksHaveStatisticsForTheirPermissionTestsOnPostgres() {
        assertThat(jdbc.queryForList("select statistics_name from pg_stats_ext_exprs where statistics_name like"
                + " 'act_ru_authorization_perms_%'", String.class)).containsExactlyInAnyOrder(
                        "act_ru_authorization_perms_read", "act_ru_authorization_perms_read_task",
                        "act_ru_authorization_perms_read_instance", "act_ru_authorization_perms_read_history");

        jdbc.execute("analyze act_ru_authorization");
        long reading = jdbc.queryForObject("select count(*) from act_ru_authorization where perms_ & 2 = 2", Long.class);
        String plan = jdbc.queryForObject("explain (format json) select * from act_ru_authorization where perms_ & 2 = 2",
                String.class);
        long estimated = Long.parseLong(plan.replaceAll("(?s).*\"Plan Rows\": (\\d+).*", "$1"));
        assertThat(reading).isGreaterThan(20);
        assertThat(estimated).isBetween(reading / 2, reading * 2);
    }

    /** The Cockpit page reads its incidents from the user's grants with SQL of its own, here PostgreSQL's. */
    @Test
    void theOverdueCasesPageShowsWhatTheEnginesIncidentQueryShowsOnPostgres() {
        EngineClock.setTo("2026-01-05T09:00");
        register.enterHolder("320700", "Lianyungang", HolderKind.PREFECTURE_LEVEL_CITY);
        ProcessInstance report = runtime.startProcessInstanceByKey(AnnualReportProcess.KEY, "320700", Map.of(In.HOLDER_ID.name(),
                "320700", In.HOLDER_NAME.name(), "Lianyungang", In.REPORT_YEAR.name(), 2026, In.RULE_ID.name(), "PM-12", In.SUPERVISOR_GROUP.name(), "province-32"));
        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(management, report.getId());
        String grant = OverdueCasesVisibilityTest.grant(authorizations, "pg-reports", null, Resources.PROCESS_DEFINITION,
                AnnualReportProcess.KEY, Permissions.READ_INSTANCE);
        try {
            assertThat(OverdueCasesVisibilityTest.seenBy(engine, "pg-jiangsu", "province-32")).contains(report.getId());
            assertThat(OverdueCasesVisibilityTest.seenBy(engine, "pg-zhejiang", "province-33")).doesNotContain(report.getId());
            assertThat(OverdueCasesVisibilityTest.seenBy(engine, "pg-reports")).contains(report.getId());
            assertThat(OverdueCasesVisibilityTest.seenBy(engine, "pg-nobody")).isEmpty();
        } finally {
            authorizations.deleteAuthorization(grant);
        }
    }

    private Map<String, List<String>> titlesByHolder(Viewer viewer) {
        return register.visibleTo(viewer).entrySet().stream().collect(Collectors.toMap(e -> e.getKey().getId(),
                e -> e.getValue().stream().map(d -> d.getTitle().name()).toList()));
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult().getId(), variables);
    }
}
