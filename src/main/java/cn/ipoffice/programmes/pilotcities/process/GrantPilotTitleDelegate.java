package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Apply;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${grantPilotTitle}} behind {@code Task_RecordPilotTitle} (PM-7, PM-13): enters the city and its
 * pilot title, round 1, for 3 years from the reply notice date.
 */
@Component("grantPilotTitle")
class GrantPilotTitleDelegate implements JavaDelegate {

    private final Register register;

    GrantPilotTitleDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cityCode = CaseFacts.holderId(execution);
        LocalDate replyNotice = CaseFacts.day(execution, Decide.REPLY_NOTICE_DATE);
        Term term = DeadlineCalendar.term(replyNotice, 3);
        register.enterHolder(cityCode, CaseFacts.text(execution, Apply.CITY_NAME),
                HolderKind.valueOf(CaseFacts.text(execution, Apply.CITY_KIND)));
        register.grant(cityCode, Title.PILOT_CITY, term, 1, "PM-7",
                CaseFacts.stepKey("PM-7", execution, execution.getProcessInstanceId()), execution.getProcessInstanceId());
        execution.setVariable(CaseVariables.ROUND, 1);
        execution.setVariable(CaseVariables.TERM_START, term.start().toString());
        execution.setVariable(CaseVariables.TERM_END, term.lastDay().toString());
    }
}
