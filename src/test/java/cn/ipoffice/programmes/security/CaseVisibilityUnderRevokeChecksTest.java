package cn.ipoffice.programmes.security;

import org.springframework.test.context.TestPropertySource;

/**
 * Who sees what, under the engine's authorization check with revokes, which production uses
 * (application-postgres.yaml): every user sees and does the same as under the default check. A global
 * authorization on processes or cases would refuse users here what their groups' grants give them.
 */
@TestPropertySource(properties = "camunda.bpm.authorization.authorization-check-revokes=always")
class CaseVisibilityUnderRevokeChecksTest extends CaseVisibilityTest {
}
