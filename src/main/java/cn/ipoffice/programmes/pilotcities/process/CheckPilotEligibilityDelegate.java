package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseAdmission;
import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Apply;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.pilotcities.rules.PilotConditions.Attested;
import cn.ipoffice.programmes.pilotcities.usecase.CheckPilotEligibility;
import cn.ipoffice.programmes.pilotcities.usecase.CheckPilotEligibility.Application;
import cn.ipoffice.programmes.pilotcities.usecase.CheckPilotEligibility.Outcome;
import cn.ipoffice.programmes.register.Viewer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkPilotEligibility}} behind {@code Task_CheckPilotEligibility} (PM-3, PM-5, bans of PM-14 and
 * PM-17): admits the case for the city, then writes {@code eligible} and the findings the provincial reviewer reads.
 */
@Component("checkPilotEligibility")
class CheckPilotEligibilityDelegate implements JavaDelegate {

    private final CheckPilotEligibility eligibility;
    private final CaseAdmission admission;

    CheckPilotEligibilityDelegate(CheckPilotEligibility eligibility, CaseAdmission admission) {
        this.eligibility = eligibility;
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String city = Apply.CITY_CODE.from(execution);
        admission.admitApplicant(execution, city, Apply.CITY_NAME.from(execution), Viewer.provinceGroupOf(city));
        Attested attested = new Attested(Apply.LEADERS_GIVE_PRIORITY.isTrue(execution),
                Apply.ADMINISTRATION_INTERMEDIATE.isTrue(execution), Apply.PATENT_QUALITY_RESULTS.isTrue(execution),
                Apply.IP_OPERATION_RESULTS.isTrue(execution));
        Outcome outcome = eligibility.check(new Application(city, Apply.CITY_KIND.from(execution), attested),
                CaseFacts.today());
        Decide.ELIGIBLE.set(execution, outcome.eligible());
        Decide.ELIGIBILITY_FINDINGS.set(execution, outcome.findings());
    }
}
