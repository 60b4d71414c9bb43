package cn.ipoffice.programmes.notify;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.DeadlineWords;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The engine timer {@value #TYPE}, due at 07:00 China Standard Time: it gives each digest user one mail listing the
 * items written for the user since the last digest, queued as any mail ({@link SendMailJob}), and schedules itself for
 * the next 07:00. One timer runs; {@link #ensureScheduled} creates it at start-up where none is, and of two (two nodes
 * that started at once) the one that runs second finds the next 07:00 scheduled and schedules nothing. Items are taken
 * by a conditional update, so no item is listed twice.
 */
final class DailyDigestJob implements JobHandler<DailyDigestJob.NoConfiguration> {

    static final String TYPE = "ipp-mail-digest";

    record NoConfiguration() implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return null;
        }
    }

    private final Supplier<Outbox> outboxBean;

    /** The outbox is looked up when the timer runs: the engine is built before it. */
    DailyDigestJob(Supplier<Outbox> outbox) {
        this.outboxBean = outbox;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(NoConfiguration configuration, ExecutionEntity execution, CommandContext commandContext,
            String tenantId) {
        Outbox outbox = outboxBean.get();
        Instant now = ClockUtil.now().toInstant();
        Map<String, List<Outbox.DigestItem>> byUser = outbox.waitingItems(now).stream()
                .collect(Collectors.groupingBy(Outbox.DigestItem::userId, LinkedHashMap::new, Collectors.toList()));
        byUser.forEach((userId, items) -> outbox.address(userId).ifPresentOrElse(
                address -> send(outbox, userId, address, items, now), () -> outbox.drop(items)));
        // The next 07:00 has its timer already where a second timer ran first (two nodes that started at once).
        List<Job> timers = commandContext.getJobManager().findJobsByHandlerType(TYPE);
        if (timers.stream().noneMatch(timer -> timer.getDuedate() != null && timer.getDuedate().toInstant().isAfter(now))) {
            schedule(commandContext, DigestTime.nextAfter(now));
        }
    }

    private static void send(Outbox outbox, String userId, String address, List<Outbox.DigestItem> items, Instant now) {
        String day = DeadlineWords.day(DeadlineCalendar.dayOf(now));
        StringBuilder body = new StringBuilder(1024).append("Your notifications since the last digest, ").append(day)
                .append(" 07:00 CST (").append(items.size()).append(items.size() == 1 ? " item" : " items").append("):\n\n");
        for (int i = 0; i < items.size(); i++) {
            body.append(i + 1).append(". ").append(items.get(i).item()).append("\n\n");
        }
        body.append("-- \nYou receive this digest as you chose: ").append(outbox.settingsLink()).append('\n');
        String subject = "[IP programmes] Daily digest of " + day + ": " + items.size()
                + (items.size() == 1 ? " item" : " items");
        String messageId = outbox.queue(userId, address, subject, body.toString());
        outbox.collect(items, messageId);
    }

    /** Creates the digest timer where none exists (at start-up, when mail is on). */
    static void ensureScheduled(CommandContext commandContext) {
        if (commandContext.getJobManager().findJobsByHandlerType(TYPE).isEmpty()) {
            schedule(commandContext, DigestTime.nextAfter(ClockUtil.now().toInstant()));
        }
    }

    private static void schedule(CommandContext commandContext, Instant due) {
        TimerEntity timer = new TimerEntity();
        timer.setJobHandlerType(TYPE);
        timer.setDuedate(Date.from(due));
        commandContext.getJobManager().schedule(timer);
    }

    @Override
    public NoConfiguration newConfiguration(String canonicalString) {
        return new NoConfiguration();
    }

    @Override
    public void onDelete(NoConfiguration configuration, JobEntity jobEntity) {
        // Nothing of its own to remove.
    }
}
