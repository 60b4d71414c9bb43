package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

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
        Term term = DeadlineCalendar.term(LocalDate.of(2025, 3, 1), 3);
        for (int i = 0; i < terms; i++) {
            String code = String.valueOf(firstCode + i);
            register.enterHolder(code, "City " + code, HolderKind.PREFECTURE_LEVEL_CITY);
            register.grant(code, Title.PILOT_CITY, term, 1, "PM-7", "benchmark:" + code, null);
            Map<String, Object> variables = new HashMap<>();
            variables.put(CaseVariables.HOLDER_ID, code);
            variables.put(CaseVariables.HOLDER_NAME, "City " + code);
            variables.put(CaseVariables.SUPERVISOR_GROUP, "province-" + code.substring(0, 2));
            variables.put(CaseVariables.PROVINCE_GROUP, "province-" + code.substring(0, 2));
            variables.put(CaseVariables.ROUND, 1);
            variables.put(CaseVariables.TERM_START, term.start().toString());
            variables.put(CaseVariables.TERM_END, term.lastDay().toString());
            // The plan was issued with the round, so only the year timers are waiting.
            variables.put(CaseVariables.WORK_PLAN_OWED, false);
            engine.getRuntimeService().startProcessInstanceByKey(PilotCityRoundProcess.KEY, code, variables);
        }
    }

    /** The baseline's rounds, the same wait states, waiting for their 1 January 2026. */
    static void startBaselineTerms(ProcessEngine engine, int terms) {
        LifecycleDriver.at("2025-03-01T09:00");
        Term term = DeadlineCalendar.term(LocalDate.of(2025, 3, 1), 3);
        for (int i = 0; i < terms; i++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(CaseVariables.HOLDER_NAME, "City " + i);
            variables.put(CaseVariables.ROUND, 1);
            variables.put(CaseVariables.TERM_START, term.start().toString());
            variables.put(CaseVariables.TERM_END, term.lastDay().toString());
            variables.put(CaseVariables.WORK_PLAN_OWED, false);
            engine.getRuntimeService().startProcessInstanceByKey(BaselineRound.KEY, variables);
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
