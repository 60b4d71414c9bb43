package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.rules.PilotAcceptanceBand;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${withdrawPilotTitle}} behind {@code Task_WithdrawPilotTitle} (PM-14): a score below 60
 * withdraws the pilot title and bans applying for it for 2 years from the day the acceptance ended (I-6).
 */
@Component("withdrawPilotTitle")
class WithdrawPilotTitleDelegate implements JavaDelegate {

    private final Register register;

    WithdrawPilotTitleDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String holderId = CaseFacts.holderId(execution);
        String reason = CaseFacts.text(execution, Vars.ACCEPTANCE_BAND_REASON);
        register.closeActive(holderId, Title.PILOT_CITY, DesignationStatus.WITHDRAWN, PilotAcceptanceBand.RULE, reason);
        register.imposeBan(holderId, Title.PILOT_CITY, CaseFacts.day(execution, Vars.ACCEPTANCE_ENDED_ON),
                PilotAcceptanceBand.BAN_YEARS, PilotAcceptanceBand.RULE, reason,
                CaseFacts.stepKey("PM-14", execution, execution.getProcessInstanceId()));
    }
}
