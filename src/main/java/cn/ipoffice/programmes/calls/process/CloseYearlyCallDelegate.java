package cn.ipoffice.programmes.calls.process;

import cn.ipoffice.programmes.calls.YearlyCallProcess.Batch;
import cn.ipoffice.programmes.calls.usecase.CloseYearlyCall;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${closeYearlyCall}} behind {@code Task_TakeFiledApplications} (PM-7, I-14): the call takes every
 * application filed by 24:00 CST of its closing date and still waiting; SIPO decides them one by one.
 */
@Component("closeYearlyCall")
class CloseYearlyCallDelegate implements JavaDelegate {

    private final CloseYearlyCall closeYearlyCall;

    CloseYearlyCallDelegate(CloseYearlyCall closeYearlyCall) {
        this.closeYearlyCall = closeYearlyCall;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int taken = closeYearlyCall.close(Batch.CALL_ID.from(execution));
        Batch.APPLICATION_COUNT.set(execution, taken);
        Batch.LIST_SUMMARY.set(execution, "");
    }
}
