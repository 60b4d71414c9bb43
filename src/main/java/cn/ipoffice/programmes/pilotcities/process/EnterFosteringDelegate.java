package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${enterFostering}} behind {@code Task_EnterFostering} (PM-15, I-2): the pilot round is
 * completed and demonstration fostering, round 1, runs 3 years from the fostering plan's issue date.
 */
@Component("enterFostering")
class EnterFosteringDelegate implements JavaDelegate {

    private final Register register;

    EnterFosteringDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String holderId = CaseFacts.holderId(execution);
        LocalDate issued = CaseFacts.day(execution, Vars.NEXT_STAGE_PLAN_ISSUED_ON);
        register.closeActive(holderId, Title.PILOT_CITY, DesignationStatus.COMPLETED, "PM-15",
                "PM-15: entered demonstration fostering from " + issued);
        register.grant(holderId, Title.DEMONSTRATION_FOSTERING, DeadlineCalendar.term(issued, 3), 1, "PM-15",
                CaseFacts.stepKey("PM-15", execution, execution.getProcessInstanceId()), execution.getProcessInstanceId());
    }
}
