package cn.ipoffice.programmes.security;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Idempotent grants: adds permissions to the one authorization a group (or everyone) has on a
 * resource, creating it when there is none, so that start-ups and repeated steps create no duplicates.
 */
public final class Grants {

    private Grants() {
    }

    public static void toGroup(AuthorizationService service, String group, Resource resource, String resourceId,
            Permission... permissions) {
        AuthorizationQuery query = service.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId);
        save(service, query::singleResult, Authorization.AUTH_TYPE_GRANT, group, resource, resourceId, permissions);
    }

    /**
     * The authorizations on one case or task: a handful, one per office and the engine's own for candidate
     * groups. They are looked up by the resource alone: with the group in the query as well, H2 may choose
     * the group's index and read every grant of a province, which grows with the cases the province ever
     * had. Not for shared resources such as {@code *}, which have a grant per office of the country.
     */
    public static List<Authorization> onCase(AuthorizationService service, Resource resource, String caseOrTaskId) {
        return service.createAuthorizationQuery().resourceType(resource).resourceId(caseOrTaskId)
                .listPage(0, MOST_ON_ONE_CASE);
    }

    /** More authorizations than any one case or task has. */
    static final int MOST_ON_ONE_CASE = 100;

    /** A global authorization: every user, authenticated by the engine, whatever its groups. */
    public static void toEveryone(AuthorizationService service, Resource resource, String resourceId,
            Permission... permissions) {
        AuthorizationQuery query = service.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId);
        save(service, query::singleResult, Authorization.AUTH_TYPE_GLOBAL, null, resource, resourceId, permissions);
    }

    /**
     * {@code stored} finds the authorization in the database. Outside the engine's commands only (start-up
     * runners): within a command an authorization made earlier in it is not in the database yet; grants on
     * what a command creates are made by {@link OfficeAuthorizationProvider}.
     */
    private static void save(AuthorizationService service, Supplier<Authorization> stored, int type, String group,
            Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = stored.get();
        Authorization authorization = existing;
        if (authorization == null) {
            authorization = service.createNewAuthorization(type);
            if (group == null) {
                authorization.setUserId(Authorization.ANY);
            } else {
                authorization.setGroupId(group);
            }
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            service.saveAuthorization(authorization);
        }
    }
}
