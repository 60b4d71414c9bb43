package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.forms.FormRefusal;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.EnterNextFosteringRound;
import cn.ipoffice.programmes.rules.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${enterNextFosteringRound}} behind {@code Task_EnterNextFosteringRound} (PM-15, I-3): checks the new
 * fostering plan and records the next round from its issue date; a refused plan keeps the city's task open.
 */
@Component("enterNextFosteringRound")
class EnterNextFosteringRoundDelegate implements JavaDelegate {

    private final EnterNextFosteringRound nextRound;

    EnterNextFosteringRoundDelegate(EnterNextFosteringRound nextRound) {
        this.nextRound = nextRound;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decision decision = nextRound.enter(CaseFacts.step(execution), CaseVariables.ROUND.from(execution),
                CaseVariables.TERM_END.from(execution), Vars.FOSTERING_PLAN_ISSUED_ON.from(execution),
                CaseFacts.today());
        if (!decision.allowed()) {
            throw FormRefusal.of(decision.reasons());
        }
    }
}
