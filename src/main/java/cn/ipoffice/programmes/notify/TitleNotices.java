package cn.ipoffice.programmes.notify;

import cn.ipoffice.programmes.deadlines.DeadlineWords;
import cn.ipoffice.programmes.engine.EngineHooks;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.TitleDecision;
import cn.ipoffice.programmes.register.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A mail when a case takes a title decision (the register grants a title, withdraws, cancels or ends one, or imposes a
 * ban): to the holder's government group and its provincial office. The decisions of one engine command about one
 * holder go out as one mail (a withdrawal and its ban, a renewal), written when the command closes, in its transaction
 * ({@link Decisions}, a session per command). A title closed as completed only makes room for the next stage's title,
 * which is the decision mailed. Register writes outside a case (the demo's history) are not mailed.
 */
@Component
class TitleNotices {

    private static final Logger LOG = LoggerFactory.getLogger(TitleNotices.class);

    private final Outbox outbox;
    private final Mailer mailer;
    private final Register register;
    private final MailSettings settings;

    TitleNotices(Outbox outbox, Mailer mailer, Register register, MailSettings settings) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.register = register;
        this.settings = settings;
    }

    /** The title decisions of one engine command, by holder, with the step that took them. */
    static final class Decisions implements Session {

        private final Map<String, List<TitleDecision>> byHolder = new LinkedHashMap<>();
        private final Map<String, String> steps = new LinkedHashMap<>();

        @Override
        public void flush() {
            // Written by the command context's close listener, before the engine flushes.
        }

        @Override
        public void close() {
            byHolder.clear();
            steps.clear();
        }
    }

    @EventListener
    void decided(TitleDecision decision) {
        CommandContext command = Context.getCommandContext();
        if (command == null || !mailer.enabled()
                || decision.kind() == TitleDecision.Kind.CLOSED && decision.status() == DesignationStatus.COMPLETED) {
            return;
        }
        Decisions decisions = EngineHooks.sessionOfThisCommand(Decisions.class);
        if (decisions.byHolder.isEmpty()) {
            command.registerCommandContextListener(new CommandContextListener() {
                @Override
                public void onCommandContextClose(CommandContext commandContext) {
                    write(decisions);
                }

                @Override
                public void onCommandFailed(CommandContext commandContext, Throwable t) {
                    decisions.close();
                }
            });
        }
        decisions.byHolder.computeIfAbsent(decision.holderId(), holder -> new ArrayList<>()).add(decision);
        decisions.steps.putIfAbsent(decision.holderId(), currentStep());
    }

    private void write(Decisions decisions) {
        decisions.byHolder.forEach((holderId, taken) -> {
            try {
                outbox.write(notice(holderId, decisions.steps.get(holderId), taken),
                        List.of(Viewer.governmentGroupOf(holderId), Viewer.provinceGroupOf(holderId)), List.of());
            } catch (RuntimeException e) {
                LOG.error("No mail for the title decision on {}: {}", holderId, e.toString(), e);
            }
        });
        decisions.close();
    }

    private Notice notice(String holderId, String step, List<TitleDecision> taken) {
        Set<String> rules = new LinkedHashSet<>();
        List<String> details = new ArrayList<>();
        String lastDay = "";
        for (TitleDecision decision : taken) {
            rules.add(decision.ruleId());
            details.add(line(decision));
            if (lastDay.isEmpty() && decision.kind() != TitleDecision.Kind.CLOSED && decision.lastDay() != null) {
                lastDay = DeadlineWords.endOf(decision.lastDay());
            }
        }
        String name = register.holder(holderId).map(Holder::getName).orElse(null);
        return new Notice(NoticeKind.TITLE_DECIDED, holderId, name, step == null ? "Title decision" : step,
                String.join(", ", rules), lastDay, settings.base() + "/offices/holders/" + holderId, details);
    }

    static String line(TitleDecision decision) {
        String title = words(decision.title());
        return switch (decision.kind()) {
            case GRANTED -> "Granted: " + title + (decision.lastDay() == null
                    ? " from " + DeadlineWords.day(decision.firstDay())
                    : ", term " + DeadlineWords.day(decision.firstDay()) + " to " + DeadlineWords.endOf(decision.lastDay()))
                    + " (" + decision.ruleId() + ")";
            case CLOSED -> "Title " + title + " " + words(decision.status()) + " (" + decision.ruleId() + ")"
                    + (decision.reason() == null || decision.reason().isBlank() ? "" : ": " + decision.reason());
            case BANNED -> "Banned from applying as " + title + " from " + DeadlineWords.day(decision.firstDay()) + " to "
                    + DeadlineWords.endOf(decision.lastDay()) + " (" + decision.ruleId() + ")";
        };
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The name of the activity the case is in when it takes the decision, e.g. "Record the pilot title (PM-7)". */
    private static String currentStep() {
        BpmnExecutionContext execution = Context.getBpmnExecutionContext();
        if (execution == null || execution.getExecution() == null) {
            return null;
        }
        return execution.getExecution().getCurrentActivityName();
    }
}
