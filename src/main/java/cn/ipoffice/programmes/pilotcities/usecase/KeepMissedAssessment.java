package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.register.Register;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * I-12 for PM-9: an assessment still open when its case ends (the round or cycle moved on, or the city left the
 * stage) stays on the holder's record as missed, with its year; never silently dropped. The assessment of a year is
 * owed by the case that runs when it falls due; the next case does not take it up again.
 */
@Service("keepMissedAssessmentUseCase")
public class KeepMissedAssessment {

    public static final String RULE = "PM-9";

    private final Register register;

    public KeepMissedAssessment(Register register) {
        this.register = register;
    }

    /** The assessment of {@code year}, open in its case when the case ended on {@code endedOn}. */
    public void caseEnded(String holderId, int year, LocalDate endedOn) {
        if (register.holder(holderId).isEmpty()) {
            return;
        }
        register.recordMissedAssessment(holderId, year, RULE + ", I-12: the assessment of " + year + " was not made; "
                + "its case ended on " + endedOn + " when the holder's stage moved on");
    }
}
