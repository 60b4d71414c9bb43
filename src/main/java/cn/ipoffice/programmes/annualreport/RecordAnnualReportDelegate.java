package cn.ipoffice.programmes.annualreport;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.Register;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordAnnualReport}} behind {@code Task_RecordAnnualReport} (CA-15, PM-12, PM-26): enters
 * the reviewed report in the register, with the day it was submitted and whether that was in time.
 */
@Component("recordAnnualReport")
class RecordAnnualReportDelegate implements JavaDelegate {

    private final Register register;
    private final HistoryService historyService;

    RecordAnnualReportDelegate(Register register, HistoryService historyService) {
        this.register = register;
        this.historyService = historyService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ((Number) execution.getVariable(AnnualReportProcess.In.REPORT_YEAR)).intValue();
        Instant submitted = submittedAt(execution.getProcessInstanceId());
        register.recordAnnualReport(
                (String) execution.getVariable(AnnualReportProcess.In.HOLDER_ID),
                (String) execution.getVariable(AnnualReportProcess.In.RULE_ID),
                year,
                DeadlineCalendar.dayOf(submitted),
                !DeadlineCalendar.isOverdue(DeadlineCalendar.annualReportDue(year), submitted),
                Boolean.TRUE.equals(execution.getVariable(AnnualReportProcess.Form.REPORT_ACCEPTED)),
                (String) execution.getVariable(AnnualReportProcess.Form.REVIEW_REMARKS),
                execution.getProcessInstanceId());
    }

    private Instant submittedAt(String processInstanceId) {
        HistoricTaskInstance submission = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(AnnualReportProcess.TASK_SUBMIT)
                .finished()
                .orderByHistoricTaskInstanceEndTime().desc()
                .listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The report of " + processInstanceId + " was never submitted"));
        return submission.getEndTime().toInstant();
    }
}
