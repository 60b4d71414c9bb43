package cn.ipoffice.programmes.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users of the tests, each in one office (authorization is on), with a password the policy accepts. */
public final class TestUsers {

    /** The test profile keeps production's password policy: 10 characters, cases, a digit, a special one. */
    public static final String PASSWORD = "Office-Pass-2024";

    /** The administrator of application-test.yaml (group camunda-admin). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-Engine-Pass-7";

    private TestUsers() {
    }

    /** Creates the user in the groups unless it exists already; the groups too. */
    public static void member(IdentityService identity, String userId, String... groups) {
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identity.newUser(userId);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        for (String group : groups) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                identity.saveGroup(identity.newGroup(group));
            }
            identity.createMembership(userId, group);
        }
    }

    /** The application's own engine, for tests that run on {@link SpringEngine}. */
    public static void member(String userId, String group) {
        member(SpringEngine.bean(IdentityService.class), userId, group);
    }

    /** The HTTP Basic {@code Authorization} header of a test user. */
    public static String basic(String userId) {
        return basic(userId, PASSWORD);
    }

    public static String basic(String userId, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
