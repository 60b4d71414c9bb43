package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.support.ProcessTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * Every office may read the process definitions, start a case and start the three applications: each group
 * holds these grants from its creation, and no global authorization on processes or cases exists, which
 * under the engine's check with revokes (production) would take from every user what it does not name.
 */
@ProcessTest
class EveryOfficeTest {

    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    OfficeAuthorizations officeAuthorizations;

    @AfterEach
    void removeTheTestsGroups() {
        for (String group : List.of("gov-990100", "gov-990200")) {
            if (identity.createGroupQuery().groupId(group).count() > 0) {
                identity.deleteGroup(group);
            }
        }
    }

    @Test
    void aNewGroupMayReadTheProcesses_startACase_andStartTheApplications_butNotATitleWithdrawal() {
        identity.saveGroup(identity.newGroup("gov-990100"));

        assertThat(allowed("gov-990100", Resources.PROCESS_DEFINITION, "*", Permissions.READ)).isTrue();
        assertThat(allowed("gov-990100", Resources.PROCESS_INSTANCE, "*", Permissions.CREATE)).isTrue();
        for (String application : OfficeAuthorizations.APPLICATIONS) {
            assertThat(allowed("gov-990100", Resources.PROCESS_DEFINITION, application,
                    ProcessDefinitionPermissions.CREATE_INSTANCE)).as(application).isTrue();
        }
        assertThat(allowed("gov-990100", Resources.PROCESS_DEFINITION, TitleWithdrawalProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
        assertThat(allowed("gov-990100", Resources.PROCESS_DEFINITION, YearlyCallProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE)).as("I-14: only SIPO opens a call").isFalse();
        assertThat(allowed("sipo", Resources.PROCESS_DEFINITION, YearlyCallProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
        assertThat(allowed("gov-990100", Resources.PROCESS_DEFINITION, "*", Permissions.READ_INSTANCE)).isFalse();
        assertThat(allowed("gov-990100", Resources.GROUP, "gov-990100", Permissions.READ)).as("Camunda's own default")
                .isTrue();
    }

    @Test
    void aGroupDeleted_andCreatedAgain_holdsItsGrantsOnce() {
        identity.saveGroup(identity.newGroup("gov-990100"));
        identity.deleteGroup("gov-990100");
        identity.saveGroup(identity.newGroup("gov-990100"));

        assertThat(authorizations.createAuthorizationQuery().groupIdIn("gov-990100")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").count()).isOne();
    }

    @Test
    void noGlobalAuthorizationOnProcessesOrCasesExists() {
        assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.PROCESS_DEFINITION).count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.PROCESS_INSTANCE).count()).isZero();
    }

    @Test
    void startUp_givesAGroupWhatItLacks_andRetiresTheGlobalAuthorizationsOfEarlierVersions() {
        identity.saveGroup(identity.newGroup("gov-990200"));
        Authorization application = authorizations.createAuthorizationQuery().groupIdIn("gov-990200")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(PilotCityApplicationProcess.KEY).singleResult();
        authorizations.deleteAuthorization(application.getId());
        Authorization earlier = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        earlier.setUserId(Authorization.ANY);
        earlier.setResource(Resources.PROCESS_DEFINITION);
        earlier.setResourceId("*");
        earlier.addPermission(Permissions.READ);
        authorizations.saveAuthorization(earlier);

        officeAuthorizations.run(new DefaultApplicationArguments());

        assertThat(allowed("gov-990200", Resources.PROCESS_DEFINITION, PilotCityApplicationProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
        assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.PROCESS_DEFINITION).count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("gov-990200")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").count()).as("no duplicate").isOne();
    }

    private boolean allowed(String group, Resource resource, String resourceId, Permission permission) {
        return authorizations.isUserAuthorized("someone-of-" + group, List.of(group), permission, resource, resourceId);
    }
}
