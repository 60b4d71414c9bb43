package cn.ipoffice.programmes.simulator;

import cn.ipoffice.programmes.register.HolderKind;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a scenario file (format in docs/simulator.md "The scenario file"), checking everything that can be
 * checked without an engine: the holder, every step's event word and date, the order of the dates.
 * Each problem is reported with its line, and with its step number where it is in a step.
 */
public final class ScenarioReader {

    /** A step's time of day when the scenario gives a date only: office hours, China Standard Time. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private static final Set<String> TOP_LEVEL = Set.of("scenario", "holder", "holders", "steps", "until");
    /** The key of a step that names whose step it is, in a scenario of several holders. */
    static final String STEP_HOLDER = "holder";
    private static final Pattern CITY = Pattern.compile("\\d{6}");
    private static final Pattern AREA = Pattern.compile("\\d{6}-[a-z0-9]+");
    private static final String GENERIC_TASK = "task";
    private static final String GENERIC_START = "start";
    private static final String GENERIC_DATE = "on";

    private ScenarioReader() {
    }

    public static Scenario read(String yaml) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new ScenarioException("line " + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ScenarioException("not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode top)) {
            throw new ScenarioException("line 1: a scenario is a mapping with holder: and steps:");
        }
        Map<String, NodeTuple> fields = keys(top, TOP_LEVEL, "a scenario");
        if (fields.containsKey("holder") == fields.containsKey("holders")) {
            throw new ScenarioException("line " + line(top) + ": the scenario names " + (fields.containsKey("holder")
                    ? "both holder: and holders:; one holder: or a list of holders:"
                    : "no holder (holder: with id and name, or holders: a list of them)"));
        }
        if (!fields.containsKey("steps")) {
            throw new ScenarioException("line " + line(top) + ": the scenario has no steps:");
        }
        List<Scenario.Holder> holders = fields.containsKey("holder") ? List.of(holder(fields.get("holder").getValueNode()))
                : holders(fields.get("holders").getValueNode());
        String title = fields.containsKey("scenario") ? text(fields.get("scenario").getValueNode(), "scenario")
                : holders.stream().map(Scenario.Holder::name).collect(Collectors.joining(", "));
        List<Scenario.Step> steps = steps(fields.get("steps").getValueNode(), holders);
        LocalDateTime until = null;
        if (fields.containsKey("until")) {
            Node node = fields.get("until").getValueNode();
            until = moment(text(node, "until"), "line " + line(node) + ": until");
        }
        return new Scenario(title, holders, steps, until);
    }

