package cn.ipoffice.programmes.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 4: a node started as a child process (default profile, a new H2 file database in a temporary folder):
 * seconds until {@code GET /camunda/app/tasklist/} answers 200 with the Tasklist page, then the heap in use after
 * a full GC ({@code jcmd GC.run}, {@code GC.heap_info}). Twice: as a production node starts, from the folder
 * {@code scripts/prepare-start} makes of the jar (extracted, with its class data sharing archive; the preparing
 * is not timed), and as {@code java -jar} on the packaged jar.
 */
final class StartupFigure {

    record Result(double seconds, double heapUsedMiB, double heapCommittedMiB, String jvmOptions) {
    }

    /** The node prepared by {@code scripts/prepare-start}, then the plain jar. */
    record Results(Result prepared, Result plainJar) {
    }

    static Results measureBoth(Path jar) throws Exception {
        requireBuilt(jar);
        Path node = Files.createTempDirectory("ipp-bench-node");
        Process prepare = new ProcessBuilder("bash", "scripts/prepare-start", jar.toString(), node.toString())
                .inheritIO().start();
        if (prepare.waitFor() != 0) {
            throw new IllegalStateException("scripts/prepare-start failed with " + prepare.exitValue());
        }
        Result prepared = measure(List.of("-XX:SharedArchiveFile=" + node.resolve("application.jsa"), "-jar",
                node.resolve("ip-programmes.jar").toString()));
        return new Results(prepared, measure(jar));
    }

    private static void requireBuilt(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built; run the benchmark profile with 'verify'");
        }
    }

    private StartupFigure() {
    }

    static Result measure(Path jar) throws Exception {
        requireBuilt(jar);
        return measure(List.of("-jar", jar.toString()));
    }

    private static Result measure(List<String> start) throws Exception {
        Path folder = Files.createTempDirectory("ipp-bench-startup");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String jvmOptions = EngineBenchmark.property("bench.startup.jvm", "-Xmx512m");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), jvmOptions));
        command.addAll(start);
        command.addAll(List.of("--server.port=" + port, "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("bench")));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("app.log").toFile());
        builder.environment().put("IPP_ADMIN_PASSWORD", "Bench-" + UUID.randomUUID());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The jar stopped with " + process.exitValue() + "; see "
                            + folder.resolve("app.log"));
                }
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().toLowerCase().contains("tasklist")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if ((System.nanoTime() - started) / 1e9 > 300) {
                    throw new IllegalStateException("No Tasklist page within 300 s; see " + folder.resolve("app.log"));
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            jcmd(process.pid(), "GC.run");
            String heap = jcmd(process.pid(), "GC.heap_info");
            Matcher matcher = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(heap);
            if (!matcher.find()) {
                throw new IllegalStateException("Cannot read the heap from: " + heap);
            }
            return new Result(seconds, Long.parseLong(matcher.group(2)) / 1024.0, Long.parseLong(matcher.group(1)) / 1024.0,
                    jvmOptions);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
