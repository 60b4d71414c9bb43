package cn.ipoffice.programmes.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario file of {@code src/test/resources/scenarios/} on the real diagrams and compares its
 * printed timeline with the file beside it ({@code <name>.timeline.txt}). The files under
 * {@code invalid/} must each be refused with the message in {@code <name>.error.txt}, naming the line and
 * step. {@code -Dipp.scenarios.record=true} writes the timelines instead of comparing, for review in git.
 */
class ScenarioFilesTest {

    private static final Path SCENARIOS = Path.of("src", "test", "resources", "scenarios");
    private static final boolean RECORD = Boolean.getBoolean("ipp.scenarios.record");

    private static SimulationEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = SimulationEngine.start();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> eachScenarioPrintsItsExpectedTimeline() throws IOException {
        return yamlFiles(SCENARIOS).stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            Timeline timeline = simulate(file);
            compare(TimelineTable.render(timeline), sibling(file, ".timeline.txt"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachInvalidScenarioIsRefusedNamingLineAndStep() throws IOException {
        return yamlFiles(SCENARIOS.resolve("invalid")).stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            String refusal = refusal(file);
            compare(refusal + "\n", sibling(file, ".error.txt"));
            assertThat(refusal).containsPattern("line \\d+");
        }));
    }

    private static String refusal(Path file) throws IOException {
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (ScenarioException e) {
            return e.getMessage();
        }
        Timeline timeline = simulate(file, scenario);
        assertThat(timeline.stoppedBecause()).as("why " + file + " stopped").isNotNull();
        return timeline.stoppedBecause();
    }

    private static Timeline simulate(Path file) throws IOException {
        return simulate(file, ScenarioReader.read(Files.readString(file, StandardCharsets.UTF_8)));
    }

    private static Timeline simulate(Path file, Scenario scenario) {
        engine.reset();
        return engine.simulate(scenario);
    }

    private static void compare(String actual, Path expectedFile) throws IOException {
        if (RECORD) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("expected timeline beside the scenario").exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(name(file) + suffix);
    }

    private static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

}
