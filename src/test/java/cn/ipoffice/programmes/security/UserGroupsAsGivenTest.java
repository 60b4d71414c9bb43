package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;

/** The engine's checks get the user's groups as they are, without reading every group of the country first. */
@ProcessTest
class UserGroupsAsGivenTest {

    @Test
    void theEnginesAuthorizationManagerKeepsTheUsersGroupsWithoutReadingAllGroups() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) SpringEngine.bean(ProcessEngine.class)
                .getProcessEngineConfiguration();

        List<String> kept = configuration.getCommandExecutorTxRequired().execute(context -> {
            AuthorizationManager manager = context.getAuthorizationManager();
            assertThat(manager).isInstanceOf(UserGroupsAsGiven.Manager.class);
            return manager.filterAuthenticatedGroupIds(List.of("province-32", "gov-329999"));
        });

        assertThat(kept).containsExactly("province-32", "gov-329999");
        List<String> none = configuration.getCommandExecutorTxRequired().execute(context ->
                context.getAuthorizationManager().filterAuthenticatedGroupIds(null));
        assertThat(none).isEmpty();
    }
}
