package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.usecase.LeaveFostering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${leaveFostering}} behind {@code Task_LeaveFostering} (I-3): the city leaves the stage, without a ban. */
@Component("leaveFostering")
class LeaveFosteringDelegate implements JavaDelegate {

    private final LeaveFostering leaving;

    LeaveFosteringDelegate(LeaveFostering leaving) {
        this.leaving = leaving;
    }

    @Override
    public void execute(DelegateExecution execution) {
        leaving.leave(CaseFacts.holderId(execution), CaseVariables.TERM_END.from(execution));
    }
}
