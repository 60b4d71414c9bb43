package cn.ipoffice.programmes.simulator;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.deadlines.Deadlines;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.NationalFigures;
import cn.ipoffice.programmes.register.Register;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Does what one scenario step says, through the engine's public API as a user in Tasklist would: opens a
 * case with its start form's values, or completes the step's holder's open task with its form's values. The
 * server-side form validation and the delegates judge the values as they judge a user's. A year's figures
 * go through the register's own check and recording, as over its HTTP API.
 */
final class StepRunner {

    private static final java.util.Set<String> FIGURE_FIELDS = java.util.Set.of("year", "enforcementScore", "pledgeFinancing");
    private static final java.util.Set<String> CALL_DECISION_FIELDS = java.util.Set.of(
            YearlyCallProcess.Decide.CENTRAL_DECISION.name(), YearlyCallProcess.Decide.REJECTION_REASON.name());
    /** The optional field of a figures step that names another city than the step's holder (SIPO evaluates them all). */
    static final String FIGURES_CITY = "city";

    private final ProcessEngine engine;
    private final NationalFigures figures;
    private final boolean severalHolders;
    private final FormFields forms;
    private final Runnable observe;
    private Scenario.Holder holder;
    /** SIPO's decisions given by the steps, by applicant, until the call's closing gives SIPO the batch. */
    private final Map<String, Map<String, Object>> pendingDecisions = new HashMap<>();

    StepRunner(ProcessEngine engine, NationalFigures figures, boolean severalHolders, Runnable observe) {
        this.engine = engine;
        this.figures = figures;
        this.severalHolders = severalHolders;
        this.observe = observe;
        this.forms = new FormFields(engine.getRepositoryService(), engine.getFormService());
    }

