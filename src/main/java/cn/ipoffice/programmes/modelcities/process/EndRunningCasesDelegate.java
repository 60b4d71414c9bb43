package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.modelcities.usecase.EndRunningCases;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${endRunningCases}} behind {@code Task_EndFosteringCase} (PM-20): ends the holder's running cases of the
 * processes named in the input {@code casesToEnd}, with the input {@code endReason}, in the same transaction.
 */
@Component("endRunningCases")
class EndRunningCasesDelegate implements JavaDelegate {

    /** Comma-separated process keys. */
    private static final CaseVariable<String> CASES_TO_END = CaseVariable.text("casesToEnd");
    private static final CaseVariable<String> END_REASON = CaseVariable.text("endReason");

    private final EndRunningCases end;

    EndRunningCasesDelegate(EndRunningCases end) {
        this.end = end;
    }

    @Override
    public void execute(DelegateExecution execution) {
        end.end(CaseFacts.holderId(execution), List.of(CASES_TO_END.from(execution).split("\\s*,\\s*")),
                END_REASON.from(execution), execution.getProcessInstanceId());
    }
}
