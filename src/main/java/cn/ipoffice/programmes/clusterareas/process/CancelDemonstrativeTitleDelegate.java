package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess.Vars;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${cancelDemonstrativeTitle}} behind {@code Task_CancelDemonstrativeTitle} (CA-18): still unqualified after rectification. */
@Component("cancelDemonstrativeTitle")
class CancelDemonstrativeTitleDelegate implements JavaDelegate {

    private final Register register;

    CancelDemonstrativeTitleDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.closeActive(CaseFacts.holderId(execution), Title.DEMONSTRATIVE_AREA, DesignationStatus.CANCELLED, "CA-18",
                CaseFacts.text(execution, Vars.REVIEW_OUTCOME_REASON));
    }
}
