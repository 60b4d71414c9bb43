package cn.ipoffice.programmes.overdue;

import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * {@code ${obligationMet}}: the end listener of every obligation subprocess (e.g.
 * {@code SubProcess_ReportObligation}, PM-12). Lifts the overdue flag of the obligation's rule; the
 * case stays flagged while another obligation is still overdue, of another rule or of the same one (a province's
 * round owes one assessment per city: the round stays overdue until the last late city is assessed).
 */
@Component("obligationMet")
class ObligationMetListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        String rule = OverduePattern.OBLIGATION_RULE.optionalFrom(execution).orElse(null);
        DelegateExecution instance = execution.getProcessInstance();
        String before = OverduePattern.OVERDUE_RULES.optionalFrom(instance).orElse(null);
        String rules = OverduePattern.withoutRule(before, rule);
        // Only a case overdue for the rule asks whether another obligation of it is still late: an obligation met in
        // time, the usual end, reads nothing more.
        if (before != null && !rules.equals(before) && anotherStillOverdue(execution, rule)) {
            rules = before;
        }
        // An obligation met in time changes nothing: no variable is written again with the value it has.
        if (!rules.equals(before)) {
            OverduePattern.OVERDUE_RULES.set(instance, rules);
        }
        if (!OverduePattern.OVERDUE.optionalFrom(instance).equals(Optional.of(!rules.isEmpty()))) {
            OverduePattern.OVERDUE.set(instance, !rules.isEmpty());
        }
        if (rules.isEmpty() && instance.hasVariable(OverduePattern.OVERDUE_SINCE.name())) {
            instance.removeVariable(OverduePattern.OVERDUE_SINCE.name());
        }
    }

    /** Whether another obligation of the same rule in the case is still overdue (its deadline passed, not yet met). */
    private static boolean anotherStillOverdue(DelegateExecution obligation, String rule) {
        RuntimeService runtime = obligation.getProcessEngineServices().getRuntimeService();
        for (VariableInstance overdue : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(obligation.getProcessInstanceId())
                .variableName(OverduePattern.OBLIGATION_OVERDUE.name()).list()) {
            if (!overdue.getExecutionId().equals(obligation.getId()) && Boolean.TRUE.equals(overdue.getValue())
                    && Objects.equals(rule, runtime.getVariableLocal(overdue.getExecutionId(),
                    OverduePattern.OBLIGATION_RULE.name()))) {
                return true;
            }
        }
        return false;
    }
}
