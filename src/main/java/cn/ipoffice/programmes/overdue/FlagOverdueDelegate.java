package cn.ipoffice.programmes.overdue;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${flagOverdue}}: the service task behind every deadline's boundary timer (e.g.
 * {@code Task_FlagReportOverdue}, PM-12). Flags the case overdue for the obligation's rule; the
 * owner's task stays open.
 */
@Component("flagOverdue")
class FlagOverdueDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String rule = (String) execution.getVariable(OverduePattern.OBLIGATION_RULE);
        Date deadline = (Date) execution.getVariable(OverduePattern.OBLIGATION_DEADLINE);
        DelegateExecution instance = execution.getProcessInstance();
        String rules = OverduePattern.withRule((String) instance.getVariable(OverduePattern.OVERDUE_RULES), rule);
        instance.setVariable(OverduePattern.OVERDUE, true);
        instance.setVariable(OverduePattern.OVERDUE_RULES, rules);
        Date since = (Date) instance.getVariable(OverduePattern.OVERDUE_SINCE);
        if (since == null || deadline.before(since)) {
            instance.setVariable(OverduePattern.OVERDUE_SINCE, deadline);
        }
    }
}
