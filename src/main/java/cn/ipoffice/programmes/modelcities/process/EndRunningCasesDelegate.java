package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${endRunningCases}} behind {@code Task_EndFosteringCase} (PM-20): ends the city's running cases
 * of the processes named in the input {@code casesToEnd} (comma-separated keys), with the input
 * {@code endReason}, in the same transaction.
 */
@Component("endRunningCases")
class EndRunningCasesDelegate implements JavaDelegate {

    private final RuntimeService runtimeService;

    EndRunningCasesDelegate(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseEnder.end(runtimeService, CaseFacts.holderId(execution),
                List.of(CaseFacts.text(execution, "casesToEnd").split("\\s*,\\s*")),
                CaseFacts.text(execution, "endReason"), execution.getProcessInstanceId());
    }
}
