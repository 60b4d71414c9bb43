package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.register.Register;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;


/**
 * Figure 2, the 31 January burst: {@code terms} rounds wait at their first 1 January timer; the clock
 * jumps to that instant and the job executor (on, real threads) fires them all at once. Measured: the
 * seconds from the instant until every annual report's submission task exists, and jobs per second.
 */
final class BurstFigure {

    /** The job executor settings of the burst, from system properties; the defaults are application.yaml's. */
    record Settings(int corePool, int maxPool, int queue, int perAcquisition, int waitMillis, int maxWaitMillis,
            int lockMillis) {

        static Settings fromProperties() {
            return new Settings(Integer.getInteger("bench.jobs.corePool", 3), Integer.getInteger("bench.jobs.maxPool", 10),
                    Integer.getInteger("bench.jobs.queue", 3), Integer.getInteger("bench.jobs.perAcquisition", 3),
                    Integer.getInteger("bench.jobs.waitMillis", 5000), Integer.getInteger("bench.jobs.maxWaitMillis", 5000),
                    Integer.getInteger("bench.jobs.lockMillis", 300000));
        }

        @Override
        public String toString() {
            return "core pool " + corePool + ", max pool " + maxPool + ", queue " + queue + ", max jobs per acquisition "
                    + perAcquisition + ", wait " + waitMillis + " ms, max wait " + maxWaitMillis + " ms, lock time "
                    + lockMillis + " ms";
        }
    }

    record Result(int terms, double seconds, double jobsPerSecond, double firstTaskSeconds) {
    }

    private final ProcessEngine engine;
    private final Settings settings;

