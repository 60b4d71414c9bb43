package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.forms.FormRefusal;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.rules.AcceptanceBand;
import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.pilotcities.rules.NextStage;
import cn.ipoffice.programmes.pilotcities.rules.NextStageChoice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkNextStagePlan}} behind {@code Task_CheckNextStagePlan} (PM-14, PM-15, PM-16): a plan the
 * score does not allow, or with an impossible issue date, is refused in the city's own transaction,
 * so its task stays open.
 */
@Component("checkNextStagePlan")
class CheckNextStagePlanDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Decision decision = NextStageChoice.decide(
                AcceptanceBand.valueOf(CaseFacts.text(execution, Vars.ACCEPTANCE_BAND)),
                NextStage.valueOf(CaseFacts.text(execution, Vars.NEXT_STAGE)),
                CaseFacts.day(execution, CaseVariables.TERM_END),
                CaseFacts.day(execution, Vars.NEXT_STAGE_PLAN_ISSUED_ON),
                CaseFacts.today());
        if (!decision.allowed()) {
            throw FormRefusal.of(decision.reasons());
        }
    }
}
