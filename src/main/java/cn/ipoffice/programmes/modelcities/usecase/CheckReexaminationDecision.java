package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.modelcities.rules.ReexaminationDecision;
import cn.ipoffice.programmes.rules.Decision;
import org.springframework.stereotype.Service;

/** PM-28: SIPO cannot pass a city that no longer meets the conditions of PM-18 on its re-check. */
@Service("checkReexaminationDecisionUseCase")
public class CheckReexaminationDecision {

    static final String RULE = "PM-28";

    /** Refused when SIPO passes a city whose re-check found a condition not met; any other decision stands. */
    public Decision check(ReexaminationDecision decision, CheckModelConditions.Outcome recheck) {
        if (decision == ReexaminationDecision.PASS && !recheck.met()) {
            return Decision.refuse(RULE, RULE + ": the city no longer meets the conditions of PM-18 and cannot pass: "
                    + recheck.findings().replace('\n', ' '));
        }
        return Decision.allow(RULE, RULE + ": the decision " + decision + " stands with the re-check of PM-18");
    }
}
