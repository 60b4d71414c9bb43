package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess.Vars;
import cn.ipoffice.programmes.modelcities.usecase.WithdrawModelTitle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${withdrawModelTitle}} behind {@code Task_WithdrawModelTitle} (PM-29, I-6), on the reexamination's day. */
@Component("withdrawModelTitle")
class WithdrawModelTitleDelegate implements JavaDelegate {

    private final WithdrawModelTitle withdraw;

    WithdrawModelTitleDelegate(WithdrawModelTitle withdraw) {
        this.withdraw = withdraw;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdraw.withdraw(new Step(CaseFacts.holderId(execution), execution.getProcessInstanceId()),
                Vars.REEXAMINED_ON.from(execution));
    }
}
