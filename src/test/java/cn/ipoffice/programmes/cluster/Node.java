package cn.ipoffice.programmes.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node of the cluster: the packaged application in a JVM of its own, run as an office's IT
 * department runs it (docs/operations.md "Run in production"), with its output in {@code target/cluster/<name>.log}.
 */
final class Node {

    private static final Duration START_UP = Duration.ofMinutes(4);

    private final String name;
    private final Path log;
    private final Process process;
    private String startedLine;

    private Node(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /** Starts the node in a JVM whose default zone is {@code zone}, as a machine of another region would. */
    static Node start(String name, String zone, Map<String, String> environment) throws IOException, InterruptedException {
        String jar = System.getProperty("ipp.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("The packaged application is missing (" + jar + "); run mvn verify");
        }
        Path log = Path.of("target", "cluster", name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.timezone=" + zone, "-jar", jar, "--spring.profiles.active=postgres", "--server.port=0"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("IPP_NODE_NAME", name);
        Node node = new Node(name, log, builder.start());
        node.awaitStarted();
        return node;
    }

    private void awaitStarted() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_UP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            Optional<String> started = Files.readAllLines(log).stream()
                    .filter(line -> line.contains("Started IpProgrammesApplication")).findFirst();
            if (started.isPresent()) {
                startedLine = started.get();
                return;
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not start within " + START_UP + "; see " + log);
    }

    /** {@code kill -9}: no shutdown hook runs, no transaction commits. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** An orderly stop (SIGTERM), as a rolling restart does. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    String name() {
        return name;
    }

    /** The log line that says the node has started, with the node's own clock time and zone offset. */
    String startedLine() {
        return startedLine;
    }
}
