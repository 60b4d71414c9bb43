package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.clusterareas.usecase.Step;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The step a delegate runs, as the use cases that write the register know it: the case's area and its id. */
final class AreaSteps {

    private AreaSteps() {
    }

    static Step of(DelegateExecution execution) {
        return new Step(CaseFacts.holderId(execution), execution.getProcessInstanceId());
    }
}
