package cn.ipoffice.programmes.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;

/** Requests to the running application as a test user over HTTP Basic, or as nobody. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The application of {@link SpringEngine}, as the test user. */
    public static Http as(String userId) {
        return new Http(SpringEngine.baseUrl(), TestUsers.basic(userId));
    }

    /** The application of {@link SpringEngine}, as a test user of these groups, made if missing. */
    public static Http member(String userId, String... groups) {
        TestUsers.member(SpringEngine.bean(IdentityService.class), userId, groups);
        return as(userId);
    }

    /** The application of {@link SpringEngine}, as its administrator. */
    public static Http asAdmin() {
        return new Http(SpringEngine.baseUrl(), TestUsers.basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
    }

    public static Http anonymous(String base) {
        return new Http(base, null);
    }

    public static Http as(String base, String authorization) {
        return new Http(base, authorization);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response read as bytes (a download). */
    public static HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
