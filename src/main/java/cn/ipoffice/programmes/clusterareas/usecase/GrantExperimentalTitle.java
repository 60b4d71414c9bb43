package cn.ipoffice.programmes.clusterareas.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * A qualified check (CA-17) ends the construction and confers the experimental-area title from the day of the
 * check, with no term of its own; a later qualified check leaves the title as it is.
 */
@Service("grantExperimentalTitleUseCase")
public class GrantExperimentalTitle {

    public static final String RULE = "CA-17";
    public static final int ROUND = 1;

    private final Register register;

    public GrantExperimentalTitle(Register register) {
        this.register = register;
    }

    /** @param reason the check's outcome, recorded on the construction it ends */
    public void grant(Step step, LocalDate checkedOn, String reason) {
        register.closeActive(step.holderId(), Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.COMPLETED, RULE, reason);
        if (register.activeDesignation(step.holderId(), Title.EXPERIMENTAL_AREA).isEmpty()) {
            // A case may check several times: the day of the check makes each check's key its own.
            register.grantOpenEnded(step.holderId(), Title.EXPERIMENTAL_AREA, checkedOn, ROUND, RULE,
                    step.key(RULE) + ":" + checkedOn, step.caseId());
        }
    }
}
