package cn.ipoffice.programmes.cockpit;

import cn.ipoffice.programmes.overdue.OverdueIncident;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * The open missed deadlines ({@link OverdueIncident#isMissedDeadline}) the authenticated user may read,
 * oldest first: the incidents the engine's own incident query shows that user (READ on the case, or
 * READ_INSTANCE on its process, SPEC.md "Who does what"), found from the user's grants.
 *
 * <p>The engine's incident query decides for every open incident of the country whether the user may read
 * it, one subquery per incident and permission, and only then keeps the user's few: on PostgreSQL 0.5 s for
 * a province's 742 of 20,000 overdue incidents (README "Benchmark", figure 3). Here the user's grants on
 * cases are read first, through the grants' indexes, and only their cases' incidents are read; a grant on a
 * whole process ({@code READ_INSTANCE}, or {@code *}) adds that process's incidents.
 *
 * <p>Grants give what they name and nothing else as long as no revoke authorization exists; that is the
 * engine's reading too (its {@code authorizationCheckRevokes} "auto"). Where an office has revoked a
 * permission on cases or processes ({@code Admin > Authorizations}, type "revoke"), a revoke may take away
 * what a group's grant gives, and the incidents are asked of the engine's own query, as before.
 */
final class VisibleOverdueIncidents {

    /** One incident: what the Cockpit page shows of it. */
    record Row(String id, String processInstanceId, String processDefinitionId, String activityId,
            String configuration, Timestamp timestamp) {
    }

    private static final int GRANT = 1;
    private static final int GLOBAL = 0;
    private static final int REVOKE = 2;
    private static final String COLUMNS =
            "I.ID_, I.PROC_INST_ID_, I.PROC_DEF_ID_, I.ACTIVITY_ID_, I.CONFIGURATION_, I.INCIDENT_TIMESTAMP_";

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
                return rows(List.of(), most);
            }
            if (anyRevoke()) {
                return fromTheEngine(most);
            }
            Grants grants = new Grants(authentication.getUserId(), authentication.getGroupIds());
            if (!grantedIds(grants, Resources.PROCESS_INSTANCE, Permissions.READ, true).isEmpty()
                    || grantedIds(grants, Resources.PROCESS_DEFINITION, Permissions.READ_INSTANCE, false).contains("*")) {
                return rows(List.of(), most);
            }
            Set<String> processes = new TreeSet<>(grantedIds(grants, Resources.PROCESS_DEFINITION, Permissions.READ_INSTANCE, false));
            List<Branch> branches = new ArrayList<>();
            branches.add(grants.on(Resources.PROCESS_INSTANCE, Permissions.READ, "I.PROC_INST_ID_ IN", this));
            if (!processes.isEmpty()) {
                branches.add(new Branch("I.PROC_DEF_ID_ IN (SELECT D.ID_ FROM " + prefix + "ACT_RE_PROCDEF D WHERE D.KEY_ IN ("
                        + marks(processes.size()) + "))", List.copyOf(processes)));
            }
            branches.add(new Branch("I.PROC_DEF_ID_ IS NULL", List.of()));
            return rows(branches, most);
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read the overdue cases: " + e.getMessage(), e);
        }
    }

    /** Whether an office revoked a permission on cases or processes from anyone. */
    private boolean anyRevoke() throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement("SELECT COUNT(*) FROM " + prefix
                + "ACT_RU_AUTHORIZATION A WHERE A.TYPE_ = ? AND A.RESOURCE_TYPE_ IN (?, ?)")) {
            statement.setInt(1, REVOKE);
            statement.setInt(2, Resources.PROCESS_INSTANCE.resourceType());
            statement.setInt(3, Resources.PROCESS_DEFINITION.resourceType());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        }
    }

    /** The engine's incident query, which checks the revokes too: every open incident weighed one by one. */
    private List<Row> fromTheEngine(int most) {
        return context.getProcessEngineConfiguration().getRuntimeService().createIncidentQuery()
                .incidentType(OverdueIncident.TYPE).orderByIncidentTimestamp().asc().listPage(0, most).stream()
                .filter(OverdueIncident::isMissedDeadline).map(VisibleOverdueIncidents::of).toList();
    }

    /**
     * The ids of the resources of {@code resource} the user's grants give {@code permission} on; the wildcard
     * {@code *} alone when {@code wildcardOnly}.
     */
    private List<String> grantedIds(Grants grants, Resource resource, Permission permission, boolean wildcardOnly)
            throws SQLException {
        Branch branch = grants.select(resource, permission, this);
        String sql = branch.sql();
        List<Object> parameters = new ArrayList<>(branch.parameters());
        if (wildcardOnly) {
            sql = "SELECT G.RESOURCE_ID_ FROM (" + sql + ") G WHERE G.RESOURCE_ID_ = ?";
            parameters.add("*");
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * The missed deadlines among the open overdue incidents that one of {@code branches} admits, all of them
     * when there is none, the oldest first.
     */
    private List<Row> rows(List<Branch> branches, int most) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (Branch branch : branches.isEmpty() ? List.of(new Branch("1 = 1", List.of())) : branches) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ");
            }
            sql.append("SELECT ").append(COLUMNS).append(" FROM ").append(prefix).append("ACT_RU_INCIDENT I WHERE I.INCIDENT_TYPE_ = ?")
                    .append(" AND I.CAUSE_INCIDENT_ID_ = I.ID_").append(tenants()).append(" AND ")
                    .append(branch.sql());
            parameters.add(OverdueIncident.TYPE);
            parameters.addAll(tenantIds());
            parameters.addAll(branch.parameters());
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT * FROM (" + sql + ") V ORDER BY V.INCIDENT_TIMESTAMP_, V.ID_")) {
            bind(statement, parameters);
            statement.setMaxRows(most);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getString(2), result.getString(3), result.getString(4),
                            result.getString(5), result.getTimestamp(6)));
                }
            }
        }
        return rows;
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

    /** A condition on the incident {@code I} with its parameters. */
    private record Branch(String sql, List<Object> parameters) {
    }

    /**
     * The grants that count for the user, as the engine's authorization check counts them: the user's own,
     * those of its groups, those to every user ({@code *}) and the global ones; a grant may name several
     * permissions, so a permission is a bit of {@code PERMS_}.
     */
    private record Grants(String userId, List<String> groupIds) {

        /** The resource ids the grants give {@code permission} on: one index range per kind of grantee. */
        Branch select(Resource resource, Permission permission, VisibleOverdueIncidents query) {
            String table = query.prefix + "ACT_RU_AUTHORIZATION A";
            String common = " AND A.RESOURCE_TYPE_ = ? AND " + query.hasPermission();
            List<Object> parameters = new ArrayList<>(List.of(GLOBAL, GRANT, userId, "*", resource.resourceType(),
                    permission.getValue(), permission.getValue()));
            String sql = "SELECT A.RESOURCE_ID_ FROM " + table + " WHERE A.TYPE_ IN (?, ?) AND A.USER_ID_ IN (?, ?)" + common;
            List<String> groups = groupIds == null ? List.of() : groupIds;
            if (!groups.isEmpty()) {
                sql += " UNION ALL SELECT A.RESOURCE_ID_ FROM " + table + " WHERE A.TYPE_ IN (?, ?) AND A.GROUP_ID_ IN ("
                        + marks(groups.size()) + ")" + common;
                parameters.addAll(List.of(GLOBAL, GRANT));
                parameters.addAll(groups);
                parameters.addAll(List.of(resource.resourceType(), permission.getValue(), permission.getValue()));
            }
            return new Branch(sql, parameters);
        }

        /** The incidents whose {@code column IN} one of the granted resource ids. */
        Branch on(Resource resource, Permission permission, String columnIn, VisibleOverdueIncidents query) {
            Branch ids = select(resource, permission, query);
            return new Branch(columnIn + " (" + ids.sql() + ")", ids.parameters());
        }
    }

    private static Row of(Incident incident) {
        return new Row(incident.getId(), incident.getProcessInstanceId(), incident.getProcessDefinitionId(),
                incident.getActivityId(), incident.getConfiguration(), new Timestamp(incident.getIncidentTimestamp().getTime()));
    }
}
