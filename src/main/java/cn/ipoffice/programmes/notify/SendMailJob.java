package cn.ipoffice.programmes.notify;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine job {@value #TYPE} that sends one mail of the {@link Outbox}, its id the job's configuration. It belongs to
 * no case, so that a case that ends in the same step (a title granted, an application approved) still has its mails
 * sent. A server that cannot be reached or refuses the mail fails the job: the engine retries it after the
 * failed-job retry cycle ({@code failed-job-retry-time-cycle}) and raises a {@code failedJob} incident after the last
 * retry. A mail sent is marked so, and a job run again for it sends nothing.
 */
public final class SendMailJob implements JobHandler<SendMailJob.MailId> {

    public static final String TYPE = "ipp-send-mail";

    record MailId(String id) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return id;
        }
    }

    private final Supplier<Outbox> outbox;
    private final Supplier<Mailer> mailer;

    /** The beans are looked up when a job runs: the engine is built before them. */
    SendMailJob(Supplier<Outbox> outbox, Supplier<Mailer> mailer) {
        this.outbox = outbox;
        this.mailer = mailer;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(MailId mail, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        outbox.get().unsent(mail.id()).ifPresent(unsent -> {
            mailer.get().send(unsent.address(), unsent.subject(), unsent.body());
            outbox.get().sent(unsent.id());
        });
    }

    @Override
    public MailId newConfiguration(String canonicalString) {
        return new MailId(canonicalString);
    }

    @Override
    public void onDelete(MailId configuration, JobEntity jobEntity) {
        // The mail's row stays, unsent: what was not sent remains readable.
    }
}
