package cn.ipoffice.programmes.simulator;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Watches the throw-away engine's cases and tasks (the engine holds the scenario's holders only) and
 * writes what changed since the last look to the timeline: cases opened and closed, tasks created, done
 * (in time or late) or cancelled, and deadlines passed with their task still open. Each line names the
 * holder of its case (the case's business key).
 */
final class CaseObserver {

    private final ProcessEngine engine;
    private final DiagramTexts diagrams;
    private final Map<String, TimelineEntry> openTasks = new LinkedHashMap<>();
    private final Map<String, String> openCases = new LinkedHashMap<>();
    private final Map<String, String> holderOfCase = new java.util.HashMap<>();
    private final Set<String> missed = new HashSet<>();

    CaseObserver(ProcessEngine engine, DiagramTexts diagrams) {
        this.engine = engine;
        this.diagrams = diagrams;
    }

    /** Writes what changed since the last look, as of {@code now}: endings first, then what began. */
    void observe(Timeline timeline, Instant now) {
        List<ProcessInstance> cases = engine.getRuntimeService().createProcessInstanceQuery().list();
        List<Task> tasks = engine.getTaskService().createTaskQuery().orderByTaskCreateTime().asc().list();
        Set<String> caseIds = cases.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        Set<String> taskIds = tasks.stream().map(Task::getId).collect(Collectors.toSet());

        for (String taskId : List.copyOf(openTasks.keySet())) {
            if (!taskIds.contains(taskId)) {
                timeline.add(ended(taskId, openTasks.remove(taskId), now));
            }
        }
        for (String caseId : List.copyOf(openCases.keySet())) {
            if (!caseIds.contains(caseId)) {
                timeline.add(closed(caseId, openCases.remove(caseId), now).of(holderOfCase.get(caseId)));
            }
        }
        for (ProcessInstance instance : cases) {
            if (!openCases.containsKey(instance.getId())) {
                String name = diagrams.process(instance.getProcessDefinitionId());
                openCases.put(instance.getId(), name);
                holderOfCase.put(instance.getId(), instance.getBusinessKey());
                timeline.add(new TimelineEntry(now, "case opened", name, "", null, "", instance.getBusinessKey()));
            }
        }
        for (Task task : tasks) {
            if (!openTasks.containsKey(task.getId())) {
                TimelineEntry created = new TimelineEntry(now, "task", task.getName(), group(task),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(), RuleIds.in(task.getName(),
                        diagrams.rule(task.getProcessDefinitionId(), task.getTaskDefinitionKey())),
                        holderOfCase.get(task.getProcessInstanceId()));
                openTasks.put(task.getId(), created);
                timeline.add(created);
            }
        }
    }

    /**
     * The earliest deadline of an open task, not yet written as missed, that has passed by {@code until}. An
     * escalation is born with its obligation's passed deadline as its due date; that is not missed again.
     */
    Optional<Map.Entry<String, TimelineEntry>> nextMissedDeadline(Instant until) {
        return openTasks.entrySet().stream()
                .filter(open -> !missed.contains(open.getKey()) && open.getValue().due() != null
                        && open.getValue().due().isAfter(open.getValue().at()) && !open.getValue().due().isAfter(until))
                .min(Comparator.comparing(open -> open.getValue().due()));
    }

    /** Writes that a task's deadline passed while it was still open. */
    void miss(Timeline timeline, String taskId) {
        TimelineEntry task = openTasks.get(taskId);
        missed.add(taskId);
        timeline.add(new TimelineEntry(task.due(), "missed", task.what(), task.who(), task.due(), task.rule(), task.holder()));
    }

    /** The holder of a running case: its business key. */
    String holderOf(String caseId) {
        return holderOfCase.get(caseId);
    }

    /** The tasks open now, as the case waits for them. */
    List<TimelineEntry> openTasks() {
        return List.copyOf(openTasks.values());
    }

    private TimelineEntry ended(String taskId, TimelineEntry task, Instant now) {
        HistoricTaskInstance history = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                .singleResult();
        boolean completed = history != null && "completed".equals(history.getDeleteReason());
        if (!completed) {
            return new TimelineEntry(now, "cancelled", task.what(), task.who(), task.due(), task.rule(), task.holder());
        }
        if (task.due() != null && !now.isBefore(task.due())) {
            long days = Math.max(1, Duration.between(task.due(), now).toDays() + 1);
            return new TimelineEntry(now, "done late", task.what() + " (" + days + (days == 1 ? " day" : " days")
                    + " after the deadline)", task.who(), task.due(), task.rule(), task.holder());
        }
        String what = task.due() == null ? task.what() : task.what() + " (deadline met)";
        return new TimelineEntry(now, "done", what, task.who(), task.due(), task.rule(), task.holder());
    }

    private TimelineEntry closed(String caseId, String name, Instant now) {
        HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(caseId).singleResult();
        String how = "";
        if (history != null && history.getEndActivityId() != null) {
            how = ": " + diagrams.name(history.getProcessDefinitionId(), history.getEndActivityId());
        } else if (history != null && history.getDeleteReason() != null) {
            how = ": ended by another case";
        }
        return new TimelineEntry(now, "case closed", name + how, "", null, "");
    }

    private String group(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().collect(Collectors.joining(", "));
    }
}
