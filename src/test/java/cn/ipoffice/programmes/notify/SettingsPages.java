package cn.ipoffice.programmes.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The settings page as a signed-in user uses it: opened, the form's token read from it, the form sent. */
final class SettingsPages {

    static final String PATH = "/offices/settings";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private SettingsPages() {
    }

    static WebappSession signIn(String userId, String password) {
        return WebappSession.loggedIn(SpringEngine.baseUrl(), userId, password);
    }

    /** The token of the session's form, read from the page. */
    static String token(WebappSession session) {
        HttpResponse<String> page = session.get(PATH);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher matcher = TOKEN.matcher(page.body());
        assertThat(matcher.find()).as("the form's token on " + page.body()).isTrue();
        return matcher.group(1);
    }

    /** Sends the form with the page's token, for the signed-in user ({@code user} null) or another. */
    static HttpResponse<String> choose(WebappSession session, String user, String mail) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", token(session));
        if (user != null) {
            form.put("user", user);
        }
        form.put("mail", mail);
        return session.postForm(PATH, form);
    }
}
