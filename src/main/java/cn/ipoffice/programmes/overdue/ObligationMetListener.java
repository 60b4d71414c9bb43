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
        String rules = OverduePattern.withoutRule((String) instance.getVariable(OverduePattern.OVERDUE_RULES), rule);
        instance.setVariable(OverduePattern.OVERDUE_RULES, rules);
        instance.setVariable(OverduePattern.OVERDUE, !rules.isEmpty());
        if (rules.isEmpty()) {
            instance.removeVariable(OverduePattern.OVERDUE_SINCE);
        }
    }
}
