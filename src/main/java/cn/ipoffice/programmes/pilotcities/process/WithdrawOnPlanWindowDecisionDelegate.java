package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.WithdrawForMissingPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${withdrawOnPlanWindowDecision}} behind {@code Task_WithdrawOnSipoDecision} (PM-17, I-9, I-6): SIPO decided to
 * withdraw a city whose plan window closed after a late provincial step; the 3-year ban runs from its decision.
 */
@Component("withdrawOnPlanWindowDecision")
class WithdrawOnPlanWindowDecisionDelegate implements JavaDelegate {

    private final WithdrawForMissingPlan withdrawal;

    WithdrawOnPlanWindowDecisionDelegate(WithdrawForMissingPlan withdrawal) {
        this.withdrawal = withdrawal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdrawal.withdrawOnDecision(CaseFacts.step(execution), Vars.PLAN_WINDOW_DECIDED_ON.from(execution),
                Vars.PLAN_WINDOW_ENDED_ON.from(execution));
    }
}
