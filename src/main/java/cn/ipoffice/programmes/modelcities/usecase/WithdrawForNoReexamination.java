package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.rules.ModelTermEnd;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * PM-27, I-6: no application for reexamination within 4 months of the term's expiry withdraws the model title, with
 * a 3-year ban on applying for it from the day after the missed deadline.
 */
@Service("withdrawForNoReexaminationUseCase")
public class WithdrawForNoReexamination {

    static final String RULE = "PM-27";

    private final Register register;

    public WithdrawForNoReexamination(Register register) {
        this.register = register;
    }

    public void withdraw(Step step, LocalDate termLastDay) {
        String reason = ModelTermEnd.noApplicationReason(termLastDay);
        register.closeActive(step.holderId(), Title.MODEL_CITY, DesignationStatus.WITHDRAWN, RULE, reason);
        register.imposeBan(step.holderId(), Title.MODEL_CITY, ModelTermEnd.noApplicationBanStarts(termLastDay),
                ModelTermEnd.NO_APPLICATION_BAN_YEARS, RULE, reason, step.key(RULE));
    }
}
