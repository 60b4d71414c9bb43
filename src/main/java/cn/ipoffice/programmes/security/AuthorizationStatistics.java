package cn.ipoffice.programmes.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL: planner statistics for the permission tests of Camunda's authorization checks.
 *
 * <p>Every authorized query (Tasklist's filters, Cockpit's lists, the REST API) joins
 * {@code ACT_RU_AUTHORIZATION} with a condition {@code PERMS_ & n = n}. PostgreSQL keeps no statistics
 * for such an expression and guesses that 0.5 % of the rows match. An office holds a grant per case and
 * per task, so the guess is off by a factor of 200 and the planner compares every task with every grant
 * of the office: the count of Tasklist's "Overdue" filter for a province with 10,000 overdue tasks took
 * 80 s. With statistics on the expressions it looks up each task's grants by index instead (0.35 s).
 *
 * <p>The statistics are created once per database (Camunda's tables exist by then) and kept up to date
 * by PostgreSQL's own autovacuum. Other databases do nothing here.
 *
 * <p>It reaches under the engine's API into its table, for the figure it bought: that count, 80 s before and
 * 0.35 s after on PostgreSQL (docs/benchmark.md, figure 3).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class AuthorizationStatistics implements ApplicationRunner {

    /** The permissions Camunda's read checks test: of a case or task, of a definition's tasks, instances, history. */
    static final List<Permission> TESTED = List.of(Permissions.READ, Permissions.READ_TASK, Permissions.READ_INSTANCE,
            Permissions.READ_HISTORY);
    static final String PREFIX = "act_ru_authorization_perms_";
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationStatistics.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AuthorizationStatistics(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!onPostgres()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            // Nodes of a cluster start together: one creates, the others find the statistics there.
            jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))", Object.class, PREFIX);
            List<Permission> missing = TESTED.stream().filter(permission -> !jdbc.queryForObject(
                    "select exists (select 1 from pg_statistic_ext where stxname = ?)", Boolean.class,
                    name(permission))).toList();
            if (missing.isEmpty()) {
                return;
            }
            for (Permission permission : missing) {
                jdbc.execute("create statistics " + name(permission) + " on (perms_ & " + permission.getValue()
                        + ") from act_ru_authorization");
            }
            jdbc.execute("analyze act_ru_authorization");
            LOG.info("Planner statistics for {} authorization permission tests created", missing.size());
        });
    }

    static String name(Permission permission) {
        return PREFIX + permission.getName().toLowerCase(java.util.Locale.ROOT);
    }

    private boolean onPostgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
