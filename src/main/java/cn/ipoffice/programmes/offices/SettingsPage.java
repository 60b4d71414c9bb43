package cn.ipoffice.programmes.offices;

import static cn.ipoffice.programmes.offices.Html.text;

import cn.ipoffice.programmes.notify.DemoMailServer;
import cn.ipoffice.programmes.notify.MailPreference;
import cn.ipoffice.programmes.notify.MailPreferences;
import cn.ipoffice.programmes.register.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Settings": how the signed-in user receives the notifications ({@link MailPreference}: each mail at once, a daily
 * digest at 07:00 CST, or none), changed by the user for itself; an administrator also changes another user's. The
 * form carries a token of the session (kept in the webapps' session, compared on every POST), so a page of another site
 * cannot send it in the user's name: a POST without the session's token changes nothing.
 */
@RestController
class SettingsPage {

    static final String PATH = Html.BASE + "/settings";
    static final String TOKEN = "csrf";
    private static final String SESSION_TOKEN = SettingsPage.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MailPreferences preferences;
    private final IdentityService identity;
    private final ObjectProvider<DemoMailServer> demoInbox;

    SettingsPage(MailPreferences preferences, IdentityService identity, ObjectProvider<DemoMailServer> demoInbox) {
        this.preferences = preferences;
        this.identity = identity;
        this.demoInbox = demoInbox;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request) {
        return render(request, OfficePages.user(request), null);
    }

    @PostMapping(value = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    String change(HttpServletRequest request, @RequestParam(name = TOKEN, required = false) String token,
            @RequestParam(required = false) String mail, @RequestParam(required = false) String user) {
        OfficeUser signedIn = OfficePages.user(request);
        if (!sameToken(sessionToken(request), token)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The form's security token is missing or out of date: "
                    + "open the settings page again and send the form from there. Nothing was changed.");
        }
        String whose = user == null || user.isBlank() ? signedIn.id() : user.trim();
        if (!whose.equals(signedIn.id()) && !signedIn.groups().contains(Viewer.ADMINS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only administrators change another user's mail "
                    + "setting. Nothing was changed.");
        }
        MailPreference preference = MailPreference.parse(mail);
        if (user(whose) == null) {
            throw new IllegalArgumentException("No user '" + whose + "'. Nothing was changed.");
        }
        preferences.set(whose, preference);
        return render(request, signedIn, "Saved: " + whose + " receives " + preference.words() + ".");
    }

    private String render(HttpServletRequest request, OfficeUser signedIn, String saved) {
        String token = sessionToken(request);
        User self = user(signedIn.id());
        MailPreference current = preferences.of(signedIn.id());
        StringBuilder body = new StringBuilder(2048);
        if (saved != null) {
            body.append("<p id=\"saved\">").append(text(saved)).append("</p>\n");
        }
        body.append("<h2>E-mail notifications</h2>\n<p id=\"address\">");
        if (self == null || self.getEmail() == null || self.getEmail().isBlank()) {
            body.append("You have no e-mail address: you receive no mail. An administrator enters it in Admin.");
        } else {
            body.append("Mail goes to ").append(text(self.getEmail())).append('.');
        }
        body.append("</p>\n");
        form(body, token, null, current);
        if (signedIn.groups().contains(Viewer.ADMINS)) {
            body.append("<h2>Another user's setting</h2>\n");
            form(body, token, "", MailPreference.SINGLE);
            if (demoInbox.getIfAvailable() != null) {
                body.append("<p>").append(Html.link(DemoInboxPage.PATH, "The demo's inbox")).append("</p>\n");
            }
        }
        return Html.page(signedIn, "Settings", "Settings", body.toString());
    }

    /** The form for the signed-in user ({@code user} null) or, for an administrator, for the user named in it. */
    private static void form(StringBuilder body, String token, String user, MailPreference chosen) {
        body.append("<form method=\"post\" action=\"").append(PATH).append("\" class=\"settings\">")
                .append("<input type=\"hidden\" name=\"").append(TOKEN).append("\" value=\"").append(text(token))
                .append("\">");
        if (user != null) {
            body.append("<label>User <input type=\"text\" name=\"user\" required></label><br>");
        }
        for (MailPreference preference : MailPreference.values()) {
            body.append("<label><input type=\"radio\" name=\"mail\" value=\"").append(preference.value()).append('"')
                    .append(preference == chosen ? " checked" : "").append("> ").append(text(preference.words()))
                    .append("</label><br>");
        }
        body.append("<button type=\"submit\">Save</button></form>\n");
    }

    private User user(String userId) {
        return identity.createUserQuery().userId(userId).singleResult();
    }

    /** The session's token, made at its first form. */
    private static String sessionToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(SESSION_TOKEN);
        if (token instanceof String text) {
            return text;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(SESSION_TOKEN, made);
        return made;
    }

    static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
