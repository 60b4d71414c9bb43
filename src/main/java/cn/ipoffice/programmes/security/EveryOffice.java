package cn.ipoffice.programmes.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every office may do whatever the case: read the process definitions (Tasklist's forms, diagrams
 * and start list), start a case, and start the three applications (for a holder of its own offices only,
 * {@link CaseAuthorizations}). Every group but the administrators' (who may do everything) gets these
 * grants: when it is created (Admin, the demo: {@link OfficeAuthorizationProvider#newGroup}) and, for groups
 * that lack them, at every start-up ({@link OfficeAuthorizations}).
 *
 * <p>They are not global authorizations, because in production the engine checks authorizations with
 * revokes ({@code authorization-check-revokes: always}, application-postgres.yaml), and there a global
 * authorization on processes or cases takes from every user each permission it does not name: a global READ
 * on all processes would refuse a reviewer the completion of its own task (the engine asks for work on the
 * task's process before it asks for work on the task, and stops at the first refusal). A group's grant
 * gives and never takes, so it means the same under both checks. A user outside every group starts nothing.
 */
final class EveryOffice {

    private static final Logger LOG = LoggerFactory.getLogger(EveryOffice.class);

    /** One grant every group holds: permissions on one resource. */
    record Grant(Resource resource, String resourceId, Permission... permissions) {
    }

    static final List<Grant> GRANTS = grants();

    private static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        grants.add(new Grant(Resources.PROCESS_DEFINITION, "*", Permissions.READ));
        grants.add(new Grant(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
        for (String application : OfficeAuthorizations.APPLICATIONS) {
            grants.add(new Grant(Resources.PROCESS_DEFINITION, application, Permissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE));
        }
        return List.copyOf(grants);
    }

    private EveryOffice() {
    }

    /**
     * Gives every existing group but the administrators' the grants it lacks, reading each shared resource's grants once (a grant
     * per office of the country) rather than asking per group.
     */
    static void grantToEveryGroup(AuthorizationService service, IdentityService identity, List<String> adminGroups) {
        List<String> groups = identity.createGroupQuery().list().stream().map(Group::getId)
                .filter(group -> !adminGroups.contains(group)).toList();
        for (Grant grant : GRANTS) {
            Map<String, Authorization> held = service.createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(grant.resource())
                    .resourceId(grant.resourceId()).list().stream().filter(a -> a.getGroupId() != null)
                    .collect(Collectors.toMap(Authorization::getGroupId, a -> a, (a, b) -> a, LinkedHashMap::new));
            for (String group : groups) {
                Authorization authorization = held.get(group);
                boolean complete = authorization != null && Arrays.stream(grant.permissions())
                        .allMatch(authorization::isPermissionGranted);
                if (!complete) {
                    Grants.toGroup(service, group, grant.resource(), grant.resourceId(), grant.permissions());
                }
            }
        }
    }

    /**
     * Removes the global authorizations on processes and cases that versions before this one gave every
     * user: under revoke checks each of them would take from every user what it does not name.
     */
    static void retireGlobalGrants(AuthorizationService service) {
        for (Grant grant : GRANTS) {
            for (Authorization global : service.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                    .resourceType(grant.resource()).resourceId(grant.resourceId()).list()) {
                LOG.info("Replacing the global authorization {} on {} {} by a grant to every group", global.getId(),
                        grant.resource().resourceName(), grant.resourceId());
                service.deleteAuthorization(global.getId());
            }
        }
    }
}
