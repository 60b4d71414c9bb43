package cn.ipoffice.programmes.notify;

import java.util.Arrays;
import java.util.Locale;

/** How a user receives the notifications: each at once (the default), once a day at 07:00 CST, or not at all. */
public enum MailPreference {
    SINGLE("each mail at once"),
    DIGEST("one mail a day at 07:00 CST listing the day's items"),
    OFF("no mail");

    private final String words;

    MailPreference(String words) {
        this.words = words;
    }

    /** The value stored with the user: "single", "digest" or "off". */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String words() {
        return words;
    }

    /** A stored or submitted value; anything else is refused naming the values there are. */
    public static MailPreference parse(String value) {
        for (MailPreference preference : values()) {
            if (preference.value().equals(value)) {
                return preference;
            }
        }
        throw new IllegalArgumentException("Unknown mail setting '" + value + "'; expected one of "
                + Arrays.stream(values()).map(MailPreference::value).toList());
    }
}
