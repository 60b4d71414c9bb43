package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.usecase.Step;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The step a delegate takes, as its use case knows it: the case's holder and the case. */
final class Steps {

    private Steps() {
    }

    static Step of(DelegateExecution execution) {
        return new Step(CaseFacts.holderId(execution), execution.getProcessInstanceId());
    }
}
