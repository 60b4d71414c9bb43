package cn.ipoffice.programmes.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.SpringEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/**
 * The Cockpit "Overdue cases" page under the engine's authorization check with revokes, which production
 * uses (application-postgres.yaml): it still shows each user exactly what the engine's incident query shows,
 * though that check reads a grant to every user and a global authorization differently.
 */
class OverdueCasesVisibilityUnderRevokeChecksTest extends OverdueCasesVisibilityTest {

    /** The Surefire execution revoke-checks (pom.xml) starts this JVM with production's check. */
    @Test
    void theEngineChecksAuthorizationsWithRevokes() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) SpringEngine.bean(ProcessEngine.class)
                .getProcessEngineConfiguration();
        assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
    }
}
