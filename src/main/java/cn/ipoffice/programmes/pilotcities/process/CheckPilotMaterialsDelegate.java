package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Materials;
import cn.ipoffice.programmes.pilotcities.rules.PilotMaterials;
import cn.ipoffice.programmes.pilotcities.usecase.CheckPilotMaterials;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${checkPilotMaterials}} behind {@code Task_CheckPilotMaterials} (PM-6): a missing material sends the filing back. */
@Component("checkPilotMaterials")
class CheckPilotMaterialsDelegate implements JavaDelegate {

    private final CheckPilotMaterials materials;

    CheckPilotMaterialsDelegate(CheckPilotMaterials materials) {
        this.materials = materials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CheckPilotMaterials.Outcome outcome = materials.check(new PilotMaterials.Filed(
                Materials.RECOMMENDATION_LETTER.isTrue(execution),
                Materials.APPLICATION_LETTER.isTrue(execution),
                Materials.WORK_PLAN.isTrue(execution),
                Materials.BASIC_STATUS_TABLE.isTrue(execution),
                Materials.CERTIFICATION_MATERIALS.isTrue(execution)));
        Decide.MATERIALS_COMPLETE.set(execution, outcome.complete());
        Decide.MISSING_MATERIALS.set(execution, outcome.missing());
    }
}
