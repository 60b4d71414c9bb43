package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseAdmission;
import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Apply;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Score;
import cn.ipoffice.programmes.modelcities.rules.IndicatorScores;
import cn.ipoffice.programmes.modelcities.usecase.CheckModelConditions;
import cn.ipoffice.programmes.modelcities.usecase.CheckModelConditions.Attestation;
import cn.ipoffice.programmes.modelcities.usecase.CheckModelConditions.Outcome;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Viewer;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkModelConditions}} behind {@code Task_CheckModelConditions} (an application: the case is admitted
 * for the city first; PM-18 (i) to (viii)) and {@code Task_RecheckModelConditions} (input {@code reexamination = true};
 * all nine, with the scores of the reexamination application).
 */
@Component("checkModelConditions")
class CheckModelConditionsDelegate implements JavaDelegate {

    private final CheckModelConditions check;
    private final CaseAdmission admission;
    private final Register register;

    CheckModelConditionsDelegate(CheckModelConditions check, CaseAdmission admission, Register register) {
        this.check = check;
        this.admission = admission;
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = CaseFacts.today();
        Attestation attestation = new Attestation(Apply.IP_IN_GOVERNMENT_ASSESSMENT.isTrue(execution),
                Apply.AMONG_BEST_NATIONALLY.isTrue(execution), Apply.QUALITY_ORIENTED_FUNDING.isTrue(execution),
                Apply.NO_MAJOR_INFRINGEMENT.isTrue(execution));
        Outcome outcome;
        if (Decide.REEXAMINATION.isTrue(execution)) {
            outcome = check.onReexamination(CaseFacts.holderId(execution), attestation,
                    new IndicatorScores(Score.OBJECTIVE_STRENGTH.from(execution), Score.WEIGHTED_TOTAL.from(execution)), today);
        } else {
            String city = Apply.CITY_CODE.from(execution);
            admission.admitApplicant(execution, city, register.holder(city).map(Holder::getName).orElse(city),
                    Viewer.provinceGroupOf(city));
            Decide.APPLICATION_YEAR.set(execution, today.getYear());
            outcome = check.onApplication(city, attestation, today);
        }
        Decide.CONDITIONS_MET.set(execution, outcome.met());
        Decide.CONDITIONS_FINDINGS.set(execution, outcome.findings());
    }
}
