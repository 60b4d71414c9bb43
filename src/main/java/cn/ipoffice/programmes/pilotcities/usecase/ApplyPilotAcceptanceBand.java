package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.pilotcities.rules.PilotAcceptanceBand;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;

/** PM-14 and I-1: the band of a pilot city's acceptance score, with the reason the city and its province read. */
@Service("applyPilotAcceptanceBandUseCase")
public class ApplyPilotAcceptanceBand {

    public PilotAcceptanceBand.Result apply(BigDecimal acceptanceScore) {
        return PilotAcceptanceBand.decide(acceptanceScore.doubleValue());
    }
}
