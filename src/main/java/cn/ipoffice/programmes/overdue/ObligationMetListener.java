package cn.ipoffice.programmes.overdue;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${obligationMet}}: the end listener of every obligation subprocess (e.g.
 * {@code SubProcess_ReportObligation}, PM-12). Lifts the overdue flag of the obligation's rule; the
 * case stays flagged while another obligation is still overdue.
 */
@Component("obligationMet")
class ObligationMetListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        String rule = OverduePattern.OBLIGATION_RULE.optionalFrom(execution).orElse(null);
        DelegateExecution instance = execution.getProcessInstance();
        String before = OverduePattern.OVERDUE_RULES.optionalFrom(instance).orElse(null);
        String rules = OverduePattern.withoutRule(before, rule);
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
}
