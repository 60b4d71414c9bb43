package cn.ipoffice.programmes.benchmark;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 3's bulk fill: copies of cases the engine really ran. A template is one root case (with the
 * cases it called) and its holder; every row the engine and the register hold for it (runtime, history,
 * authorizations, jobs, incidents; holder, titles, bans, reports, assessments) is read once and written
 * again per copy, with fresh ids (every UUID of the case mapped to a new one, the same way in every
 * table) and the copy's holder code and province office in place of the template's. Running a round
 * through the engine costs about 0.1 s; a copy costs a few hundred inserted rows, so 100,000 finished
 * cases take minutes instead of hours. Foreign keys are not checked during the fill (the copies keep the
 * references of their template), which needs H2 or a PostgreSQL superuser.
 */
final class CaseCloner {

    /** A root case and its holder ({@code null} for the baseline's cases, which have none). */
    record Template(String rootProcessInstanceId, String holderId) {
    }

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> REGISTER_TABLES = List.of("holder", "designation", "ban", "annual_assessment",
            "annual_report");
    private static final int BATCH = 2000;
    private static final java.util.concurrent.atomic.AtomicLong NEXT_ID = new java.util.concurrent.atomic.AtomicLong(1);

    private final DataSource dataSource;

    CaseCloner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One table's rows of one template, read once. */
    record Rows(String table, List<String> columns, int[] types, List<Object[]> values) {
    }

    /**
     * Writes {@code copies} copies, copy {@code n} of template {@code n % templates.size()} for holder
     * {@code holderCode.apply(n)} (its first two characters are its province; ignored for templates without
     * holder). Returns the rows written.
     */
    long copy(List<Template> templates, int copies, IntFunction<String> holderCode) throws SQLException {
        return copy(read(templates), copies, holderCode);
    }

