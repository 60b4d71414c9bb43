package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.usecase.RenewModelTitle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${renewModelTitle}} behind {@code Task_RenewModelTitle} (PM-29). */
@Component("renewModelTitle")
class RenewModelTitleDelegate implements JavaDelegate {

    private final RenewModelTitle renew;

    RenewModelTitleDelegate(RenewModelTitle renew) {
        this.renew = renew;
    }

    @Override
    public void execute(DelegateExecution execution) {
        renew.renew(new Step(CaseFacts.holderId(execution), execution.getProcessInstanceId()),
                CaseVariables.ROUND.from(execution), CaseVariables.TERM_END.from(execution));
    }
}
