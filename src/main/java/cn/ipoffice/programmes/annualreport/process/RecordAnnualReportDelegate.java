package cn.ipoffice.programmes.annualreport.process;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.Form;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.annualreport.usecase.RecordAnnualReport;
import cn.ipoffice.programmes.annualreport.usecase.RecordAnnualReport.Review;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordAnnualReport}} behind {@code Task_RecordAnnualReport} (CA-15, PM-12, PM-26): the review, and the
 * instant the report was submitted, which is when its task was completed.
 */
@Component("recordAnnualReport")
class RecordAnnualReportDelegate implements JavaDelegate {

    private final RecordAnnualReport record;
    private final HistoryService historyService;

    RecordAnnualReportDelegate(RecordAnnualReport record, HistoryService historyService) {
        this.record = record;
        this.historyService = historyService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = new Review(In.HOLDER_ID.from(execution), In.RULE_ID.from(execution),
                In.REPORT_YEAR.from(execution), Form.REPORT_ACCEPTED.isTrue(execution),
                Form.REVIEW_REMARKS.optionalFrom(execution).orElse(null));
        record.record(review, submittedAt(execution.getProcessInstanceId()), execution.getProcessInstanceId());
    }

    private Instant submittedAt(String processInstanceId) {
        return historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(AnnualReportProcess.TASK_SUBMIT)
                .finished()
                .orderByHistoricTaskInstanceEndTime().desc()
                .listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The report of " + processInstanceId
                        + " was never submitted"))
                .getEndTime().toInstant();
    }
}