    /** The templates' rows, read once; read them before a large copy (their lookups scan tables). */
    Read read(List<Template> templates) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<List<Rows>> rows = new ArrayList<>();
            for (Template template : templates) {
                rows.add(read(connection, template));
            }
            return new Read(templates, rows, definitionIds(connection));
        }
    }

    /** Templates with their rows and the ids their copies share with them. */
    record Read(List<Template> templates, List<List<Rows>> rows, Set<String> shared) {
    }

    /** {@link #copy(List, int, IntFunction)} of templates read before. */
    long copy(Read templatesRead, int copies, IntFunction<String> holderCode) throws SQLException {
        long written = 0;
        List<Template> templates = templatesRead.templates();
        List<List<Rows>> read = templatesRead.rows();
        Set<String> shared = templatesRead.shared();
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            connection.setAutoCommit(false);
            referentialIntegrity(connection, postgres, false);
            try {
                Map<String, PreparedStatement> inserts = new HashMap<>();
                int pending = 0;
                for (int n = 0; n < copies; n++) {
                    Template template = templates.get(n % templates.size());
                    String holder = holderCode.apply(n);
                    Map<String, String> literals = new LinkedHashMap<>();
                    if (template.holderId() != null) {
                        literals.put("province-" + template.holderId().substring(0, 2), "province-" + holder.substring(0, 2));
                        literals.put(template.holderId(), holder);
                    }
                    Map<String, String> ids = new HashMap<>();
                    for (Rows rows : read.get(n % templates.size())) {
                        PreparedStatement insert = inserts.computeIfAbsent(rows.table(), table -> prepare(connection, rows));
                        for (Object[] row : rows.values()) {
                            for (int c = 0; c < row.length; c++) {
                                Object value = row[c];
                                if (rows.columns().get(c).equalsIgnoreCase("province") && value != null && holder != null) {
                                    value = holder.substring(0, 2);
                                } else if (value instanceof String text) {
                                    value = rewrite(text, ids, shared, literals);
                                }
                                if (value == null) {
                                    insert.setNull(c + 1, rows.types()[c]);
                                } else {
                                    insert.setObject(c + 1, value);
                                }
                            }
                            insert.addBatch();
                            written++;
                            if (++pending >= BATCH) {
                                flush(inserts.values());
                                pending = 0;
                            }
                        }
                    }
                    if (n % 500 == 499) {
                        flush(inserts.values());
                        pending = 0;
                        connection.commit();
                    }
                    if (n % 5000 == 4999) {
                        EngineBenchmark.log("  " + (n + 1) + " of " + copies + " copies, " + written + " rows");
                    }
                }
                flush(inserts.values());
                connection.commit();
                for (PreparedStatement insert : inserts.values()) {
                    insert.close();
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                referentialIntegrity(connection, postgres, true);
                connection.commit();
                connection.setAutoCommit(true);
            }
            // PostgreSQL's planner statistics, as its autovacuum would renew them after so many new rows; measured
            // straight after a bulk load they would be stale. H2 renews its own as rows change (ANALYZE_AUTO).
            if (postgres) {
                long started = System.nanoTime();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE");
                }
                EngineBenchmark.log(String.format("  ANALYZE took %.1f s", (System.nanoTime() - started) / 1e9));
            }
        }
        return written;
    }

    private static void flush(Iterable<PreparedStatement> inserts) throws SQLException {
        for (PreparedStatement insert : inserts) {
            insert.executeBatch();
        }
    }

    private static void referentialIntegrity(Connection connection, boolean postgres, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(postgres ? "SET session_replication_role = " + (on ? "origin" : "replica")
                    : "SET REFERENTIAL_INTEGRITY " + (on ? "TRUE" : "FALSE"));
        }
    }

    private static PreparedStatement prepare(Connection connection, Rows rows) {
        String sql = "insert into " + rows.table() + " (" + String.join(", ", rows.columns()) + ") values ("
                + String.join(", ", rows.columns().stream().map(c -> "?").toList()) + ")";
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare " + sql, e);
        }
    }

    /**
     * A new id in the engine's UUID form, ascending: each index receives its new keys at one end of its tree,
     * so a fill of millions of rows does not read the whole index back from disk for every insert. Lookups by
     * id cost the same as for the engine's own ids.
     */
    private static String nextId() {
        long n = NEXT_ID.getAndIncrement();
        return String.format("%08x-%04x-4c00-8000-%012x", n >>> 48, (n >>> 32) & 0xffff, n & 0xffffffffffffL);
    }

    /** A text of the template with its case ids mapped (definitions and deployments stay) and its holder replaced. */
    static String rewrite(String text, Map<String, String> ids, Set<String> shared, Map<String, String> literals) {
        Matcher matcher = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String id = matcher.group();
            matcher.appendReplacement(out, shared.contains(id) ? id : ids.computeIfAbsent(id, k -> nextId()));
        }
        matcher.appendTail(out);
        String result = out.toString();
        for (Map.Entry<String, String> literal : literals.entrySet()) {
            if (result.contains(literal.getKey())) {
                result = result.replace(literal.getKey(), literal.getValue());
            }
        }
        return result;
    }

    /** The ids of what is deployed (definitions, deployments, job definitions): shared by every case, never mapped. */
    private static Set<String> definitionIds(Connection connection) throws SQLException {
        Set<String> ids = new HashSet<>();
        for (String table : tables(connection)) {
            String lower = table.toLowerCase(Locale.ROOT);
            if (lower.startsWith("act_re_") || lower.equals("act_ru_jobdef")) {
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            Object value = rs.getObject(c);
                            if (value instanceof String text) {
                                Matcher matcher = UUID_TEXT.matcher(text);
                                while (matcher.find()) {
                                    ids.add(matcher.group());
                                }
                            }
                        }
                    }
                }
            }
        }
        return ids;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /** Every row of the template: the engine's (by root case, case, task or authorized resource) and the register's. */
    private static List<Rows> read(Connection connection, Template template) throws SQLException {
        List<String> instances = strings(connection,
                "select ID_ from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = ?", template.rootProcessInstanceId());
        if (instances.isEmpty() || !UUID_TEXT.matcher(instances.get(0)).matches()) {
            throw new IllegalStateException("Template case " + template.rootProcessInstanceId()
                    + " has no history or no UUID ids (history level full and the UUID id generator are needed)");
        }
        String inInstances = in(instances);
        List<String> tasks = strings(connection, "select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ in " + inInstances);
        String inTasks = tasks.isEmpty() ? "('')" : in(tasks);
        List<Rows> result = new ArrayList<>();
        for (String table : tables(connection)) {
            String lower = table.toLowerCase(Locale.ROOT);
            Set<String> columns = columns(connection, table);
            List<String> where = new ArrayList<>();
            if (REGISTER_TABLES.contains(lower)) {
                if (template.holderId() == null) {
                    continue;
                }
                where.add((lower.equals("holder") ? "id" : "holder_id") + " = '" + template.holderId() + "'");
            } else if (lower.startsWith("act_ru_") || lower.startsWith("act_hi_") || lower.equals("act_ge_bytearray")) {
                if (columns.contains("root_proc_inst_id_")) {
                    where.add("ROOT_PROC_INST_ID_ = '" + template.rootProcessInstanceId() + "'");
                }
                if (columns.contains("proc_inst_id_")) {
                    where.add("PROC_INST_ID_ in " + inInstances);
                }
                if (columns.contains("task_id_")) {
                    where.add("TASK_ID_ in " + inTasks);
                }
                if (lower.equals("act_ru_authorization")) {
                    where.add("RESOURCE_ID_ in " + inInstances + " or RESOURCE_ID_ in " + inTasks);
                }
            }
            if (!where.isEmpty()) {
                Rows rows = rows(connection, table, "select * from " + table + " where " + String.join(" or ", where));
                if (!rows.values().isEmpty()) {
                    result.add(rows);
                }
            }
        }
        return result;
    }

    private static Rows rows(Connection connection, String table, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                // The register's generated keys are left to the database; every other column is copied.
                boolean identity = meta.getColumnName(c).equalsIgnoreCase("id")
                        && (meta.isAutoIncrement(c) || meta.getColumnType(c) == java.sql.Types.BIGINT);
                if (!identity) {
                    columns.add(meta.getColumnName(c));
                    kept.add(c);
                }
            }
            int[] types = kept.stream().mapToInt(c -> {
                try {
                    return meta.getColumnType(c);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray();
            List<Object[]> values = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[kept.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(kept.get(i));
                }
                values.add(row);
            }
            return new Rows(table, columns, types, values);
        }
    }

    private static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static String in(List<String> ids) {
        return "('" + String.join("', '", ids) + "')";
    }
}
