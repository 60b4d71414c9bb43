package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.rules.PilotAcceptanceBand;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${applyPilotAcceptanceBand}} behind {@code Task_ApplyAcceptanceBand} (PM-14, I-1). */
@Component("applyPilotAcceptanceBand")
class ApplyPilotAcceptanceBandDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        PilotAcceptanceBand.Result result = PilotAcceptanceBand.decide(CaseFacts.decimal(execution, Vars.ACCEPTANCE_SCORE));
        execution.setVariable(Vars.ACCEPTANCE_BAND, result.band().name());
        execution.setVariable(Vars.ACCEPTANCE_BAND_REASON, result.reason());
    }
}
