package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Apply;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.pilotcities.usecase.GrantPilotTitle;
import cn.ipoffice.programmes.pilotcities.usecase.GrantPilotTitle.City;
import cn.ipoffice.programmes.pilotcities.usecase.GrantPilotTitle.Granted;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${grantPilotTitle}} behind {@code Task_RecordPilotTitle} (PM-7, PM-13): enters the city and its pilot
 * title, round 1, from the reply notice date, and writes the round and its term to the case.
 */
@Component("grantPilotTitle")
class GrantPilotTitleDelegate implements JavaDelegate {


    private final GrantPilotTitle grant;

    GrantPilotTitleDelegate(GrantPilotTitle grant) {
        this.grant = grant;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Granted granted = grant.grant(CaseFacts.step(execution),
                new City(Apply.CITY_NAME.from(execution), Apply.CITY_KIND.from(execution)),
                Decide.REPLY_NOTICE_DATE.from(execution));
        CaseVariables.ROUND.set(execution, granted.round());
        CaseVariables.TERM_START.set(execution, granted.term().start());
        CaseVariables.TERM_END.set(execution, granted.term().lastDay());
    }
}
