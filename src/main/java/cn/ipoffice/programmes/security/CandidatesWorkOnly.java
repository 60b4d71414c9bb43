package cn.ipoffice.programmes.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A task's candidates and assignee work on it and do nothing else: the engine gives them TASK_WORK
 * ({@code default-user-permission-name-for-task} in application.yaml), which lets them claim and
 * complete the task through its form, and not UPDATE, which would let them rewrite the case's variables,
 * the due date, the candidates or the assignee. Tasks created by an earlier version hold UPDATE; at
 * start-up each such grant becomes TASK_WORK, so an upgraded database holds the same rule.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CandidatesWorkOnly implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CandidatesWorkOnly.class);
    private static final int PAGE = 500;

    private final AuthorizationService authorizations;
    private final List<String> administrators;

    CandidatesWorkOnly(AuthorizationService authorizations, ProcessEngineConfigurationImpl configuration) {
        this.authorizations = authorizations;
        this.administrators = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
    }

    @Override
    public void run(ApplicationArguments args) {
        int narrowed = 0;
        List<Authorization> page;
        do {
            // Each narrowed grant drops out of the query, so the first page is always the next one.
            page = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).listPage(0, PAGE);
            for (Authorization grant : page) {
                if (Authorization.ANY.equals(grant.getResourceId())) {
                    continue;
                }
                grant.removePermission(Permissions.UPDATE);
                grant.addPermission(Permissions.TASK_WORK);
                authorizations.saveAuthorization(grant);
                narrowed++;
            }
        } while (page.stream().anyMatch(grant -> !Authorization.ANY.equals(grant.getResourceId())));
        authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(Authorization.ANY)
                .hasPermission(Permissions.UPDATE).list().stream()
                .filter(grant -> grant.getGroupId() == null || !administrators.contains(grant.getGroupId()))
                .forEach(grant -> LOG.warn("Group {} / user {} may update"
                        + " every task around its form (authorization {}), granted in Admin", grant.getGroupId(),
                        grant.getUserId(), grant.getId()));
        if (narrowed > 0) {
            LOG.info("Narrowed {} task grants from UPDATE to TASK_WORK: candidates work on their tasks through the forms",
                    narrowed);
        }
    }
}
