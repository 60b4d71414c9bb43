package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess.Vars;
import cn.ipoffice.programmes.modelcities.rules.WithdrawalGround;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${withdrawTitle}} behind {@code Task_WithdrawTitle} (PM-31, PM-32, I-4): on a verified finding
 * the holder's running cases of the title end, an application in progress is disqualified, and the
 * title is cancelled (PM-31) or withdrawn (PM-32) in the register. No ban is written (I-4); bans are
 * per title, so the city's other titles stand.
 */
@Component("withdrawTitle")
class WithdrawTitleDelegate implements JavaDelegate {

    /** The processes that carry each title, applications in progress included. */
    static final Map<Title, List<String>> CASES = Map.of(
            Title.PILOT_CITY, List.of("pilot-city-application", "pilot-city-round"),
            Title.DEMONSTRATION_FOSTERING, List.of("demonstration-fostering"),
            Title.MODEL_CITY, List.of("model-city-application", "model-city-term"));

    private final Register register;
    private final RuntimeService runtimeService;

    WithdrawTitleDelegate(Register register, @Lazy RuntimeService runtimeService) {
        this.register = register;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String holderId = CaseFacts.text(execution, Vars.HOLDER_ID);
        Title title = Title.valueOf(CaseFacts.text(execution, Vars.TITLE));
        WithdrawalGround ground = WithdrawalGround.valueOf(CaseFacts.text(execution, Vars.GROUND));
        String reason = ground.description() + " (verified " + CaseFacts.text(execution, Vars.VERIFIED_ON) + "): "
                + CaseFacts.text(execution, Vars.FINDING);
        CaseEnder.end(runtimeService, holderId, CASES.get(title), reason, execution.getProcessInstanceId());
        register.closeActive(holderId, title, ground.cancels() ? DesignationStatus.CANCELLED : DesignationStatus.WITHDRAWN,
                ground.ruleId(), reason);
    }
}
