package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.EnterNewPilotRound;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${enterNewPilotRound}} behind {@code Task_EnterNewPilotRound} (PM-16): the round ends and the next begins
 * on the new plan's issue date.
 */
@Component("enterNewPilotRound")
class EnterNewPilotRoundDelegate implements JavaDelegate {

    private final EnterNewPilotRound newRound;

    EnterNewPilotRoundDelegate(EnterNewPilotRound newRound) {
        this.newRound = newRound;
    }

    @Override
    public void execute(DelegateExecution execution) {
        newRound.enter(CaseFacts.step(execution), CaseVariables.ROUND.from(execution),
                Vars.NEXT_STAGE_PLAN_ISSUED_ON.from(execution));
    }
}
