package cn.ipoffice.programmes.clusterareas.usecase;

import cn.ipoffice.programmes.clusterareas.rules.ClusterMaterials;
import cn.ipoffice.programmes.rules.Decision;
import org.springframework.stereotype.Service;

/** The four materials the provincial department forwards (CA-7): a missing one sends the filing back. */
@Service("checkClusterMaterialsUseCase")
public class CheckClusterMaterials {

    /** Whether all four are filed, and the missing ones, one a line (empty when complete). */
    public record Outcome(boolean complete, String missing) {
    }

    public Outcome check(ClusterMaterials.Filed filed) {
        Decision decision = ClusterMaterials.decide(filed);
        return new Outcome(decision.allowed(), decision.allowed() ? "" : String.join("\n", decision.reasons()));
    }
}
