package cn.ipoffice.programmes.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import cn.ipoffice.programmes.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The settings page {@code /offices/settings}: a user chooses how it receives the notifications, for itself only; another
 * user's choice is the administrators' alone; a POST without the form's token of the session (another site's form, a
 * script going around the page) changes nothing; a value the page does not offer is refused with the ones it does.
 */
@ProcessTest
class SettingsPageTest {

    private static final String NANJING = "settings-nanjing";
    private static final String SUZHOU = "settings-suzhou";

    @Autowired
    MailPreferences preferences;
    @Autowired
    IdentityService identity;

    @BeforeAll
    static void users() {
        IdentityService identity = SpringEngine.bean(IdentityService.class);
        Mailboxes.user(identity, NANJING, "nanjing@gov.test", "gov-320100");
        Mailboxes.user(identity, SUZHOU, "suzhou@gov.test", "gov-320500");
    }

    @AfterAll
    static void forgetUsers() {
        Mailboxes.deleteUsers(SpringEngine.bean(IdentityService.class), NANJING, SUZHOU);
    }

    @BeforeEach
    void eachMailAtOnce() {
        preferences.set(NANJING, MailPreference.SINGLE);
        preferences.set(SUZHOU, MailPreference.SINGLE);
    }

    @Test
    void aUserChoosesTheDigestForItself_andNoOtherUsersSettingChanges() {
        WebappSession nanjing = SettingsPages.signIn(NANJING, TestUsers.PASSWORD);
        assertThat(nanjing.get(SettingsPages.PATH).body()).contains("Mail goes to nanjing@gov.test")
                .contains("value=\"single\" checked");

        HttpResponse<String> saved = SettingsPages.choose(nanjing, null, "digest");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved: " + NANJING + " receives one mail a day at 07:00 CST");
        assertThat(preferences.of(NANJING)).isEqualTo(MailPreference.DIGEST);
        assertThat(identity.getUserInfo(NANJING, MailPreferences.KEY)).isEqualTo("digest");
        assertThat(preferences.of(SUZHOU)).isEqualTo(MailPreference.SINGLE);
        assertThat(nanjing.get(SettingsPages.PATH).body()).contains("value=\"digest\" checked");
    }

    @Test
    void anotherUsersSetting_cannotBeChangedByAUser_evenWithTheFormsToken() {
        WebappSession nanjing = SettingsPages.signIn(NANJING, TestUsers.PASSWORD);

        HttpResponse<String> refused = SettingsPages.choose(nanjing, SUZHOU, "off");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Only administrators change another user's mail setting");
        assertThat(preferences.of(SUZHOU)).isEqualTo(MailPreference.SINGLE);
        assertThat(preferences.of(NANJING)).isEqualTo(MailPreference.SINGLE);
    }

    @Test
    void anAdministrator_changesAnotherUsersSetting() {
        WebappSession admin = SettingsPages.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertThat(admin.get(SettingsPages.PATH).body()).contains("Another user's setting");

        HttpResponse<String> saved = SettingsPages.choose(admin, SUZHOU, "off");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(preferences.of(SUZHOU)).isEqualTo(MailPreference.OFF);
        HttpResponse<String> nobody = SettingsPages.choose(admin, "settings-nobody", "off");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("No user 'settings-nobody'");
    }

    @Test
    void aPostWithoutTheSessionsToken_orWithAnotherSessionsToken_changesNothing() {
        WebappSession nanjing = SettingsPages.signIn(NANJING, TestUsers.PASSWORD);
        HttpResponse<String> without = nanjing.postForm(SettingsPages.PATH, Map.of("mail", "off"));
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("security token is missing or out of date");

        String suzhousToken = SettingsPages.token(SettingsPages.signIn(SUZHOU, TestUsers.PASSWORD));
        HttpResponse<String> foreign = nanjing.postForm(SettingsPages.PATH, Map.of("csrf", suzhousToken, "mail", "off"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(preferences.of(NANJING)).isEqualTo(MailPreference.SINGLE);
    }

    @Test
    void aValueThePageDoesNotOffer_isRefusedNamingTheValues() {
        HttpResponse<String> refused = SettingsPages.choose(SettingsPages.signIn(NANJING, TestUsers.PASSWORD), null, "hourly");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Unknown mail setting 'hourly'").contains("[single, digest, off]");
        assertThat(preferences.of(NANJING)).isEqualTo(MailPreference.SINGLE);
    }

    @Test
    void nobodySignedIn_changesNothing_andHttpBasicIsNotTheWebappsLogin() {
        HttpResponse<String> anonymous = Http.send(Http.anonymous(SpringEngine.baseUrl()).request(SettingsPages.PATH)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("mail=off")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> basic = Http.send(Http.as(SpringEngine.baseUrl(), TestUsers.basic(NANJING))
                .request(SettingsPages.PATH).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("mail=off")));
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(preferences.of(NANJING)).isEqualTo(MailPreference.SINGLE);
    }
}
