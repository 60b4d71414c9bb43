package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.pilotcities.rules.PilotTerm;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** PM-16: the pilot round is completed and the next begins on the new pilot work plan's issue date. */
@Service("enterNewPilotRoundUseCase")
public class EnterNewPilotRound {

    public static final String RULE = "PM-16";

    private final Register register;

    public EnterNewPilotRound(Register register) {
        this.register = register;
    }

    public void enter(Step step, int round, LocalDate planIssuedOn) {
        int next = round + 1;
        register.closeActive(step.holderId(), Title.PILOT_CITY, DesignationStatus.COMPLETED, RULE,
                RULE + ": followed by pilot round " + next + " from " + planIssuedOn);
        register.grant(step.holderId(), Title.PILOT_CITY, PilotTerm.from(planIssuedOn), next, RULE, step.key(RULE),
                step.caseId());
    }
}
