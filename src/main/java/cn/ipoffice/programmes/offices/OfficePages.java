package cn.ipoffice.programmes.offices;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.StringJoiner;

/** What every office page needs from its request: the signed-in user ({@link OfficeLogin}) and its parameters. */
public final class OfficePages {

    private OfficePages() {
    }

    /** The user {@link OfficeLogin} found for this request; the filter answers for requests without one. */
    public static OfficeUser user(HttpServletRequest request) {
        Object user = request.getAttribute(OfficeLogin.USER_ATTRIBUTE);
        if (!(user instanceof OfficeUser officeUser)) {
            throw new IllegalStateException("Office page without a signed-in user: " + request.getRequestURI());
        }
        return officeUser;
    }

    /** An enum parameter; blank is "any", anything else that is not one of its values is refused with the values there are. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown " + name + " '" + value + "'; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A query string of the given name/value pairs that have a value ("" when none has). */
    public static String query(Object... namesAndValues) {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.setEmptyValue("");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !value.toString().isBlank()) {
                String text = value instanceof Enum<?> e ? e.name() : value.toString();
                query.add(namesAndValues[i] + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
