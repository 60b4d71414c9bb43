package cn.ipoffice.programmes.notify;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.deadlines.DeadlineWords;
import cn.ipoffice.programmes.overdue.OverduePattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A mail when work arrives: each user task of every diagram, as it is created, notifies the users of its candidate
 * groups, its candidate users and its assignee who have an e-mail address ({@link Outbox}). What it says depends on the
 * task: an escalation of the overdue pattern (form {@value #ESCALATION_FORM}) tells the supervising group that a case is
 * escalated to it, a revision or a filing sent back ({@link SentBack}) that an application came back, any other that a
 * task arrived. The listener is put on every user task by a parse listener ({@link MailJobs}), so the diagrams carry
 * nothing of it. Writing the mail never fails the step: what goes wrong is logged.
 */
@Component
class TaskNotices {

    /** The form of every escalation task of the overdue pattern ({@link OverduePattern}). */
    static final String ESCALATION_FORM = "overdue-escalation";
    private static final Pattern RULE_ID = Pattern.compile("\\b(?:PM|CA|I)-\\d+\\b");
    private static final Logger LOG = LoggerFactory.getLogger(TaskNotices.class);

    /** What the diagram says of one user task. */
    record UserTask(String processKey, String taskId, String formRef, String documentation) {
    }

    private final Outbox outbox;
    private final Mailer mailer;
    private final MailSettings settings;

    TaskNotices(Outbox outbox, Mailer mailer, MailSettings settings) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.settings = settings;
    }

    /** The create listener of one user task of a diagram. */
    TaskListener listenerFor(UserTask userTask) {
        return task -> created(userTask, task);
    }

    void created(UserTask userTask, DelegateTask task) {
        if (!mailer.enabled()) {
            return;
        }
        try {
            Set<String> groups = new LinkedHashSet<>();
            Set<String> users = new LinkedHashSet<>();
            for (IdentityLink candidate : task.getCandidates()) {
                if (candidate.getGroupId() != null) {
                    groups.add(candidate.getGroupId());
                } else if (candidate.getUserId() != null) {
                    users.add(candidate.getUserId());
                }
            }
            if (task.getAssignee() != null) {
                users.add(task.getAssignee());
            }
            if (!groups.isEmpty() || !users.isEmpty()) {
                outbox.write(notice(userTask, task), groups, users);
            }
        } catch (RuntimeException e) {
            LOG.error("No mail for the task {} ({}) of case {}: {}", task.getId(), task.getName(),
                    task.getProcessInstanceId(), e.toString(), e);
        }
    }

    private Notice notice(UserTask userTask, DelegateTask task) {
        NoticeKind kind = NoticeKind.WORK_ARRIVED;
        List<String> details = new ArrayList<>();
        if (ESCALATION_FORM.equals(userTask.formRef())) {
            kind = NoticeKind.ESCALATED;
            details.add("The obligation's owner still has its task open; the case is flagged overdue.");
        } else if (SentBack.isRevision(userTask.processKey(), userTask.taskId())) {
            kind = NoticeKind.SENT_BACK;
        } else if (SentBack.isFiling(userTask.processKey(), userTask.taskId())) {
            String missing = SentBack.missingMaterials(userTask.processKey(), task).orElse(null);
            if (missing != null) {
                kind = NoticeKind.SENT_BACK;
                details.add("Missing materials: " + missing);
            }
        }
        return new Notice(kind, CaseVariables.HOLDER_ID.optionalFrom(task).orElse(null),
                CaseVariables.HOLDER_NAME.optionalFrom(task).orElse(null), task.getName(), ruleOf(userTask, task),
                task.getDueDate() == null ? "" : DeadlineWords.deadline(task.getDueDate().toInstant()),
                settings.base() + "/camunda/app/tasklist/default/#/?task=" + task.getId(), details);
    }

    /** The rule ids the task's name cites ("... (PM-15, PM-16)"), else its obligation's rule, else its documentation's. */
    private static String ruleOf(UserTask userTask, DelegateTask task) {
        String named = ruleIds(task.getName());
        if (!named.isEmpty()) {
            return named;
        }
        return OverduePattern.OBLIGATION_RULE.optionalFrom(task).orElseGet(() -> ruleIds(userTask.documentation()));
    }

    static String ruleIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = RULE_ID.matcher(text);
            while (matcher.find()) {
                ids.add(matcher.group());
            }
        }
        return String.join(", ", ids);
    }
}
