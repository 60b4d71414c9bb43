package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.SpringEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/**
 * Who sees what, under the engine's authorization check with revokes, which production uses
 * (application-postgres.yaml): every user sees and does the same as under the default check. A global
 * authorization on processes or cases would refuse users here what their groups' grants give them.
 */
class CaseVisibilityUnderRevokeChecksTest extends CaseVisibilityTest {

    /** The Surefire execution revoke-checks (pom.xml) starts this JVM with production's check. */
    @Test
    void theEngineChecksAuthorizationsWithRevokes() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) SpringEngine.bean(ProcessEngine.class)
                .getProcessEngineConfiguration();
        assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
    }
}
