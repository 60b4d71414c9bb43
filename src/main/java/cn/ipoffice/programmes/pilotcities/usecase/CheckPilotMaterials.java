package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.pilotcities.rules.PilotMaterials;
import cn.ipoffice.programmes.rules.Decision;
import org.springframework.stereotype.Service;

/** PM-6: the five materials of the provincial office's filing; a missing one sends the filing back. */
@Service("checkPilotMaterialsUseCase")
public class CheckPilotMaterials {

    /** Whether all five are filed, and one line per missing material (empty when none is). */
    public record Outcome(boolean complete, String missing) {
    }

    public Outcome check(PilotMaterials.Filed filed) {
        Decision decision = PilotMaterials.decide(filed);
        return new Outcome(decision.allowed(), decision.allowed() ? "" : String.join("\n", decision.reasons()));
    }
}
