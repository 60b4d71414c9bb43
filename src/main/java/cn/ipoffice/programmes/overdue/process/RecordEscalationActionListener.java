package cn.ipoffice.programmes.overdue.process;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.overdue.OverdueIncident;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.overdue.usecase.RecordEscalationAction;
import cn.ipoffice.programmes.register.NewEscalationAction;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordEscalationAction}}: the complete listener of every escalation task of the overdue pattern (e.g.
 * {@code Task_EscalateWorkPlan}, PM-8). After the form's own checks, the action goes into the register against the
 * missed deadline's incident, with the user who completed the task; the obligation keeps the follow-up day for its
 * timer ({@link OverduePattern#ESCALATION_BACK_ON}), and the form's values leave the case, so that the task comes back
 * with an empty form and two obligations of one case never read each other's.
 */
@Component("recordEscalationAction")
class RecordEscalationActionListener implements TaskListener {

    private final RecordEscalationAction record;

    RecordEscalationActionListener(RecordEscalationAction record) {
        this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
        ExecutionEntity obligation = ObligationScope.of((ExecutionEntity) task.getExecution());
        if (obligation == null) {
            throw new IllegalStateException("The escalation task " + task.getTaskDefinitionKey()
                    + " lies outside an obligation of the overdue pattern");
        }
        LocalDate followUpOn = OverduePattern.ESCALATION_FOLLOW_UP_ON.from(task);
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        record.record(new NewEscalationAction(incidentOf(obligation), task.getProcessInstanceId(), task.getId(),
                CaseVariables.HOLDER_ID.optionalFrom(task).orElse(null), OverduePattern.OBLIGATION_RULE.from(obligation),
                OverduePattern.ESCALATION_ACTION.from(task), OverduePattern.ESCALATION_REMARKS.filledFrom(task).orElse(null),
                followUpOn, user == null ? null : user.getUserId()));
        OverduePattern.ESCALATION_BACK_ON.setLocal(obligation, followUpOn);
        for (String field : List.of(OverduePattern.ESCALATION_ACTION.name(), OverduePattern.ESCALATION_REMARKS.name(),
                OverduePattern.ESCALATION_FOLLOW_UP_ON.name())) {
            task.removeVariable(field);
        }
    }

    /**
     * The missed deadline's incident, which {@code ${flagOverdue}} keeps on the obligation; for an obligation flagged
     * before it did, the case's open missed deadline of the same rule and deadline.
     */
    private static String incidentOf(ExecutionEntity obligation) {
        String kept = OverduePattern.OBLIGATION_INCIDENT.optionalFrom(obligation).orElse(null);
        if (kept != null) {
            return kept;
        }
        String configuration = new OverdueIncident(OverduePattern.OBLIGATION_RULE.from(obligation),
                OverduePattern.OBLIGATION_DEADLINE.from(obligation)).configuration();
        return obligation.getProcessEngineServices().getRuntimeService().createIncidentQuery()
                .processInstanceId(obligation.getProcessInstanceId()).incidentType(OverdueIncident.TYPE)
                .configuration(configuration).list().stream().filter(OverdueIncident::isMissedDeadline).map(Incident::getId)
                .findFirst().orElseThrow(() -> new IllegalStateException("No missed deadline " + configuration
                        + " is open in case " + obligation.getProcessInstanceId()));
    }
}
