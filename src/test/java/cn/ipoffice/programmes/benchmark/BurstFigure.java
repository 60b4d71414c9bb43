package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.register.Register;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;


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
        LifecycleDriver.at("2026-01-01T00:00");
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
                if ((System.nanoTime() - started) / 1e9 > Integer.getInteger("bench.burst.timeoutSeconds", 3600)) {
                    throw new IllegalStateException("Only " + count + " of " + terms + " report tasks after the time-out");
                }
            }
        } finally {
            executor.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(terms, seconds, terms / seconds, (first - started) / 1e9);
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
        configuration.setJobExecutor(executor);
        executor.registerProcessEngine((org.camunda.bpm.engine.impl.ProcessEngineImpl) engine);
        return executor;
    }
}
