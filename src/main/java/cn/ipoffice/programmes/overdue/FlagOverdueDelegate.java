package cn.ipoffice.programmes.overdue;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * {@code ${flagOverdue}}: the service task behind every deadline's boundary timer (e.g.
 * {@code Task_FlagReportOverdue}, PM-12). Flags the case overdue for the obligation's rule and raises
 * an {@link OverdueIncident} on the activity the timer is attached to, where the owner's task stays open.
 */
@Component("flagOverdue")
class FlagOverdueDelegate implements JavaDelegate {

    private final Clock clock;

    FlagOverdueDelegate(Clock clock) {
        this.clock = clock;
    }

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
        OverdueIncident incident = new OverdueIncident(rule, deadline.toInstant());
        waitingExecution((ExecutionEntity) execution).createIncident(OverdueIncident.TYPE, incident.configuration(),
                incident.message(clock.instant()));
    }

    /**
     * The execution of the activity the timer is attached to, found from the nearest enclosing scope
     * (a multi-instance year has one per year); the enclosing scope itself when the diagram has none.
     */
    static ExecutionEntity waitingExecution(ExecutionEntity flag) {
        String waiting = attachedActivity(flag.getBpmnModelElementInstance());
        for (ExecutionEntity scope = flag.getParent(); scope != null; scope = scope.getParent()) {
            ExecutionEntity found = waiting == null ? null : find(scope, waiting);
            if (found != null) {
                return found;
            }
        }
        return flag.getParent() != null ? flag.getParent() : flag;
    }

    private static String attachedActivity(FlowElement element) {
        if (element instanceof FlowNode node) {
            for (SequenceFlow incoming : node.getIncoming()) {
                if (incoming.getSource() instanceof BoundaryEvent timer && timer.getAttachedTo() != null) {
                    return timer.getAttachedTo().getId();
                }
            }
        }
        return null;
    }

    /** The innermost execution at the activity, below (or at) the scope. */
    private static ExecutionEntity find(ExecutionEntity scope, String activityId) {
        for (ExecutionEntity child : scope.getExecutions()) {
            ExecutionEntity found = find(child, activityId);
            if (found != null) {
                return found;
            }
        }
        return activityId.equals(scope.getActivityId()) ? scope : null;
    }
}
