package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseAdmission;
import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Apply;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.rules.ApplicationBan;
import cn.ipoffice.programmes.rules.ApplicationBan.BanPeriod;
import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.pilotcities.rules.PilotApplicantKind;
import cn.ipoffice.programmes.pilotcities.rules.PilotConditions;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkPilotEligibility}} behind {@code Task_CheckPilotEligibility} (PM-3, PM-5, bans of
 * PM-14 and PM-17): names the case after the city and writes {@code eligible} with the findings the
 * provincial reviewer reads.
 */
@Component("checkPilotEligibility")
class CheckPilotEligibilityDelegate implements JavaDelegate {

    private final Register register;
    private final CaseAdmission admission;

    CheckPilotEligibilityDelegate(Register register, CaseAdmission admission) {
        this.register = register;
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cityCode = CaseFacts.text(execution, Apply.CITY_CODE);
        execution.setProcessBusinessKey(cityCode);
        execution.setVariable(CaseVariables.HOLDER_ID, cityCode);
        execution.setVariable(CaseVariables.HOLDER_NAME, CaseFacts.text(execution, Apply.CITY_NAME));
        execution.setVariable(CaseVariables.SUPERVISOR_GROUP, "province-" + Holder.provinceOf(cityCode));
        admission.admit(execution);

        List<Decision> decisions = List.of(
                PilotApplicantKind.decide(HolderKind.valueOf(CaseFacts.text(execution, Apply.CITY_KIND))),
                PilotConditions.decide(new PilotConditions.Attested(
                        CaseFacts.flag(execution, Apply.LEADERS_GIVE_PRIORITY),
                        CaseFacts.flag(execution, Apply.ADMINISTRATION_INTERMEDIATE),
                        CaseFacts.flag(execution, Apply.PATENT_QUALITY_RESULTS),
                        CaseFacts.flag(execution, Apply.IP_OPERATION_RESULTS),
                        CaseFacts.integer(execution, Apply.ENFORCEMENT_RANK),
                        CaseFacts.integer(execution, Apply.CITIES_RANKED))),
                ApplicationBan.decide(Title.PILOT_CITY.name(), CaseFacts.today(), bans(cityCode)));
        boolean eligible = decisions.stream().allMatch(Decision::allowed);
        execution.setVariable(Decide.ELIGIBLE, eligible);
        execution.setVariable(Decide.ELIGIBILITY_FINDINGS, String.join("\n", decisions.stream()
                .sorted((a, b) -> Boolean.compare(a.allowed(), b.allowed()))
                .flatMap(d -> d.reasons().stream().map(reason -> (d.allowed() ? "Met - " : "NOT MET - ") + reason))
                .toList()));
    }

    private List<BanPeriod> bans(String cityCode) {
        return register.bansOf(cityCode).stream()
                .map(b -> new BanPeriod(b.getTitleScope().name(), b.getFirstDay(), b.getLastDay(), b.getRuleId(),
                        b.getReason()))
                .toList();
    }
}
