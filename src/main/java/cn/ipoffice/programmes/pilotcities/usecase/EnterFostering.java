package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.pilotcities.rules.PilotTerm;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * PM-15 and I-2: the pilot round is completed and demonstration fostering, round 1, runs from the fostering plan's
 * issue date.
 */
@Service("enterFosteringUseCase")
public class EnterFostering {

    public static final String RULE = "PM-15";
    public static final int FIRST_ROUND = 1;

    private final Register register;

    public EnterFostering(Register register) {
        this.register = register;
    }

    public void enter(Step step, LocalDate planIssuedOn) {
        register.closeActive(step.holderId(), Title.PILOT_CITY, DesignationStatus.COMPLETED, RULE,
                RULE + ": entered demonstration fostering from " + planIssuedOn);
        register.grant(step.holderId(), Title.DEMONSTRATION_FOSTERING, PilotTerm.from(planIssuedOn), FIRST_ROUND, RULE,
                step.key(RULE), step.caseId());
    }
}
