package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Drives N cases through a 3-year round phase by phase with simulated time: every case's work plan,
 * then each 1 January's timers, reports, reviews and assessments, then the term's expiry, the
 * acceptance, the hand-over and the decision. The same phases for the real pilot round and the baseline.
 */
abstract class LifecycleDriver {

    protected final ProcessEngine engine;

    LifecycleDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Runs {@code cases} rounds from start to decision and returns the seconds it took. */
    double run(int cases, int firstCode) {
        phases.clear();
        long started = System.nanoTime();
        at("2025-03-01T09:00");
        for (int i = 0; i < cases; i++) {
            start(String.valueOf(firstCode + i));
        }
        phases.put("start", System.nanoTime() - started);
        completeAll(workPlanTask(), Map.of());
        for (int year = 2026; year <= 2028; year++) {
            at(year + "-01-01T00:00");
            runDueJobs();
            at(year + "-01-20T09:00");
            int reportYear = year;
            yearTasks().forEach(step -> completeAll(step.getKey(), step.getValue().apply(reportYear)));
        }
        at("2028-03-01T00:00");
        runDueJobs();
        at("2028-04-15T09:00");
        endTasks().forEach(step -> completeAll(step.getKey(), step.getValue()));
        double seconds = (System.nanoTime() - started) / 1e9;
        verifyAllDecided(cases);
        return seconds;
    }

    abstract void start(String code);

    abstract String workPlanTask();

    abstract List<Map.Entry<String, java.util.function.IntFunction<Map<String, Object>>>> yearTasks();

    abstract List<Map.Entry<String, Map<String, Object>>> endTasks();

    abstract void verifyAllDecided(int cases);

    /** The process definitions this driver's cases run in (the round and its called report). */
    abstract String[] processKeys();

    protected void completeAll(String taskKey, Map<String, Object> variables) {
        long started = System.nanoTime();
        for (Task task : engine.getTaskService().createTaskQuery().processDefinitionKeyIn(processKeys())
                .taskDefinitionKey(taskKey).list()) {
            engine.getTaskService().complete(task.getId(), variables);
        }
        phases.merge(taskKey, System.nanoTime() - started, Long::sum);
    }

    protected void runDueJobs() {
        long started = System.nanoTime();
        runDue(engine);
        phases.merge("timers", System.nanoTime() - started, Long::sum);
    }

    /** Runs every due job on the calling thread, also those the jobs create, until none is due. */
    static void runDue(ProcessEngine engine) {
        List<Job> due;
        do {
            due = engine.getManagementService().createJobQuery().executable().listPage(0, 500);
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        } while (!due.isEmpty());
    }

    /** Nanoseconds spent per phase (starts, each task's completions, timers) since the last {@link #run}. */
    final Map<String, Long> phases = new java.util.LinkedHashMap<>();

    String phaseReport() {
        StringBuilder text = new StringBuilder();
        phases.forEach((phase, nanos) -> text.append(String.format("  %-28s %8.2f s%n", phase, nanos / 1e9)));
        return text.toString();
    }

    /** Stops the engine's clock at {@code cst}, a local date-time in China Standard Time. */
    static void at(String cst) {
        ClockUtil.setCurrentTime(instant(cst));
    }

    /** Sets the engine's clock to {@code cst} and lets it run on from there. */
    static void runningFrom(String cst) {
        ClockUtil.offset(instant(cst).getTime() - System.currentTimeMillis());
    }

    private static Date instant(String cst) {
        return Date.from(LocalDateTime.parse(cst).atZone(DeadlineCalendar.CHINA).toInstant());
    }

}
