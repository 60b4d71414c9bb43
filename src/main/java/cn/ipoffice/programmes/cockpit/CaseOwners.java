package cn.ipoffice.programmes.cockpit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who owes the step of a missed deadline: the candidate groups of the task that waits at the deadline's activity (the
 * overdue incident's execution, e.g. {@code Task_RecordWorkPlan}), and the members of those groups with their names and
 * e-mail addresses. Both are read in one query per batch of executions and groups, not one per row of the page; the
 * engine's task and user queries take one execution and one group at a time.
 *
 * <p>The users are read without the engine's check of READ on users: what decides whether a supervisor sees a group's
 * users is whether it may see a case that group owes a step in, and the page asks only for the groups of the missed
 * deadlines it shows the supervisor ({@link VisibleOverdueIncidents}). The engine's own user query gives every signed-in
 * user the names of all users (Tasklist shows them), which would let the page show any group's users to anyone.
 */
final class CaseOwners {

    /** A member of an office's group. */
    record Member(String id, String firstName, String lastName, String email) {
    }

    /** Parameters per statement: well within every database's limit. */
    private static final int BATCH = 500;

    private final CommandContext context;
    private final String prefix;

    CaseOwners(CommandContext context) {
        this.context = context;
        String configured = context.getProcessEngineConfiguration().getDatabaseTablePrefix();
        this.prefix = configured == null ? "" : configured;
    }

    /** The candidate groups of the open task on each of these executions, each sorted; none for an execution without. */
    Map<String, List<String>> candidateGroups(Collection<String> executionIds) {
        Map<String, TreeSet<String>> groups = new LinkedHashMap<>();
        for (List<String> batch : batches(executionIds)) {
            List<Object> parameters = new ArrayList<>(List.of(IdentityLinkType.CANDIDATE));
            parameters.addAll(batch);
            query("SELECT T.EXECUTION_ID_, L.GROUP_ID_ FROM " + prefix + "ACT_RU_TASK T JOIN " + prefix
                    + "ACT_RU_IDENTITYLINK L ON L.TASK_ID_ = T.ID_ WHERE L.TYPE_ = ? AND L.GROUP_ID_ IS NOT NULL"
                    + " AND T.EXECUTION_ID_ IN (" + marks(batch.size()) + ")", parameters, result -> groups
                    .computeIfAbsent(result.getString(1), id -> new TreeSet<>()).add(result.getString(2)));
        }
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        groups.forEach((execution, names) -> sorted.put(execution, List.copyOf(names)));
        return sorted;
    }

    /** The members of each of these groups, by user id; none for a group without members. */
    Map<String, List<Member>> members(Collection<String> groups) {
        Map<String, List<Member>> members = new LinkedHashMap<>();
        for (List<String> batch : batches(groups)) {
            query("SELECT M.GROUP_ID_, U.ID_, U.FIRST_, U.LAST_, U.EMAIL_ FROM " + prefix + "ACT_ID_MEMBERSHIP M JOIN "
                    + prefix + "ACT_ID_USER U ON U.ID_ = M.USER_ID_ WHERE M.GROUP_ID_ IN (" + marks(batch.size())
                    + ") ORDER BY M.GROUP_ID_, U.ID_", new ArrayList<>(batch), result -> members
                    .computeIfAbsent(result.getString(1), id -> new ArrayList<>())
                    .add(new Member(result.getString(2), result.getString(3), result.getString(4), result.getString(5))));
        }
        return members;
    }

    private interface RowReader {
        void read(ResultSet result) throws SQLException;
    }

    private void query(String sql, List<Object> parameters, RowReader reader) {
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, (String) parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    reader.read(result);
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read who owes the overdue steps: " + e.getMessage(), e);
        }
    }

    private static List<List<String>> batches(Collection<String> values) {
        List<String> distinct = values.stream().filter(Objects::nonNull).distinct().sorted().toList();
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += BATCH) {
            batches.add(distinct.subList(from, Math.min(distinct.size(), from + BATCH)));
        }
        return batches;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
