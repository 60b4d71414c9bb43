package cn.ipoffice.programmes.calls.process;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Batch;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Decide;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Publish;
import cn.ipoffice.programmes.calls.usecase.PublishYearlyList;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${publishYearlyList}} behind {@code Task_PublishList} (PM-7, I-14): publishes the list in the register
 * and tells each application's case its decision and the list's reply notice date, in one transaction with the
 * engine: the approved cases record their titles and start their rounds in it, so that the register and every
 * case commit together or not at all. A case no longer waiting (ended meanwhile) is not continued.
 */
@Component("publishYearlyList")
class PublishYearlyListDelegate implements JavaDelegate {

    private final PublishYearlyList publishYearlyList;
    private final RuntimeService runtimeService;

    PublishYearlyListDelegate(PublishYearlyList publishYearlyList, @Lazy RuntimeService runtimeService) {
        this.publishYearlyList = publishYearlyList;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PublishYearlyList.Outcome outcome = publishYearlyList.publish(Batch.CALL_ID.from(execution),
                Publish.REPLY_NOTICE_DATE.from(execution));
        for (PublishYearlyList.Published application : outcome.applications()) {
            runtimeService.createMessageCorrelation(outcome.message())
                    .processInstanceId(application.applicationCaseId())
                    .setVariable(Decide.CENTRAL_DECISION.name(),
                            application.approved() ? YearlyCallProcess.APPROVE : YearlyCallProcess.REJECT)
                    .setVariable(Publish.REPLY_NOTICE_DATE.name(), Publish.REPLY_NOTICE_DATE.stored(
                            application.replyNoticeDate()))
                    .setVariable(Decide.REJECTION_REASON.name(), application.reason())
                    .correlateAll();
        }
    }
}
