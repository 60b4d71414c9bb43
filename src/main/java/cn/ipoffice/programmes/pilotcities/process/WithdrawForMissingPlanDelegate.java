package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.rules.PilotWithdrawal;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${withdrawForMissingPlan}} behind {@code Task_WithdrawForNoPlan} (PM-17, I-6): no plan within
 * 6 months of expiry withdraws the city from the pilot list with a 3-year ban from the next day.
 */
@Component("withdrawForMissingPlan")
class WithdrawForMissingPlanDelegate implements JavaDelegate {

    private final Register register;

    WithdrawForMissingPlanDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String holderId = CaseFacts.holderId(execution);
        LocalDate termEnd = CaseFacts.day(execution, CaseVariables.TERM_END);
        String reason = PilotWithdrawal.reason(termEnd);
        register.closeActive(holderId, Title.PILOT_CITY, DesignationStatus.WITHDRAWN, PilotWithdrawal.RULE, reason);
        register.imposeBan(holderId, Title.PILOT_CITY, PilotWithdrawal.banStarts(termEnd), PilotWithdrawal.BAN_YEARS,
                PilotWithdrawal.RULE, reason, CaseFacts.stepKey("PM-17", execution, execution.getProcessInstanceId()));
    }
}
