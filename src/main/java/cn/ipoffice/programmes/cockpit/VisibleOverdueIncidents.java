package cn.ipoffice.programmes.cockpit;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.overdue.OverdueIncident;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The open missed deadlines ({@link OverdueIncident#isMissedDeadline}) the authenticated user may read,
 * oldest first: the incidents the engine's own incident query shows that user (READ on the case, or
 * READ_INSTANCE on its process, docs/rules.md "Who does what"), found from the user's grants.
 *
 * <p>The engine's incident query decides for every open incident of the country whether the user may read
 * it, one subquery per incident and permission, and only then keeps the user's few: on PostgreSQL 0.5 s for
 * a province's 742 of 20,000 overdue incidents (docs/benchmark.md, figure 3). Here the user's grants on
 * cases are read first, through the grants' indexes, and only their cases' incidents are read; a grant on a
 * whole process ({@code READ_INSTANCE}, or {@code *}) adds that process's incidents. (The engine lets anyone
 * read an incident outside any process; a missed deadline is always an activity's of a case.)
 *
 * <p>Grants give what they name and nothing else as long as the engine checks without revokes, or with
 * revokes while no revoke and no global authorization exists on cases or processes. Where one does
 * ({@code Admin > Authorizations}), it may take away what a group's grant gives, and the incidents are
 * asked of the engine's own query.
 *
 * <p>A MyBatis query run by Cockpit's query service with the engine's checks was as fast on H2 and 6 times
 * slower (p95) on PostgreSQL (docs/benchmark.md, "The Cockpit overdue page").
 */
final class VisibleOverdueIncidents {

    /**
     * One incident and its case: what the Cockpit page shows of it. The holder's name is the case's own
     * {@link CaseVariables#HOLDER_NAME}, or its root case's (an annual report called by a round carries none).
     */
    record Row(String id, String processInstanceId, String processDefinitionId, String activityId,
            String configuration, Timestamp timestamp, String businessKey, String holderName, String executionId) {
    }

    private static final int GRANT = 1;
    private static final int GLOBAL = 0;
    private static final int REVOKE = 2;
    private static final String COLUMNS = "I.ID_, I.PROC_INST_ID_, I.PROC_DEF_ID_, I.ACTIVITY_ID_, I.CONFIGURATION_,"
            + " I.INCIDENT_TIMESTAMP_, E.BUSINESS_KEY_, COALESCE(N.TEXT_, R.TEXT_), I.EXECUTION_ID_";

    private final CommandContext context;
    private final ProcessEngineConfigurationImpl configuration;
    private final String prefix;

    private VisibleOverdueIncidents(CommandContext context) {
        this.context = context;
        this.configuration = context.getProcessEngineConfiguration();
        this.prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    }

    /** At most {@code most} rows, the oldest first, under the command's authentication. */
    static List<Row> read(CommandContext context, int most) {
        return new VisibleOverdueIncidents(context).read(most);
    }

    private List<Row> read(int most) {
        Authentication authentication = context.getAuthentication();
        boolean checked = configuration.isAuthorizationEnabled() && context.isAuthorizationCheckEnabled()
                && authentication != null && authentication.getUserId() != null
                && !context.getAuthorizationManager().isCamundaAdmin(authentication);
        try {
            if (!checked) {
                return oldest(List.of(new Branch("", "", List.of())), most);
            }
            boolean withRevokes = engineChecksRevokes();
            if (withRevokes && anyRevokeOnCases()) {
                return fromTheEngine(most);
            }
            List<Branch> grantees = grantees(authentication.getUserId(), authentication.getGroupIds(), withRevokes);
            Set<String> processes = new TreeSet<>(grantedIds(grantees, Resources.PROCESS_DEFINITION, Permissions.READ_INSTANCE, ""));
            if (processes.contains("*") || !grantedIds(grantees, Resources.PROCESS_INSTANCE, Permissions.READ,
                    " AND A.RESOURCE_ID_ = '*'").isEmpty()) {
                return oldest(List.of(new Branch("", "", List.of())), most);
            }
            List<Branch> branches = new ArrayList<>();
            for (Branch grantee : grantees) {
                // From the user's grants on cases to their cases' incidents, each through its index.
                List<Object> parameters = new ArrayList<>(grantee.parameters());
                parameters.addAll(List.of(Resources.PROCESS_INSTANCE.resourceType(), Permissions.READ.getValue(),
                        Permissions.READ.getValue()));
                branches.add(new Branch(prefix + "ACT_RU_AUTHORIZATION A, ",
                        " AND I.PROC_INST_ID_ = A.RESOURCE_ID_ AND " + grantee.condition() + " AND A.RESOURCE_TYPE_ = ? AND "
                                + hasPermission(), parameters));
            }
            if (!processes.isEmpty()) {
                branches.add(new Branch("", " AND I.PROC_DEF_ID_ IN (SELECT D.ID_ FROM " + prefix
                        + "ACT_RE_PROCDEF D WHERE D.KEY_ IN (" + marks(processes.size()) + "))", List.copyOf(processes)));
            }
            return oldest(branches, most);
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read the overdue cases: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the engine checks this user's authorizations with revokes: always in production
     * ({@code authorization-check-revokes: always}); under "auto" while a revoke names the user or one of its
     * groups. The engine's own decision, as it makes it for its queries.
     */
    private boolean engineChecksRevokes() {
        ListQueryParameterObject query = new ListQueryParameterObject();
        context.getAuthorizationManager().configureQuery(query);
        return query.getAuthCheck().isRevokeAuthorizationCheckEnabled();
    }

    /**
     * Whether an authorization on cases or processes could take away what a grant gives under the engine's
     * check with revokes: a revoke, or a global authorization (which there takes every permission it does not
     * name).
     */
    private boolean anyRevokeOnCases() throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement("SELECT COUNT(*) FROM " + prefix
                + "ACT_RU_AUTHORIZATION A WHERE A.TYPE_ IN (?, ?) AND A.RESOURCE_TYPE_ IN (?, ?)")) {
            statement.setInt(1, REVOKE);
            statement.setInt(2, GLOBAL);
            statement.setInt(3, Resources.PROCESS_INSTANCE.resourceType());
            statement.setInt(4, Resources.PROCESS_DEFINITION.resourceType());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        }
    }

    /**
     * The engine's incident query, which checks the revokes too: every open incident weighed one by one;
     * then their cases, which need no second check.
     */
    private List<Row> fromTheEngine(int most) {
        List<Incident> incidents = configuration.getRuntimeService().createIncidentQuery().incidentType(OverdueIncident.TYPE)
                .orderByIncidentTimestamp().asc().listPage(0, most).stream().filter(OverdueIncident::isMissedDeadline).toList();
        Set<String> ids = incidents.stream().map(Incident::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, ProcessInstance> cases = ids.isEmpty() ? Map.of() : context.runWithoutAuthorization(
                () -> configuration.getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids)
                        .listPage(0, ids.size()).stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity())));
        String[] withRoots = cases.values().stream().flatMap(instance -> Stream.of(instance.getId(), instance.getRootProcessInstanceId()))
                .filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, Object> names = withRoots.length == 0 ? Map.of() : context.runWithoutAuthorization(
                () -> configuration.getRuntimeService().createVariableInstanceQuery().variableName(CaseVariables.HOLDER_NAME.name())
                        .processInstanceIdIn(withRoots).disableCustomObjectDeserialization().listPage(0, withRoots.length).stream()
                        .filter(v -> v.getValue() != null)
                        .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, VariableInstance::getValue, (a, b) -> a)));
        return incidents.stream().map(incident -> {
            ProcessInstance instance = cases.get(incident.getProcessInstanceId());
            Object name = instance == null ? null : names.getOrDefault(instance.getId(), names.get(instance.getRootProcessInstanceId()));
            return new Row(incident.getId(), incident.getProcessInstanceId(), incident.getProcessDefinitionId(),
                    incident.getActivityId(), incident.getConfiguration(), new Timestamp(incident.getIncidentTimestamp().getTime()),
                    instance == null ? null : instance.getBusinessKey(), name == null ? null : name.toString(),
                    incident.getExecutionId());
        }).toList();
    }

    /**
     * The grants that count for the user, as the engine's authorization check counts them: the user's own and
     * those of each of its groups; without revokes also those to every user ({@code *}) and the global ones
     * (the engine's check with revokes reads neither as a grant on cases, and {@link #anyRevokeOnCases} leaves
     * no global one to this reading). One condition on the grant {@code A} per grantee, each naming a whole
     * prefix of a grants index: an index range of its own on H2 as on PostgreSQL (H2 reads no index by two
     * lists of values).
     */
    private static List<Branch> grantees(String userId, List<String> groupIds, boolean withRevokes) {
        List<Branch> grantees = new ArrayList<>();
        String user = "A.TYPE_ = ? AND A.USER_ID_ = ?";
        grantees.add(new Branch("", user, List.of(GRANT, userId)));
        if (!withRevokes) {
            grantees.add(new Branch("", user, List.of(GRANT, "*")));
            grantees.add(new Branch("", user, List.of(GLOBAL, "*")));
        }
        for (String group : groupIds == null ? List.<String>of() : new TreeSet<>(groupIds)) {
            grantees.add(new Branch("", "A.TYPE_ = ? AND A.GROUP_ID_ = ?", List.of(GRANT, group)));
        }
        return grantees;
    }

    /**
     * The ids of the resources of {@code resource} the user's grants give {@code permission} on (a grant may
     * name several permissions: each is a bit of {@code PERMS_}), narrowed by {@code condition}.
     */
    private List<String> grantedIds(List<Branch> grantees, Resource resource, Permission permission, String condition)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        for (Branch grantee : grantees) {
            List<Object> parameters = new ArrayList<>(grantee.parameters());
            parameters.addAll(List.of(resource.resourceType(), permission.getValue(), permission.getValue()));
            try (PreparedStatement statement = connection().prepareStatement("SELECT A.RESOURCE_ID_ FROM " + prefix
                    + "ACT_RU_AUTHORIZATION A WHERE " + grantee.condition() + " AND A.RESOURCE_TYPE_ = ? AND "
                    + hasPermission() + condition)) {
                bind(statement, parameters);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getString(1));
                    }
                }
            }
        }
        return ids;
    }

    /**
     * The oldest {@code most} missed deadlines among the open overdue incidents one of {@code branches}
     * admits, each incident once.
     */
    private List<Row> oldest(List<Branch> branches, int most) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        for (Branch branch : branches) {
            List<Object> parameters = new ArrayList<>(List.of(CaseVariables.HOLDER_NAME.name(), CaseVariables.HOLDER_NAME.name(),
                    OverdueIncident.TYPE));
            parameters.addAll(tenantIds());
            parameters.addAll(branch.parameters());
            try (PreparedStatement statement = connection().prepareStatement("SELECT " + COLUMNS + " FROM " + branch.from()
                    + prefix + "ACT_RU_INCIDENT I LEFT JOIN " + prefix + "ACT_RU_EXECUTION E ON E.ID_ = I.PROC_INST_ID_"
                    + " LEFT JOIN " + prefix + "ACT_RU_VARIABLE N ON N.VAR_SCOPE_ = E.ID_ AND N.NAME_ = ?"
                    + " LEFT JOIN " + prefix + "ACT_RU_VARIABLE R ON R.VAR_SCOPE_ = E.ROOT_PROC_INST_ID_ AND R.NAME_ = ?"
                    + " WHERE I.INCIDENT_TYPE_ = ? AND I.CAUSE_INCIDENT_ID_ = I.ID_" + tenants()
                    + branch.condition() + " ORDER BY I.INCIDENT_TIMESTAMP_, I.ID_")) {
                bind(statement, parameters);
                statement.setMaxRows(most);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.putIfAbsent(result.getString(1), new Row(result.getString(1), result.getString(2),
                                result.getString(3), result.getString(4), result.getString(5), result.getTimestamp(6),
                                result.getString(7), result.getString(8), result.getString(9)));
                    }
                }
            }
        }
        return rows.values().stream().sorted(Comparator.comparing(Row::timestamp).thenComparing(Row::id)).limit(most).toList();
    }

    /** The engine's tenant check: incidents of no tenant, or of one of the user's tenants. */
    private String tenants() {
        if (!context.getTenantManager().isTenantCheckEnabled()) {
            return "";
        }
        List<String> ids = tenantIds();
        return ids.isEmpty() ? " AND I.TENANT_ID_ IS NULL" : " AND (I.TENANT_ID_ IS NULL OR I.TENANT_ID_ IN (" + marks(ids.size()) + "))";
    }

    private List<String> tenantIds() {
        if (!context.getTenantManager().isTenantCheckEnabled()) {
            return List.of();
        }
        List<String> ids = context.getAuthentication().getTenantIds();
        return ids == null ? List.of() : ids;
    }

    private Connection connection() {
        return context.getDbSqlSession().getSqlSession().getConnection();
    }

    /** {@code A.PERMS_} has every bit of {@code ?}, in the database's own words as the engine writes it. */
    private String hasPermission() {
        String type = configuration.getDatabaseType();
        return DbSqlSessionFactory.databaseSpecificBitAnd1.get(type) + "A.PERMS_" + DbSqlSessionFactory.databaseSpecificBitAnd2.get(type)
                + "?" + DbSqlSessionFactory.databaseSpecificBitAnd3.get(type) + " = ?";
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setString(i + 1, (String) parameter);
            }
        }
    }

    /**
     * A part of an incidents query: the table {@code from} joins to the incidents {@code I} (with its comma,
     * or empty), the {@code condition} on both, and their parameters.
     */
    private record Branch(String from, String condition, List<Object> parameters) {
    }
}
