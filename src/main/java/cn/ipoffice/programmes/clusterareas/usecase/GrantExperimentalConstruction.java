package cn.ipoffice.programmes.clusterareas.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.clusterareas.rules.ClusterAreaTerm;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * SIPO's ratification (CA-8) enters the area in the register with its experimental-area construction, which runs
 * {@link ClusterAreaTerm#YEARS} years from the ratification date (CA-9).
 */
@Service("grantExperimentalConstructionUseCase")
public class GrantExperimentalConstruction {

    public static final String RULE = "CA-9";
    public static final int FIRST_ROUND = 1;

    /** The construction's round and period, which the construction case follows. */
    public record Construction(int round, Term term) {
    }

    private final Register register;

    public GrantExperimentalConstruction(Register register) {
        this.register = register;
    }

    public Construction grant(Step step, String areaName, HolderKind zoneKind, LocalDate ratifiedOn) {
        Term term = DeadlineCalendar.term(ratifiedOn, ClusterAreaTerm.YEARS);
        register.enterHolder(step.holderId(), areaName, zoneKind);
        register.grant(step.holderId(), Title.EXPERIMENTAL_AREA_CONSTRUCTION, term, FIRST_ROUND, RULE, step.key(RULE),
                step.caseId());
        return new Construction(FIRST_ROUND, term);
    }
}
