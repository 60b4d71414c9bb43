package cn.ipoffice.programmes.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** HTTP calls to the running application as one of its users, with HTTP Basic. */
public final class Rest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;

    private Rest(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A user of the given groups (created if missing), calling the application of {@link SpringEngine}. */
    public static Rest as(String user, String... groups) {
        IdentityService identity = SpringEngine.bean(IdentityService.class);
        String password = "Pw-" + user + "-2026!";
        if (identity.createUserQuery().userId(user).count() == 0) {
            User created = identity.newUser(user);
            created.setPassword(password);
            identity.saveUser(created);
            for (String group : groups) {
                if (identity.createGroupQuery().groupId(group).count() == 0) {
                    identity.saveGroup(identity.newGroup(group));
                }
                identity.createMembership(user, group);
            }
        }
        String port = SpringEngine.context().getEnvironment().getProperty("local.server.port");
        return new Rest("http://localhost:" + port, user, password);
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
