package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess.Vars;
import cn.ipoffice.programmes.modelcities.rules.LastTwoYearsRunning;
import cn.ipoffice.programmes.modelcities.rules.WithdrawalGround;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${detectLastTwoYears}} behind {@code Task_DetectLastTwoYears} and
 * {@code Task_DetectFosteringLastTwoYears} (PM-32(c)): a city last of its category two years running
 * is put to SIPO for confirmation in a {@code title-withdrawal} case, once.
 */
@Component("detectLastTwoYears")
class DetectLastTwoYearsDelegate implements JavaDelegate {

    private final Register register;
    private final RuntimeService runtimeService;

    DetectLastTwoYearsDelegate(Register register, @Lazy RuntimeService runtimeService) {
        this.register = register;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String holderId = CaseFacts.holderId(execution);
        Optional<String> finding = LastTwoYearsRunning.detect(register.assessmentsOf(holderId).stream()
                .map(a -> new LastTwoYearsRunning.Placing(a.getYear(), a.getRank(), a.getCategorySize())).toList());
        // Most assessments find nothing; the title and the running cases are looked up only for a finding.
        if (finding.isEmpty()) {
            return;
        }
        Optional<Title> title = register.activeDesignation(holderId, Title.DEMONSTRATION_FOSTERING).map(d -> d.getTitle())
                .or(() -> register.activeDesignation(holderId, Title.PILOT_CITY).map(d -> d.getTitle()));
        if (title.isEmpty() || runtimeService.createProcessInstanceQuery().processDefinitionKey(TitleWithdrawalProcess.KEY)
                .processInstanceBusinessKey(holderId).count() > 0) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.HOLDER_ID, holderId);
        variables.put(Vars.TITLE, title.get().name());
        variables.put(Vars.GROUND, WithdrawalGround.LAST_TWO_YEARS_RUNNING.name());
        variables.put(Vars.VERIFIED_ON, CaseFacts.today().toString());
        variables.put(Vars.FINDING, finding.get());
        runtimeService.startProcessInstanceByMessage(TitleWithdrawalProcess.MESSAGE_DETECTED, holderId, variables);
    }
}
