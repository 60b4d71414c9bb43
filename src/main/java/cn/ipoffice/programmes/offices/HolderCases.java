package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.casework.CaseVariables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A holder's cases as the engine holds them (every case of a holder carries its code as business key, docs/rules.md
 * "Identifiers"): each case with its start, end and outcome, the steps it waits at, its timers, its open tasks and its
 * completed tasks, each task with the offices it was given to. The page has already decided that the user may see the
 * holder ({@code register/Viewer}), so the engine is read without the user's own grants, which do not reach every case of
 * a visible holder (a city does not read its application case); the page shows of it names, dates, offices and outcomes
 * only, never the cases' other variables. A fixed number of queries per holder, and one per running case.
 */
@Component
class HolderCases {

    /** Far above what one holder gathers in decades, and within the engine's query limit. */
    static final int MOST_ROWS = 1000;
    private static final Set<String> WAIT_STATES = Set.of("userTask", "receiveTask", "intermediateMessageCatch",
            "intermediateTimer", "intermediateSignalCatch", "intermediateConditional");

    /** A case: its process in words, its start and end, and how it ended (its end event's name, or why it was cancelled). */
    record Case(String id, String name, String superCaseId, Instant started, Instant ended, String outcome) {
        boolean running() {
            return ended == null;
        }
    }

    /** Where a running case waits (a task, a message, a date), in words, with the rule its diagram cites. */
    record Step(String caseId, String executionId, String activityId, String type, String taskId, String name, String rule,
            Instant since) {
        boolean isTimer() {
            return "intermediateTimer".equals(type);
        }
    }

    /** A timer of a running case: its event's name and rule, and the task it watches where it is a boundary event. */
    record Timer(String caseId, String executionId, String elementId, String name, String rule, String watchedTask,
            Instant due) {
    }

    record OpenTask(String id, String caseId, String taskKey, String name, Instant created, Instant due, String assignee,
            Set<String> groups) {
    }

    record DoneTask(String caseId, String name, Instant ended, String assignee, Set<String> groups) {
    }

    /** Everything the engine holds of a holder; {@code applicantName} is the name its latest case gave it. */
    record Snapshot(List<Case> cases, List<Step> steps, List<Timer> timers, List<OpenTask> openTasks,
            List<DoneTask> doneTasks, String applicantName) {

        static final Snapshot NONE = new Snapshot(List.of(), List.of(), List.of(), List.of(), List.of(), null);

        Case caseOf(String id) {
            return cases.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        }
    }

    private final HistoryService history;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final CaseDiagrams diagrams;

    HolderCases(@Lazy HistoryService history, @Lazy TaskService tasks, @Lazy ManagementService management,
            @Lazy IdentityService identity, CaseDiagrams diagrams) {
        this.diagrams = diagrams;
        this.history = history;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
    }

    /**
     * The holder's cases. {@code registeredName} is the register's name of the holder, null for an applicant (the names
     * in the diagrams' words are then the application's); {@code offices} are the groups its tasks may be given to (its
     * government, its province, SIPO).
     */
    Snapshot of(String holderId, String registeredName, List<String> offices) {
        return withoutTheUsersGrants(() -> read(holderId, registeredName, offices));
    }

    /**
     * Runs the read with no user on the engine, so that no grant narrows it, and puts the user back: the page decided
     * visibility before (docs/architecture.md, offices/).
     */
    private <T> T withoutTheUsersGrants(Supplier<T> read) {
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return read.get();
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }

