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
 * A qualified review (CA-18) keeps the demonstrative title for a new term of {@link ClusterAreaTerm#YEARS} years
 * from the day after the old one ended, as the next round.
 */
@Service("renewDemonstrativeTitleUseCase")
public class RenewDemonstrativeTitle {

    public static final String RULE = "CA-18";

    private final Register register;

    public RenewDemonstrativeTitle(Register register) {
        this.register = register;
    }

    /**
     * @param round the round of the term that ends
     * @param termEnd its last day
     * @param reason the review's outcome, recorded on the term that ends
     */
    public void renew(Step step, int round, LocalDate termEnd, String reason) {
        register.closeActive(step.holderId(), Title.DEMONSTRATIVE_AREA, DesignationStatus.COMPLETED, RULE, reason);
        register.grant(step.holderId(), Title.DEMONSTRATIVE_AREA,
                DeadlineCalendar.term(termEnd.plusDays(1), ClusterAreaTerm.YEARS), round + 1, RULE, step.key(RULE),
                step.caseId());
    }
}
