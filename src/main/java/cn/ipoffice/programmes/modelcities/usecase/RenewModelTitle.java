package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.rules.ModelTerm;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** PM-29: a passed reexamination keeps the model title for a new round from the day after the term. */
@Service("renewModelTitleUseCase")
public class RenewModelTitle {

    static final String RULE = "PM-29";

    private final Register register;

    public RenewModelTitle(Register register) {
        this.register = register;
    }

    /** Ends round {@code round}, whose last day is {@code termLastDay}, and records the next. */
    public void renew(Step step, int round, LocalDate termLastDay) {
        int next = round + 1;
        register.closeActive(step.holderId(), Title.MODEL_CITY, DesignationStatus.COMPLETED, RULE,
                RULE + ": reexamination passed; model round " + next + " follows");
        register.grant(step.holderId(), Title.MODEL_CITY, ModelTerm.from(termLastDay.plusDays(1)), next, RULE,
                step.key(RULE), step.caseId());
    }
}
