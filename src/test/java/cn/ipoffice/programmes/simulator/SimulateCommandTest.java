package cn.ipoffice.programmes.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code simulate} command as a user runs it: output, exit codes, and nothing touched but a throw-away engine. */
class SimulateCommandTest {

    private static final String SCENARIO = "src/test/resources/scenarios/pm8-plan-the-day-after-is-late.yaml";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int simulate(String... args) {
        return SimulateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void pm8_json_namesEveryEntryWithItsDueDateAndRule_andLeavesTheApplicationDatabaseAlone() throws Exception {
        Path data = Path.of("data");
        List<String> before = filesIn(data);

        assertThat(simulate(SCENARIO, "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.path("holder").path("id").asText()).isEqualTo("320300");
        assertThat(json.path("stopped").isNull()).isTrue();
        JsonNode missed = null;
        for (JsonNode entry : json.path("timeline")) {
            if ("missed".equals(entry.path("event").asText())) {
                missed = entry;
                break;
            }
        }
        assertThat(missed).as("the PM-8 deadline missed").isNotNull();
        assertThat(missed.path("at").asText()).isEqualTo("2026-01-31 00:00");
        assertThat(missed.path("due").asText()).isEqualTo("2026-01-30 24:00");
        assertThat(missed.path("rule").asText()).isEqualTo("PM-8");
        assertThat(json.path("openTasks")).as("the report and its escalation").hasSize(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(filesIn(data)).isEqualTo(before);
    }

    @Test
    void severalHolders_json_namesTheHolderOfEveryLine_andEachStepActsOnItsOwnHoldersCase() throws Exception {
        assertThat(simulate("src/test/resources/scenarios/pm8-pm18-two-cities-of-two-provinces-on-one-timeline.yaml",
                "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.path("holders")).extracting(holder -> holder.path("id").asText()).containsExactly("320200", "330100");
        List<String> plans = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (JsonNode entry : json.path("timeline")) {
            assertThat(entry.has("holder")).as("every line says whose it is: " + entry).isTrue();
            String what = entry.path("what").asText();
            if (entry.path("event").asText().startsWith("done") && what.startsWith("Record the pilot work plan")) {
                plans.add(entry.path("holder").asText() + " " + entry.path("event").asText() + " " + entry.path("at").asText());
            }
            if (entry.path("event").asText().startsWith("step") && what.startsWith("figures recorded on")) {
                figures.add(entry.path("holder").asText());
            }
        }
        // Hangzhou's plan in time (PM-8: due 2025-05-01 24:00), Wuxi's five days late: each step took its own city's task.
        assertThat(plans).containsExactly("330100 done 2025-04-20 09:00", "320200 done late 2025-05-06 09:00");
        assertThat(figures).containsExactly("320200", "330100");
        assertThat(json.path("stopped").isNull()).isTrue();
    }

    @Test
    void aBadScenario_exitsWith2_andSaysWhereWithoutAStackTrace() {
        assertThat(simulate("src/test/resources/scenarios/invalid/unknown-event.yaml")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("src/test/resources/scenarios/invalid/unknown-event.yaml, step 2 (line 6): unknown event "
                        + "'plan recieved on'")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMissingFileOrAnUnknownOption_exitsWith2() {
        assertThat(simulate("no-such-scenario.yaml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("no-such-scenario.yaml: cannot be read");
        assertThat(simulate(SCENARIO, "--jsn")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option --jsn");
    }

    @Test
    void events_listsTheVocabularyWithoutStartingAnEngine() {
        assertThat(simulate("--events")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("plan recorded on: ", "acceptance held on: ",
                "    also: score", "task: <task id");
    }

    private static List<String> filesIn(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        try (var stream = Files.list(folder)) {
            stream.sorted().forEach(f -> files.add(f.getFileName() + ":" + f.toFile().length() + ":" + f.toFile().lastModified()));
        }
        return files;
    }
}
