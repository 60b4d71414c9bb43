package cn.ipoffice.programmes.overdue;

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
        String rule = (String) execution.getVariable(OverduePattern.OBLIGATION_RULE);
        DelegateExecution instance = execution.getProcessInstance();
        String before = (String) instance.getVariable(OverduePattern.OVERDUE_RULES);
        String rules = OverduePattern.withoutRule(before, rule);
        // An obligation met in time changes nothing: no variable is written again with the value it has.
        if (!rules.equals(before)) {
            instance.setVariable(OverduePattern.OVERDUE_RULES, rules);
        }
        if (!Boolean.valueOf(!rules.isEmpty()).equals(instance.getVariable(OverduePattern.OVERDUE))) {
            instance.setVariable(OverduePattern.OVERDUE, !rules.isEmpty());
        }
        if (rules.isEmpty() && instance.hasVariable(OverduePattern.OVERDUE_SINCE)) {
            instance.removeVariable(OverduePattern.OVERDUE_SINCE);
        }
    }
}
