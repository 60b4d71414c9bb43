package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ModelerDeploy;
import cn.ipoffice.programmes.support.TestUsers;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks on the packaged application, as an office would meet it: the jar started with the demo
 * profile in a folder of its own, attacked over HTTP by the demo's users. A modeler deploys a diagram whose
 * timer would run an operating-system command at once; Nanjing's government rewrites its case around its
 * form; Jiangsu starts an application with a variable the start form does not declare. Each is refused and
 * the command never runs.
 */
class PackagedApplicationAttackIT {

    private static final Duration START_UP = Duration.ofMinutes(4);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    static Path folder;
    private static Process application;
    private static String base;

    @BeforeAll
    static void startTheJar() throws IOException, InterruptedException {
        String jar = System.getProperty("ipp.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("The packaged application is missing (" + jar + "); run mvn verify");
        }
        Path log = Path.of("target", "attacks", "demo.log");
        Files.createDirectories(log.getParent());
        application = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", Path.of(jar).toAbsolutePath().toString(), "--spring.profiles.active=demo", "--server.port=0"))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(START_UP);
        while (base == null) {
            if (!application.isAlive() || Instant.now().isAfter(deadline)) {
                application.destroyForcibly();
                throw new IllegalStateException("The demo did not start; see " + log);
            }
            List<String> lines = Files.readAllLines(log);
            Optional<String> port = lines.stream().map(PORT::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst();
            // The demo's users and cases are made after the start-up, by the demo's own step.
            if (port.isPresent() && lines.stream().anyMatch(line -> line.contains("Demo data created")
                    || line.contains("Demo data already present"))) {
                base = "http://localhost:" + port.get();
            }
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (application != null) {
            application.destroy();
            application.waitFor();
        }
    }

    private static Http as(String user) {
        return Http.as(base, TestUsers.basic(user, user));
    }

    private static HttpResponse<String> send(String user, String method, String path, String json) {
        return Http.send(as(user).request("/engine-rest" + path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void aModelerCannotRunACommandOnTheServerByDeploying() throws Exception {
        Path mark = folder.resolve("ran");
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="Definitions_Attack" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="attack" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start_AtOnce">
                      <bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R1/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition>
                    </bpmn:startEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_AtOnce" targetRef="Task_Attack" />
                    <bpmn:serviceTask id="Task_Attack" camunda:expression="${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch %s')}" />
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Attack" targetRef="End_Done" />
                    <bpmn:endEvent id="End_Done" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(mark);
        String deploymentsBefore = as("modeler").get("/engine-rest/deployment/count").body();

        HttpResponse<String> response = ModelerDeploy.by(as("modeler"), "attack", Map.of("attack.bpmn", bpmn.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("Task_Attack").contains("getClass");
        Thread.sleep(3000);
        assertThat(mark).doesNotExist();
        assertThat(as("modeler").get("/engine-rest/deployment/count").body()).isEqualTo(deploymentsBefore);
    }

    @Test
    void aGovernmentCannotRewriteItsOwnCaseAroundTheForm() {
        HttpResponse<String> tasks = as("nanjing").get("/engine-rest/task?maxResults=20&candidateGroup=gov-320100");
        assertThat(tasks.statusCode()).isEqualTo(200);
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(tasks.body());
        assertThat(id.find()).as("Nanjing has a task of its own in the demo: " + tasks.body()).isTrue();
        String taskId = id.group(1);
        String supervisorBefore = as("nanjing").get("/engine-rest/task/" + taskId + "/variables/supervisorGroup").body();

        assertThat(send("nanjing", "PUT", "/task/" + taskId + "/variables/supervisorGroup",
                "{\"value\": \"gov-320100\", \"type\": \"String\"}").statusCode()).isEqualTo(403);
        assertThat(send("nanjing", "PUT", "/task/" + taskId, "{\"name\": \"x\", \"due\": \"2030-01-31T23:59:00.000+0800\"}")
                .statusCode()).isEqualTo(403);
        assertThat(send("nanjing", "POST", "/task/" + taskId + "/identity-links",
                "{\"groupId\": \"gov-330100\", \"type\": \"candidate\"}").statusCode()).isEqualTo(403);
        assertThat(as("nanjing").get("/engine-rest/task/" + taskId + "/variables/supervisorGroup").body()).isEqualTo(supervisorBefore);
        assertThat(as("nanjing").get("/engine-rest/task/" + taskId).body()).doesNotContain("2030-01-31");
    }

    @Test
    void aStartFormRefusesAVariableItDoesNotDeclare() {
        HttpResponse<String> response = send("wuxi", "POST", "/process-definition/key/pilot-city-application/submit-form", """
                {"variables": {
                  "cityCode": {"value": "320200", "type": "String"}, "cityName": {"value": "Wuxi", "type": "String"},
                  "cityKind": {"value": "PREFECTURE_LEVEL_CITY", "type": "String"},
                  "featuredThemes": {"value": "Patents for the Internet of Things", "type": "String"},
                  "workPlanReference": {"value": "Xi Zheng [2026] No. 1", "type": "String"},
                  "supervisorGroup": {"value": "gov-320200", "type": "String"}}}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("'supervisorGroup' is not a field of the form");
        assertThat(as("wuxi").get("/engine-rest/process-instance/count?businessKey=320200").body()).isEqualTo("{\"count\":0}");
    }

    @Test
    void aModelerCannotDeleteTheDeploymentOfRunningCases() {
        HttpResponse<String> deployments = as("modeler").get("/engine-rest/deployment?maxResults=1&sortBy=deploymentTime&sortOrder=asc");
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(deployments.body());
        assertThat(id.find()).as(deployments.body()).isTrue();
        String before = as("modeler").get("/engine-rest/deployment/count").body();
        String casesBefore = as("sipo").get("/engine-rest/history/process-instance/count").body();

        HttpResponse<String> deleted = send("modeler", "DELETE", "/deployment/" + id.group(1) + "?cascade=true", "");

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(403);
        assertThat(as("modeler").get("/engine-rest/deployment/count").body()).isEqualTo(before);
        assertThat(as("sipo").get("/engine-rest/history/process-instance/count").body()).isEqualTo(casesBefore);
    }

    @Test
    void theRegistersFiguresRefuseBadInputWith400NotAServerError() {
        HttpResponse<String> year = Http.send(as("sipo").request("/api/register/figures/-7")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("[]")));
        HttpResponse<String> nothing = Http.send(as("sipo").request("/api/register/figures/2025")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("[null]")));
        assertThat(year.statusCode()).as(year.body()).isEqualTo(400);
        assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(400);
        assertThat(year.body() + nothing.body()).doesNotContainIgnoringCase("sql").doesNotContain("java.", "org.");
    }
}
