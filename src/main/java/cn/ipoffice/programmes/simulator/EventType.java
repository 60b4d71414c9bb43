package cn.ipoffice.programmes.simulator;

import java.util.List;
import java.util.Map;

/**
 * What a scenario step does to the case: either it opens a case ({@code processKey}, through the process's
 * start form) or it completes the holder's open user task with one of {@code taskKeys}. The step's own
 * values go over {@code defaults}; {@code aliases} rename the scenario's words to form field keys
 * ({@code score} → {@code acceptanceScore}). Defaults may name the step's day and the holder:
 * {@code {date}}, {@code {a month later}}, {@code {year}}, {@code {last year}}, {@code {holder.id}}, {@code {holder.name}}, {@code {holder.kind}},
 * {@code {holder.province}} (its office's group) and {@code {holder.province code}} (its two digits).
 * {@code whenNoCase} opens the process at that task when the holder has no case yet, so that a scenario
 * may begin at, say, SIPO's approval.
 */
public record EventType(String key, String description, String processKey, List<String> taskKeys,
        Map<String, Object> defaults, Map<String, String> aliases, StartBefore whenNoCase) {

    /** Opens {@code processKey} directly at {@code activityId} with {@code variables}, as if the steps before it had run. */
    public record StartBefore(String processKey, String activityId, Map<String, Object> variables) {
    }

    public boolean opensCase() {
        return taskKeys.isEmpty();
    }

    /** A step naming a task by its BPMN id or its name in Tasklist, with its form fields as they are. */
    public static EventType anyTask(String taskRef) {
        return new EventType("task", "complete the task " + taskRef, null, List.of(taskRef), Map.of(), Map.of(), null);
    }

    /** A step opening a case of any process with a start form, with its form fields as they are. */
    public static EventType anyStart(String processKey) {
        return new EventType("start", "open a case of " + processKey, processKey, List.of(), Map.of(), Map.of(), null);
    }

    /** The form field key a scenario word stands for. */
    public String fieldFor(String word) {
        return aliases.getOrDefault(word, word);
    }
}
