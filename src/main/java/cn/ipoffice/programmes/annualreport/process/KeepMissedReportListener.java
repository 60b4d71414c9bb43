package cn.ipoffice.programmes.annualreport.process;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.annualreport.usecase.KeepMissedReport;
import cn.ipoffice.programmes.casework.CaseFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${keepMissedReport}}: the end listener of the {@code annual-report} process. A case that ends cancelled (its
 * term's case ended and took it along) before its report was recorded keeps the report on the record as missed.
 */
@Component("keepMissedReport")
class KeepMissedReportListener implements ExecutionListener {

    private final KeepMissedReport keepMissedReport;

    KeepMissedReportListener(KeepMissedReport keepMissedReport) {
        this.keepMissedReport = keepMissedReport;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            keepMissedReport.caseEnded(In.HOLDER_ID.from(execution), In.RULE_ID.from(execution),
                    In.REPORT_YEAR.from(execution), CaseFacts.today(), execution.getProcessInstanceId());
        }
    }
}
