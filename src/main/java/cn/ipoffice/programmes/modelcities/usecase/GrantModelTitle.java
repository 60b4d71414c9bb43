package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.rules.ModelTerm;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** PM-20, PM-27: a selected city holds the model title for its first term from the reply notice; its fostering stage ends. */
@Service("grantModelTitleUseCase")
public class GrantModelTitle {

    static final String RULE = "PM-20";

    private final Register register;

    public GrantModelTitle(Register register) {
        this.register = register;
    }

    public void grant(Step step, LocalDate replyNoticeDate) {
        register.closeActive(step.holderId(), Title.DEMONSTRATION_FOSTERING, DesignationStatus.COMPLETED, RULE,
                RULE + ": selected as a national IP model city from " + replyNoticeDate);
        register.grant(step.holderId(), Title.MODEL_CITY, ModelTerm.from(replyNoticeDate), 1, RULE, step.key(RULE),
                step.caseId());
    }
}
