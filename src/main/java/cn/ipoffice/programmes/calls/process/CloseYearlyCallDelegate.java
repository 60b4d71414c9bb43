package cn.ipoffice.programmes.calls.process;

import cn.ipoffice.programmes.calls.YearlyCallProcess.Batch;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Open;
import cn.ipoffice.programmes.calls.usecase.CloseYearlyCall;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${closeYearlyCall}} behind {@code Task_TakeFiledApplications} (PM-7, I-14): the call takes every
 * application filed before 24:00 CST of its closing date whose case still waits for it; SIPO decides them one by one.
 */
@Component("closeYearlyCall")
class CloseYearlyCallDelegate implements JavaDelegate {

    private final CloseYearlyCall closeYearlyCall;
    private final RuntimeService runtimeService;

    CloseYearlyCallDelegate(CloseYearlyCall closeYearlyCall, @Lazy RuntimeService runtimeService) {
        this.closeYearlyCall = closeYearlyCall;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String message = Open.PROGRAMME.from(execution).listPublishedMessage();
        int taken = closeYearlyCall.close(Batch.CALL_ID.from(execution), applicationCase -> runtimeService
                .createExecutionQuery().processInstanceId(applicationCase).messageEventSubscriptionName(message).count() > 0);
        Batch.APPLICATION_COUNT.set(execution, taken);
        Batch.LIST_SUMMARY.set(execution, "");
    }
}
