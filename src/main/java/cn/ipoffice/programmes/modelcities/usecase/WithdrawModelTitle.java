package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.rules.ModelTermEnd;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** PM-29, I-6: a failed reexamination withdraws the model title, with a 2-year ban from the decision. */
@Service("withdrawModelTitleUseCase")
public class WithdrawModelTitle {

    static final String RULE = "PM-29";

    private final Register register;

    public WithdrawModelTitle(Register register) {
        this.register = register;
    }

    public void withdraw(Step step, LocalDate decidedOn) {
        String reason = ModelTermEnd.failedReason(decidedOn);
        register.closeActive(step.holderId(), Title.MODEL_CITY, DesignationStatus.WITHDRAWN, RULE, reason);
        register.imposeBan(step.holderId(), Title.MODEL_CITY, decidedOn, ModelTermEnd.FAILED_BAN_YEARS, RULE, reason,
                step.key(RULE));
    }
}
