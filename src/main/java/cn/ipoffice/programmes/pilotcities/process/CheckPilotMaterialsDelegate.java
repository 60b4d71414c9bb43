package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Materials;
import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.pilotcities.rules.PilotMaterials;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${checkPilotMaterials}} behind {@code Task_CheckPilotMaterials} (PM-6): a missing material sends the filing back. */
@Component("checkPilotMaterials")
class CheckPilotMaterialsDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Decision decision = PilotMaterials.decide(new PilotMaterials.Filed(
                CaseFacts.flag(execution, Materials.RECOMMENDATION_LETTER),
                CaseFacts.flag(execution, Materials.APPLICATION_LETTER),
                CaseFacts.flag(execution, Materials.WORK_PLAN),
                CaseFacts.flag(execution, Materials.BASIC_STATUS_TABLE),
                CaseFacts.flag(execution, Materials.CERTIFICATION_MATERIALS)));
        execution.setVariable(Decide.MATERIALS_COMPLETE, decision.allowed());
        execution.setVariable(Decide.MISSING_MATERIALS, decision.allowed() ? "" : String.join("\n", decision.reasons()));
    }
}
