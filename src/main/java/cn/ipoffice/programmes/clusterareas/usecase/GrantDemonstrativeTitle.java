package cn.ipoffice.programmes.clusterareas.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.clusterareas.rules.ClusterAreaTerm;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * An excellent check (CA-17) ends the construction, and an experimental-area title the area holds, and confers
 * the demonstrative title for {@link ClusterAreaTerm#YEARS} years from the day of the check (CA-18).
 */
@Service("grantDemonstrativeTitleUseCase")
public class GrantDemonstrativeTitle {

    public static final String RULE = "CA-17";
    public static final int FIRST_ROUND = 1;

    private final Register register;

    public GrantDemonstrativeTitle(Register register) {
        this.register = register;
    }

    /** @param reason the check's outcome, recorded on the titles it ends */
    public void grant(Step step, LocalDate checkedOn, String reason) {
        register.closeActive(step.holderId(), Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.COMPLETED, RULE, reason);
        register.closeActive(step.holderId(), Title.EXPERIMENTAL_AREA, DesignationStatus.COMPLETED, RULE, reason);
        register.grant(step.holderId(), Title.DEMONSTRATIVE_AREA, DeadlineCalendar.term(checkedOn, ClusterAreaTerm.YEARS),
                FIRST_ROUND, RULE, step.key(RULE), step.caseId());
    }
}
