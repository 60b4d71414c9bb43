package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.EnterFostering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${enterFostering}} behind {@code Task_EnterFostering} (PM-15, I-2): the pilot round is completed and
 * demonstration fostering, round 1, runs from the fostering plan's issue date.
 */
@Component("enterFostering")
class EnterFosteringDelegate implements JavaDelegate {

    private final EnterFostering fostering;

    EnterFosteringDelegate(EnterFostering fostering) {
        this.fostering = fostering;
    }

    @Override
    public void execute(DelegateExecution execution) {
        fostering.enter(CaseFacts.step(execution), Vars.NEXT_STAGE_PLAN_ISSUED_ON.from(execution));
    }
}
