package cn.ipoffice.programmes.overdue.process;

import cn.ipoffice.programmes.overdue.OverduePattern;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/** The execution of an obligation's subprocess, which holds the obligation's own variables. */
final class ObligationScope {

    private ObligationScope() {
    }

    /** The nearest execution, from this one up, that holds the obligation's rule as its own; none outside an obligation. */
    static ExecutionEntity of(ExecutionEntity execution) {
        for (ExecutionEntity scope = execution; scope != null; scope = scope.getParent()) {
            if (scope.hasVariableLocal(OverduePattern.OBLIGATION_RULE.name())) {
                return scope;
            }
        }
        return null;
    }
}
