package cn.ipoffice.programmes.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.springframework.stereotype.Component;

/**
 * A run of a job the engine refuses to its caller leaves the job as it was. Whoever reads a case may ask the engine to
 * run one of its jobs now ({@code POST /engine-rest/job/{id}/execute}); the engine refuses a user without UPDATE on the
 * case (403), but it takes the job in hand before it checks, and counts the refusal as a failure of the job: one retry
 * fewer and the job moved to the retry cycle's next attempt (application.yaml: in 5 minutes). Three such requests would
 * leave a legal deadline's timer, or an escalation's follow-up, without retries, never to fire. Here the refusal is no
 * failure of the job: its due date and retries stay. A job that fails as the job executor runs it is handled as before.
 */
@Component
class RefusedJobRuns extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        FailedJobCommandFactory configured = configuration.getFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory(new KeepRefusedJobs(
                configured == null ? new DefaultFailedJobCommandFactory() : configured));
    }

    static final class KeepRefusedJobs implements FailedJobCommandFactory {

        private final FailedJobCommandFactory failures;

        KeepRefusedJobs(FailedJobCommandFactory failures) {
            this.failures = failures;
        }

        @Override
        public Command<Object> getCommand(String jobId, Throwable exception) {
            if (refusedToItsCaller(exception)) {
                return context -> null;
            }
            return failures.getCommand(jobId, exception);
        }

        /** A refusal of the caller's authorization, outside the job executor (which runs jobs for no user). */
        private static boolean refusedToItsCaller(Throwable exception) {
            if (Context.getJobExecutorContext() != null) {
                return false;
            }
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof AuthorizationException) {
                    return true;
                }
            }
            return false;
        }
    }
}
