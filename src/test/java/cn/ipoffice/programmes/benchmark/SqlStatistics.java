package cn.ipoffice.programmes.benchmark;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With {@code -Dbench.sqlStatistics=N}, H2's own statement statistics over figure 1's product run: the
 * N statements with the most time in the database, with their calls and mean time. Shows where the
 * product's extra time goes; off by default, as collecting them costs time itself.
 */
final class SqlStatistics {

    private final JdbcTemplate jdbc;
    private final int shown;

    private SqlStatistics(JdbcTemplate jdbc, int shown) {
        this.jdbc = jdbc;
        this.shown = shown;
    }

    static SqlStatistics startIfAsked(ApplicationContext context) {
        int shown = Integer.getInteger("bench.sqlStatistics", 0);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        if (shown > 0) {
            jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
            jdbc.execute("SET QUERY_STATISTICS FALSE");
            jdbc.execute("SET QUERY_STATISTICS TRUE");
        }
        return new SqlStatistics(jdbc, shown);
    }

    void print(String run) {
        if (shown <= 0) {
            return;
        }
        StringBuilder text = new StringBuilder("Statements with the most time in H2 during " + run
                + " (total ms, calls, mean ms, statement):\n");
        jdbc.query("SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME, AVERAGE_EXECUTION_TIME"
                + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS ORDER BY CUMULATIVE_EXECUTION_TIME DESC LIMIT " + shown,
                row -> {
                    String sql = row.getString(1).replaceAll("\\s+", " ");
                    text.append(String.format("  %9.0f %8d %7.2f  %s%n", row.getDouble(3), row.getLong(2), row.getDouble(4),
                            sql.length() > 220 ? sql.substring(0, 220) + "…" : sql));
                });
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        EngineBenchmark.log(text.toString());
    }
}
