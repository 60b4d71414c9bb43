package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.rules.PlanWindow;
import cn.ipoffice.programmes.pilotcities.rules.PlanWindowDecision;
import cn.ipoffice.programmes.pilotcities.usecase.WithdrawForMissingPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${withdrawForMissingPlan}} behind {@code Task_WithdrawForNoPlan} (PM-17, I-6): no plan within 6 months of
 * expiry withdraws the city from the pilot list with a 3-year ban from the next day; and behind
 * {@code Task_WithdrawAfterFreshWindow} (PM-17, I-9), where the window that closed is the fresh one SIPO gave, counted
 * from its decision.
 */
@Component("withdrawForMissingPlan")
class WithdrawForMissingPlanDelegate implements JavaDelegate {

    private final WithdrawForMissingPlan withdrawal;

    WithdrawForMissingPlanDelegate(WithdrawForMissingPlan withdrawal) {
        this.withdrawal = withdrawal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean freshWindow = Vars.PLAN_WINDOW_DECISION.optionalFrom(execution)
                .filter(PlanWindowDecision.FRESH_WINDOW::equals).isPresent();
        PlanWindow window = freshWindow ? PlanWindow.freshFrom(Vars.PLAN_WINDOW_DECIDED_ON.from(execution))
                : PlanWindow.afterTerm(CaseVariables.TERM_END.from(execution));
        withdrawal.withdraw(CaseFacts.step(execution), window);
    }
}
