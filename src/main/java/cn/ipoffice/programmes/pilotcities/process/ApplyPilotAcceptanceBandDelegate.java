package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.rules.PilotAcceptanceBand;
import cn.ipoffice.programmes.pilotcities.usecase.ApplyPilotAcceptanceBand;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${applyPilotAcceptanceBand}} behind {@code Task_ApplyAcceptanceBand} (PM-14, I-1). */
@Component("applyPilotAcceptanceBand")
class ApplyPilotAcceptanceBandDelegate implements JavaDelegate {

    private final ApplyPilotAcceptanceBand band;

    ApplyPilotAcceptanceBandDelegate(ApplyPilotAcceptanceBand band) {
        this.band = band;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PilotAcceptanceBand.Result result = band.apply(Vars.ACCEPTANCE_SCORE.from(execution));
        Vars.ACCEPTANCE_BAND.set(execution, result.band());
        Vars.ACCEPTANCE_BAND_REASON.set(execution, result.reason());
    }
}
