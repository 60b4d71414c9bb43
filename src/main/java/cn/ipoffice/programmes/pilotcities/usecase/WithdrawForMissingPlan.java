package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.pilotcities.rules.PilotWithdrawal;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * PM-17 and I-6: no plan within 6 months of the pilot term's expiry withdraws the city from the pilot list, with a
 * 3-year ban on applying from the day after the window closed.
 */
@Service("withdrawForMissingPlanUseCase")
public class WithdrawForMissingPlan {

    private final Register register;

    public WithdrawForMissingPlan(Register register) {
        this.register = register;
    }

    public void withdraw(Step step, LocalDate termLastDay) {
        String reason = PilotWithdrawal.reason(termLastDay);
        register.closeActive(step.holderId(), Title.PILOT_CITY, DesignationStatus.WITHDRAWN, PilotWithdrawal.RULE,
                reason);
        register.imposeBan(step.holderId(), Title.PILOT_CITY, PilotWithdrawal.banStarts(termLastDay),
                PilotWithdrawal.BAN_YEARS, PilotWithdrawal.RULE, reason, step.key(PilotWithdrawal.RULE));
    }
}
