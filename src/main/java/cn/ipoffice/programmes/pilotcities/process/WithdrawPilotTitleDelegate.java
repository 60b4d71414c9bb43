package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.WithdrawPilotTitle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${withdrawPilotTitle}} behind {@code Task_WithdrawPilotTitle} (PM-14): a score below 60 withdraws the
 * pilot title and bans applying for it for 2 years from the day the acceptance ended (I-6).
 */
@Component("withdrawPilotTitle")
class WithdrawPilotTitleDelegate implements JavaDelegate {

    private final WithdrawPilotTitle withdrawal;

    WithdrawPilotTitleDelegate(WithdrawPilotTitle withdrawal) {
        this.withdrawal = withdrawal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdrawal.withdraw(CaseFacts.step(execution), Vars.ACCEPTANCE_BAND_REASON.from(execution),
                Vars.ACCEPTANCE_ENDED_ON.from(execution));
    }
}
