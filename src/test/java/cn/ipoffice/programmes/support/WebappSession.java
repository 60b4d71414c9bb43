package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.support.Http;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's session with the Camunda webapps, cookies and CSRF token kept by hand (and every
 * {@code Set-Cookie} line kept as sent, so that a test can read its flags).
 */
public final class WebappSession {

    public static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookieLines = new ArrayList<>();
    private String csrfToken;

    public WebappSession(String base) {
        this.base = base;
    }

    /** Opens Tasklist (which hands out the CSRF token) and logs in as Tasklist's login page does. */
    public static WebappSession loggedIn(String base, String userId, String password) {
        WebappSession session = new WebappSession(base);
        session.get("/camunda/app/tasklist/default/");
        String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(session.request(LOGIN, true)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login of " + userId + " failed: " + login.statusCode() + " " + login.body());
        }
        // The login starts a new session; as Tasklist does, the next read fetches that session's token.
        session.get("/camunda/api/admin/auth/user/default");
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path, false).GET());
    }

    /** A download, as bytes (a workbook). */
    public HttpResponse<byte[]> getBytes(String path) {
        return Http.sendBytes(request(path, false).GET());
    }

    public HttpResponse<String> postJson(String path, String json, boolean withCsrfToken) {
        return send(request(path, withCsrfToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path, true).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path, true).DELETE());
    }

    /** Every {@code Set-Cookie} header the session received whose cookie has this name. */
    public List<String> setCookie(String name) {
        return setCookieLines.stream().filter(line -> line.startsWith(name + "=")).toList();
    }

    private HttpRequest.Builder request(String path, boolean withCsrfToken) {
        HttpRequest.Builder request = Http.anonymous(base).request(path);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (withCsrfToken && csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = Http.send(request);
        for (String line : response.headers().allValues("Set-Cookie")) {
            setCookieLines.add(line);
            String pair = line.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        response.headers().firstValue("X-XSRF-TOKEN").filter(token -> !token.equals("Required"))
                .ifPresent(token -> csrfToken = token);
        return response;
    }
}
