package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.usecase.WithdrawForMissingPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${withdrawForMissingPlan}} behind {@code Task_WithdrawForNoPlan} (PM-17, I-6): no plan within 6 months of
 * expiry withdraws the city from the pilot list with a 3-year ban from the next day.
 */
@Component("withdrawForMissingPlan")
class WithdrawForMissingPlanDelegate implements JavaDelegate {

    private final WithdrawForMissingPlan withdrawal;

    WithdrawForMissingPlanDelegate(WithdrawForMissingPlan withdrawal) {
        this.withdrawal = withdrawal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdrawal.withdraw(CaseFacts.step(execution), CaseVariables.TERM_END.from(execution));
    }
}
