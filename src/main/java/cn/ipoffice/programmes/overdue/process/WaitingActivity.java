package cn.ipoffice.programmes.overdue.process;

import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/** Where a missed deadline's incident goes: the activity that still waits for the obligation. */
final class WaitingActivity {

    private WaitingActivity() {
    }

    /**
     * The execution of the activity the timer is attached to, found from the nearest enclosing scope
     * (a multi-instance year has one per year); the enclosing scope itself when the diagram has none.
     */
    static ExecutionEntity of(ExecutionEntity flag) {
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
