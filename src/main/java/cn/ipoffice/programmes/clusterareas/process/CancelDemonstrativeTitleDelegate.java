package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess.Vars;
import cn.ipoffice.programmes.clusterareas.usecase.CancelDemonstrativeTitle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${cancelDemonstrativeTitle}} behind {@code Task_CancelDemonstrativeTitle} (CA-18): still unqualified after rectification. */
@Component("cancelDemonstrativeTitle")
class CancelDemonstrativeTitleDelegate implements JavaDelegate {

    private final CancelDemonstrativeTitle cancel;

    CancelDemonstrativeTitleDelegate(CancelDemonstrativeTitle cancel) {
        this.cancel = cancel;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cancel.cancel(CaseFacts.holderId(execution), Vars.REVIEW_OUTCOME_REASON.from(execution));
    }
}
