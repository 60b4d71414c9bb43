package cn.ipoffice.programmes.register;

import java.time.LocalDate;

/**
 * An escalation action as its task's completion gives it: the missed deadline's incident, the case, the completed
 * task, the holder the obligation is about, the rule, what was done, the remarks (or none), the follow-up day and the
 * user who completed the task (none where the engine's own code completed it).
 */
public record NewEscalationAction(String incidentId, String caseId, String taskId, String holderId, String ruleId,
        EscalationStep action, String remarks, LocalDate followUpOn, String recordedBy) {
}
