package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.pilotcities.rules.ProvincialDelay;
import cn.ipoffice.programmes.pilotcities.rules.ProvincialDelay.Steps;
import cn.ipoffice.programmes.pilotcities.rules.ProvincialDelay.Weighing;
import org.springframework.stereotype.Service;

/**
 * I-9 on PM-17: when a pilot city's plan window closes without a plan, whether a late step of its provincial office
 * (the PM-13 acceptance or hand-over) came before it, so that SIPO decides rather than the withdrawal following by
 * itself. Writes nothing: the weighing and its dates go to SIPO's form, or the withdrawal follows.
 */
@Service("weighProvincialDelayUseCase")
public class WeighProvincialDelay {

    public Weighing weigh(Steps steps) {
        return ProvincialDelay.weigh(steps);
    }
}
