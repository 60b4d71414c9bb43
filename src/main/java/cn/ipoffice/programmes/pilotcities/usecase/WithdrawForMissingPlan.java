package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.pilotcities.rules.PilotWithdrawal;
import cn.ipoffice.programmes.pilotcities.rules.PlanWindow;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * PM-17 and I-6: no plan within 6 months of the pilot term's expiry withdraws the city from the pilot list, with a
 * 3-year ban on applying from the day after the window closed; the same when a fresh window SIPO gave closes (I-9).
 * Where SIPO decides to withdraw a city whose window closed after a late provincial step (I-9), the ban runs from
 * its decision.
 */
@Service("withdrawForMissingPlanUseCase")
public class WithdrawForMissingPlan {

    private final Register register;

    public WithdrawForMissingPlan(Register register) {
        this.register = register;
    }

    public void withdraw(Step step, LocalDate termLastDay) {
        withdraw(step, PlanWindow.afterTerm(termLastDay));
    }

    /** No plan in the window: the one after the term's expiry, or the fresh one SIPO gave (I-9). */
    public void withdraw(Step step, PlanWindow window) {
        withdraw(step, window.dayAfter(), PilotWithdrawal.reason(window));
    }

    /** I-9: SIPO's decision of {@code decidedOn} to withdraw, after the window that ended on {@code windowLastDay}. */
    public void withdrawOnDecision(Step step, LocalDate decidedOn, LocalDate windowLastDay) {
        withdraw(step, decidedOn, PilotWithdrawal.decisionReason(decidedOn, windowLastDay));
    }

    private void withdraw(Step step, LocalDate banStarts, String reason) {
        register.closeActive(step.holderId(), Title.PILOT_CITY, DesignationStatus.WITHDRAWN, PilotWithdrawal.RULE,
                reason);
        register.imposeBan(step.holderId(), Title.PILOT_CITY, banStarts, PilotWithdrawal.BAN_YEARS, PilotWithdrawal.RULE,
                reason, step.key(PilotWithdrawal.RULE));
    }
}
