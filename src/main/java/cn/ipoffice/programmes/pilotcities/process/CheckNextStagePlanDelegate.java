package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.forms.FormRefusal;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.CheckNextStagePlan;
import cn.ipoffice.programmes.pilotcities.usecase.CheckNextStagePlan.Plan;
import cn.ipoffice.programmes.rules.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkNextStagePlan}} behind {@code Task_CheckNextStagePlan} (PM-14, PM-15, PM-16): a plan the score does
 * not allow, or with an impossible issue date, is refused in the city's own transaction, so its task stays open.
 */
@Component("checkNextStagePlan")
class CheckNextStagePlanDelegate implements JavaDelegate {

    private final CheckNextStagePlan check;

    CheckNextStagePlanDelegate(CheckNextStagePlan check) {
        this.check = check;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decision decision = check.check(Vars.ACCEPTANCE_BAND.from(execution),
                CaseVariables.TERM_END.from(execution),
                new Plan(Vars.NEXT_STAGE.from(execution), Vars.NEXT_STAGE_PLAN_ISSUED_ON.from(execution)),
                CaseFacts.today());
        if (!decision.allowed()) {
            throw FormRefusal.of(decision.reasons());
        }
    }
}
