package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${enterNewPilotRound}} behind {@code Task_EnterNewPilotRound} (PM-16): the round ends and the
 * next begins on the new plan's issue date, for 3 years.
 */
@Component("enterNewPilotRound")
class EnterNewPilotRoundDelegate implements JavaDelegate {

    private final Register register;

    EnterNewPilotRoundDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String holderId = CaseFacts.holderId(execution);
        LocalDate issued = CaseFacts.day(execution, Vars.NEXT_STAGE_PLAN_ISSUED_ON);
        int next = CaseFacts.integer(execution, CaseVariables.ROUND) + 1;
        register.closeActive(holderId, Title.PILOT_CITY, DesignationStatus.COMPLETED, "PM-16",
                "PM-16: followed by pilot round " + next + " from " + issued);
        register.grant(holderId, Title.PILOT_CITY, DeadlineCalendar.term(issued, 3), next, "PM-16",
                CaseFacts.stepKey("PM-16", execution, execution.getProcessInstanceId()), execution.getProcessInstanceId());
    }
}
