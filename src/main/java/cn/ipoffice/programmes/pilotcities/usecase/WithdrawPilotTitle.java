package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.pilotcities.rules.PilotAcceptanceBand;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * PM-14 and I-6: an acceptance score below 60 withdraws the pilot title and bans applying for it for 2 years
 * from the day the acceptance ended.
 */
@Service("withdrawPilotTitleUseCase")
public class WithdrawPilotTitle {

    private final Register register;

    public WithdrawPilotTitle(Register register) {
        this.register = register;
    }

    /** {@code reason} is the band's, which the round's reviewers already read. */
    public void withdraw(Step step, String reason, LocalDate acceptanceEndedOn) {
        register.closeActive(step.holderId(), Title.PILOT_CITY, DesignationStatus.WITHDRAWN, PilotAcceptanceBand.RULE,
                reason);
        register.imposeBan(step.holderId(), Title.PILOT_CITY, acceptanceEndedOn, PilotAcceptanceBand.BAN_YEARS,
                PilotAcceptanceBand.RULE, reason, step.key(PilotAcceptanceBand.RULE));
    }
}
