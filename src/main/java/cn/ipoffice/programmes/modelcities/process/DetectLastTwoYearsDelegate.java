package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess.Vars;
import cn.ipoffice.programmes.modelcities.usecase.DetectLastTwoYears;
import cn.ipoffice.programmes.modelcities.usecase.DetectedFinding;
import cn.ipoffice.programmes.modelcities.usecase.WithdrawalFinding;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${detectLastTwoYears}} behind {@code Task_DetectLastTwoYears} and {@code Task_DetectFosteringLastTwoYears}
 * (PM-32(c)): a finding starts a {@code title-withdrawal} case for SIPO to confirm, which names the holder by its
 * name and code, both taken from the detecting case.
 */
@Component("detectLastTwoYears")
class DetectLastTwoYearsDelegate implements JavaDelegate {

    private final DetectLastTwoYears detect;
    private final RuntimeService runtimeService;

    DetectLastTwoYearsDelegate(DetectLastTwoYears detect, @Lazy RuntimeService runtimeService) {
        this.detect = detect;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        detect.detect(CaseFacts.holderId(execution), CaseFacts.today()).ifPresent(detected -> runtimeService
                .startProcessInstanceByMessage(TitleWithdrawalProcess.MESSAGE_DETECTED, detected.finding().holderId(),
                        variables(detected, Vars.HOLDER_NAME.from(execution))));
    }

    private static Map<String, Object> variables(DetectedFinding detected, String holderName) {
        WithdrawalFinding finding = detected.finding();
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.HOLDER_ID.name(), Vars.HOLDER_ID.stored(finding.holderId()));
        variables.put(Vars.HOLDER_NAME.name(), Vars.HOLDER_NAME.stored(holderName));
        variables.put(Vars.TITLE.name(), Vars.TITLE.stored(finding.title()));
        variables.put(Vars.GROUND.name(), Vars.GROUND.stored(finding.ground()));
        variables.put(Vars.VERIFIED_ON.name(), Vars.VERIFIED_ON.stored(finding.verifiedOn()));
        variables.put(Vars.FINDING.name(), Vars.FINDING.stored(finding.finding()));
        variables.put(Vars.FIRST_YEAR.name(), Vars.FIRST_YEAR.stored(detected.firstYear()));
        variables.put(Vars.SECOND_YEAR.name(), Vars.SECOND_YEAR.stored(detected.secondYear()));
        return variables;
    }
}
