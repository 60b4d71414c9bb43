package cn.ipoffice.programmes.notify;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Each user's {@link MailPreference}, kept with the user in the engine's identity store as the user info
 * {@value #KEY}. Who may change whose is the caller's to check (the settings page): the engine checks nothing here.
 */
@Component
public class MailPreferences {

    public static final String KEY = "ipp.mail";

    private final IdentityService identity;

    MailPreferences(@Lazy IdentityService identity) {
        this.identity = identity;
    }

    /** The user's setting; a user who never chose gets each mail at once. */
    public MailPreference of(String userId) {
        String value = identity.getUserInfo(userId, KEY);
        if (value == null) {
            return MailPreference.SINGLE;
        }
        try {
            return MailPreference.parse(value);
        } catch (IllegalArgumentException e) {
            return MailPreference.SINGLE;
        }
    }

    public void set(String userId, MailPreference preference) {
        identity.setUserInfo(userId, KEY, preference.value());
    }
}
