package cn.ipoffice.programmes.simulator;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.engine.EngineClockAdapter;
import cn.ipoffice.programmes.register.NationalFigures;
import cn.ipoffice.programmes.register.Register;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs a scenario on an engine that holds nothing else: moves the engine clock from event to event, runs
 * every job that falls due on the way at its own instant (earliest first, as the job executor would),
 * applies each step, and writes what the engine and the register did to the timeline.
 */
public final class Simulation {

    private static final int MAX_ACTIONS = 20_000;
    private static final Clock ENGINE_CLOCK = new EngineClockAdapter(DeadlineCalendar.CHINA);

    private final ProcessEngine engine;
    private final Scenario scenario;
    private final Timeline timeline;
    private final CaseObserver cases;
    private final List<RegisterObserver> register;
    private final StepRunner steps;
    private final DiagramTexts diagrams;

    public Simulation(ProcessEngine engine, Register register, NationalFigures figures, Scenario scenario) {
        this.engine = engine;
        this.scenario = scenario;
        this.timeline = new Timeline(scenario);
        this.diagrams = new DiagramTexts(engine.getRepositoryService());
        this.cases = new CaseObserver(engine, diagrams);
        this.register = scenario.holders().stream().map(holder -> new RegisterObserver(register, holder.id())).toList();
        this.steps = new StepRunner(engine, figures, scenario.hasSeveralHolders(), this::observe);
    }

    /** Runs every step; a step that does not fit stops the run, and the timeline says so. */
    public Timeline run() {
        Scenario.Step current = null;
        EngineClockAdapter.moveEngineTo(CstTime.of(scenario.steps().get(0).at()));
        try {
            for (Scenario.Step step : scenario.steps()) {
                current = step;
                advanceTo(CstTime.of(step.at()));
                timeline.add(new TimelineEntry(now(), "step " + step.number(), step.label(), "", null, "", step.holder().id()));
                steps.apply(step);
                steps.settleCalls();
                if (step.event().key().equals(EventVocabulary.FIGURES)) {
                    Object city = step.values().get(StepRunner.FIGURES_CITY);
                    timeline.add(new TimelineEntry(now(), "figures", "figures of " + step.values().get("year")
                            + (city == null ? "" : " of " + city) + " recorded: enforcement score " + step.values().get("enforcementScore") + ", pledge financing "
                            + step.values().get("pledgeFinancing"), "sipo", null, "PM-18", step.holder().id()));
                }
                observe();
            }
            current = null;
            advanceTo(CstTime.of(scenario.end()));
            timeline.finish(now(), cases.openTasks());
        } catch (ScenarioException e) {
            timeline.stop(now(), cases.openTasks(), e.getMessage());
        } catch (ProcessEngineException e) {
            String where = current == null ? "after the last step" : "before " + current.where();
            timeline.stop(now(), cases.openTasks(), "at " + CstTime.moment(now()) + " (" + where + ") the engine failed: "
                    + e.getMessage());
        } finally {
            EngineClockAdapter.resetEngine();
        }
        return timeline;
    }

    /** Lets time pass up to {@code target}: deadlines pass and due jobs run, each at its own instant. */
    private void advanceTo(Instant target) {
        for (int action = 0; action < MAX_ACTIONS; action++) {
            Optional<Job> job = nextJob(target);
            Optional<Map.Entry<String, TimelineEntry>> deadline = cases.nextMissedDeadline(target);
            Instant jobDue = job.map(this::dueOf).orElse(null);
            if (deadline.isPresent() && (jobDue == null || !deadline.get().getValue().due().isAfter(jobDue))) {
                setClock(deadline.get().getValue().due());
                cases.miss(timeline, deadline.get().getKey());
                continue;
            }
            if (job.isEmpty()) {
                setClock(target);
                return;
            }
            setClock(jobDue);
            run(job.get());
        }
        throw new ScenarioException("jobs keep falling due before " + CstTime.moment(target) + "; the diagrams loop in time");
    }

    private void run(Job job) {
        JobDefinition definition = engine.getManagementService().createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId()).singleResult();
        if (definition != null && definition.getJobType().startsWith("timer")) {
            timeline.add(new TimelineEntry(now(), "timer", diagrams.name(job.getProcessDefinitionId(), definition.getActivityId())
                    + " (" + diagrams.process(job.getProcessDefinitionId()) + ")", "", null,
                    diagrams.rule(job.getProcessDefinitionId(), definition.getActivityId()), cases.holderOf(job.getProcessInstanceId())));
        }
        engine.getManagementService().executeJob(job.getId());
        observe();
        steps.settleCalls();
    }

    /** The earliest job of a case due by {@code target}; the engine's own housekeeping jobs are left alone. */
    private Optional<Job> nextJob(Instant target) {
        ManagementService management = engine.getManagementService();
        return management.createJobQuery().active().withRetriesLeft().list().stream()
                .filter(job -> job.getProcessInstanceId() != null && !dueOf(job).isAfter(target))
                .min(Comparator.comparing(this::dueOf));
    }

    private Instant dueOf(Job job) {
        Instant now = now();
        return job.getDuedate() == null || job.getDuedate().toInstant().isBefore(now) ? now : job.getDuedate().toInstant();
    }

    private void observe() {
        cases.observe(timeline, now());
        register.forEach(observer -> observer.observe(timeline, now()));
    }

    private static void setClock(Instant instant) {
        if (instant.isAfter(now())) {
            EngineClockAdapter.moveEngineTo(instant);
        }
    }

    private static Instant now() {
        return ENGINE_CLOCK.instant();
    }
}
