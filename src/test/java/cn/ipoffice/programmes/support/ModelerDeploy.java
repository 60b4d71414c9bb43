package cn.ipoffice.programmes.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.net.http.HttpResponse;

/** The request Camunda Modeler's Deploy button sends: multipart {@code POST /engine-rest/deployment/create}. */
public final class ModelerDeploy {

    private ModelerDeploy() {
    }

    /** Deploys the files (name → content) as the test user, under the deployment name. */
    public static HttpResponse<String> as(String userId, String deploymentName, Map<String, byte[]> files) {
        return by(Http.as(userId), deploymentName, files);
    }

    /** Deploys the files (name → content) through {@code http} (an application and a user), under the deployment name. */
    public static HttpResponse<String> by(Http http, String deploymentName, Map<String, byte[]> files) {
        String boundary = "----modeler" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "deployment-name", deploymentName);
        field(body, boundary, "deployment-source", "Camunda Modeler");
        field(body, boundary, "deploy-changed-only", "true");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.post("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
