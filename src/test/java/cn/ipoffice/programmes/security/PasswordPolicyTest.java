package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

/** Camunda's password policy is on (as in production): a weak password is refused and no user is saved. */
@ProcessTest
class PasswordPolicyTest {

    private final IdentityService identity = SpringEngine.bean(IdentityService.class);

    @Test
    void aWeakPasswordIsRefusedForANewUser_andNoUserIsSaved() {
        User user = identity.newUser("policy-huaian");
        user.setPassword("huaian123");

        assertThatThrownBy(() -> identity.saveUser(user)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Password does not match policy");
        assertThat(identity.createUserQuery().userId("policy-huaian").count()).isZero();
    }

    @Test
    void aWeakPasswordIsRefusedOverRest_with400_andNoUserIsSaved() {
        HttpResponse<String> refused = Http.asAdmin()
                .postJson("/engine-rest/user/create", """
                        {"profile": {"id": "policy-suqian", "firstName": "Suqian"},
                         "credentials": {"password": "suqian"}}""");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Password does not match policy");
        assertThat(identity.createUserQuery().userId("policy-suqian").count()).isZero();
    }

    @Test
    void thePolicyNamesWhatAPasswordLacks_andAcceptsAStrongOne() {
        assertThat(identity.checkPasswordAgainstPolicy("suqian").getViolatedRules())
                .extracting(rule -> rule.getPlaceholder())
                .contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_DIGIT",
                        "PASSWORD_POLICY_SPECIAL");
        assertThat(identity.checkPasswordAgainstPolicy(TestUsers.PASSWORD).isValid()).isTrue();

        TestUsers.member(identity, "policy-lianshui", "gov-320826");
        assertThat(identity.checkPassword("policy-lianshui", TestUsers.PASSWORD)).isTrue();
    }
}
