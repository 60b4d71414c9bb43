package cn.ipoffice.programmes.clusterareas.usecase;

import cn.ipoffice.programmes.clusterareas.rules.CheckAndAcceptance;
import cn.ipoffice.programmes.clusterareas.rules.CheckResult;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** What follows SIPO's check and acceptance (CA-16, CA-17), with the rectification deadline it sets (I-5). */
@Service("decideCheckOutcomeUseCase")
public class DecideCheckOutcome {

    /**
     * @param rectificationDeadline null when SIPO entered none
     * @throws IllegalArgumentException when an unqualified result has no deadline, or one not after the check (I-5)
     */
    public CheckAndAcceptance.Result decide(CheckResult result, LocalDate checkedOn, LocalDate rectificationDeadline) {
        return CheckAndAcceptance.decide(result, checkedOn, rectificationDeadline);
    }
}
