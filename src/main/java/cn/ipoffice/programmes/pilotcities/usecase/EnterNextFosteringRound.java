package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.pilotcities.rules.FosteringRenewal;
import cn.ipoffice.programmes.pilotcities.rules.PilotTerm;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * PM-15 and I-3: a new fostering plan, issued after the cycle ended and not in the future, completes the cycle and
 * starts the next round on its issue date; a refused plan changes nothing.
 */
@Service("enterNextFosteringRoundUseCase")
public class EnterNextFosteringRound {

    private final Register register;

    public EnterNextFosteringRound(Register register) {
        this.register = register;
    }

    /** The plan's check; the register is written only if the plan is accepted. */
    public Decision enter(Step step, int round, LocalDate cycleLastDay, LocalDate planIssuedOn, LocalDate today) {
        Decision decision = FosteringRenewal.decide(cycleLastDay, planIssuedOn, today);
        if (decision.allowed()) {
            int next = round + 1;
            register.closeActive(step.holderId(), Title.DEMONSTRATION_FOSTERING, DesignationStatus.COMPLETED,
                    FosteringRenewal.RULE,
                    FosteringRenewal.RULE + ": followed by fostering round " + next + " from " + planIssuedOn);
            register.grant(step.holderId(), Title.DEMONSTRATION_FOSTERING, PilotTerm.from(planIssuedOn), next,
                    FosteringRenewal.RULE, step.key(FosteringRenewal.RULE), step.caseId());
        }
        return decision;
    }
}