    void apply(Scenario.Step step) {
        holder = step.holder();
        EventType event = step.event();
        if (event.key().equals(EventVocabulary.FIGURES)) {
            recordFigures(step);
            return;
        }
        if (EventVocabulary.isCallDecision(event.key())) {
            decideInCall(step, event);
            return;
        }
        if (event.opensCase()) {
            open(step, event.processKey());
            return;
        }
        List<Task> candidates = EventVocabulary.isProvincialRoundTask(event.key()) ? provincialRoundTasks(event)
                : openTasks(event);
        if (candidates.isEmpty() && event.whenNoCase() != null && noRunningCase(event.whenNoCase().processKey())) {
            EventType.StartBefore start = event.whenNoCase();
            engine.getRuntimeService().createProcessInstanceByKey(start.processKey()).businessKey(holder.id())
                    .setVariables(resolve(start.variables(), step)).startBeforeActivity(start.activityId()).execute();
            observe.run();
            candidates = openTasks(event);
        }
        if (candidates.isEmpty() && EventVocabulary.isProvincialRoundTask(event.key())) {
            throw new ScenarioException(step.where() + " does not fit the case: no assessment round of province "
                    + Holder.provinceOf(holder.id()) + " waits for " + String.join(" or ", event.taskKeys())
                    + (event.key().equals(EventVocabulary.ROUND_ASSESSED) ? " of " + holder.id() : "")
                    + "; a round opens with '" + EventVocabulary.ASSESSMENT_ROUND_OPENED + "'. " + waitingFor());
        }
        if (candidates.isEmpty()) {
            String wanted = event.taskKeys().size() == 1 ? event.taskKeys().get(0) : "to " + event.description();
            throw new ScenarioException(step.where() + " does not fit the case: there is no open task " + wanted + ". "
                    + waitingFor());
        }
        Task task = candidates.get(0);
        Set<String> fields = forms.ofTask(task);
        checkFields(step, event, fields, "the form of '" + task.getName() + "'");
        Map<String, Object> variables = resolve(event.defaults(), step);
        variables.keySet().retainAll(fields);
        variables.putAll(step.values());
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } catch (ProcessEngineException e) {
            throw new ScenarioException(step.where() + " was refused on '" + task.getName() + "': " + e.getMessage());
        }
    }

    private void open(Scenario.Step step, String processKey) {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition == null) {
            throw new ScenarioException(step.where() + ": there is no process '" + processKey + "'");
        }
        Set<String> fields = forms.ofStart(definition);
        if (fields.isEmpty()) {
            throw new ScenarioException(step.where() + ": '" + processKey + "' is not opened by a user (it has no start "
                    + "form); it starts from the step before it");
        }
        checkFields(step, step.event(), fields, "the start form of " + processKey);
        Map<String, Object> variables = resolve(step.event().defaults(), step);
        variables.putAll(step.values());
        // SIPO's yearly call and the national rounds are no holder's cases: they have no business key.
        String businessKey = EventVocabulary.NATIONAL_ROUNDS.contains(processKey) ? null : holder.id();
        try {
            engine.getRuntimeService().startProcessInstanceById(definition.getId(), businessKey, variables);
        } catch (ProcessEngineException e) {
            throw new ScenarioException(step.where() + " was refused: " + e.getMessage());
        }
    }

    /**
     * SIPO's decision on the holder's application in its yearly call (PM-7, PM-20, CA-8, I-14): the application must
     * wait for the call (a scenario without a pilot-city application opens it filed with SIPO); the call of the
     * programme that closes on the step's day is used, or opened as SIPO through its start form; the decision waits
     * until the call's closing gives SIPO the batch ({@link #settleCalls}).
     */
    private void decideInCall(Scenario.Step step, EventType event) {
        checkFields(step, event, CALL_DECISION_FIELDS, "SIPO's decision in its yearly call");
        if (event.whenNoCase() != null && noRunningCase(event.whenNoCase().processKey())) {
            EventType.StartBefore start = event.whenNoCase();
            engine.getRuntimeService().createProcessInstanceByKey(start.processKey()).businessKey(holder.id())
                    .setVariables(resolve(start.variables(), step)).startBeforeActivity(start.activityId()).execute();
            observe.run();
        }
        EventVocabulary.CallWait wait = EventVocabulary.callWait(event.key());
        boolean waiting = engine.getRuntimeService().createExecutionQuery()
                .processDefinitionKey(wait.processKey()).processInstanceBusinessKey(holder.id())
                .activityId(wait.activityId()).count() > 0;
        if (!waiting) {
            throw new ScenarioException(step.where() + " does not fit the case: no application of " + holder.id()
                    + " waits for SIPO's yearly call for " + wait.programme().listName() + ". " + waitingFor());
        }
        callClosingOn(step, step.at().toLocalDate(), wait.programme());
        Map<String, Object> decision = resolve(event.defaults(), step);
        decision.putAll(step.values());
        decision.remove(YearlyCallProcess.Publish.REPLY_NOTICE_DATE.name());
        pendingDecisions.put(holder.id(), decision);
    }

    /** SIPO's open call of the programme, which must close on {@code day}; SIPO opens it if none is open. */
    private void callClosingOn(Scenario.Step step, LocalDate day, CallProgramme programme) {
        List<ProcessInstance> open = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(YearlyCallProcess.KEY).activityIdIn(YearlyCallProcess.TIMER_CLOSES)
                .variableValueEquals(YearlyCallProcess.Open.PROGRAMME.name(), programme.name()).list();
        if (!open.isEmpty()) {
            LocalDate closing = Deadlines.day(engine.getRuntimeService().getVariable(open.get(0).getId(),
                    YearlyCallProcess.Open.CLOSING_DATE.name()));
            if (!closing.equals(day)) {
                throw new ScenarioException(step.where() + ": SIPO's open call for " + programme.listName() + " closes on "
                        + closing
                        + "; its decisions are taken on that day (I-14)");
            }
            return;
        }
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(YearlyCallProcess.KEY).latestVersion().singleResult();
        Map<String, Object> form = new HashMap<>();
        form.put(YearlyCallProcess.Open.PROGRAMME.name(), programme.name());
        form.put(YearlyCallProcess.Open.YEAR.name(), day.getYear());
        form.put(YearlyCallProcess.Open.CLOSING_DATE.name(), day.toString());
        try {
            engine.getFormService().submitStartForm(definition.getId(), form);
        } catch (ProcessEngineException e) {
            throw new ScenarioException(step.where() + " was refused: " + e.getMessage());
        }
        observe.run();
    }

    /**
     * SIPO decides the batch of every closed call with the scenario's decisions, then approves the list with the
     * closing date as its reply notice date. An application in a batch that the scenario does not decide stops the run.
     */
    void settleCalls() {
        boolean progressed = true;
        while (progressed) {
            progressed = false;
            for (Task task : engine.getTaskService().createTaskQuery().processDefinitionKey(YearlyCallProcess.KEY).list()) {
                Map<String, Object> form;
                if (task.getTaskDefinitionKey().equals(YearlyCallProcess.TASK_DECIDE)) {
                    String applicant = (String) engine.getTaskService().getVariable(task.getId(),
                            YearlyCallProcess.Decide.APPLICANT_CODE.name());
                    form = pendingDecisions.remove(applicant);
                    if (form == null) {
                        throw new ScenarioException("SIPO's call took the application of " + applicant + ", which the "
                                + "scenario does not decide: give it an 'approved on', 'rejected on', 'selected on' or "
                                + "'ratified on' step on the call's closing date");
                    }
                } else if (task.getTaskDefinitionKey().equals(YearlyCallProcess.TASK_APPROVE_LIST)) {
                    form = Map.of(YearlyCallProcess.Publish.REPLY_NOTICE_DATE.name(), engine.getRuntimeService()
                            .getVariable(task.getProcessInstanceId(), YearlyCallProcess.Open.CLOSING_DATE.name()));
                } else {
                    continue;
                }
                try {
                    engine.getTaskService().complete(task.getId(), form);
                } catch (ProcessEngineException e) {
                    throw new ScenarioException("SIPO's call refused '" + task.getName() + "': " + e.getMessage());
                }
                observe.run();
                progressed = true;
            }
        }
    }

    /**
     * One city's figures of a year, checked and recorded as {@code PUT /api/register/figures/{year}} does: the step's
     * holder's, or those of the city the step names ({@code city:}), which need not be a holder of the scenario.
     */
    private void recordFigures(Scenario.Step step) {
        Set<String> fields = new java.util.HashSet<>(FIGURE_FIELDS);
        fields.add(FIGURES_CITY);
        checkFields(step, step.event(), fields, "the figures of a year");
        List<String> missing = FIGURE_FIELDS.stream().filter(field -> !step.values().containsKey(field)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new ScenarioException(step.where() + " needs " + String.join(", ", missing)
                    + " (year:, enforcement score:, pledge financing:)");
        }
        if (!(step.values().get("year") instanceof Integer year)) {
            throw new ScenarioException(step.where() + ": year must be a whole number, got '" + step.values().get("year") + "'");
        }
        String city = step.values().containsKey(FIGURES_CITY) ? String.valueOf(step.values().get(FIGURES_CITY)) : holder.id();
        List<String> problems = figures.record(year, List.of(new Register.FigureRow(city,
                decimal(step, "enforcementScore"), decimal(step, "pledgeFinancing"))));
        if (!problems.isEmpty()) {
            throw new ScenarioException(step.where() + " was refused: " + String.join("; ", problems));
        }
    }

    private static BigDecimal decimal(Scenario.Step step, String field) {
        try {
            return new BigDecimal(String.valueOf(step.values().get(field)));
        } catch (NumberFormatException e) {
            throw new ScenarioException(step.where() + ": " + field + " must be a number, got '" + step.values().get(field) + "'");
        }
    }

    /** The holder's open tasks this step may complete, the earliest deadline first. */
    private List<Task> openTasks(EventType event) {
        return holdersTasks().list().stream()
                .filter(task -> event.taskKeys().stream().anyMatch(ref -> ref.equals(task.getTaskDefinitionKey())
                        || task.getName() != null && task.getName().toLowerCase(Locale.ROOT)
                                .startsWith(ref.toLowerCase(Locale.ROOT))))
                .sorted(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Task::getCreateTime))
                .toList();
    }

    /**
     * The open tasks of the province's assessment round (PM-9) this step may complete: the holder's own city task of
     * the round ({@code holderId} of its per-city subprocess), or the ranking of the holder's province (the round's
     * business key is the province and the year, {@code 32-2025}); the earliest deadline first.
     */
    private List<Task> provincialRoundTasks(EventType event) {
        String province = Holder.provinceOf(holder.id());
        return engine.getTaskService().createTaskQuery().processDefinitionKey(ProvincialAssessmentRoundProcess.KEY)
                .taskDefinitionKeyIn(event.taskKeys().toArray(String[]::new))
                .processInstanceBusinessKeyLike(province + "-%").list().stream()
                .filter(task -> !task.getTaskDefinitionKey().equals(ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY)
                        || holder.id().equals(engine.getTaskService().getVariable(task.getId(),
                                CaseVariables.HOLDER_ID.name())))
                .sorted(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Task::getCreateTime))
                .toList();
    }

    /** The open tasks of the step's holder: all tasks where the scenario has one holder, else its cases' (business key). */
    private TaskQuery holdersTasks() {
        TaskQuery query = engine.getTaskService().createTaskQuery();
        return severalHolders ? query.processInstanceBusinessKey(holder.id()) : query;
    }

    private boolean noRunningCase(String processKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(holder.id()).count() == 0;
    }

    /** What the case was waiting for, for a step that does not fit it. */
    private String waitingFor() {
        List<Task> open = holdersTasks().orderByDueDate().asc().list();
        if (open.isEmpty()) {
            long running = severalHolders ? engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(holder.id()).count() : engine.getRuntimeService().createProcessInstanceQuery().count();
            return running == 0 ? "No case of " + holder.id() + " is running."
                    : "The case was waiting for a date (a timer), not for a task.";
        }
        return "The case was waiting for: " + open.stream()
                .map(task -> task.getName() + " [" + task.getTaskDefinitionKey() + "]"
                        + (task.getDueDate() == null ? "" : ", due " + CstTime.deadline(task.getDueDate().toInstant())))
                .collect(Collectors.joining("; "));
    }

    private static void checkFields(Scenario.Step step, EventType event, Set<String> fields, String form) {
        for (String given : step.values().keySet()) {
            if (!fields.contains(given)) {
                Set<String> known = new TreeSet<>(fields);
                known.addAll(event.aliases().keySet());
                throw new ScenarioException(step.where() + ": unknown field '" + given + "' for " + form
                        + "; it takes: " + String.join(", ", known));
            }
        }
    }

    private Map<String, Object> resolve(Map<String, Object> defaults, Scenario.Step step) {
        Map<String, Object> values = new HashMap<>();
        defaults.forEach((key, value) -> values.put(key, value instanceof String text ? placeholder(text, step) : value));
        return values;
    }

    private Object placeholder(String text, Scenario.Step step) {
        return switch (text) {
            case "{date}" -> step.at().toLocalDate().toString();
            case "{a month later}" -> step.at().toLocalDate().plusMonths(1).toString();
            case "{year}" -> step.at().getYear();
            case "{last year}" -> step.at().getYear() - 1;
            case "{holder.id}" -> holder.id();
            case "{holder.name}" -> holder.name();
            case "{holder.kind}" -> holder.kind().name();
            case "{holder.province code}" -> Holder.provinceOf(holder.id());
            case "{holder.province}" -> holder.isClusterArea() ? "sipo" : "province-" + Holder.provinceOf(holder.id());
            default -> text;
        };
    }
}
