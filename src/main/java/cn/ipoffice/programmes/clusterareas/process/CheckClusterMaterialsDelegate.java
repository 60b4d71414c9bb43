package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Decide;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Materials;
import cn.ipoffice.programmes.clusterareas.rules.ClusterMaterials;
import cn.ipoffice.programmes.clusterareas.usecase.CheckClusterMaterials;
import cn.ipoffice.programmes.clusterareas.usecase.CheckClusterMaterials.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${checkClusterMaterials}} behind {@code Task_CheckClusterMaterials} (CA-7): a missing material sends the filing back. */
@Component("checkClusterMaterials")
class CheckClusterMaterialsDelegate implements JavaDelegate {

    private final CheckClusterMaterials check;

    CheckClusterMaterialsDelegate(CheckClusterMaterials check) {
        this.check = check;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outcome outcome = check.check(new ClusterMaterials.Filed(Materials.RECOMMENDATION_LETTER.isTrue(execution),
                Materials.APPLICATION_FORM.isTrue(execution), Materials.INITIAL_WORK_PLAN.isTrue(execution),
                Materials.COMMITMENT_LETTER.isTrue(execution)));
        Decide.MATERIALS_COMPLETE.set(execution, outcome.complete());
        Decide.MISSING_MATERIALS.set(execution, outcome.missing());
    }
}
