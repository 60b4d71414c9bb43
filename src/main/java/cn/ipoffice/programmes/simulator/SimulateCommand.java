package cn.ipoffice.programmes.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar ip-programmes.jar simulate <scenario.yaml> [--json]}: runs a scenario on a throw-away
 * engine and prints its timeline. Exit code 0 when the scenario ran to its end, 2 when the file is wrong or
 * a step does not fit the case (the message names the line and step), 1 when the engine could not start.
 */
public final class SimulateCommand {

    public static final String NAME = "simulate";
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int BAD_SCENARIO = 2;

    private static final String USAGE = """
            Usage: java -jar ip-programmes.jar simulate <scenario.yaml> [--json]
                   java -jar ip-programmes.jar simulate --events    (lists the events a scenario may use)
            Runs the scenario on a throw-away in-memory engine (no web server, ./data untouched) and prints
            its timeline in China Standard Time; --json prints it as JSON.""";

    private SimulateCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        boolean json = false;
        for (String arg : args) {
            switch (arg) {
                case "--json" -> json = true;
                case "--events" -> {
                    out.print(events());
                    return DONE;
                }
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return DONE;
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("Unknown option " + arg + "\n" + USAGE);
                        return BAD_SCENARIO;
                    }
                    files.add(arg);
                }
            }
        }
        if (files.size() != 1) {
            err.println(USAGE);
            return BAD_SCENARIO;
        }
        Path file = Path.of(files.get(0));
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(file + ": cannot be read (" + e.getMessage() + ")");
            return BAD_SCENARIO;
        } catch (ScenarioException e) {
            err.println(file + ", " + e.getMessage());
            return BAD_SCENARIO;
        }
        Timeline timeline;
        try (SimulationEngine engine = SimulationEngine.start()) {
            timeline = engine.simulate(scenario);
        } catch (RuntimeException e) {
            err.println("The simulation engine could not start: " + rootMessage(e));
            return FAILED;
        }
        out.print(json ? TimelineJson.render(timeline) : TimelineTable.render(timeline));
        if (timeline.stoppedBecause() != null) {
            err.println(file + ", " + timeline.stoppedBecause());
            return BAD_SCENARIO;
        }
        return DONE;
    }

    /** The event words of the vocabulary with what each one does. */
    static String events() {
        StringBuilder out = new StringBuilder();
        for (EventType event : EventVocabulary.all()) {
            out.append(event.key()).append(": ").append(event.description()).append('\n');
            if (!event.aliases().isEmpty()) {
                out.append("    also: ").append(String.join(", ", event.aliases().keySet().stream().sorted().toList()))
                        .append('\n');
            }
        }
        out.append("task: <task id or the start of its name>, with on: <date>: completes any open task\n");
        out.append("start: <process key>, with on: <date>: opens a case of a process with a start form\n");
        return out.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
