package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.pilotcities.rules.AcceptanceBand;
import cn.ipoffice.programmes.pilotcities.rules.NextStage;
import cn.ipoffice.programmes.pilotcities.rules.NextStageChoice;
import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * PM-14, PM-15 and PM-16: whether the plan a city records after its pilot term's expiry is one its acceptance
 * band allows, issued after the term and not in the future.
 */
@Service("checkNextStagePlanUseCase")
public class CheckNextStagePlan {

    /** The plan on the city's form. */
    public record Plan(NextStage stage, LocalDate issuedOn) {
    }

    public Decision check(AcceptanceBand band, LocalDate termLastDay, Plan plan, LocalDate today) {
        return NextStageChoice.decide(band, plan.stage(), termLastDay, plan.issuedOn(), today);
    }
}
