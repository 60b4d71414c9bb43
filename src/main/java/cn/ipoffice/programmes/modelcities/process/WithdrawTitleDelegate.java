package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.forms.FormRefusal;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess.Vars;
import cn.ipoffice.programmes.modelcities.usecase.WithdrawTitle;
import cn.ipoffice.programmes.modelcities.usecase.WithdrawalFinding;
import cn.ipoffice.programmes.rules.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${withdrawTitle}} behind {@code Task_WithdrawTitle} (PM-31, PM-32, I-4), on the confirmed finding. A finding
 * that acts on nothing is refused in SIPO's own transaction: the case does not start, nothing changes.
 */
@Component("withdrawTitle")
class WithdrawTitleDelegate implements JavaDelegate {

    private final WithdrawTitle withdraw;

    WithdrawTitleDelegate(WithdrawTitle withdraw) {
        this.withdraw = withdraw;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decision decision = withdraw.withdraw(new WithdrawalFinding(Vars.HOLDER_ID.from(execution),
                Vars.TITLE.from(execution), Vars.GROUND.from(execution), Vars.VERIFIED_ON.from(execution),
                Vars.FINDING.from(execution)), execution.getProcessInstanceId(), CaseFacts.today());
        if (!decision.allowed()) {
            throw FormRefusal.of(decision.reasons());
        }
    }
}
