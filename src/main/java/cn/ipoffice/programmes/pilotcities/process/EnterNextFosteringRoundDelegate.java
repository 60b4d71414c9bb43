package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.forms.FormRefusal;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess.Vars;
import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.pilotcities.rules.FosteringRenewal;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${enterNextFosteringRound}} behind {@code Task_EnterNextFosteringRound} (PM-15, I-3): checks the
 * new fostering plan and records the next round from its issue date; a refused plan keeps the city's
 * task open.
 */
@Component("enterNextFosteringRound")
class EnterNextFosteringRoundDelegate implements JavaDelegate {

    private final Register register;

    EnterNextFosteringRoundDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate issued = CaseFacts.day(execution, Vars.FOSTERING_PLAN_ISSUED_ON);
        Decision decision = FosteringRenewal.decide(CaseFacts.day(execution, CaseVariables.TERM_END), issued,
                CaseFacts.today());
        if (!decision.allowed()) {
            throw FormRefusal.of(decision.reasons());
        }
        String holderId = CaseFacts.holderId(execution);
        int next = CaseFacts.integer(execution, CaseVariables.ROUND) + 1;
        register.closeActive(holderId, Title.DEMONSTRATION_FOSTERING, DesignationStatus.COMPLETED, FosteringRenewal.RULE,
                "PM-15: followed by fostering round " + next + " from " + issued);
        register.grant(holderId, Title.DEMONSTRATION_FOSTERING, DeadlineCalendar.term(issued, 3), next,
                FosteringRenewal.RULE, CaseFacts.stepKey("PM-15", execution, execution.getProcessInstanceId()),
                execution.getProcessInstanceId());
    }
}
