package cn.ipoffice.programmes.calls.process;

import cn.ipoffice.programmes.calls.YearlyCallProcess.Batch;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Open;
import cn.ipoffice.programmes.calls.usecase.OpenYearlyCall;
import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseRefusedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${openYearlyCall}} behind {@code Task_OpenCall} (PM-7, PM-20, CA-8, I-14): records the call in the register in the
 * transaction that starts it; a refused call (a second one for the programme and year, a closing date in the
 * past, a quota below zero) is refused with each field named, and nothing is created.
 */
@Component("openYearlyCall")
class OpenYearlyCallDelegate implements JavaDelegate {

    private final OpenYearlyCall openYearlyCall;

    OpenYearlyCallDelegate(OpenYearlyCall openYearlyCall) {
        this.openYearlyCall = openYearlyCall;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OpenYearlyCall.Outcome outcome = openYearlyCall.open(Open.PROGRAMME.from(execution), Open.YEAR.from(execution),
                Open.CLOSING_DATE.from(execution), Open.QUOTA_PER_PROVINCE.filledFrom(execution).orElse(null),
                CaseFacts.today(), execution.getProcessInstanceId());
        if (!outcome.opened()) {
            throw new CaseRefusedException("The call is refused: " + String.join("; ", outcome.refusals()));
        }
        Batch.CALL_ID.set(execution, Math.toIntExact(outcome.callId()));
        Batch.LIST_NAME.set(execution, Open.PROGRAMME.from(execution).listName());
        Batch.RULE_ID.set(execution, Open.PROGRAMME.from(execution).ruleId());
    }
}
