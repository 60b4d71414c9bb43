package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Decide;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Materials;
import cn.ipoffice.programmes.clusterareas.rules.ClusterMaterials;
import cn.ipoffice.programmes.rules.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${checkClusterMaterials}} behind {@code Task_CheckClusterMaterials} (CA-7): a missing material sends the filing back. */
@Component("checkClusterMaterials")
class CheckClusterMaterialsDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Decision decision = ClusterMaterials.decide(new ClusterMaterials.Filed(
                CaseFacts.flag(execution, Materials.RECOMMENDATION_LETTER),
                CaseFacts.flag(execution, Materials.APPLICATION_FORM),
                CaseFacts.flag(execution, Materials.INITIAL_WORK_PLAN),
                CaseFacts.flag(execution, Materials.COMMITMENT_LETTER)));
        execution.setVariable(Decide.MATERIALS_COMPLETE, decision.allowed());
        execution.setVariable(Decide.MISSING_MATERIALS, decision.allowed() ? "" : String.join("\n", decision.reasons()));
    }
}