    private static List<Scenario.Holder> holders(Node node) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new ScenarioException("line " + line(node) + ": holders: is a list of holders, each with id: and name:");
        }
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<Scenario.Holder> holders = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            Scenario.Holder holder = holder(item);
            Integer first = lineOf.putIfAbsent(holder.id(), line(item));
            if (first != null) {
                throw new ScenarioException("line " + line(item) + ": holder " + holder.id() + " is already listed on line "
                        + first + "; each holder once");
            }
            holders.add(holder);
        }
        return holders;
    }

    private static Scenario.Holder holder(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw new ScenarioException("line " + line(node) + ": holder: needs id: and name:, e.g. id: \"320200\" and name: Wuxi");
        }
        Map<String, NodeTuple> fields = keys(mapping, Set.of("id", "name", "kind"), "holder:");
        if (!fields.containsKey("id") || !fields.containsKey("name")) {
            throw new ScenarioException("line " + line(node) + ": holder: needs both id: and name:");
        }
        Node idNode = fields.get("id").getValueNode();
        String id = text(idNode, "holder id");
        if (!CITY.matcher(id).matches() && !AREA.matcher(id).matches()) {
            throw new ScenarioException("line " + line(idNode) + ": holder id '" + id + "' is neither a 6-digit city code "
                    + "(\"320200\") nor a cluster area's <city code>-<slug> (\"320500-sip\")");
        }
        String name = text(fields.get("name").getValueNode(), "holder name");
        HolderKind kind = id.contains("-") ? HolderKind.HI_TECH_ZONE : HolderKind.PREFECTURE_LEVEL_CITY;
        if (fields.containsKey("kind")) {
            Node kindNode = fields.get("kind").getValueNode();
            String given = text(kindNode, "holder kind");
            try {
                kind = HolderKind.valueOf(given);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException("line " + line(kindNode) + ": unknown holder kind '" + given + "'; one of "
                        + Arrays.stream(HolderKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return new Scenario.Holder(id, name, kind);
    }

    private static List<Scenario.Step> steps(Node node, List<Scenario.Holder> holders) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new ScenarioException("line " + line(node) + ": steps: is a list of dated events, e.g. - approved on: 2025-03-01");
        }
        List<Scenario.Step> steps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            Scenario.Step step = step(steps.size() + 1, item, holders);
            if (!steps.isEmpty() && step.at().isBefore(steps.get(steps.size() - 1).at())) {
                throw new ScenarioException(step.where() + " is dated before the step above it; steps go in date order");
            }
            steps.add(step);
        }
        return steps;
    }

    private static Scenario.Step step(int number, Node node, List<Scenario.Holder> holders) {
        String where = "step " + number + " (line " + line(node) + ")";
        if (!(node instanceof MappingNode mapping)) {
            throw new ScenarioException(where + ": a step is a mapping such as - plan recorded on: 2025-05-15");
        }
        mapping.getValue().stream().map(ScenarioReader::key).filter(ScenarioReader::looksLikeAnEvent)
                .filter(key -> !isEventKey(key)).findFirst().ifPresent(unknown -> {
                    throw new ScenarioException(where + ": unknown event '" + unknown + "'; known events: "
                            + String.join(", ", eventWords()));
                });
        List<NodeTuple> events = mapping.getValue().stream().filter(t -> isEventKey(key(t))).toList();
        if (events.isEmpty()) {
            throw new ScenarioException(where + ": names no event; known events: " + String.join(", ", eventWords())
                    + " (or task: <task id or name> / start: <process key> with on: <date>)");
        }
        if (events.size() > 1) {
            throw new ScenarioException(where + ": names " + events.size() + " events ("
                    + events.stream().map(ScenarioReader::key).collect(Collectors.joining(", ")) + "); one per step");
        }
        NodeTuple eventTuple = events.get(0);
        String word = key(eventTuple);
        String value = text(eventTuple.getValueNode(), word);
        EventType event;
        String when;
        String label;
        if (word.equals(GENERIC_TASK) || word.equals(GENERIC_START)) {
            event = word.equals(GENERIC_TASK) ? EventType.anyTask(value) : EventType.anyStart(value);
            NodeTuple on = mapping.getValue().stream().filter(t -> key(t).equals(GENERIC_DATE)).findFirst()
                    .orElseThrow(() -> new ScenarioException(where + ": '" + word + ": " + value + "' needs on: <date>"));
            when = text(on.getValueNode(), GENERIC_DATE);
            label = word + " " + value + " on " + when;
        } else {
            event = EventVocabulary.find(word).orElseThrow();
            when = value;
            label = word + " " + value;
        }
        LocalDateTime at = moment(when, where + ": '" + word + "'");
        Scenario.Holder holder = holders.get(0);
        Map<String, Object> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = key(tuple);
            boolean genericDate = key.equals(GENERIC_DATE) && (word.equals(GENERIC_TASK) || word.equals(GENERIC_START));
            if (tuple == eventTuple || genericDate) {
                continue;
            }
            if (key.equals(STEP_HOLDER) && holders.size() > 1) {
                holder = stepHolder(tuple.getValueNode(), holders, where);
                continue;
            }
            values.put(event.fieldFor(key), scalar(tuple.getValueNode(), where + ": " + key));
        }
        if (holders.size() > 1 && mapping.getValue().stream().noneMatch(t -> key(t).equals(STEP_HOLDER))) {
            throw new ScenarioException(where + ": names no holder; the scenario has several, so each step says whose it "
                    + "is with holder: one of " + holders.stream().map(Scenario.Holder::id).collect(Collectors.joining(", ")));
        }
        return new Scenario.Step(number, line(node), label, event, at, values, holder);
    }

    private static Scenario.Holder stepHolder(Node node, List<Scenario.Holder> holders, String where) {
        String id = text(node, "holder");
        return holders.stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow(() -> new ScenarioException(where
                + ": holder '" + id + "' is not one of the scenario's holders ("
                + holders.stream().map(Scenario.Holder::id).collect(Collectors.joining(", ")) + ")"));
    }

    private static boolean isEventKey(String key) {
        return key.equals(GENERIC_TASK) || key.equals(GENERIC_START) || EventVocabulary.find(key).isPresent();
    }

    /** A key with a space ending in " on" reads as an event ("plan recorded on"), not as a form field. */
    private static boolean looksLikeAnEvent(String key) {
        return key.endsWith(" on") && !EventVocabulary.isAlias(key);
    }

    private static List<String> eventWords() {
        return EventVocabulary.all().stream().map(EventType::key).toList();
    }

    /** A date ({@code 2025-05-15}) or a date and time ({@code 2025-05-15 23:59}), China Standard Time. */
    static LocalDateTime moment(String text, String where) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atTime(DEFAULT_TIME);
            }
            return LocalDateTime.parse(text.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new ScenarioException(where + " needs a date like 2025-05-15 or 2025-05-15 23:59 (China Standard "
                    + "Time), got '" + text + "'");
        }
    }

    private static Map<String, NodeTuple> keys(MappingNode mapping, Set<String> allowed, String what) {
        Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = key(tuple);
            if (!allowed.contains(key)) {
                throw new ScenarioException("line " + line(tuple.getKeyNode()) + ": unknown key '" + key + "' in " + what
                        + "; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
            byKey.put(key, tuple);
        }
        return byKey;
    }

    private static String key(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    private static String text(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().trim();
        }
        throw new ScenarioException("line " + line(node) + ": " + what + " needs a value");
    }

    /** A form value: numbers and booleans as YAML reads them, everything else (dates too) as text. */
    private static Object scalar(Node node, String where) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new ScenarioException(where + " needs a single value");
        }
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.INT.equals(tag)) {
                return Integer.valueOf(value);
            }
            if (Tag.FLOAT.equals(tag)) {
                return Double.valueOf(value);
            }
        } catch (NumberFormatException e) {
            throw new ScenarioException(where + ": '" + value + "' is not a number");
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(value.toLowerCase());
        }
        return value;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
