package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.rules.FosteringRenewal;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${leaveFostering}} behind {@code Task_LeaveFostering} (I-3): the city leaves the stage, without a ban. */
@Component("leaveFostering")
class LeaveFosteringDelegate implements JavaDelegate {

    private final Register register;

    LeaveFosteringDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.closeActive(CaseFacts.holderId(execution), Title.DEMONSTRATION_FOSTERING, DesignationStatus.ENDED, "I-3",
                FosteringRenewal.leavingReason(CaseFacts.day(execution, CaseVariables.TERM_END)));
    }
}
