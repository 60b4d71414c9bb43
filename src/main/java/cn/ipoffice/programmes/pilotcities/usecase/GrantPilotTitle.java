package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.pilotcities.rules.PilotTerm;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * PM-7 and PM-13: SIPO's approval enters the city into the register with its pilot title, round 1, for the pilot
 * term from the reply notice date.
 */
@Service("grantPilotTitleUseCase")
public class GrantPilotTitle {

    public static final String RULE = "PM-7";
    public static final int FIRST_ROUND = 1;

    /** The city as the application names it. */
    public record City(String name, HolderKind kind) {
    }

    /** The round the city now holds. */
    public record Granted(int round, Term term) {
    }

    private final Register register;

    public GrantPilotTitle(Register register) {
        this.register = register;
    }

    public Granted grant(Step step, City city, LocalDate replyNoticeDate) {
        Term term = PilotTerm.from(replyNoticeDate);
        register.enterHolder(step.holderId(), city.name(), city.kind());
        register.grant(step.holderId(), Title.PILOT_CITY, term, FIRST_ROUND, RULE, step.key(RULE), step.caseId());
        return new Granted(FIRST_ROUND, term);
    }
}
