package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.usecase.WithdrawForNoReexamination;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${withdrawForNoReexamination}} behind {@code Task_WithdrawForNoReexamination} (PM-27, I-6). */
@Component("withdrawForNoReexamination")
class WithdrawForNoReexaminationDelegate implements JavaDelegate {

    private final WithdrawForNoReexamination withdraw;

    WithdrawForNoReexaminationDelegate(WithdrawForNoReexamination withdraw) {
        this.withdraw = withdraw;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdraw.withdraw(new Step(CaseFacts.holderId(execution), execution.getProcessInstanceId()),
                CaseVariables.TERM_END.from(execution));
    }
}
