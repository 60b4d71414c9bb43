package cn.ipoffice.programmes.cockpit;

import org.springframework.test.context.TestPropertySource;

/**
 * The Cockpit "Overdue cases" page under the engine's authorization check with revokes, which production
 * uses (application-postgres.yaml): it still shows each user exactly what the engine's incident query shows,
 * though that check reads a grant to every user and a global authorization differently.
 */
@TestPropertySource(properties = "camunda.bpm.authorization.authorization-check-revokes=always")
class OverdueCasesVisibilityUnderRevokeChecksTest extends OverdueCasesVisibilityTest {
}