    BurstFigure(ProcessEngine engine, Settings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    /**
     * {@code terms} real rounds waiting for their 1 January 2026: {@code templates} started through the engine
     * for holders 320000..., the others copied from them ({@link CaseCloner}) for the following holders.
     */
    static void prepareRealTerms(ProcessEngine engine, Register register, DataSource dataSource, int terms, int templates)
            throws SQLException {
        int started = Math.min(terms, templates);
        startRealTerms(engine, register, started, 320000);
        new CaseCloner(dataSource).copy(QueryFigure.templates(engine, 320000, started, false), terms - started,
                n -> String.valueOf(320000 + started + n));
    }

    /** The baseline's rounds the same way: {@code templates} started, the others copied. */
    static void prepareBaselineTerms(ProcessEngine engine, DataSource dataSource, int terms, int templates) throws SQLException {
        int started = Math.min(terms, templates);
        startBaselineTerms(engine, started);
        List<CaseCloner.Template> baseline = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(BaselineRound.KEY).listPage(0, started).stream()
                .map(instance -> new CaseCloner.Template(instance.getId(), null)).toList();
        new CaseCloner(dataSource).copy(baseline, terms - started, n -> null);
    }

    /** Real {@code pilot-city-round}s for holders {@code firstCode...}, waiting for their 1 January 2026. */
    static void startRealTerms(ProcessEngine engine, Register register, int terms, int firstCode) {
        LifecycleDriver.at("2025-03-01T09:00");
        for (int i = 0; i < terms; i++) {
            // The plan was issued with the round, so only the year timers are waiting.
            RealRoundDriver.startRound(engine, register, String.valueOf(firstCode + i), false);
        }
    }

    /** The baseline's rounds, the same wait states, waiting for their 1 January 2026. */
    static void startBaselineTerms(ProcessEngine engine, int terms) {
        LifecycleDriver.at("2025-03-01T09:00");
        for (int i = 0; i < terms; i++) {
            BaselineDriver.startRound(engine, String.valueOf(i), false);
        }
    }

    /** Jumps the clock to 1 January 2026 and lets the job executor fire; returns when every report task exists. */
    Result fire(String reportProcessKey, int terms) throws InterruptedException {
        JobExecutor executor = configure();
        // The clock runs from the instant on (not frozen as in figure 1), so that jobs the full thread pool
        // rejected become free again when their lock expires, as in production.
        LifecycleDriver.runningFrom("2026-01-01T00:00");
        long started = System.nanoTime();
        executor.start();
        long first = -1;
        long count = 0;
        try {
            while (count < terms) {
                Thread.sleep(20);
                count = engine.getTaskService().createTaskQuery().processDefinitionKey(reportProcessKey)
                        .taskDefinitionKey(AnnualReportProcess.TASK_SUBMIT).count();
                if (count > 0 && first < 0) {
                    first = System.nanoTime();
                }
                if ((System.nanoTime() - started) / 1e9 > timeoutSeconds()) {
                    throw new IllegalStateException("Only " + count + " of " + terms + " report tasks after "
                            + timeoutSeconds() + " s (bench.burst.timeoutSeconds)\n" + jobReport());
                }
            }
        } finally {
            executor.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(terms, seconds, terms / seconds, (first - started) / 1e9);
    }

    /** The seconds {@link #fire} waits for the report tasks before it gives up with {@link #jobReport()}. */
    static int timeoutSeconds() {
        return Integer.getInteger("bench.burst.timeoutSeconds", 300);
    }

    /** What the jobs are doing: how many exist, are due, have failed, their due dates and first failures. */
    String jobReport() {
        ManagementService management = engine.getManagementService();
        StringBuilder text = new StringBuilder("  clock (engine) ").append(ClockUtil.getCurrentTime().toInstant())
                .append("\n  jobs ").append(management.createJobQuery().count())
                .append(", executable ").append(management.createJobQuery().executable().count())
                .append(", timers ").append(management.createJobQuery().timers().count())
                .append(", with an exception ").append(management.createJobQuery().withException().count())
                .append(", no retries left ").append(management.createJobQuery().noRetriesLeft().count());
        List<Job> earliest = management.createJobQuery().orderByJobDuedate().asc().listPage(0, 3);
        List<Job> latest = management.createJobQuery().orderByJobDuedate().desc().listPage(0, 1);
        earliest.forEach(job -> text.append("\n  earliest job ").append(describe(job)));
        latest.forEach(job -> text.append("\n  latest job ").append(describe(job)));
        for (Job job : management.createJobQuery().withException().listPage(0, 3)) {
            text.append("\n  failed job ").append(describe(job)).append(": ").append(job.getExceptionMessage());
            String trace = management.getJobExceptionStacktrace(job.getId());
            if (trace != null) {
                trace.lines().limit(12).forEach(line -> text.append("\n      ").append(line));
            }
        }
        text.append("\n  process instances ").append(engine.getRuntimeService().createProcessInstanceQuery().count())
                .append(", tasks ").append(engine.getTaskService().createTaskQuery().count());
        return text.toString();
    }

    private static String describe(Job job) {
        return job.getId() + " (" + job.getProcessDefinitionKey() + ", due " + (job.getDuedate() == null ? "none"
                : job.getDuedate().toInstant()) + ", retries " + job.getRetries() + ")";
    }

    private JobExecutor configure() {
        var configuration = BenchApp.configuration(engine);
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.setCorePoolSize(settings.corePool());
        executor.setMaxPoolSize(settings.maxPool());
        executor.setQueueSize(settings.queue());
        executor.setMaxJobsPerAcquisition(settings.perAcquisition());
        executor.setWaitTimeInMillis(settings.waitMillis());
        executor.setMaxWait(settings.maxWaitMillis());
        executor.setLockTimeInMillis(settings.lockMillis());
        executor.setAutoActivate(false);
        // The Spring Boot starter's handler: rejected jobs stay locked and the acquisition backs off.
        executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
        configuration.setJobExecutor(executor);
        executor.registerProcessEngine((org.camunda.bpm.engine.impl.ProcessEngineImpl) engine);
        return executor;
    }
}