    private Snapshot read(String holderId, String registeredName, List<String> offices) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(holderId).orderByProcessInstanceStartTime().asc().listPage(0, MOST_ROWS);
        if (instances.isEmpty()) {
            return Snapshot.NONE;
        }
        String applicantName = applicantName(instances);
        String name = registeredName != null ? registeredName : applicantName != null ? applicantName : holderId;
        List<Case> cases = instances.stream().map(instance -> caseOf(instance, holderId, name)).toList();
        Set<String> running = new LinkedHashSet<>();
        cases.stream().filter(Case::running).forEach(c -> running.add(c.id()));
        List<OpenTask> open = openTasks(holderId, name, offices);
        List<Step> steps = new ArrayList<>();
        for (String caseId : running) {
            for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(caseId)
                    .unfinished().orderByHistoricActivityInstanceStartTime().asc().listPage(0, MOST_ROWS)) {
                if (WAIT_STATES.contains(activity.getActivityType())) {
                    steps.add(step(activity, open, holderId, name));
                }
            }
        }
        List<Timer> timers = running.isEmpty() ? List.of() : management.createJobQuery().timers().processInstanceIds(running)
                .orderByJobDuedate().asc().listPage(0, MOST_ROWS).stream().map(job -> timer(job, holderId, name)).toList();
        return new Snapshot(cases, steps, timers, open, doneTasks(holderId, name, offices), applicantName);
    }

    private Step step(HistoricActivityInstance activity, List<OpenTask> open, String holderId, String name) {
        String definitionId = activity.getProcessDefinitionId();
        String words = open.stream().filter(task -> task.id().equals(activity.getTaskId())).map(OpenTask::name)
                .findFirst().orElseGet(() -> diagrams.name(definitionId, activity.getActivityId(), holderId, name));
        return new Step(activity.getProcessInstanceId(), activity.getExecutionId(), activity.getActivityId(),
                activity.getActivityType(),
                activity.getTaskId(), words, diagrams.rule(definitionId, activity.getActivityId()),
                instant(activity.getStartTime()));
    }

    private Timer timer(Job job, String holderId, String name) {
        String definitionId = job.getProcessDefinitionId();
        String element = diagrams.timerElement(definitionId, job.getJobDefinitionId());
        return new Timer(job.getProcessInstanceId(), job.getExecutionId(), element,
                diagrams.name(definitionId, element, holderId, name),
                diagrams.rule(definitionId, element), diagrams.attachedTo(definitionId, element), instant(job.getDuedate()));
    }

    private List<OpenTask> openTasks(String holderId, String name, List<String> offices) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (String office : offices) {
            tasks.createTaskQuery().processInstanceBusinessKey(holderId).taskCandidateGroup(office).includeAssignedTasks()
                    .listPage(0, MOST_ROWS).forEach(task -> groups.computeIfAbsent(task.getId(), id -> new LinkedHashSet<>())
                            .add(office));
        }
        List<OpenTask> open = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(holderId).orderByTaskCreateTime().asc()
                .listPage(0, MOST_ROWS)) {
            open.add(new OpenTask(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
                    CaseDiagrams.named(task.getName(), holderId, name), instant(task.getCreateTime()),
                    instant(task.getDueDate()), task.getAssignee(), groups.getOrDefault(task.getId(), Set.of())));
        }
        return open;
    }

    private List<DoneTask> doneTasks(String holderId, String name, List<String> offices) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (String office : offices) {
            history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(holderId).finished()
                    .taskHadCandidateGroup(office).listPage(0, MOST_ROWS)
                    .forEach(task -> groups.computeIfAbsent(task.getId(), id -> new LinkedHashSet<>()).add(office));
        }
        List<DoneTask> done = new ArrayList<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(holderId)
                .finished().orderByHistoricTaskInstanceEndTime().asc().listPage(0, MOST_ROWS)) {
            // A task deleted with its case (the case cancelled, the obligation met elsewhere) was not done by anyone.
            if ("completed".equals(task.getDeleteReason())) {
                done.add(new DoneTask(task.getProcessInstanceId(), CaseDiagrams.named(task.getName(), holderId, name),
                        instant(task.getEndTime()),
                        task.getAssignee(), groups.getOrDefault(task.getId(), Set.of())));
            }
        }
        return done;
    }

    /** The name an application gave its applicant, which the register does not know before SIPO's approval. */
    private String applicantName(List<HistoricProcessInstance> instances) {
        String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
                .variableName(CaseVariables.HOLDER_NAME.name()).listPage(0, MOST_ROWS).stream()
                .map(HistoricVariableInstance::getValue).filter(Objects::nonNull).map(Object::toString)
                .reduce((first, last) -> last).orElse(null);
    }

    private Case caseOf(HistoricProcessInstance instance, String holderId, String name) {
        String outcome = instance.getEndActivityId() != null
                ? diagrams.name(instance.getProcessDefinitionId(), instance.getEndActivityId(), holderId, name)
                : instance.getDeleteReason();
        return new Case(instance.getId(), CaseDiagrams.withoutArticles(instance.getProcessDefinitionName()),
                instance.getSuperProcessInstanceId(), instant(instance.getStartTime()), instant(instance.getEndTime()),
                instance.getEndTime() == null ? null : outcome);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
