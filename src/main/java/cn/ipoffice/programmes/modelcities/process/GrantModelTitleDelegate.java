package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${grantModelTitle}} behind {@code Task_RecordModelTitle} (PM-20, PM-27): the model title for
 * 3 years from the reply notice; the fostering stage ends.
 */
@Component("grantModelTitle")
class GrantModelTitleDelegate implements JavaDelegate {

    private final Register register;

    GrantModelTitleDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cityCode = CaseFacts.holderId(execution);
        LocalDate reply = Decide.REPLY_NOTICE_DATE.from(execution);
        register.closeActive(cityCode, Title.DEMONSTRATION_FOSTERING, DesignationStatus.COMPLETED, "PM-20",
                "PM-20: selected as a national IP model city from " + reply);
        register.grant(cityCode, Title.MODEL_CITY, DeadlineCalendar.term(reply, 3), 1, "PM-20",
                CaseFacts.stepKey("PM-20", execution, execution.getProcessInstanceId()), execution.getProcessInstanceId());
    }
}
