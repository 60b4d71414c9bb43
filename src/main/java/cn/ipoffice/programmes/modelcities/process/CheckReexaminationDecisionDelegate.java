package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.forms.FormRefusal;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess.Vars;
import cn.ipoffice.programmes.modelcities.usecase.CheckModelConditions;
import cn.ipoffice.programmes.modelcities.usecase.CheckReexaminationDecision;
import cn.ipoffice.programmes.rules.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkReexaminationDecision}} behind {@code Task_CheckReexaminationDecision} (PM-28): a refused decision
 * is refused as the form's own validation would be, and SIPO's completion rolls back.
 */
@Component("checkReexaminationDecision")
class CheckReexaminationDecisionDelegate implements JavaDelegate {

    private final CheckReexaminationDecision check;

    CheckReexaminationDecisionDelegate(CheckReexaminationDecision check) {
        this.check = check;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decision decision = check.check(Vars.REEXAMINATION_DECISION.optionalFrom(execution).orElse(null),
                new CheckModelConditions.Outcome(Decide.CONDITIONS_MET.isTrue(execution),
                        Decide.CONDITIONS_FINDINGS.optionalFrom(execution).orElse("")));
        if (!decision.allowed()) {
            throw FormRefusal.of(decision.reasons());
        }
    }
}
